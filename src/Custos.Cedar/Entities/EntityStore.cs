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

    private EntityStore(FrozenDictionary<EntityUid, Entity> entities) => _entities = entities;

    public int Count => _entities.Count;

    public IEnumerable<Entity> All => _entities.Values;

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
        ComputeAncestors(map);
        foreach (var entity in map.Values)
        {
            if (entity.Ancestors.Contains(entity.Uid))
            {
                store = Empty;
                error = $"input graph has a cycle containing vertex `{entity.Uid}`";
                return false;
            }
        }
        store = new EntityStore(map.ToFrozenDictionary());
        error = null;
        return true;
    }

    /// <summary>Builds a store; a duplicate uid is a programmer error here (<see cref="ArgumentException"/>).</summary>
    public static EntityStore Create(IEnumerable<Entity> entities) =>
        TryCreate(entities, out var store, out var error) ? store : throw new ArgumentException(error, nameof(entities));

    public bool TryGet(EntityUid uid, out Entity entity) => _entities.TryGetValue(uid, out entity!);

    public Entity? Get(EntityUid uid) => _entities.GetValueOrDefault(uid);

    /// <summary>Cedar's <c>a in b</c> on uids: equal, or <paramref name="descendant"/> is in the store with <paramref name="ancestor"/> among its ancestors.</summary>
    public bool IsIn(EntityUid descendant, EntityUid ancestor) =>
        descendant.Equals(ancestor) || (_entities.TryGetValue(descendant, out var entity) && entity.Ancestors.Contains(ancestor));

    private static bool SameContents(Entity a, Entity b)
    {
        if (!a.Attributes.Equals(b.Attributes) || !a.Tags.Equals(b.Tags))
            return false;
        var parents = new HashSet<EntityUid>(a.Parents);
        return parents.SetEquals(b.Parents);
    }

    private static void ComputeAncestors(Dictionary<EntityUid, Entity> map)
    {
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
            entity.Ancestors = ancestors.Count == 0 ? FrozenSet<EntityUid>.Empty : ancestors.ToFrozenSet();
        }
    }
}
