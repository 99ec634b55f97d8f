using System.Text.Json;
using Custos.Core.Screening;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Acts on what the detectors found in the arguments (the authorize stage screened them, so policy saw the
/// findings): a finding to block denies the action, naming its type and place but never its text; one to
/// redact replaces <see cref="ActionContext.Arguments"/> with a redacted copy; one to escalate is left to the
/// approve stage. With a <paramref name="tokens"/> vault, <c>redaction: token</c> values become reversible tokens
/// (sealed under the action's data subjects' keys too, when it names any).
/// </summary>
public sealed class ScreenInStage(Tokenization.TokenVault? tokens = null) : IPipelineStage
{
    public StageName Stage => StageName.ScreenIn;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var redact = false;
        foreach (var finding in context.Findings)
        {
            if (finding.Direction != ScreeningDirection.In)
            {
                continue;
            }

            if (finding.Type == Screener.KnownSecret)
            {
                context.Deny(Stage, $"{Describe(finding)} in the arguments is a secret Custos keeps: blocked, and an alert was raised");
            }
            else if (finding.Action == ScreeningAction.Block)
            {
                context.Deny(Stage, $"{Describe(finding)} in the arguments is blocked by screening (screening.types.{finding.Type}.in: block)");
            }
            else if (finding.Action == ScreeningAction.Redact)
            {
                redact = true;
            }
        }

        if (redact && !context.IsDenied && context.Arguments is { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.String } arguments)
        {
            var screener = Screener.For(context.Config);
            var agent = context.Agent?.Name;
            Detection.Redaction.IReversibleTokenizer? tokenizer = null;
            if (tokens is not null && screener.UsesTokens(agent))
            {
                var batch = Tokenization.TokenBatch.Collecting();
                screener.RedactArguments(arguments, agent, tokens: batch);
                if (batch.Count > 0)
                {
                    tokenizer = await batch.ResolveAsync(tokens, context.Action.DataSubjects, context.Config.Screening.TokenRetention, cancellationToken);
                }
            }

            context.Arguments = screener.RedactArguments(arguments, agent, tokens: tokenizer);
        }
    }

    /// <summary>A finding in words without its text: <c>SECRET (github-pat) at /token [4, 44)</c>.</summary>
    public static string Describe(ScreeningFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var subtype = finding.Subtype is null ? string.Empty : $" ({finding.Subtype})";
        return $"{finding.Type}{subtype} at {finding.Location} [{finding.Start}, {finding.End})";
    }
}
