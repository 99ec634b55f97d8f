namespace Custos.Cedar.Values;

/// <summary>A reference to an entity as a value.</summary>
public sealed class EntityValue : CedarValue
{
    public EntityValue(EntityUid uid) => Uid = uid ?? throw new ArgumentNullException(nameof(uid));

    public EntityUid Uid { get; }

    public override ValueKind Kind => ValueKind.Entity;

    public override bool Equals(CedarValue? other) => other is EntityValue e && e.Uid.Equals(Uid);

    public override int GetHashCode() => Uid.GetHashCode();

    public override string ToString() => Uid.ToString();
}
