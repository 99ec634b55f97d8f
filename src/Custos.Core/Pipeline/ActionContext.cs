using System.Collections.ObjectModel;
using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Configuration;
using Custos.Core.Screening;
using Custos.Core.Secrets;

namespace Custos.Core.Pipeline;

/// <summary>
/// The state of one action as it moves through the pipeline. Stages fill it in; the record stage writes it;
/// the adapter answers from it.
/// </summary>
public sealed class ActionContext
{
    public ActionContext(AgentAction action, CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(config);
        Action = action;
        Config = config;
        Arguments = action.Payload ?? action.Context;
    }

    public AgentAction Action { get; }

    /// <summary>The configuration snapshot this action is judged against, fixed for its whole life.</summary>
    public CustosConfig Config { get; }

    /// <summary>The authenticated agent; null until the authenticate stage succeeds.</summary>
    public AgentDefinition? Agent { get; set; }

    /// <summary>The id of the credential that authenticated the agent (never the credential).</summary>
    public string? CredentialId { get; set; }

    public AgentState? State { get; set; }

    public ResourceName? Resource { get; set; }

    public Decision? Decision { get; set; }

    public ActionOutcome Outcome { get; set; } = ActionOutcome.Pending;

    /// <summary>The stage that refused or failed the action, if one did.</summary>
    public StageName? StoppedAt { get; private set; }

    /// <summary>Why the action was refused or failed, in words for the agent's operator.</summary>
    public List<string> Reasons { get; } = [];

    /// <summary>Does the action's real work once allowed; set by the adapter, run by the forward stage.</summary>
    public Func<ActionContext, CancellationToken, ValueTask>? Forwarder { get; init; }

    /// <summary>
    /// What the forwarder sends upstream: starts as the action's context (its arguments); the screen-in stage
    /// replaces it with a redacted copy when a finding's action is redact. Forwarders read this, never
    /// <see cref="AgentAction.Context"/>.
    /// </summary>
    public JsonElement? Arguments { get; set; }

    /// <summary>What the detectors found in the input and output, with the action taken for each; recorded without the text.</summary>
    public List<ScreeningFinding> Findings { get; } = [];

    /// <summary>
    /// The credentials the inject stage resolved for this action's upstream call, by the name custos.yaml gives
    /// them under the system's <c>credentials:</c>. Empty until then; never recorded.
    /// </summary>
    public IReadOnlyDictionary<string, SecretValue> Credentials { get; set; } = ReadOnlyDictionary<string, SecretValue>.Empty;

    /// <summary>The forwarded result as texts for the screen-out stage; set by the forwarder when it has any.</summary>
    public IScreenableOutput? Output { get; set; }

    /// <summary>What an LLM call consumed, reported by the forwarder from the provider's usage fields and priced by the meter stage.</summary>
    public Metering.TokenUsage? Usage { get; set; }

    /// <summary>What forwarding produced, released to the caller only after the record stage succeeded.</summary>
    public object? Result { get; set; }

    /// <summary>True once the record stage has durably written the action.</summary>
    public bool Recorded { get; set; }

    public TimeSpan Elapsed { get; set; }

    public bool IsDenied => Outcome is ActionOutcome.Denied or ActionOutcome.Failure;

    public void Deny(StageName stage, string reason)
    {
        Outcome = ActionOutcome.Denied;
        StoppedAt ??= stage;
        Reasons.Add(reason);
    }

    public void Fail(StageName stage, string reason)
    {
        Outcome = ActionOutcome.Failure;
        StoppedAt ??= stage;
        Reasons.Add(reason);
    }
}
