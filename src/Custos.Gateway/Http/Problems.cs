using Microsoft.AspNetCore.Http;

namespace Custos.Gateway.Http;

/// <summary>
/// RFC 9457 problem details for every error Custos answers with. The detail says what was wrong and how to
/// fix it; it never carries a credential, a stack trace or an internal exception message.
/// </summary>
public static class Problems
{
    public static IResult Create(int status, string title, string detail, Guid? actionId = null, IReadOnlyList<FieldError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (actionId is { } id)
        {
            extensions["action_id"] = id.ToString();
        }

        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }
}

/// <summary>One problem with one field of a request body; <see cref="Field"/> is a JSON path such as <c>$.context</c>.</summary>
public sealed record FieldError(string Field, string Message);
