using Custos.Cedar.Evaluation;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Entities;

/// <summary>Whether a value has a schema type (records closed, required attributes present, enumerated ids valid).</summary>
internal static class ValueConformance
{
    public static string? Check(CedarValue value, SchemaType type, CedarSchema schema, string where)
    {
        switch (type)
        {
            case BoolSchemaType:
                return value is BoolValue ? null : Mismatch(value, "bool", where);
            case LongSchemaType:
                return value is LongValue ? null : Mismatch(value, "long", where);
            case StringSchemaType:
                return value is StringValue ? null : Mismatch(value, "string", where);
            case EntitySchemaType entity:
                if (value is not EntityValue e || !string.Equals(e.Uid.Type, entity.Name, StringComparison.Ordinal))
                    return Mismatch(value, "`" + entity.Name + "`", where);
                if (schema.EntityTypes.TryGetValue(e.Uid.Type, out var declared) && declared.EnumIds is { } ids && !ids.Contains(e.Uid.Id))
                    return $"{where}: entity `{e.Uid}` is of an enumerated entity type, but `\"{e.Uid.Id}\"` is not declared as a valid eid";
                return null;
            case ExtensionSchemaType extension:
                return value is ExtensionValue x && string.Equals(x.TypeName, extension.Name, StringComparison.Ordinal)
                    ? null
                    : Mismatch(value, extension.Name, where);
            case SetSchemaType set:
                if (value is not SetValue s)
                    return Mismatch(value, "set", where);
                foreach (var element in s.Elements)
                {
                    if (Check(element, set.Element, schema, where) is { } error)
                        return error;
                }
                return null;
            case RecordSchemaType record:
                if (value is not RecordValue r)
                    return Mismatch(value, "record", where);
                foreach (var (name, attribute) in record.Attributes)
                {
                    if (r.TryGet(name, out var field))
                    {
                        if (Check(field, attribute.Type, schema, where + "." + name) is { } error)
                            return error;
                    }
                    else if (attribute.Required)
                    {
                        return $"{where}: the required attribute `{name}` is missing";
                    }
                }
                if (!record.AdditionalAttributes)
                {
                    foreach (var name in r.Attributes.Keys)
                    {
                        if (!record.Attributes.ContainsKey(name))
                            return $"{where}: attribute `{name}` should not exist according to the schema";
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static string Mismatch(CedarValue value, string expected, string where) =>
        $"{where}: expected {expected}, got {TypeNames.Of(value)}";
}
