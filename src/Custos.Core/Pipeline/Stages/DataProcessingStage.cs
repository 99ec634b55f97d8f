using Custos.Core.Configuration;
using Custos.Core.Screening;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// GDPR Art. 28: personal data goes to an LLM provider only under a data processing agreement (<c>dpa:</c> on
/// the system in custos.yaml). A prompt whose personal data would leave unredacted for a provider without one is
/// refused. Runs in the screen-in slot, after the screen-in stage has redacted what custos.yaml says to redact.
/// </summary>
public sealed class DataProcessingStage : IPipelineStage
{
    public StageName Stage => StageName.ScreenIn;

    public ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Action.Action is not ("complete" or "embed")
            || context.Resource is not { } resource
            || context.Config.FindSystem(resource.System) is not { Kind: SystemKind.Llm, DataProcessingAgreement: null } system)
        {
            return ValueTask.CompletedTask;
        }

        var leaving = PersonalDataLeaving(context);
        if (leaving.Length > 0)
        {
            var types = string.Join(", ", leaving);
            context.Deny(Stage, $"the request carries personal data ({types}) and LLM system '{system.Name}' names no data processing agreement; add 'dpa:' to it in custos.yaml, or redact {types} on the way in (screening:)");
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The personal data types the request would carry out unredacted (a fallback provider needs a DPA for them too).</summary>
    public static string[] PersonalDataLeaving(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Findings
            .Where(f => f.Direction == ScreeningDirection.In
                && f.Action is ScreeningAction.Allow or ScreeningAction.Escalate
                && FindingCategories.Of(f.Type) == FindingCategories.Pii)
            .Select(f => f.Type)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
