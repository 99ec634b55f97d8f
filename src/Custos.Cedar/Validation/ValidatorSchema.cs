using System.Collections.Frozen;
using System.Collections.Immutable;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation.Types;
using Custos.Cedar.Values;

namespace Custos.Cedar.Validation;

/// <summary>
/// A <see cref="CedarSchema"/> with what the validator derives from it: the transitive descendants of every entity
/// type and action, the validator types of attributes and contexts, and the request environments.
/// </summary>
internal sealed class ValidatorSchema
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _entityDescendants;
    private readonly FrozenDictionary<EntityUid, FrozenSet<EntityUid>> _actionDescendants;
    private readonly Dictionary<string, RecordType> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VType?> _tags = new(StringComparer.Ordinal);

    public ValidatorSchema(CedarSchema schema)
    {
        Schema = schema;
        _entityDescendants = Descendants(schema.EntityTypes.Values.Select(e => (e.Name, (IEnumerable<string>)e.MemberOfTypes)), StringComparer.Ordinal);
        _actionDescendants = Descendants(schema.Actions.Values.Select(a => (a.Uid, (IEnumerable<EntityUid>)a.MemberOf)), EqualityComparer<EntityUid>.Default);
        ActionTypes = schema.Actions.Keys.Select(a => a.Type).ToFrozenSet(StringComparer.Ordinal);
        foreach (var entity in schema.EntityTypes.Values)
        {
            _attributes[entity.Name] = VTypes.FromSchema(entity.Attributes);
            _tags[entity.Name] = entity.Tags is null ? null : VTypes.FromSchema(entity.Tags);
        }
        var environments = new List<RequestEnvironment>();
        foreach (var action in schema.Actions.Values.OrderBy(a => a.Uid.ToString(), StringComparer.Ordinal))
        {
            var context = VTypes.FromSchema(action.Context);
            foreach (var principal in action.PrincipalTypes)
            {
                foreach (var resource in action.ResourceTypes)
                    environments.Add(new RequestEnvironment(principal, action.Uid, resource, context, null, null));
            }
        }
        Environments = [.. environments];
    }

    public CedarSchema Schema { get; }

    public FrozenSet<string> ActionTypes { get; }

    public ImmutableArray<RequestEnvironment> Environments { get; }

    /// <summary>Cedar's <c>is_known_entity_type</c>: declared, or an action type (<c>Action</c>, <c>NS::Action</c>).</summary>
    public bool IsKnownEntityType(string type) => Schema.EntityTypes.ContainsKey(type) || SchemaNames.IsActionType(type);

    public bool IsDeclaredEntityType(string type) => Schema.EntityTypes.ContainsKey(type);

    /// <summary>The attributes of a declared entity type (null for others, such as action types).</summary>
    public RecordType? AttributesOf(string type) => _attributes.GetValueOrDefault(type);

    public VType? TagTypeOf(string type) => _tags.GetValueOrDefault(type);

    /// <summary>Entity types whose entities can be <c>in</c> an entity of <paramref name="type"/>: its descendants and itself.</summary>
    public IEnumerable<string> EntityTypesIn(string type) =>
        _entityDescendants.TryGetValue(type, out var descendants) ? descendants.Append(type) : [type];

    public bool IsDescendantType(string descendant, string ancestor) =>
        _entityDescendants.TryGetValue(ancestor, out var set) && set.Contains(descendant);

    /// <summary>Actions <c>a</c> with <c>a in any of uids</c>; null if one of them is not a declared action.</summary>
    public List<EntityUid>? ActionsIn(IEnumerable<EntityUid> uids)
    {
        var result = new List<EntityUid>();
        foreach (var uid in uids)
        {
            if (!Schema.Actions.ContainsKey(uid))
                return null;
            result.Add(uid);
            if (_actionDescendants.TryGetValue(uid, out var descendants))
                result.AddRange(descendants);
        }
        return result;
    }

    public IEnumerable<EntityUid> ActionDescendants(EntityUid action) =>
        _actionDescendants.TryGetValue(action, out var set) ? set : [];

    private static FrozenDictionary<T, FrozenSet<T>> Descendants<T>(IEnumerable<(T Node, IEnumerable<T> Parents)> nodes, IEqualityComparer<T> comparer)
        where T : notnull
    {
        var children = new Dictionary<T, List<T>>(comparer);
        foreach (var (node, parents) in nodes)
        {
            foreach (var parent in parents)
            {
                if (!children.TryGetValue(parent, out var list))
                    children[parent] = list = [];
                list.Add(node);
            }
        }
        var result = new Dictionary<T, FrozenSet<T>>(comparer);
        foreach (var root in children.Keys)
        {
            var seen = new HashSet<T>(comparer);
            var stack = new Stack<T>(children[root]);
            while (stack.Count > 0)
            {
                var next = stack.Pop();
                if (!seen.Add(next))
                    continue;
                if (children.TryGetValue(next, out var grand))
                {
                    foreach (var g in grand)
                        stack.Push(g);
                }
            }
            result[root] = seen.ToFrozenSet(comparer);
        }
        return result.ToFrozenDictionary(comparer);
    }
}
