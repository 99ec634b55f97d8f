using System.Text.Json;
using Custos.Gateway.Http;

namespace Custos.Gateway.Authorize;

/// <summary>The body of <c>POST /v1/authorize</c>: what the agent wants to do, to what, and facts for policy.</summary>
public sealed record AuthorizeRequest(string Action, string Resource, JsonElement? Context)
{
    private static readonly string[] Fields = ["action", "resource", "context"];

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

        return errors.Count == 0 ? new AuthorizeRequest(action!, resource!, context) : null;
    }

    private static string? ReadString(JsonElement value, string path, int maxLength, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(path, $"{path[2..]} must be a string, found {Kind(value)}"));
            return null;
        }

        var text = value.GetString()!;
        if (text.Length == 0 || text.Length > maxLength)
        {
            errors.Add(new FieldError(path, $"{path[2..]} must be 1 to {maxLength} characters long"));
            return null;
        }

        return text;
    }

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
