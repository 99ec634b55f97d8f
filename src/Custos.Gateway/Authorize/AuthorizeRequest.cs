using System.Text.Json;
using Custos.Core.Privacy;
using Custos.Gateway.Http;

namespace Custos.Gateway.Authorize;

/// <summary>The body of <c>POST /v1/authorize</c>: what the agent wants to do, to what, and facts for policy.</summary>
/// <param name="DataSubjects">The people the action concerns (<c>customer:42</c>); the context is then kept sealed under their keys.</param>
public sealed record AuthorizeRequest(string Action, string Resource, JsonElement? Context, IReadOnlyList<string>? DataSubjects = null)
{
    private static readonly string[] Fields = ["action", "resource", "context", "dataSubjects"];

    /// <summary>Validates a parsed body; every problem is reported with its JSON path.</summary>
    public static AuthorizeRequest? TryRead(JsonElement root, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("$", $"the body must be a JSON object such as {{\"action\": \"call\", \"resource\": \"github.get_file_contents\"}}, found {Kind(root)}"));
            return null;
        }

        string? action = null, resource = null;
        JsonElement? context = null;
        List<string>? subjects = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "action":
                    action = ReadString(property.Value, "$.action", 64, errors);
                    break;
                case "resource":
                    resource = ReadString(property.Value, "$.resource", 256, errors);
                    break;
                case "context":
                    if (property.Value.ValueKind == JsonValueKind.Object)
                    {
                        context = property.Value;
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        errors.Add(new FieldError("$.context", $"context must be a JSON object of facts for policy, found {Kind(property.Value)}"));
                    }

                    break;
                case "dataSubjects":
                    subjects = ReadSubjects(property.Value, errors);
                    break;
                default:
                    var name = property.Name.Length > 40 ? property.Name[..40] + "…" : property.Name;
                    errors.Add(new FieldError("$." + name, $"unknown field '{name}'; the fields are: {string.Join(", ", Fields)}"));
                    break;
            }
        }

        if (action is null && !errors.Exists(e => e.Field == "$.action"))
        {
            errors.Add(new FieldError("$.action", "action is required: the verb, such as call, read or write"));
        }

        if (resource is null && !errors.Exists(e => e.Field == "$.resource"))
        {
            errors.Add(new FieldError("$.resource", "resource is required: a system or a system's tool, such as github or github.create_issue"));
        }

        return errors.Count == 0 ? new AuthorizeRequest(action!, resource!, context, subjects is { Count: > 0 } ? subjects : null) : null;
    }

    private static List<string>? ReadSubjects(JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError("$.dataSubjects", $"dataSubjects must be an array of strings such as [\"customer:42\"], found {Kind(value)}"));
            return null;
        }

        var count = value.GetArrayLength();
        if (count > DataSubject.MaxCount)
        {
            errors.Add(new FieldError("$.dataSubjects", $"dataSubjects names {count} data subjects; at most {DataSubject.MaxCount} are allowed per action"));
            return null;
        }

        var subjects = new List<string>(count);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"$.dataSubjects[{index++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FieldError(path, $"{path[2..]} must be a string, found {Kind(item)}"));
                continue;
            }

            if (JsonBody.TextOf(item) is not { } subject)
            {
                errors.Add(new FieldError(path, NotUnicode(path)));
                continue;
            }

            if (DataSubject.Check(subject) is { } error)
            {
                errors.Add(new FieldError(path, $"{path[2..]}: {error}"));
                continue;
            }

            subjects.Add(subject);
        }

        return subjects;
    }

    private static string? ReadString(JsonElement value, string path, int maxLength, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(path, $"{path[2..]} must be a string, found {Kind(value)}"));
            return null;
        }

        if (JsonBody.TextOf(value) is not { } text)
        {
            errors.Add(new FieldError(path, NotUnicode(path)));
            return null;
        }

        if (text.Length == 0 || text.Length > maxLength)
        {
            errors.Add(new FieldError(path, $"{path[2..]} must be 1 to {maxLength} characters long"));
            return null;
        }

        return text;
    }

    private static string NotUnicode(string path) =>
        $"{path[2..]} is not well-formed Unicode: it escapes half a surrogate pair (\\ud800 to \\udfff); send whole characters";

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
