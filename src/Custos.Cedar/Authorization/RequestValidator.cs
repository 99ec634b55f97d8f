using Custos.Cedar.Entities;
using Custos.Cedar.Schema;
using Custos.Cedar.Values;

namespace Custos.Cedar.Authorization;

/// <summary>
/// Cedar's request validation against a schema: the action is declared, the principal and resource types are
/// declared and among those the action applies to (enumerated types only with their ids), and the context has the
/// action's context type.
/// </summary>
public static class RequestValidator
{
    /// <summary>Null when <paramref name="request"/> conforms to <paramref name="schema"/>, otherwise why not.</summary>
    public static string? Validate(Request request, CedarSchema schema)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(schema);
        if (CheckEntity(request.Principal, schema, "principal") is { } principalError)
            return principalError;
        if (CheckEntity(request.Resource, schema, "resource") is { } resourceError)
            return resourceError;
        if (!schema.Actions.TryGetValue(request.Action, out var action))
            return $"request's action `{request.Action}` is not declared in the schema";
        if (!action.PrincipalTypes.Contains(request.Principal.Type))
        {
            return $"principal type `{request.Principal.Type}` is not valid for `{request.Action}`; valid principal types: " +
                string.Join(", ", action.PrincipalTypes);
        }
        if (!action.ResourceTypes.Contains(request.Resource.Type))
        {
            return $"resource type `{request.Resource.Type}` is not valid for `{request.Action}`; valid resource types: " +
                string.Join(", ", action.ResourceTypes);
        }
        return ValueConformance.Check(request.Context, action.Context, schema, "context") is { } contextError
            ? $"context is not valid for `{request.Action}`: {contextError}"
            : null;
    }

    private static string? CheckEntity(EntityUid uid, CedarSchema schema, string role)
    {
        if (!schema.EntityTypes.TryGetValue(uid.Type, out var type))
            return $"{role} type `{uid.Type}` is not declared in the schema";
        if (type.EnumIds is { } ids && !ids.Contains(uid.Id))
            return $"entity `{uid}` is of an enumerated entity type, but `\"{uid.Id}\"` is not declared as a valid eid";
        return null;
    }
}
