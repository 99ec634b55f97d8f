using System.Collections.Frozen;
using Custos.Cedar.Values;

namespace Custos.Cedar.Schema;

/// <summary>
/// A Cedar schema with every name fully qualified and every common type resolved. Built by the schema parsers
/// (human-readable <c>.cedarschema</c> and JSON); used by the validator and by schema-based entity and request parsing.
/// </summary>
public sealed class CedarSchema
{
    public CedarSchema(IEnumerable<EntityTypeSchema> entityTypes, IEnumerable<ActionSchema> actions)
    {
        EntityTypes = entityTypes.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        Actions = actions.ToFrozenDictionary(a => a.Uid);
    }

    public FrozenDictionary<string, EntityTypeSchema> EntityTypes { get; }

    public FrozenDictionary<EntityUid, ActionSchema> Actions { get; }

    /// <summary>Whether <paramref name="type"/> is an action entity type (<c>Action</c> or <c>NS::Action</c>) in this schema.</summary>
    public bool IsActionType(string type) => Actions.Keys.Any(a => a.Type == type);
}
