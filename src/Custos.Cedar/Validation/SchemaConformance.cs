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
    private const int MaxDepth = 128;

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
            if (Conforms(schema, entity.Attributes, type.Attributes, 0) is { } attributes)
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
                    if (Conforms(schema, value, type.Tags, 0) is { } tag)
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

    /// <summary>Null when <paramref name="value"/> has the schema type, otherwise what is wrong.</summary>
    internal static string? Conforms(CedarSchema schema, CedarValue value, SchemaType type, int depth)
    {
        if (depth > MaxDepth)
            return $"the value is nested more than {MaxDepth} levels deep";
        switch (type)
        {
            case BoolSchemaType:
                return value is BoolValue ? null : $"expected a boolean, found {Describe(value)}";
            case LongSchemaType:
                return value is LongValue ? null : $"expected a long, found {Describe(value)}";
            case StringSchemaType:
                return value is StringValue ? null : $"expected a string, found {Describe(value)}";
            case EntitySchemaType entity:
                if (value is not EntityValue e)
                    return $"expected an entity of type {entity.Name}, found {Describe(value)}";
                if (e.Uid.Type != entity.Name)
                    return $"expected an entity of type {entity.Name}, found {e.Uid}";
                return schema.EntityTypes.TryGetValue(entity.Name, out var et) ? EnumProblem(et, e.Uid) : null;
            case ExtensionSchemaType extension:
                return value is ExtensionValue x && x.TypeName == extension.Name ? null : $"expected a {extension.Name} value, found {Describe(value)}";
            case SetSchemaType set:
                if (value is not SetValue s)
                    return $"expected a set, found {Describe(value)}";
                foreach (var element in s.Elements)
                {
                    if (Conforms(schema, element, set.Element, depth + 1) is { } problem)
                        return $"in a set element: {problem}";
                }
                return null;
            case RecordSchemaType record:
                if (value is not RecordValue r)
                    return $"expected a record, found {Describe(value)}";
                foreach (var (name, attribute) in record.Attributes)
                {
                    if (!r.TryGet(name, out var attributeValue))
                    {
                        if (attribute.Required)
                            return $"the required attribute \"{name}\" is missing";
                        continue;
                    }
                    if (Conforms(schema, attributeValue, attribute.Type, depth + 1) is { } problem)
                        return $"in attribute \"{name}\": {problem}";
                }
                if (!record.AdditionalAttributes)
                {
                    foreach (var name in r.Attributes.Keys)
                    {
                        if (!record.Attributes.ContainsKey(name))
                            return $"the attribute \"{name}\" is not declared";
                    }
                }
                return null;
            default:
                return $"unknown schema type {type.GetType().Name}";
        }
    }

    private static string Describe(CedarValue value) => value.Kind switch
    {
        ValueKind.Bool => "a boolean",
        ValueKind.Long => "a long",
        ValueKind.String => "a string",
        ValueKind.Entity => "an entity",
        ValueKind.Set => "a set",
        ValueKind.Record => "a record",
        _ => value is ExtensionValue x ? $"a {x.TypeName} value" : "an extension value",
    };
}
