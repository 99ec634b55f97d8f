using System.Collections.Frozen;
using Custos.Cedar.Values;

namespace Custos.Cedar.Entities;

/// <summary>
/// The entities of a request (Cedar's <c>Entities</c>): a lookup by uid with the ancestor relation computed once,
/// when the store is built. Parents that are not themselves in the store are allowed; an entity not in the store
/// is in nothing but itself.
/// </summary>
public sealed class EntityStore
{
    public static readonly EntityStore Empty = new(FrozenDictionary<EntityUid, Entity>.Empty);

    private readonly FrozenDictionary<EntityUid, Entity> _entities;
    private readonly Entity? _extra;

    private EntityStore(FrozenDictionary<EntityUid, Entity> entities, Entity? extra = null)
    {
        _entities = entities;
        _extra = extra;
    }

    public int Count => _entities.Count + (_extra is null ? 0 : 1);

    public IEnumerable<Entity> All => _extra is null ? _entities.Values : _entities.Values.Append(_extra);

    /// <summary>
    /// Builds a store and computes every entity's ancestors. A uid given twice with different contents is an error
    /// (the same entity given twice is kept once), and so is a cycle in the parent relation, as in Cedar.
    /// </summary>
    public static bool TryCreate(IEnumerable<Entity> entities, out EntityStore store, out string? error)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var map = new Dictionary<EntityUid, Entity>();
        foreach (var entity in entities)
        {
            if (!map.TryAdd(entity.Uid, entity) && !SameContents(map[entity.Uid], entity))
            {
                store = Empty;
                error = $"duplicate entity entry `{entity.Uid}`";
                return false;
            }
        }
        var withAncestors = ComputeAncestors(map);
        foreach (var entity in withAncestors.Values)
        {
            if (entity.Ancestors.Contains(entity.Uid))
            {
                store = Empty;
                error = $"input graph has a cycle containing vertex `{entity.Uid}`";
                return false;
            }
        }
        store = new EntityStore(withAncestors.ToFrozenDictionary());
        error = null;
        return true;
    }

    /// <summary>Builds a store; a duplicate uid is a programmer error here (<see cref="ArgumentException"/>).</summary>
    public static EntityStore Create(IEnumerable<Entity> entities) =>
        TryCreate(entities, out var store, out var error) ? store : throw new ArgumentException(error, nameof(entities));

    public bool TryGet(EntityUid uid, out Entity entity)
    {
        if (_extra is not null && _extra.Uid.Equals(uid))
        {
            entity = _extra;
            return true;
        }
        return _entities.TryGetValue(uid, out entity!);
    }

    public Entity? Get(EntityUid uid) => TryGet(uid, out var entity) ? entity : null;

    /// <summary>Cedar's <c>a in b</c> on uids: equal, or <paramref name="descendant"/> is in the store with <paramref name="ancestor"/> among its ancestors.</summary>
    public bool IsIn(EntityUid descendant, EntityUid ancestor) =>
        descendant.Equals(ancestor) || (TryGet(descendant, out var entity) && entity.Ancestors.Contains(ancestor));

    /// <summary>
    /// This store plus one entity that is not in it (a request-local entity, such as a tool no configuration
    /// lists), without copying the store. The new entity's ancestors come from its parents' ancestors here.
    /// Nothing in the store may have the new entity as a parent.
    /// </summary>
    public EntityStore With(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_entities.ContainsKey(entity.Uid))
            throw new ArgumentException($"{entity.Uid} is already in the store", nameof(entity));
        var ancestors = new HashSet<EntityUid>();
        foreach (var parent in entity.Parents)
        {
            ancestors.Add(parent);
            if (_entities.TryGetValue(parent, out var parentEntity))
                ancestors.UnionWith(parentEntity.Ancestors);
        }
        return new EntityStore(_entities, entity.WithAncestors(ancestors.ToFrozenSet()));
    }

    private static bool SameContents(Entity a, Entity b)
    {
        if (!a.Attributes.Equals(b.Attributes) || !a.Tags.Equals(b.Tags))
            return false;
        var parents = new HashSet<EntityUid>(a.Parents);
        return parents.SetEquals(b.Parents);
    }

    private static Dictionary<EntityUid, Entity> ComputeAncestors(Dictionary<EntityUid, Entity> map)
    {
        var result = new Dictionary<EntityUid, Entity>(map.Count);
        var stack = new Stack<EntityUid>();
        var ancestors = new HashSet<EntityUid>();
        foreach (var entity in map.Values)
        {
            ancestors.Clear();
            foreach (var parent in entity.Parents)
                stack.Push(parent);
            while (stack.Count > 0)
            {
                var uid = stack.Pop();
                if (!ancestors.Add(uid))
                    continue;
                if (map.TryGetValue(uid, out var parentEntity))
                {
                    foreach (var grandparent in parentEntity.Parents)
                        stack.Push(grandparent);
                }
            }
            result[entity.Uid] = entity.WithAncestors(ancestors.Count == 0 ? FrozenSet<EntityUid>.Empty : ancestors.ToFrozenSet());
        }
        return result;
    }
}
