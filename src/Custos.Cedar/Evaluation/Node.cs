using Custos.Cedar.Values;

namespace Custos.Cedar.Evaluation;

/// <summary>
/// A compiled expression. <see cref="Evaluate"/> returns the value, or null after recording the error in the
/// environment: expected failures are values, not exceptions.
/// </summary>
internal abstract class Node
{
    public abstract CedarValue? Evaluate(ref EvaluationEnvironment env);
}
