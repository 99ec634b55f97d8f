namespace Custos.Cedar.Values;

/// <summary>
/// An entity's identity: its type (fully qualified, <c>Namespace::Type</c>) and id. Immutable; the hash is
/// computed once because uids are dictionary keys on every hierarchy lookup.
/// </summary>
public sealed class EntityUid : IEquatable<EntityUid>
{
    private readonly int _hash;

    public EntityUid(string type, string id)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Id = id ?? throw new ArgumentNullException(nameof(id));
        _hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(type), StringComparer.Ordinal.GetHashCode(id));
    }

    public string Type { get; }

    public string Id { get; }

    public bool Equals(EntityUid? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (other._hash == _hash && string.Equals(other.Id, Id, StringComparison.Ordinal) &&
             string.Equals(other.Type, Type, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => obj is EntityUid uid && Equals(uid);

    public override int GetHashCode() => _hash;

    /// <summary><c>Type::"id"</c></summary>
    public override string ToString() => Type + "::" + CedarStrings.Quote(Id);

    public static bool operator ==(EntityUid? left, EntityUid? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(EntityUid? left, EntityUid? right) => !(left == right);
}
