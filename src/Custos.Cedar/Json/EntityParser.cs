using System.Collections.Immutable;
using System.Text.Json;
using Custos.Cedar.Entities;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Json;

/// <summary>One entity of Cedar's entity JSON format, checked against the schema when there is one.</summary>
internal static class EntityParser
{
    public static Entity? Parse(JsonElement json, CedarSchema? schema, out string? error)
    {
        error = null;
        var parser = new ValueParser(schema);
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("uid", out var uidJson))
        {
            error = "each entity must be an object with a `uid`";
            return null;
        }
        var uid = parser.ParseEntityUid(uidJson, "the uid of an entity", allowImplicit: true);
        if (uid is null)
        {
            error = parser.Error;
            return null;
        }
        var isAction = CedarJson.IsActionType(uid.Type);
        EntityTypeSchema? type = null;
        if (schema is not null && !isAction)
        {
            if (!schema.EntityTypes.TryGetValue(uid.Type, out type))
            {
                error = $"entity `{uid}` has type `{uid.Type}` which is not declared in the schema";
                return null;
            }
            if (type.EnumIds is { } ids && !ids.Contains(uid.Id))
            {
                error = $"entity `{uid}` is of an enumerated entity type, but `\"{uid.Id}\"` is not declared as a valid eid";
                return null;
            }
        }
        // As in Cedar, `attrs` and `parents` are required (possibly empty); `tags` is optional.
        if (!json.TryGetProperty("attrs", out var attrsJson) || !json.TryGetProperty("parents", out var parentsJson))
        {
            error = $"entity `{uid}` must have `attrs` and `parents` (write {{}} and [] when it has none)";
            return null;
        }
        var attributes = RecordValue.Empty;
        {
            RecordValue? parsed;
            if (type is not null)
            {
                parsed = parser.ParseRecord(attrsJson, type.Attributes, string.Empty, uid.ToString());
            }
            else if (attrsJson.ValueKind == JsonValueKind.Object)
            {
                parsed = parser.ParseUntyped(attrsJson, $"the attributes of entity `{uid}`") as RecordValue;
            }
            else
            {
                error = $"the `attrs` of entity `{uid}` must be an object";
                return null;
            }
            if (parsed is null)
            {
                error = parser.Error;
                return null;
            }
            attributes = parsed;
        }
        var tags = RecordValue.Empty;
        if (json.TryGetProperty("tags", out var tagsJson) && tagsJson.ValueKind != JsonValueKind.Null)
        {
            if (tagsJson.ValueKind != JsonValueKind.Object)
            {
                error = $"the `tags` of entity `{uid}` must be an object";
                return null;
            }
            var builder = ImmutableSortedDictionary.CreateBuilder<string, CedarValue>(StringComparer.Ordinal);
            foreach (var tag in tagsJson.EnumerateObject())
            {
                if (type is not null && type.Tags is null)
                {
                    error = $"found a tag `{tag.Name}` on `{uid}`, but no tags should exist on `{uid}` according to the schema";
                    return null;
                }
                var value = parser.Parse(tag.Value, type?.Tags, $"tag `{tag.Name}` of entity `{uid}`");
                if (value is null)
                {
                    error = parser.Error;
                    return null;
                }
                if (!builder.TryAdd(tag.Name, value))
                {
                    error = $"duplicate tag `{tag.Name}` on entity `{uid}`";
                    return null;
                }
            }
            tags = new RecordValue(builder.ToImmutable());
        }
        var parents = new List<EntityUid>();
        {
            if (parentsJson.ValueKind != JsonValueKind.Array)
            {
                error = $"the `parents` of entity `{uid}` must be an array";
                return null;
            }
            foreach (var parentJson in parentsJson.EnumerateArray())
            {
                var parent = parser.ParseEntityUid(parentJson, $"the parents of entity `{uid}`", allowImplicit: true);
                if (parent is null)
                {
                    error = parser.Error;
                    return null;
                }
                if (isAction && !CedarJson.IsActionType(parent.Type))
                {
                    error = $"action `{uid}` has a non-action parent `{parent}`";
                    return null;
                }
                if (type is not null && !SchemaIndex.For(schema!).AncestorTypes[type.Name].Contains(parent.Type))
                {
                    error = $"`{uid}` is not allowed to have an ancestor of type `{parent.Type}` according to the schema";
                    return null;
                }
                if (schema is not null && schema.EntityTypes.TryGetValue(parent.Type, out var parentType) &&
                    parentType.EnumIds is { } parentIds && !parentIds.Contains(parent.Id))
                {
                    error = $"entity `{parent}` is of an enumerated entity type, but `\"{parent.Id}\"` is not declared as a valid eid";
                    return null;
                }
                parents.Add(parent);
            }
        }
        return new Entity(uid, attributes, parents, tags);
    }
}
