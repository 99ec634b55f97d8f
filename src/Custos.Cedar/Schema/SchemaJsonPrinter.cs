using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custos.Cedar.Schema;

/// <summary>Prints a <see cref="CedarSchema"/> in Cedar's JSON schema format; parsing the output gives an equal schema.</summary>
public static class SchemaJsonPrinter
{
    public static string Print(CedarSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var namespaces = schema.EntityTypes.Keys.Select(SchemaNames.Namespace)
                .Concat(schema.Actions.Keys.Select(a => SchemaNames.Namespace(a.Type)))
                .Distinct()
                .OrderBy(n => n ?? "", StringComparer.Ordinal);
            w.WriteStartObject();
            foreach (var ns in namespaces)
            {
                w.WriteStartObject(ns ?? "");
                w.WriteStartObject("entityTypes");
                foreach (var entity in schema.EntityTypes.Values.Where(e => SchemaNames.Namespace(e.Name) == ns).OrderBy(e => e.Name, StringComparer.Ordinal))
                    WriteEntity(w, entity);
                w.WriteEndObject();
                w.WriteStartObject("actions");
                foreach (var action in schema.Actions.Values.Where(a => SchemaNames.Namespace(a.Uid.Type) == ns).OrderBy(a => a.Uid.Id, StringComparer.Ordinal))
                    WriteAction(w, action);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEntity(Utf8JsonWriter w, EntityTypeSchema entity)
    {
        w.WriteStartObject(SchemaNames.Basename(entity.Name));
        if (entity.EnumIds is { } ids)
        {
            w.WriteStartArray("enum");
            foreach (var id in ids)
                w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteEndObject();
            return;
        }
        if (!entity.MemberOfTypes.IsEmpty)
        {
            w.WriteStartArray("memberOfTypes");
            foreach (var parent in entity.MemberOfTypes)
                w.WriteStringValue(parent);
            w.WriteEndArray();
        }
        if (entity.Attributes.Attributes.Count > 0 || entity.Attributes.AdditionalAttributes)
        {
            w.WritePropertyName("shape");
            WriteType(w, entity.Attributes, null);
        }
        if (entity.Tags is not null)
        {
            w.WritePropertyName("tags");
            WriteType(w, entity.Tags, null);
        }
        w.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter w, ActionSchema action)
    {
        w.WriteStartObject(action.Uid.Id);
        if (!action.MemberOf.IsEmpty)
        {
            w.WriteStartArray("memberOf");
            foreach (var parent in action.MemberOf)
            {
                w.WriteStartObject();
                w.WriteString("id", parent.Id);
                w.WriteString("type", parent.Type);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (action.AppliesTo)
        {
            w.WriteStartObject("appliesTo");
            w.WriteStartArray("principalTypes");
            foreach (var type in action.PrincipalTypes)
                w.WriteStringValue(type);
            w.WriteEndArray();
            w.WriteStartArray("resourceTypes");
            foreach (var type in action.ResourceTypes)
                w.WriteStringValue(type);
            w.WriteEndArray();
            w.WritePropertyName("context");
            WriteType(w, action.Context, null);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter w, SchemaType type, bool? required)
    {
        w.WriteStartObject();
        switch (type)
        {
            case BoolSchemaType:
                w.WriteString("type", "Boolean");
                break;
            case LongSchemaType:
                w.WriteString("type", "Long");
                break;
            case StringSchemaType:
                w.WriteString("type", "String");
                break;
            case EntitySchemaType entity:
                w.WriteString("type", "Entity");
                w.WriteString("name", entity.Name);
                break;
            case ExtensionSchemaType extension:
                w.WriteString("type", "Extension");
                w.WriteString("name", extension.Name);
                break;
            case SetSchemaType set:
                w.WriteString("type", "Set");
                w.WritePropertyName("element");
                WriteType(w, set.Element, null);
                break;
            case RecordSchemaType record:
                w.WriteString("type", "Record");
                w.WriteStartObject("attributes");
                foreach (var (name, attribute) in record.Attributes)
                {
                    w.WritePropertyName(name);
                    WriteType(w, attribute.Type, attribute.Required);
                }
                w.WriteEndObject();
                if (record.AdditionalAttributes)
                    w.WriteBoolean("additionalAttributes", true);
                break;
            default:
                throw new InvalidOperationException("unknown schema type " + type.GetType().Name);
        }
        if (required == false)
            w.WriteBoolean("required", false);
        w.WriteEndObject();
    }
}
