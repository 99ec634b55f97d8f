using System.Globalization;
using Custos.Core.Agents;
using Custos.Core.Storage;

namespace Custos.Core.Pipeline.Stages;

/// <summary>Turns the presented bearer token into an agent, or refuses the action.</summary>
public sealed class AuthenticateStage(ICredentialStore store, TimeProvider clock) : IPipelineStage
{
    public StageName Stage => StageName.Authenticate;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Action.Credential is not { } credential)
        {
            context.Deny(Stage, "no credential was presented; send the agent's Custos token as 'Authorization: Bearer cst_…'");
            return;
        }

        var hash = HashIfWellFormed(credential);
        if (hash is null)
        {
            context.Deny(Stage, "the credential is not a Custos token (cst_ followed by 49 letters and digits with a valid checksum)");
            return;
        }

        var record = await store.FindByHashAsync(hash, cancellationToken);
        if (record is null)
        {
            context.Deny(Stage, "the token is not known to this Custos; issue one with 'custos agent token issue AGENT'");
            return;
        }

        context.CredentialId = record.Id;
        var reissue = record.Kind == TokenKind.Agent ? $"custos agent token issue {record.Subject}" : "custos admin token issue";
        if (record.RevokedAt is { } revokedAt)
        {
            context.Deny(Stage, $"token {record.Id} was revoked at {Format(revokedAt)}; issue a new one with '{reissue}'");
            return;
        }

        if (clock.GetUtcNow() >= record.ExpiresAt)
        {
            context.Deny(Stage, $"token {record.Id} expired at {Format(record.ExpiresAt)}; issue a new one with '{reissue}'");
            return;
        }

        if (record.Kind != TokenKind.Agent)
        {
            context.Deny(Stage, $"token {record.Id} is an admin token; agents act with agent tokens");
            return;
        }

        var agent = context.Config.FindAgent(record.Subject);
        if (agent is null)
        {
            context.Deny(Stage, $"token {record.Id} belongs to agent '{record.Subject}', which custos.yaml no longer defines");
            return;
        }

        context.Agent = agent;
    }

    internal static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[]? HashIfWellFormed(AgentCredential credential)
    {
        var token = credential.Reveal();
        return AgentToken.IsWellFormed(token) ? AgentToken.Hash(token) : null;
    }
}
