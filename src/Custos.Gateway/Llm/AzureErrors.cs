using System.Buffers;
using System.Text.Json;

namespace Custos.Gateway.Llm;

/// <summary>
/// Azure OpenAI's error bodies in OpenAI's shape. Azure answers <c>{"error":{"code":"429","message":…}}</c> for a
/// rate limit and <c>{"error":{"code":"content_filter","message":…,"param":"prompt","status":400,
/// "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{…}}}}</c> for a prompt its filter
/// refused; OpenAI's SDKs expect <c>{"error":{"message","type","param","code"}}</c>. The message, code and the
/// filter's categories are kept (the categories under <c>innererror</c>, which OpenAI's shape leaves room for).
/// </summary>
internal static class AzureErrors
{
    /// <summary>The most of Azure's message Custos passes on.</summary>
    private const int MaxMessage = 2000;

    public static byte[] ToOpenAi(int status, byte[]? body)
    {
        string? message = null;
        string? code = null;
        string? param = null;
        JsonElement? inner = null;
        JsonDocument? document = null;
        try
        {
            if (body is { Length: > 0 })
            {
                document = JsonDocument.Parse(body);
                if (document.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                {
                    message = Text(error, "message");
                    code = Text(error, "code");
                    param = Text(error, "param");
                    inner = error.TryGetProperty("innererror", out var innerError) && innerError.ValueKind == JsonValueKind.Object ? innerError : null;
                }
            }
        }
        catch (JsonException)
        {
            document = null;
        }

        using (document)
        {
            code = (status, code) switch
            {
                (429, _) => "rate_limit_exceeded",
                (_, "content_filter") => "content_filter",
                (_, { } c) when c.Length > 0 && !c.All(char.IsAsciiDigit) => c,
                _ => null,
            };
            message ??= $"Azure OpenAI answered {status} without an error message";
            if (message.Length > MaxMessage)
            {
                message = message[..MaxMessage];
            }

            if (code == "content_filter")
            {
                param ??= "prompt";
            }

            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("error");
                writer.WriteString("message", $"Azure OpenAI: {message}");
                writer.WriteString("type", status == 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error");
                WriteNullable(writer, "param", param);
                WriteNullable(writer, "code", code);
                if (inner is { } innerError)
                {
                    writer.WritePropertyName("innererror");
                    innerError.WriteTo(writer);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
