using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Custos.Cedar.Evaluation;
using Custos.Cedar.Extensions;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Json;

/// <summary>
/// Cedar's JSON value format: <c>{"__entity": {"type", "id"}}</c>, <c>{"__extn": {"fn", "arg"|"args"}}</c>, arrays
/// as sets, objects as records. With an expected schema type, an entity may be written as <c>{"type", "id"}</c> and
/// an extension value as its string (<c>"10.0.0.1"</c> where an <c>ipaddr</c> is expected), and the value must
/// conform to the type. Failures return null with <see cref="Error"/> set; <c>context</c> says where, for messages.
/// </summary>
internal sealed class ValueParser(CedarSchema? schema)
{
    public string? Error { get; private set; }

    private CedarValue? Fail(string context, string message)
    {
        Error ??= context.Length == 0 ? message : "in " + context + ": " + message;
        return null;
    }

    public CedarValue? Parse(JsonElement json, SchemaType? expected, string context)
    {
        switch (expected)
        {
            case null:
                return ParseUntyped(json, context);
            case EntitySchemaType entityType:
            {
                var uid = ParseEntityUid(json, context, allowImplicit: true);
                if (uid is null)
                    return null;
                if (!string.Equals(uid.Type, entityType.Name, StringComparison.Ordinal))
                    return Fail(context, $"type mismatch: value was expected to have type `{entityType.Name}`, but it actually has type `{uid.Type}`: `{uid}`");
                return CheckEnum(uid, context) ? new EntityValue(uid) : null;
            }
            case ExtensionSchemaType extension:
                return ParseExtension(json, extension.Name, context);
            case SetSchemaType set:
            {
                if (json.ValueKind != JsonValueKind.Array)
                    return Mismatch(json, "set", context);
                var values = new List<CedarValue>();
                foreach (var element in json.EnumerateArray())
                {
                    var value = Parse(element, set.Element, context);
                    if (value is null)
                        return null;
                    values.Add(value);
                }
                return SetValue.Of(values);
            }
            case RecordSchemaType record:
                return ParseRecord(json, record, context, entity: null);
            case BoolSchemaType:
                return json.ValueKind is JsonValueKind.True or JsonValueKind.False ? BoolValue.Of(json.GetBoolean()) : Mismatch(json, "bool", context);
            case LongSchemaType:
                return json.ValueKind == JsonValueKind.Number ? ParseUntyped(json, context) : Mismatch(json, "long", context);
            case StringSchemaType:
                return json.ValueKind == JsonValueKind.String ? new StringValue(json.GetString()!) : Mismatch(json, "string", context);
            default:
                return ParseUntyped(json, context);
        }
    }

