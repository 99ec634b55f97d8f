namespace Custos.Cedar.Values;

/// <summary>
/// A Cedar runtime value. Equality is Cedar's <c>==</c>: structural, set-semantic for sets, and false (never an
/// error) between values of different kinds.
/// </summary>
public abstract class CedarValue : IEquatable<CedarValue>
{
    public abstract ValueKind Kind { get; }

    public abstract bool Equals(CedarValue? other);

    public sealed override bool Equals(object? obj) => obj is CedarValue value && Equals(value);

    public abstract override int GetHashCode();

    /// <summary>The value in Cedar syntax, as a policy would write it.</summary>
    public abstract override string ToString();
}
