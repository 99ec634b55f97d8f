using System.CommandLine;
using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Workspaces;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos agent token …</c> and <c>custos admin token …</c>: issue (shown once), list, revoke.</summary>
internal static class TokenCommand
{
    public static Command ForAgents(CliOutput output) =>
        new("token", "Issue, list and revoke agents' tokens (cst_…, shown once, stored only as a hash)")
        {
            Issue(output, TokenKind.Agent),
            List(output, TokenKind.Agent),
            Revoke(output, TokenKind.Agent),
        };

    public static Command ForAdmins(CliOutput output) =>
        new("admin", "Operators' access to the control-plane API")
        {
            new Command("token", "Issue, list and revoke admin tokens for the control-plane API")
            {
                Issue(output, TokenKind.Admin),
                List(output, TokenKind.Admin),
                Revoke(output, TokenKind.Admin),
            },
        };

    private static string ListCommand(TokenKind kind) => kind == TokenKind.Agent ? "custos agent token list" : "custos admin token list";

    internal static string Status(TokenRecord token, DateTimeOffset now) =>
        token.RevokedAt is not null ? "revoked" : now >= token.ExpiresAt ? "expired" : "active";

    private static Command Issue(CliOutput output, TokenKind kind)
    {
        var subject = new Argument<string>(kind == TokenKind.Agent ? "AGENT" : "LABEL")
        {
            Description = kind == TokenKind.Agent ? "The agent the token acts as" : "Who holds the token, for the audit trail",
            Arity = kind == TokenKind.Agent ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "admin",
        };
        var ttl = new Option<string>("--ttl") { Description = "Lifetime: 30d, 12h, 90m or 1y (at most 366 days)", DefaultValueFactory = _ => "90d" };
        var json = CommonOptions.Json();
        var command = new Command("issue", "Issue a token and print it once; Custos keeps only its hash") { subject, ttl, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TokenIssuer.TryParseLifetime(parse.GetValue(ttl)!, out var lifetime))
            {
                return output.Fail($"--ttl '{parse.GetValue(ttl)}' is not a lifetime; write for example 30d, 12h or 1y (at most 366 days)", ExitCodes.Usage);
            }

            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var name = parse.GetValue(subject)!;
            if (kind == TokenKind.Agent && config.FindAgent(name) is null)
            {
                return output.Fail(AgentCommand.UnknownAgent(config, name));
            }

            if (kind == TokenKind.Admin && !ConfigLoader.IsValidName(name))
            {
                return output.Fail("the label must be 1 to 63 lowercase letters, digits, '-' or '_'", ExitCodes.Usage);
            }

            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            var issued = await workspace.Tokens.IssueAsync(kind, name, lifetime, CommonOptions.OperatorName(), ActionChannel.Cli, cancellationToken);
            if (parse.GetValue(json))
            {
                output.Json(new IssuedTokenView(issued.Record.Id, name, issued.Record.ExpiresAt, issued.Token), CliJsonContext.Readable.IssuedTokenView);
            }
            else
            {
                output.Out.WriteLine(issued.Token);
                output.Error.WriteLine($"Token {issued.Record.Id} for {name}, expires {issued.Record.ExpiresAt:u}. It is shown once: store it in the {(kind == TokenKind.Agent ? "agent's" : "operator's")} secret store now.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliOutput output, TokenKind kind)
    {
        var subject = new Argument<string?>(kind == TokenKind.Agent ? "AGENT" : "LABEL") { Description = "Only this subject's tokens", Arity = ArgumentArity.ZeroOrOne };
        var json = CommonOptions.Json();
        var command = new Command("list", "List tokens (ids and status, never the tokens)") { subject, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var now = workspace.Clock.GetUtcNow();
            var tokens = (await workspace.Tokens.ListAsync(parse.GetValue(subject), cancellationToken))
                .Where(t => t.Kind == kind)
                .Select(t => new TokenView(t.Id, t.Kind.ToString().ToLowerInvariant(), t.Subject, t.CreatedAt, t.ExpiresAt, t.RevokedAt, Status(t, now)))
                .ToList();
            if (parse.GetValue(json))
            {
                output.Json(tokens, CliJsonContext.Readable.ListTokenView);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("id", kind == TokenKind.Agent ? "agent" : "label", "status", "created", "expires");
            foreach (var t in tokens)
            {
                table.AddRow(t.Id, Markup.Escape(t.Subject), t.Status, t.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), t.ExpiresAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CliOutput output, TokenKind kind)
    {
        var id = new Argument<string>("TOKEN_ID") { Description = "The token's id (tok_…), as 'list' shows it" };
        var command = new Command("revoke", "Revoke a token at once") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var tokenId = parse.GetValue(id)!;
            if (tokenId.StartsWith(AgentToken.Prefix, StringComparison.Ordinal))
            {
                return output.Fail($"pass the token's id (tok_…), not the token itself; '{ListCommand(kind)}' shows ids", ExitCodes.Usage);
            }

            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            if (!await workspace.Tokens.RevokeAsync(tokenId, kind, CommonOptions.OperatorName(), ActionChannel.Cli, cancellationToken))
            {
                return output.Fail($"no active {kind.ToString().ToLowerInvariant()} token with id '{tokenId}'; '{ListCommand(kind)}' shows them");
            }

            output.Out.WriteLine($"Revoked {tokenId}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