    /// <summary>A record against its type: each declared attribute typed, undeclared ones rejected (unless the type is open), required ones present.</summary>
    public RecordValue? ParseRecord(JsonElement json, RecordSchemaType type, string context, string? entity)
    {
        if (json.ValueKind != JsonValueKind.Object)
            return (RecordValue?)Mismatch(json, "record", context);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, CedarValue>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            var attributeContext = entity is null ? $"attribute `{property.Name}`" : $"attribute `{property.Name}` of entity `{entity}`";
            if (context.Length > 0 && entity is null)
                attributeContext = context + ", " + attributeContext;
            CedarValue? value;
            if (type.Attributes.TryGetValue(property.Name, out var attribute))
            {
                value = Parse(property.Value, attribute.Type, attributeContext);
            }
            else if (type.AdditionalAttributes)
            {
                value = Parse(property.Value, null, attributeContext);
            }
            else
            {
                return (RecordValue?)Fail(entity is null ? context : string.Empty,
                    entity is null ? $"unexpected attribute `{property.Name}`" : $"attribute `{property.Name}` on `{entity}` should not exist according to the schema");
            }
            if (value is null)
                return null;
            if (!builder.TryAdd(property.Name, value))
                return (RecordValue?)Fail(attributeContext, "duplicate key");
        }
        foreach (var (name, attribute) in type.Attributes)
        {
            if (attribute.Required && !builder.ContainsKey(name))
            {
                return (RecordValue?)Fail(entity is null ? context : string.Empty,
                    entity is null ? $"expected the record to have the required attribute `{name}`" : $"expected entity `{entity}` to have attribute `{name}`, but it does not");
            }
        }
        return new RecordValue(builder.ToImmutable());
    }

    private CedarValue? Mismatch(JsonElement json, string expected, string context)
    {
        var actual = ParseUntyped(json, context);
        if (actual is null)
            return null;
        return Fail(context, $"type mismatch: value was expected to have type {expected}, but it actually has type {TypeNames.Of(actual)}: `{actual}`");
    }

    private bool CheckEnum(EntityUid uid, string context)
    {
        if (schema is null || !schema.EntityTypes.TryGetValue(uid.Type, out var type) || type.EnumIds is not { } ids)
            return true;
        foreach (var id in ids)
        {
            if (string.Equals(id, uid.Id, StringComparison.Ordinal))
                return true;
        }
        Fail(context, $"entity `{uid}` is of an enumerated entity type, but `\"{uid.Id}\"` is not declared as a valid eid");
        return false;
    }

    public CedarValue? ParseUntyped(JsonElement json, string context)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.True:
                return BoolValue.True;
            case JsonValueKind.False:
                return BoolValue.False;
            case JsonValueKind.String:
                return new StringValue(json.GetString()!);
            case JsonValueKind.Number:
                return json.TryGetInt64(out var number)
                    ? LongValue.Of(number)
                    : Fail(context, $"`{json.GetRawText()}` is not a valid Cedar long (a 64-bit integer)");
            case JsonValueKind.Array:
            {
                var values = new List<CedarValue>();
                foreach (var element in json.EnumerateArray())
                {
                    var value = ParseUntyped(element, context);
                    if (value is null)
                        return null;
                    values.Add(value);
                }
                return SetValue.Of(values);
            }
            case JsonValueKind.Object:
            {
                if (json.TryGetProperty("__entity", out _))
                {
                    var uid = ParseEntityUid(json, context, allowImplicit: false);
                    return uid is null ? null : new EntityValue(uid);
                }
                if (json.TryGetProperty("__extn", out var extn))
                    return ParseExtensionCall(extn, null, context);
                if (json.TryGetProperty("__expr", out _))
                    return Fail(context, "the `__expr` escape is no longer supported");
                var builder = ImmutableSortedDictionary.CreateBuilder<string, CedarValue>(StringComparer.Ordinal);
                foreach (var property in json.EnumerateObject())
                {
                    var value = ParseUntyped(property.Value, context);
                    if (value is null)
                        return null;
                    if (!builder.TryAdd(property.Name, value))
                        return Fail(context, $"duplicate key `{property.Name}` in record");
                }
                return new RecordValue(builder.ToImmutable());
            }
            default:
                return Fail(context, "null is not a Cedar value");
        }
    }

    private CedarValue? ParseExtension(JsonElement json, string typeName, string context)
    {
        CedarValue? value;
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("__extn", out var extn))
        {
            value = ParseExtensionCall(extn, typeName, context);
        }
        else if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("fn", out _))
        {
            value = ParseExtensionCall(json, typeName, context);
        }
        else if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("__entity", out _))
        {
            return Mismatch(json, typeName, context);
        }
        else
        {
            var constructor = ExtensionFunctions.ConstructorOf(typeName);
            if (constructor == ExtensionFunction.Unknown)
                return Fail(context, $"no constructor for the extension type `{typeName}`");
            var argument = ParseUntyped(json, context);
            if (argument is null)
                return null;
            value = Invoke(constructor, ConstructorName(typeName), [argument], context);
        }
        if (value is null)
            return null;
        if (value is not ExtensionValue x || !string.Equals(x.TypeName, typeName, StringComparison.Ordinal))
            return Fail(context, $"type mismatch: value was expected to have type {typeName}, but it actually has type {TypeNames.Of(value)}: `{value}`");
        return value;
    }

    private static string ConstructorName(string typeName) => typeName == "ipaddr" ? "ip" : typeName;

    /// <summary><c>{"fn": "ip", "arg": "…"}</c> or <c>{"fn": "offset", "args": [ … ]}</c>.</summary>
    private CedarValue? ParseExtensionCall(JsonElement json, string? expectedType, string context)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("fn", out var fn) || fn.ValueKind != JsonValueKind.String)
            return Fail(context, "an extension value must be written `{\"__extn\": {\"fn\": …, \"arg\": …}}`");
        var name = fn.GetString()!;
        var function = ExtensionFunctions.Resolve(name);
        if (function == ExtensionFunction.Unknown)
            return Fail(context, $"extension function `{name}` does not exist");
        var arguments = new List<CedarValue>();
        if (json.TryGetProperty("arg", out var arg))
        {
            var value = ParseUntyped(arg, context);
            if (value is null)
                return null;
            arguments.Add(value);
        }
        else if (json.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in args.EnumerateArray())
            {
                var value = ParseUntyped(element, context);
                if (value is null)
                    return null;
                arguments.Add(value);
            }
        }
        else
        {
            return Fail(context, $"extension call `{name}` needs `arg` or `args`");
        }
        _ = expectedType;
        return Invoke(function, name, [.. arguments], context);
    }

    private CedarValue? Invoke(ExtensionFunction function, string name, CedarValue[] arguments, string context)
    {
        var placeholder = new EntityValue(new EntityUid("__cedar::Placeholder", string.Empty));
        var env = new EvaluationEnvironment(placeholder, placeholder, placeholder, RecordValue.Empty, Entities.EntityStore.Empty);
        var value = ExtensionFunctions.Invoke(function, name, arguments, ref env);
        return value ?? Fail(context, env.ErrorMessage ?? "extension function failed");
    }

    /// <summary>
    /// An entity reference: <c>{"__entity": {"type", "id"}}</c>, or with <paramref name="allowImplicit"/> also
    /// <c>{"type", "id"}</c>.
    /// </summary>
    public EntityUid? ParseEntityUid(JsonElement json, string context, bool allowImplicit)
    {
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("__entity", out var inner))
            return ParseTypeAndId(inner, context);
        if (allowImplicit && json.ValueKind == JsonValueKind.Object)
            return ParseTypeAndId(json, context);
        Fail(context, $"expected an entity reference (`{{\"type\": …, \"id\": …}}`), got `{Shorten(json.GetRawText())}`");
        return null;
    }

    private EntityUid? ParseTypeAndId(JsonElement json, string context)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String ||
            !json.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            Fail(context, $"expected an entity reference with string `type` and `id`, got `{Shorten(json.GetRawText())}`");
            return null;
        }
        var typeName = type.GetString()!;
        if (!IsValidTypeName(typeName))
        {
            Fail(context, $"`{typeName}` is not a valid entity type name");
            return null;
        }
        return new EntityUid(typeName, id.GetString()!);
    }

    internal static bool IsValidTypeName(string name)
    {
        foreach (var part in name.Split("::"))
        {
            if (part.Length == 0 || !(char.IsAsciiLetter(part[0]) || part[0] == '_'))
                return false;
            foreach (var c in part)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                    return false;
            }
        }
        return true;
    }

    private static string Shorten(string text) =>
        text.Length <= 80 ? text : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, 77)}...");
}
