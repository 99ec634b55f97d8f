using System.Text.Json;
using Custos.Core.Privacy;
using Custos.Gateway.Http;

namespace Custos.Server.ControlPlane;

/// <summary>The body of <c>POST /api/dsr/erase</c>: the data subject as agents named it, and why.</summary>
public sealed record ErasureRequest(string Subject, string? Reason)
{
    /// <summary>Validates a parsed body; every problem names its field.</summary>
    public static ErasureRequest? TryRead(JsonElement root, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("$", "the body must be a JSON object such as {\"subject\": \"customer:42\"}"));
            return null;
        }

        string? subject = null, reason = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "subject":
                    subject = Gateway.Http.JsonBody.TextOf(property.Value);
                    if (DataSubject.Check(subject) is { } error)
                    {
                        errors.Add(new FieldError("$.subject", $"subject: {error}"));
                        subject = null;
                    }

                    break;
                case "reason":
                    if (Gateway.Http.JsonBody.TextOf(property.Value) is { } text)
                    {
                        reason = text;
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        errors.Add(new FieldError("$.reason", $"reason must be a string of at most {DataSubjectErasure.MaxReasonLength} characters"));
                    }

                    break;
                default:
                    var name = property.Name.Length > 40 ? property.Name[..40] + "…" : property.Name;
                    errors.Add(new FieldError("$." + name, $"unknown field '{name}'; the fields are: subject, reason"));
                    break;
            }
        }

        if (subject is null && !errors.Exists(e => e.Field == "$.subject"))
        {
            errors.Add(new FieldError("$.subject", "subject is required: the data subject as agents named it, such as customer:42"));
        }

        if (subject is not null && DataSubjectErasure.CheckReason(reason, subject) is { } reasonError)
        {
            errors.Add(new FieldError("$.reason", reasonError));
        }

        return errors.Count == 0 ? new ErasureRequest(subject!, reason) : null;
    }
}
