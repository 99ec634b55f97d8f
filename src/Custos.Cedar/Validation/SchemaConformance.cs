using Custos.Cedar.Entities;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Validation;

/// <summary>
/// Whether requests and entities conform to a schema, as Cedar's request and entity validation checks them:
/// declared types, an action that applies to the principal and resource types, enumerated ids, attributes, tags
/// and contexts of the declared types. Problems are returned as messages; an empty list means it conforms.
/// </summary>
public static class SchemaConformance
{
    /// <summary>Cedar's request validation (see <see cref="Authorization.RequestValidator"/>, which this reports as a list).</summary>
    public static IReadOnlyList<string> ValidateRequest(CedarSchema schema, EntityUid principal, EntityUid action, EntityUid resource, RecordValue context)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var problem = Authorization.RequestValidator.Validate(new Authorization.Request(principal, action, resource, context), schema);
        return problem is null ? [] : [problem];
    }

    private static string? EnumProblem(EntityTypeSchema type, EntityUid uid) =>
        type.EnumIds is { } ids && !ids.Contains(uid.Id, StringComparer.Ordinal)
            ? $"{uid} is not one of the ids of the enumerated entity type {uid.Type}: expected one of {string.Join(", ", ids.Select(CedarStrings.Quote))}"
            : null;

    public static IReadOnlyList<string> ValidateEntities(CedarSchema schema, IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(entities);
        var errors = new List<string>();
        foreach (var entity in entities)
        {
            var uid = entity.Uid;
            if (SchemaNames.IsActionType(uid.Type) && !schema.EntityTypes.ContainsKey(uid.Type))
            {
                if (!schema.Actions.TryGetValue(uid, out _))
                {
                    errors.Add($"the action {uid} is not declared in the schema");
                    continue;
                }
                var ancestors = Ancestors(schema, uid);
                foreach (var parent in entity.Parents.Where(p => !ancestors.Contains(p)))
                    errors.Add($"the action {uid} is in {parent}, but the schema does not declare that");
                continue;
            }
            if (!schema.EntityTypes.TryGetValue(uid.Type, out var type))
            {
                errors.Add($"the entity {uid} has type {uid.Type}, which the schema does not declare");
                continue;
            }
            if (EnumProblem(type, uid) is { } enumProblem)
                errors.Add(enumProblem);
            foreach (var parent in entity.Parents)
            {
                if (!type.MemberOfTypes.Contains(parent.Type))
                    errors.Add($"the entity {uid} is in {parent}, but the schema does not allow {uid.Type} in {parent.Type}");
                else if (schema.EntityTypes.TryGetValue(parent.Type, out var parentType) && EnumProblem(parentType, parent) is { } parentProblem)
                    errors.Add(parentProblem);
            }
            if (ValueConformance.Check(entity.Attributes, type.Attributes, schema, "attrs") is { } attributes)
                errors.Add($"the attributes of {uid} do not match its type: {attributes}");
            if (type.Tags is null)
            {
                if (entity.Tags.Count > 0)
                    errors.Add($"the entity {uid} has tags, but the schema declares none for {uid.Type}");
            }
            else
            {
                foreach (var (key, value) in entity.Tags.Attributes)
                {
                    if (ValueConformance.Check(value, type.Tags, schema, $"tag `{key}`") is { } tag)
                        errors.Add($"the tag \"{key}\" of {uid} does not match the tag type: {tag}");
                }
            }
        }
        return errors;
    }

    private static HashSet<EntityUid> Ancestors(CedarSchema schema, EntityUid action)
    {
        var seen = new HashSet<EntityUid>();
        var stack = new Stack<EntityUid>([action]);
        while (stack.Count > 0)
        {
            if (!schema.Actions.TryGetValue(stack.Pop(), out var declared))
                continue;
            foreach (var parent in declared.MemberOf)
            {
                if (seen.Add(parent))
                    stack.Push(parent);
            }
        }
        return seen;
    }
}
