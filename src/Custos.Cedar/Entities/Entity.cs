using System.Collections.Frozen;
using System.Collections.Immutable;
using Custos.Cedar.Values;

namespace Custos.Cedar.Entities;

/// <summary>
/// An entity: its uid, attributes, direct parents and tags. <see cref="Ancestors"/> (the transitive closure of the
/// parent relation) is known for the entities an <see cref="EntityStore"/> holds: the store keeps its own copies.
/// </summary>
public sealed class Entity
{
    public Entity(EntityUid uid, RecordValue? attributes = null, IEnumerable<EntityUid>? parents = null, RecordValue? tags = null)
    {
        Uid = uid ?? throw new ArgumentNullException(nameof(uid));
        Attributes = attributes ?? RecordValue.Empty;
        Parents = parents is null ? [] : [.. parents];
        Tags = tags ?? RecordValue.Empty;
        Ancestors = FrozenSet<EntityUid>.Empty;
    }

    private Entity(Entity entity, FrozenSet<EntityUid> ancestors)
    {
        Uid = entity.Uid;
        Attributes = entity.Attributes;
        Parents = entity.Parents;
        Tags = entity.Tags;
        Ancestors = ancestors;
    }

    public EntityUid Uid { get; }

    public RecordValue Attributes { get; }

    /// <summary>The direct parents as given.</summary>
    public ImmutableArray<EntityUid> Parents { get; }

    public RecordValue Tags { get; }

    /// <summary>Every ancestor (parents, their parents, …) for an entity taken from a store; empty otherwise.</summary>
    public FrozenSet<EntityUid> Ancestors { get; }

    internal Entity WithAncestors(FrozenSet<EntityUid> ancestors) => new(this, ancestors);

    /// <summary>Whether this entity is <paramref name="other"/> or a descendant of it.</summary>
    public bool IsIn(EntityUid other) => Uid.Equals(other) || Ancestors.Contains(other);

    public override string ToString() => Uid.ToString();
}
