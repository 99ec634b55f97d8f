using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Json;

/// <summary>
/// What entity parsing needs from a schema, computed once per schema: the entity types each type may have as an
/// ancestor (Cedar closes <c>memberOf</c> transitively, so a <c>User in Group</c>, <c>Group in Org</c> user may name
/// an <c>Org</c> as a direct parent), and each action's ancestors.
/// </summary>
internal sealed class SchemaIndex
{
    private static readonly ConditionalWeakTable<CedarSchema, SchemaIndex> Cache = [];

    private SchemaIndex(CedarSchema schema)
    {
        var ancestorTypes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var type in schema.EntityTypes.Values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(type.MemberOfTypes);
            while (stack.Count > 0)
            {
                var name = stack.Pop();
                if (!seen.Add(name))
                    continue;
                if (schema.EntityTypes.TryGetValue(name, out var parent))
                {
                    foreach (var grandparent in parent.MemberOfTypes)
                        stack.Push(grandparent);
                }
            }
            ancestorTypes[type.Name] = seen.ToFrozenSet(StringComparer.Ordinal);
        }
        AncestorTypes = ancestorTypes.ToFrozenDictionary(StringComparer.Ordinal);
        var actionAncestors = new Dictionary<EntityUid, FrozenSet<EntityUid>>();
        foreach (var action in schema.Actions.Values)
        {
            var seen = new HashSet<EntityUid>();
            var stack = new Stack<EntityUid>(action.MemberOf);
            while (stack.Count > 0)
            {
                var uid = stack.Pop();
                if (!seen.Add(uid))
                    continue;
                if (schema.Actions.TryGetValue(uid, out var parent))
                {
                    foreach (var grandparent in parent.MemberOf)
                        stack.Push(grandparent);
                }
            }
            actionAncestors[action.Uid] = seen.ToFrozenSet();
        }
        ActionAncestors = actionAncestors.ToFrozenDictionary();
    }

    public FrozenDictionary<string, FrozenSet<string>> AncestorTypes { get; }

    public FrozenDictionary<EntityUid, FrozenSet<EntityUid>> ActionAncestors { get; }

    public static SchemaIndex For(CedarSchema schema) => Cache.GetValue(schema, static s => new SchemaIndex(s));
}
