namespace Custos.Core.Screening;

/// <summary>Which way the screened text was travelling.</summary>
public enum ScreeningDirection
{
    /// <summary>Into the upstream: arguments, prompts, documents and tool results the agent passes on.</summary>
    In,

    /// <summary>Back to the agent: tool results and completions.</summary>
    Out,
}

/// <summary>What Custos does about a finding, set per type and direction in custos.yaml.</summary>
public enum ScreeningAction
{
    Allow,
    Redact,
    Block,
    Escalate,
}

/// <summary>
/// One thing a detector found in an action's input or output. It carries where (the field and UTF-16 offsets)
/// and what, never the matched text, so it can go into the Cedar context and the ledger as it is.
/// </summary>
/// <param name="Type">The entity type, as Presidio names it where it has a name (<c>EMAIL_ADDRESS</c>, <c>SECRET</c>, <c>PROMPT_INJECTION</c>).</param>
/// <param name="Subtype">The kind within the type (the credential kind of a <c>SECRET</c>), or null.</param>
/// <param name="Location">Where in the action: a JSON pointer into the arguments (<c>/path</c>) or an output slot (<c>content/0</c>).</param>
/// <param name="Start">UTF-16 offset of the first character of the match within the text at <paramref name="Location"/>.</param>
/// <param name="End">UTF-16 offset one past the last character.</param>
public sealed record ScreeningFinding(
    ScreeningDirection Direction,
    string Type,
    string? Subtype,
    string Location,
    int Start,
    int End,
    double Score,
    string Detector,
    ScreeningAction Action);
