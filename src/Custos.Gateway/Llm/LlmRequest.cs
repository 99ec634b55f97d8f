using System.Buffers;
using System.Text.Json;
using Custos.Gateway.Http;

namespace Custos.Gateway.Llm;

/// <summary>
/// What Custos reads of an LLM request: the model, whether it streams, and a small policy context. The rest of
/// the body is the provider's business and passes on unchanged (after screening).
/// </summary>
internal sealed record LlmRequest(string Model, bool Stream, int Messages, long? MaxTokens, bool HasTools)
{
    public static (LlmRequest? Request, FieldError? Error) Read(JsonElement root, LlmDialect dialect) =>
        Read(root, dialect == LlmDialect.Anthropic ? LlmApi.Messages : LlmApi.ChatCompletions);

    public static (LlmRequest? Request, FieldError? Error) Read(JsonElement root, LlmApi api)
    {
        var itemsName = api is LlmApi.Responses or LlmApi.Embeddings ? "input" : "messages";
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, new FieldError("$", $"the body must be a JSON object with at least 'model' and '{itemsName}'"));
        }

        if (!root.TryGetProperty("model", out var modelElement) || JsonBody.TextOf(modelElement) is not { } model)
        {
            return (null, new FieldError("model", "'model' is required and must be a string, as in \"gpt-4o\" or \"openai/gpt-4o\""));
        }

        int items;
        if (api is LlmApi.Responses or LlmApi.Embeddings)
        {
            // Both take a string or a non-empty array (of input items, or of strings or token arrays).
            if (!root.TryGetProperty("input", out var input)
                || !((input.ValueKind == JsonValueKind.String && input.GetString()!.Length > 0) || (input.ValueKind == JsonValueKind.Array && input.GetArrayLength() > 0)))
            {
                return (null, new FieldError("input", "'input' is required and must be a non-empty string or a non-empty array"));
            }

            items = input.ValueKind == JsonValueKind.Array ? input.GetArrayLength() : 1;
        }
        else
        {
            if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
            {
                return (null, new FieldError("messages", "'messages' is required and must be a non-empty array"));
            }

            items = messages.GetArrayLength();
        }

        var stream = false;
        if (root.TryGetProperty("stream", out var streamElement))
        {
            if (streamElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            {
                return (null, new FieldError("stream", "'stream' must be true or false"));
            }

            stream = streamElement.ValueKind == JsonValueKind.True;
            if (stream && api == LlmApi.Embeddings)
            {
                return (null, new FieldError("stream", "embeddings are not streamed; leave 'stream' out"));
            }
        }

        long? maxTokens = null;
        foreach (var name in api switch { LlmApi.Messages => ["max_tokens"], LlmApi.Responses => ["max_output_tokens"], LlmApi.Embeddings => [], _ => new[] { "max_completion_tokens", "max_tokens" } })
        {
            if (root.TryGetProperty(name, out var limit) && limit.ValueKind != JsonValueKind.Null)
            {
                if (limit.ValueKind != JsonValueKind.Number || !limit.TryGetInt64(out var n) || n < 0)
                {
                    return (null, new FieldError(name, $"'{name}' must be a non-negative integer"));
                }

                maxTokens ??= n;
            }
        }

        var hasTools = root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array && tools.GetArrayLength() > 0;
        return (new LlmRequest(model, stream, items, maxTokens, hasTools), null);
    }

    /// <summary>The facts Cedar sees as <c>context.arguments</c>: small and typed, never the prompt itself.</summary>
    public JsonElement PolicyContext(ModelRoute route)
    {
        // One buffer and writer per thread for this small, secret-free object (the model name and counts).
        var buffer = contextBuffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = contextWriter ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        {
            writer.WriteStartObject();
            writer.WriteString("model", route.Model);
            writer.WriteBoolean("stream", Stream);
            writer.WriteNumber("messages", Messages);
            if (MaxTokens is { } max)
            {
                writer.WriteNumber("maxTokens", max);
            }

            writer.WriteBoolean("tools", HasTools);
            writer.WriteEndObject();
            writer.Flush();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? contextBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? contextWriter;
}
