using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Screening;

namespace Custos.Gateway.Llm;

/// <summary>
/// A non-streamed completion as texts the screen-out stage reads and redacts: OpenAI's
/// <c>choices[i].message.content</c>, the Responses API's <c>output[i].content[j].text</c>, Anthropic's <c>content[i].text</c>.
/// The answer is read as a <see cref="JsonDocument"/> (pooled, no tree); a tree is built only when a text is
/// rewritten, and the answer is then written from it, so what was redacted never reaches the agent.
/// </summary>
internal sealed class CompletionOutput : IScreenableOutput, IDisposable
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private readonly JsonDocument document;
    private readonly LlmApi api;
    private readonly List<Slot> slots = [];
    private JsonNode? tree;

    private CompletionOutput(JsonDocument document, LlmApi api)
    {
        this.document = document;
        this.api = api;
        var response = document.RootElement;
        if (api == LlmApi.Embeddings)
        {
            // Vectors: no text to screen.
        }
        else if (api == LlmApi.Responses)
        {
            if (response.TryGetProperty("output"u8, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("content"u8, out var parts) && parts.ValueKind == JsonValueKind.Array)
                    {
                        var j = 0;
                        foreach (var part in parts.EnumerateArray())
                        {
                            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("type"u8, out var type) && type.ValueEquals("output_text"u8)
                                && part.TryGetProperty("text"u8, out var text) && text.ValueKind == JsonValueKind.String)
                            {
                                slots.Add(new Slot(text, i, j));
                            }

                            j++;
                        }
                    }

                    i++;
                }
            }
        }
        else if (api == LlmApi.ChatCompletions)
        {
            if (response.TryGetProperty("choices"u8, out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var choice in choices.EnumerateArray())
                {
                    if (choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("message"u8, out var message) && message.ValueKind == JsonValueKind.Object
                        && message.TryGetProperty("content"u8, out var content) && content.ValueKind == JsonValueKind.String)
                    {
                        slots.Add(new Slot(content, i, -1));
                    }

                    i++;
                }
            }
        }
        else if (response.TryGetProperty("content"u8, out var blocks) && blocks.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var block in blocks.EnumerateArray())
            {
                if (block.ValueKind == JsonValueKind.Object && block.TryGetProperty("type"u8, out var type) && type.ValueEquals("text"u8)
                    && block.TryGetProperty("text"u8, out var text) && text.ValueKind == JsonValueKind.String)
                {
                    slots.Add(new Slot(text, i, -1));
                }

                i++;
            }
        }
    }

    /// <summary>
    /// Reads a provider's answer: null when it is not a JSON object or names a property twice anywhere (Custos
    /// cannot tell which one the client would read). <paramref name="body"/> must not change while this is in use.
    /// </summary>
    public static CompletionOutput? TryRead(byte[] body, LlmApi api)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Strict);
        }
        catch (JsonException)
        {
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return null;
        }

        return new CompletionOutput(document, api);
    }

    /// <summary>The answer as the provider sent it.</summary>
    public JsonElement Response => document.RootElement;

    /// <summary>True once a text was rewritten; until then the provider's bytes are passed on as they came.</summary>
    public bool Modified => tree is not null;

    public int Count => slots.Count;

    public string LocationOf(int index)
    {
        var slot = slots[index];
        return api switch
        {
            LlmApi.Responses => $"output/{slot.Item}/content/{slot.Part}/text",
            LlmApi.ChatCompletions => $"choices/{slot.Item}/message/content",
            _ => $"content/{slot.Item}/text",
        };
    }

    public string GetText(int index)
    {
        ref var slot = ref CollectionsMarshal.AsSpan(slots)[index];
        return slot.Text ??= slot.Element.GetString()!;
    }

    public void SetText(int index, string text)
    {
        ref var slot = ref CollectionsMarshal.AsSpan(slots)[index];
        tree ??= JsonNode.Parse(document.RootElement.GetRawText())!;
        var holder = api switch
        {
            LlmApi.Responses => tree["output"]![slot.Item]!["content"]![slot.Part]!,
            LlmApi.ChatCompletions => tree["choices"]![slot.Item]!["message"]!,
            _ => tree["content"]![slot.Item]!,
        };
        holder[api == LlmApi.ChatCompletions ? "content" : "text"] = text;
        slot.Text = text;
    }

    /// <summary>The rewritten answer, once a text was rewritten.</summary>
    public byte[] ModifiedBytes() => JsonSerializer.SerializeToUtf8Bytes(tree ?? throw new InvalidOperationException("no text was rewritten"), LlmJsonContext.Default.JsonNode);

    public void Dispose() => document.Dispose();

    /// <summary>One text: where it lies in the provider's answer, its item (and part) index, and its text once read or rewritten.</summary>
    private struct Slot(JsonElement element, int item, int part)
    {
        public readonly JsonElement Element = element;
        public readonly int Item = item;
        public readonly int Part = part;
        public string? Text;
    }
}
