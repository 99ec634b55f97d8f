using System.Text.Json;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Json;

/// <summary>
/// Cedar's JSON formats for entities, requests, contexts and values. With a schema, values are typed by it (a
/// string where an <c>ipaddr</c> is expected becomes one, <c>{"type", "id"}</c> where an entity is expected becomes
/// one), entities must conform to it, and the schema's actions are added to the entities, as Cedar does.
/// </summary>
public static class CedarJson
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>Parses <c>[{"uid": …, "attrs": {…}, "parents": […], "tags": {…}}, …]</c> into a store.</summary>
    public static JsonResult<EntityStore> ParseEntities(string json, CedarSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!TryParseDocument(json, out var document, out var error))
            return new(null, error);
        using (document)
            return ParseEntities(document!.RootElement, schema);
    }

    public static JsonResult<EntityStore> ParseEntities(JsonElement json, CedarSchema? schema = null)
    {
        if (json.ValueKind != JsonValueKind.Array)
            return new(null, "entities must be a JSON array");
        var entities = new List<Entity>();
        List<Entity>? actions = null;
        foreach (var element in json.EnumerateArray())
        {
            var entity = EntityParser.Parse(element, schema, out var error);
            if (entity is null)
                return new(null, error);
            if (schema is not null && IsActionType(entity.Uid.Type))
            {
                if (!schema.Actions.ContainsKey(entity.Uid))
                    return new(null, $"found action entity `{entity.Uid}`, but it was not declared as an action in the schema");
                (actions ??= []).Add(entity); // checked against the schema's definition below, which is what is used
                continue;
            }
            entities.Add(entity);
        }
        if (schema is null)
            return EntityStore.TryCreate(entities, out var plain, out var plainError) ? new(plain, null) : new(null, plainError);
        if (actions is not null && CheckActions(actions, schema) is { } actionError)
            return new(null, actionError);
        foreach (var action in schema.Actions.Values)
            entities.Add(new Entity(action.Uid, null, action.MemberOf));
        return EntityStore.TryCreate(entities, out var store, out var storeError) ? new(store, null) : new(null, storeError);
    }

    // Actions given in the entity JSON must be exactly as the schema declares them (no attributes or tags, the same
    // ancestors), as Cedar checks.
    private static string? CheckActions(List<Entity> actions, CedarSchema schema)
    {
        if (!EntityStore.TryCreate(actions, out var store, out var error))
            return error;
        var index = SchemaIndex.For(schema);
        foreach (var action in store.All)
        {
            if (action.Attributes.Count != 0 || action.Tags.Count != 0 || !action.Ancestors.SetEquals(index.ActionAncestors[action.Uid]))
                return $"definition of action `{action.Uid}` does not match its schema declaration";
        }
        return null;
    }

    /// <summary>
    /// Parses a request as the Cedar test files write it: <c>{"principal": {"type", "id"}, "action": …,
    /// "resource": …, "context": {…}}</c>. With a schema the context is typed by the action's context type.
    /// </summary>
    public static JsonResult<Request> ParseRequest(string json, CedarSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!TryParseDocument(json, out var document, out var error))
            return new(null, error);
        using (document)
            return ParseRequest(document!.RootElement, schema);
    }

    public static JsonResult<Request> ParseRequest(JsonElement json, CedarSchema? schema = null)
    {
        if (json.ValueKind != JsonValueKind.Object)
            return new(null, "a request must be a JSON object");
        var parser = new ValueParser(schema);
        var uids = new EntityUid?[3];
        string[] names = ["principal", "action", "resource"];
        for (var i = 0; i < 3; i++)
        {
            if (!json.TryGetProperty(names[i], out var element))
                return new(null, $"the request has no `{names[i]}`");
            uids[i] = parser.ParseEntityUid(element, names[i], allowImplicit: true);
            if (uids[i] is null)
                return new(null, parser.Error);
        }
        // A missing context is the empty record, which a schema may still reject (required attributes).
        var contextJson = json.TryGetProperty("context", out var given) ? given : EmptyObject;
        var context = ParseContext(contextJson, schema, uids[1]!);
        return context.Value is null ? new(null, context.Error) : new(new Request(uids[0]!, uids[1]!, uids[2]!, context.Value), null);
    }

    /// <summary>
    /// Parses a context record. With a schema it is typed by the context type of <paramref name="action"/>, and an
    /// action the schema does not declare is an error (as in Cedar).
    /// </summary>
    public static JsonResult<RecordValue> ParseContext(JsonElement json, CedarSchema? schema, EntityUid action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var parser = new ValueParser(schema);
        RecordValue? context;
        if (schema is not null)
        {
            if (!schema.Actions.TryGetValue(action, out var actionSchema))
                return new(null, $"action `{action}` does not exist in the supplied schema");
            context = parser.ParseRecord(json, actionSchema.Context, "context", entity: null);
        }
        else
        {
            if (json.ValueKind != JsonValueKind.Object)
                return new(null, "the context must be a JSON object");
            context = parser.ParseUntyped(json, "context") as RecordValue;
        }
        return context is null ? new(null, parser.Error ?? "the context must be a record") : new(context, null);
    }

    /// <summary>Parses a value in Cedar's JSON value format, typed by <paramref name="expected"/> when given.</summary>
    public static JsonResult<CedarValue> ParseValue(JsonElement json, SchemaType? expected = null, CedarSchema? schema = null)
    {
        var parser = new ValueParser(schema);
        var value = parser.Parse(json, expected, string.Empty);
        return value is null ? new(null, parser.Error) : new(value, null);
    }

    /// <summary>Whether <paramref name="type"/> is an action entity type (<c>Action</c> or <c>NS::Action</c>).</summary>
    internal static bool IsActionType(string type) =>
        type == "Action" || type.EndsWith("::Action", StringComparison.Ordinal);

    private static bool TryParseDocument(string json, out JsonDocument? document, out string? error)
    {
        try
        {
            document = JsonDocument.Parse(json, Options);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            document = null;
            error = "invalid JSON: " + e.Message;
            return false;
        }
    }
}
