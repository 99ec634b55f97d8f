using System.Text;
using Custos.Cedar.Values;

namespace Custos.Cedar.Schema;

/// <summary>
/// Prints a <see cref="CedarSchema"/> in the human-readable syntax. Parsing the output gives an equal schema
/// (common types were already inlined, so none are printed; open records and actions that apply to an empty list of
/// types cannot be written in this syntax).
/// </summary>
public static class CedarSchemaPrinter
{
    public static string Print(CedarSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var namespaces = schema.EntityTypes.Keys.Select(SchemaNames.Namespace)
            .Concat(schema.Actions.Keys.Select(a => SchemaNames.Namespace(a.Type)))
            .Distinct()
            .OrderBy(n => n ?? "", StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder();
        foreach (var ns in namespaces)
        {
            var indent = ns is null ? "" : "  ";
            if (ns is not null)
                builder.Append("namespace ").Append(ns).Append(" {\n");
            foreach (var entity in schema.EntityTypes.Values.Where(e => SchemaNames.Namespace(e.Name) == ns).OrderBy(e => e.Name, StringComparer.Ordinal))
                PrintEntity(builder, schema, ns, indent, entity);
            foreach (var action in schema.Actions.Values.Where(a => SchemaNames.Namespace(a.Uid.Type) == ns).OrderBy(a => a.Uid.Id, StringComparer.Ordinal))
                PrintAction(builder, schema, ns, indent, action);
            if (ns is not null)
                builder.Append("}\n");
        }
        return builder.ToString();
    }

    private static void PrintEntity(StringBuilder b, CedarSchema schema, string? ns, string indent, EntityTypeSchema entity)
    {
        b.Append(indent).Append("entity ").Append(SchemaNames.Basename(entity.Name));
        if (entity.EnumIds is { } ids)
        {
            b.Append(" enum [").AppendJoin(", ", ids.Select(CedarStrings.Quote)).Append("];\n");
            return;
        }
        if (!entity.MemberOfTypes.IsEmpty)
            b.Append(" in [").AppendJoin(", ", entity.MemberOfTypes).Append(']');
        if (entity.Attributes.Attributes.Count > 0)
        {
            b.Append(' ');
            PrintType(b, schema, ns, entity.Attributes, indent);
        }
        if (entity.Tags is not null)
        {
            b.Append(" tags ");
            PrintType(b, schema, ns, entity.Tags, indent);
        }
        b.Append(";\n");
    }

    private static void PrintAction(StringBuilder b, CedarSchema schema, string? ns, string indent, ActionSchema action)
    {
        b.Append(indent).Append("action ").Append(CedarStrings.Quote(action.Uid.Id));
        if (!action.MemberOf.IsEmpty)
            b.Append(" in [").AppendJoin(", ", action.MemberOf.Select(p => p.ToString())).Append(']');
        if (action.AppliesTo)
        {
            b.Append(" appliesTo {\n");
            b.Append(indent).Append("  principal: [").AppendJoin(", ", action.PrincipalTypes).Append("],\n");
            b.Append(indent).Append("  resource: [").AppendJoin(", ", action.ResourceTypes).Append("],\n");
            b.Append(indent).Append("  context: ");
            PrintType(b, schema, ns, action.Context, indent + "  ");
            b.Append('\n').Append(indent).Append('}');
        }
        b.Append(";\n");
    }

    private static void PrintType(StringBuilder b, CedarSchema schema, string? ns, SchemaType type, string indent)
    {
        switch (type)
        {
            case BoolSchemaType:
                b.Append(Builtin(schema, ns, "Bool"));
                break;
            case LongSchemaType:
                b.Append(Builtin(schema, ns, "Long"));
                break;
            case StringSchemaType:
                b.Append(Builtin(schema, ns, "String"));
                break;
            case ExtensionSchemaType extension:
                b.Append(Builtin(schema, ns, extension.Name));
                break;
            case EntitySchemaType entity:
                b.Append(entity.Name);
                break;
            case SetSchemaType set:
                b.Append("Set<");
                PrintType(b, schema, ns, set.Element, indent);
                b.Append('>');
                break;
            case RecordSchemaType record:
                if (record.Attributes.Count == 0)
                {
                    b.Append("{}");
                    break;
                }
                b.Append("{\n");
                foreach (var (name, attribute) in record.Attributes)
                {
                    b.Append(indent).Append("  ").Append(AttributeName(name)).Append(attribute.Required ? ": " : "?: ");
                    PrintType(b, schema, ns, attribute.Type, indent + "  ");
                    b.Append(",\n");
                }
                b.Append(indent).Append('}');
                break;
            default:
                throw new InvalidOperationException("unknown schema type " + type.GetType().Name);
        }
    }

    /// <summary>A built-in type's short name, or its <c>__cedar::</c> name when a declared entity type would capture the short one.</summary>
    private static string Builtin(CedarSchema schema, string? ns, string name) =>
        schema.EntityTypes.ContainsKey(name) || (ns is not null && schema.EntityTypes.ContainsKey(ns + "::" + name))
            ? SchemaNames.CedarNamespace + "::" + name
            : name;

    private static string AttributeName(string name) =>
        SchemaNames.IsIdentifier(name) && !SchemaNames.ReservedIdentifiers.Contains(name) ? name : CedarStrings.Quote(name);
}
