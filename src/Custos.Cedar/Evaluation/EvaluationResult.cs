using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

/// <summary>The value of an expression, or why it has none.</summary>
public readonly record struct EvaluationResult(CedarValue? Value, EvaluationErrorKind ErrorKind, string? ErrorMessage)
{
    public bool IsSuccess => Value is not null;
}
