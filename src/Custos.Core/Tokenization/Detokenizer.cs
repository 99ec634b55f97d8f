using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Detection.Redaction;

namespace Custos.Core.Tokenization;

/// <summary>
/// Turns tokens back into values for an agent that policy allows: each token is one action through the whole
/// pipeline (authenticate, contain, authorize, approve, record) with action <c>detokenize</c> on resource
/// <c>tokens.TYPE</c> (a tool of the system <c>tokens</c>), and arguments naming the type and the token id, never
/// the value. The vault is opened in the forward stage, so only an allowed action reaches it, and the value is
/// handed back only once the action was recorded.
/// </summary>
public sealed class Detokenizer(ActionPipeline pipeline, TokenVault vault, TimeProvider clock)
{
    /// <summary>The system a token's resource belongs to: <c>tokens.EMAIL_ADDRESS</c>.</summary>
    public const string System = "tokens";

    public const string Action = "detokenize";

    /// <summary>Most tokens in one request.</summary>
    public const int MaxTokens = 100;

    /// <summary>The resource policy sees for a token of <paramref name="type"/>.</summary>
    public static string ResourceOf(string type) => $"{System}.{type}";

    /// <summary>One token, decided, recorded and (when allowed and live) opened.</summary>
    public async Task<DetokenizeAnswer> DetokenizeAsync(string text, AgentCredential? credential, ActionChannel channel, string? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!RedactionToken.TryParse(text, out var token, out var error))
        {
            // Still an action: a forged or garbled token is authorized and recorded like any other attempt (the
            // text itself is not recorded; it may hold anything).
            var attempt = await pipeline.RunAsync(
                AgentAction.Create(channel, credential, Action, System, Arguments(null, null), clock, origin),
                (ctx, _) =>
                {
                    ctx.Deny(StageName.Forward, $"not a token: {error}");
                    return ValueTask.CompletedTask;
                },
                cancellationToken);
            var outcome = attempt.StoppedAt == StageName.Authenticate ? DetokenizeOutcome.NotAuthenticated : DetokenizeOutcome.Malformed;
            return new DetokenizeAnswer(outcome, null, null, null, outcome == DetokenizeOutcome.Malformed ? error : string.Join("; ", attempt.Reasons), attempt.Action.Id) { Context = attempt };
        }

        var action = AgentAction.Create(channel, credential, Action, ResourceOf(token.Type), Arguments(token.Type, token.Id), clock, origin);
        Detokenization? opened = null;
        var context = await pipeline.RunAsync(action, async (ctx, ct) =>
        {
            opened = await vault.DetokenizeAsync(token, ct);
            if (opened.Status != DetokenizeStatus.Found)
            {
                ctx.Deny(StageName.Forward, opened.Message!);
            }
        }, cancellationToken);

        var id = context.Action.Id;
        if (context.StoppedAt == StageName.Authenticate)
        {
            return new DetokenizeAnswer(DetokenizeOutcome.NotAuthenticated, token, null, null, string.Join("; ", context.Reasons), id) { Context = context };
        }

        if (context.Outcome == ActionOutcome.Failure)
        {
            return new DetokenizeAnswer(DetokenizeOutcome.Failed, token, null, null, $"{string.Join("; ", context.Reasons)}; the value was not released", id) { Context = context };
        }

        if (opened is null)
        {
            // Refused before the vault was opened. When policy said no, say how access is given.
            var why = string.Join("; ", context.Reasons);
            if (context.StoppedAt == StageName.Authorize)
            {
                var agent = context.Agent?.Name ?? "the agent";
                why += $"; to allow it, add to policies/*.cedar: permit(principal == Custos::Agent::\"{agent}\", action == Custos::Action::\"{Action}\", resource == Custos::Tool::\"{ResourceOf(token.Type)}\");"
                    + $" (or resource in Custos::System::\"{System}\" for every type), then reload";
            }

            return new DetokenizeAnswer(DetokenizeOutcome.Denied, token, null, null, why, id) { Context = context };
        }

        if (opened.Status != DetokenizeStatus.Found || context.Outcome != ActionOutcome.Success || !context.Recorded)
        {
            var outcome = opened.Status switch
            {
                DetokenizeStatus.Found => DetokenizeOutcome.Failed,
                DetokenizeStatus.Expired => DetokenizeOutcome.Expired,
                DetokenizeStatus.Erased => DetokenizeOutcome.Erased,
                DetokenizeStatus.Unknown => DetokenizeOutcome.Unknown,
                _ => DetokenizeOutcome.Failed,
            };
            return new DetokenizeAnswer(outcome, token, null, opened.ExpiresAt, opened.Message ?? string.Join("; ", context.Reasons), id) { Context = context };
        }

        return new DetokenizeAnswer(DetokenizeOutcome.Revealed, token, opened.Value, opened.ExpiresAt, null, id) { Context = context };
    }

    /// <summary>What policy sees as <c>context.arguments</c>: <c>{"type": "EMAIL_ADDRESS", "id": "tok_…"}</c>.</summary>
    private static JsonElement Arguments(string? type, string? id)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (type is not null)
            {
                writer.WriteString("type", type);
                writer.WriteString("id", id);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}

/// <summary>How a detokenize request ended.</summary>
public enum DetokenizeOutcome
{
    Revealed,
    Malformed,
    NotAuthenticated,
    Denied,
    Unknown,
    Expired,
    Erased,
    Failed,
}

/// <summary>One token's answer: the value only when <see cref="Outcome"/> is <see cref="DetokenizeOutcome.Revealed"/>.</summary>
/// <param name="Token">The token as parsed; null when it could not be.</param>
/// <param name="Error">Why not, never holding a value; null when revealed.</param>
/// <param name="ActionId">The recorded action; null when the token was malformed (nothing was asked).</param>
public sealed record DetokenizeAnswer(DetokenizeOutcome Outcome, RedactionToken? Token, string? Value, DateTimeOffset? ExpiresAt, string? Error, Guid? ActionId)
{
    /// <summary>The finished pipeline run, for adapters (authentication throttling); null when nothing ran.</summary>
    public ActionContext? Context { get; init; }

    // Never the value: answers end up in logs and test output.
    public override string ToString() => $"{Outcome} {Token}{(Error is null ? string.Empty : ": " + Error)}";
}
