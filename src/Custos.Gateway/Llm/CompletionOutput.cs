using System.Text.Json.Nodes;
using Custos.Core.Screening;

namespace Custos.Gateway.Llm;

/// <summary>
/// A non-streamed completion as texts the screen-out stage reads and redacts in place: OpenAI's
/// <c>choices[i].message.content</c>, the Responses API's <c>output[i].content[j].text</c>, Anthropic's <c>content[i].text</c>. The answer is written from the same
/// tree, so what was redacted never reaches the agent.
/// </summary>
internal sealed class CompletionOutput : IScreenableOutput
{
    private readonly List<(string Location, JsonObject Holder, string Property)> slots = [];

    public CompletionOutput(JsonNode response, LlmApi api)
    {
        Response = response;
        if (api == LlmApi.Embeddings)
        {
            // Vectors: no text to screen.
        }
        else if (api == LlmApi.Responses)
        {
            if (response["output"] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i]?["content"] is JsonArray parts)
                    {
                        for (var j = 0; j < parts.Count; j++)
                        {
                            if (parts[j] is JsonObject part && (string?)part["type"] == "output_text" && part["text"] is JsonValue text && text.TryGetValue<string>(out _))
                            {
                                slots.Add(($"output/{i}/content/{j}/text", part, "text"));
                            }
                        }
                    }
                }
            }
        }
        else if (api == LlmApi.ChatCompletions)
        {
            if (response["choices"] is JsonArray choices)
            {
                for (var i = 0; i < choices.Count; i++)
                {
                    if (choices[i]?["message"] is JsonObject message && message["content"] is JsonValue content && content.TryGetValue<string>(out _))
                    {
                        slots.Add(($"choices/{i}/message/content", message, "content"));
                    }
                }
            }
        }
        else if (response["content"] is JsonArray blocks)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is JsonObject block && (string?)block["type"] == "text" && block["text"] is JsonValue text && text.TryGetValue<string>(out _))
                {
                    slots.Add(($"content/{i}/text", block, "text"));
                }
            }
        }
    }

    public JsonNode Response { get; }

    /// <summary>True once a text was rewritten; until then the provider's bytes are passed on as they came.</summary>
    public bool Modified { get; private set; }

    public int Count => slots.Count;

    public string LocationOf(int index) => slots[index].Location;

    public string GetText(int index) => (string)slots[index].Holder[slots[index].Property]!;

    public void SetText(int index, string text)
    {
        var (_, holder, property) = slots[index];
        holder[property] = text;
        Modified = true;
    }
}
