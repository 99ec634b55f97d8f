namespace Custos.Core.Pipeline;

/// <summary>How an action ended, as the audit trail records it.</summary>
public enum ActionOutcome
{
    /// <summary>Still in the pipeline.</summary>
    Pending,

    /// <summary>Allowed, and forwarded where there was something to forward.</summary>
    Success,

    /// <summary>Refused by a stage: authentication, containment, policy or screening.</summary>
    Denied,

    /// <summary>Allowed but not completed: the upstream, a stage or the record failed.</summary>
    Failure,

    /// <summary>Handed to a person to decide.</summary>
    Escalation,
}
