using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Screening;

namespace Custos.Gateway.Llm;

/// <summary>
/// Screen-out on a stream. Each text the provider streams (an OpenAI choice, an Anthropic content block, a
/// Responses output part) keeps its last <see cref="Window"/> characters back: a delta event is passed on with
/// only the text that is now at least a window behind the stream's head, screened and redacted; the rest is
/// released when that text ends (its finish, <c>content_block_stop</c>, <c>response.output_text.done</c>). A
/// secret or personal data split across deltas is therefore whole in the held text when it is screened. A
/// finding that straddles the release point holds back from its start, up to <see cref="MaxHeld"/> characters,
/// beyond which it is released redacted as far as it was seen. Full texts the Responses API repeats in its
/// <c>done</c> and <c>completed</c> events are replaced by the redacted text. A finding to block (or to escalate:
/// a stream cannot wait for a person) stops the stream.
/// </summary>
internal sealed partial class StreamScreen(Screener screener, string? agent, LlmApi api, Detection.KnownSecrets? known = null, Detection.Redaction.IReversibleTokenizer? tokens = null) : IDisposable
{
    /// <summary>Characters of each text held back from the client while the stream runs.</summary>
    public const int Window = 256;

    /// <summary>The most a text holds back while a finding straddles the release point.</summary>
    public const int MaxHeld = 4 * Window;

    private readonly Dictionary<string, Slot> slots = new(StringComparer.Ordinal);

    private readonly List<string> events = new(2);

    /// <summary>The data of the event being processed, as the provider sent it: the template a text's flush is shaped from.</summary>
    private EventData currentData;

    /// <summary>Reads every event as a JSON tree, never by the Chat Completions fast path (for tests that hold the two paths to the same output).</summary>
    internal bool TreeOnly { get; init; }

    /// <summary>What was found in the released text, with offsets into each whole text.</summary>
    public List<ScreeningFinding> Findings { get; } = [];

    /// <summary>Why the stream must stop, when a finding blocks it.</summary>
    public string? Blocked { get; private set; }

    /// <summary>Why the stream must stop, when the provider sent an event that is not what its API sends (nothing of it is passed on).</summary>
    public string? Malformed { get; private set; }

    /// <summary>The events to send in place of <paramref name="eventText"/>: the event rewritten, after any text it ends has been released.</summary>
    /// <remarks>The list is this screen's own, reused by the next call: use it before processing the next event.</remarks>
    public List<string> Process(string eventText, string? eventName)
    {
        var output = events;
        output.Clear();
        var (prefix, found) = SplitData(eventText);
        if (found is not { } data || Blocked is not null)
        {
            output.Add(eventText);
            return output;
        }

        if (data.Span.StartsWith("[DONE]", StringComparison.Ordinal))
        {
            FlushAll(output);
            output.Add(eventText);
            return output;
        }

        currentData = data;
        if (api == LlmApi.ChatCompletions && !TreeOnly && ChatChunk.TryProcess(this, data.Span, prefix, eventText, output))
        {
            return output;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(data.ToString());
        }
        catch (JsonException)
        {
            node = null;
        }

        if (node is not JsonObject json)
        {
            // What cannot be read cannot be screened, and the client's SDK could not read it either: stop here.
            Malformed = "the provider sent a stream event that is not a JSON object; the stream was stopped there, since Custos cannot screen what it cannot read";
            return output;
        }

        bool changed;
        try
        {
            changed = api switch
            {
                LlmApi.Messages => Messages(json, output),
                LlmApi.Responses => Responses(json, output),
                _ => Chat(json, output),
            };
        }
        catch (ArgumentException)
        {
            // A tree reads an object lazily, and refuses one that names a property twice only then.
            output.Clear();
            Malformed = "the provider sent a stream event that names a property twice; the stream was stopped there, since Custos cannot tell which one the client would read";
            return output;
        }

        output.Add(changed ? prefix + json.ToJsonString() + "\n\n" : eventText);
        _ = eventName;
        return output;
    }

    private bool Chat(JsonObject json, List<string> output)
    {
        if (json["choices"] is not JsonArray choices)
        {
            return false;
        }

        var changed = false;
        foreach (var choice in choices)
        {
            if (choice is not JsonObject c)
            {
                continue;
            }

            var index = IndexOf(c["index"]);
            var key = index.Length == 1 && index[0] is >= '0' and <= '7' ? ChoiceKeys[index[0] - '0'] : "choices/" + index;
            if (c["delta"] is JsonObject delta && delta["content"] is JsonValue content && content.TryGetValue<string>(out var text))
            {
                var slot = SlotFor(key, static (template, released, key) => SetChatDelta(template, key["choices/".Length..], released));
                delta["content"] = Release(slot, text, final: false);
                changed = true;
            }

            if (c["finish_reason"] is JsonValue finish && finish.GetValueKind() == JsonValueKind.String && slots.ContainsKey(key))
            {
                Flush(key, output);
            }
        }

        return changed;
    }

    private static readonly string[] ChoiceKeys = ["choices/0", "choices/1", "choices/2", "choices/3", "choices/4", "choices/5", "choices/6", "choices/7"];

    private static readonly string[] Indexes = ["0", "1", "2", "3", "4", "5", "6", "7"];

    /// <summary>A choice's index as its key names it: the JSON as sent (<c>0</c> when absent), without a new string for the usual small ones.</summary>
    private static string IndexOf(JsonNode? index) =>
        index is null ? "0" : index is JsonValue value && value.TryGetValue<int>(out var n) && n is >= 0 and < 8 ? Indexes[n] : index.ToJsonString();

    private static void SetChatDelta(JsonObject template, string index, string text)
    {
        if (template["choices"] is JsonArray choices)
        {
            // Only the released choice goes out: the template is the event as the provider sent it, so another
            // choice in it would carry its own text unscreened (and a second time).
            for (var i = choices.Count - 1; i >= 0; i--)
            {
                if (choices[i] is JsonObject c && IndexOf(c["index"]) == index)
                {
                    c["delta"] = new JsonObject { ["content"] = text };
                    c["finish_reason"] = null;
                }
                else
                {
                    choices.RemoveAt(i);
                }
            }
        }
    }

    private bool Messages(JsonObject json, List<string> output)
    {
        var type = (string?)json["type"];
        var key = "content/" + (json["index"]?.ToJsonString() ?? "0");
        switch (type)
        {
            case "content_block_delta" when json["delta"] is JsonObject delta && (string?)delta["type"] == "text_delta" && delta["text"] is JsonValue value && value.TryGetValue<string>(out var text):
                var slot = SlotFor(key, static (template, released, _) => template["delta"]!["text"] = released);
                delta["text"] = Release(slot, text, final: false);
                return true;
            case "content_block_stop":
                Flush(key, output);
                return false;
            case "message_delta" or "message_stop":
                FlushAll(output);
                return false;
            default:
                return false;
        }
    }

    private bool Responses(JsonObject json, List<string> output)
    {
        var type = (string?)json["type"];
        var key = $"{(string?)json["item_id"]}/{json["content_index"]?.ToJsonString() ?? "0"}";
        switch (type)
        {
            case "response.output_text.delta" when json["delta"] is JsonValue value && value.TryGetValue<string>(out var text):
                var slot = SlotFor(key, static (template, released, _) => template["delta"] = released);
                json["delta"] = Release(slot, text, final: false);
                return true;
            case "response.output_text.done":
                Flush(key, output);
                if (slots.TryGetValue(key, out var done))
                {
                    json["text"] = done.Released.ToString();
                    return true;
                }

                return false;
            case "response.content_part.done" when json["part"] is JsonObject part && slots.TryGetValue(key, out var partSlot):
                part["text"] = partSlot.Released.ToString();
                return true;
            case "response.output_item.done" when json["item"] is JsonObject item:
                return ReplaceItemTexts(item);
            case "response.completed" or "response.incomplete" or "response.failed":
                FlushAll(output);
                return json["response"] is JsonObject response && response["output"] is JsonArray items && ReplaceAll(items);
            default:
                return false;
        }
    }

    private bool ReplaceAll(JsonArray items)
    {
        var changed = false;
        foreach (var each in items)
        {
            changed |= each is JsonObject o && ReplaceItemTexts(o);
        }

        return changed;
    }

    /// <summary>An output item's <c>content[j].text</c> as released (redacted), for the texts this stream carried.</summary>
    private bool ReplaceItemTexts(JsonObject item)
    {
        if (item["content"] is not JsonArray parts)
        {
            return false;
        }

        var changed = false;
        for (var j = 0; j < parts.Count; j++)
        {
            if (parts[j] is JsonObject part && part["text"] is not null)
            {
                if (slots.TryGetValue($"{(string?)item["id"]}/{j}", out var slot))
                {
                    part["text"] = slot.Released.ToString();
                }
                else
                {
                    // A text this stream never streamed as deltas: screened whole here, never passed on unread.
                    var whole = (string?)part["text"] ?? string.Empty;
                    var temp = new Slot(null!, null!, 0);
                    part["text"] = Release(temp, whole, final: true);
                }

                changed = true;
            }
        }

        return changed;
    }

    private Slot SlotFor(string key, Action<JsonObject, string, string> setText)
    {
        if (!slots.TryGetValue(key, out var slot))
        {
            slot = new Slot(key, setText, 0);
            slots[key] = slot;
        }

        // The latest delta event is the template for the one that releases the held text: kept as the text it
        // came as (read again only if a flush needs it), which is the event before this screen changed it.
        slot.Template = currentData;
        return slot;
    }

    private void FlushAll(List<string> output)
    {
        foreach (var key in slots.Keys.ToArray())
        {
            Flush(key, output);
        }
    }

    /// <summary>Releases everything a text holds, as one extra delta event shaped like its last.</summary>
    private void Flush(string key, List<string> output)
    {
        if (!slots.TryGetValue(key, out var slot) || slot.Pending.Length == 0 || slot.Template is null)
        {
            return;
        }

        var text = Release(slot, string.Empty, final: true);
        if (Blocked is not null || text.Length == 0)
        {
            return;
        }

        var template = (JsonObject)JsonNode.Parse(slot.Template.Value.ToString())!;
        slot.SetText(template, text, slot.Key);
        output.Add(api switch
        {
            LlmApi.Messages => "event: content_block_delta\ndata: " + template.ToJsonString() + "\n\n",
            LlmApi.Responses => "event: response.output_text.delta\ndata: " + template.ToJsonString() + "\n\n",
            _ => "data: " + template.ToJsonString() + "\n\n",
        });
    }

    /// <summary>Adds <paramref name="delta"/> to the held text and returns what may now go out, screened and redacted.</summary>
    private string Release(Slot slot, string delta, bool final)
    {
        slot.Pending.Append(delta);
        if (Blocked is not null)
        {
            return string.Empty;
        }

        var pending = slot.Pending.ToString();
        var cut = final ? pending.Length : pending.Length - Window;
        var found = pending.Length == 0 ? [] : screener.ScreenOutput(new OneText(slot.Key ?? "output", pending), agent, known);
        foreach (var f in found)
        {
            if (f.Type == Screener.KnownSecret)
            {
                // A value Custos holds never leaves, whatever custos.yaml says: the stream stops before any of it is sent.
                Blocked = $"the stream was stopped: the output holds a secret Custos keeps ({f.Subtype}); an alert was raised";
                Findings.Add(f with { Start = f.Start + slot.Offset, End = f.End + slot.Offset });
                return string.Empty;
            }

            if (f.Action is ScreeningAction.Block or ScreeningAction.Escalate)
            {
                Blocked = $"the stream was stopped: {Describe(f)} in the output is {(f.Action == ScreeningAction.Block ? "blocked" : "to be escalated, which a stream cannot wait for")} (screening.types.{f.Type}.out: {f.Action.ToString().ToLowerInvariant()})";
                Findings.Add(f with { Start = f.Start + slot.Offset, End = f.End + slot.Offset });
                return string.Empty;
            }
        }

        if (!final)
        {
            foreach (var f in found)
            {
                if (f.Action == ScreeningAction.Redact && f.Start < cut && f.End > cut)
                {
                    // Hold a finding back whole, unless that would hold more than MaxHeld: then release it redacted as seen.
                    cut = pending.Length > MaxHeld ? Math.Max(cut, f.End) : Math.Min(cut, f.Start);
                }
            }
        }

        if (cut <= 0)
        {
            return string.Empty;
        }

        var head = new OneText(slot.Key ?? "output", pending[..cut]);
        var inHead = found.FindAll(f => f.End <= cut);
        screener.RedactOutput(head, inHead, agent, tokens);
        foreach (var f in inHead)
        {
            Findings.Add(f with { Start = f.Start + slot.Offset, End = f.End + slot.Offset });
        }

        slot.Pending.Remove(0, cut);
        slot.Offset += cut;
        slot.Released.Append(head.Text);
        return head.Text;
    }

    private static string Describe(ScreeningFinding f) => $"{f.Type}{(f.Subtype is null ? string.Empty : $" ({f.Subtype})")}";

    /// <summary>The event's lines before its data line, and the data itself (null for an event without data).</summary>
    /// <summary>
    /// The event's data (its <c>data:</c> lines joined with a newline, as SSE defines) and what to write before a
    /// rewritten data line (the event's other fields: <c>event:</c>, <c>id:</c>); no data for an event without any.
    /// </summary>
    private static (string Prefix, EventData? Data) SplitData(string eventText)
    {
        // Most events are one data line and nothing else (OpenAI's always): no builder for those.
        var text = eventText.AsSpan();
        StringBuilder? prefix = null;
        StringBuilder? data = null;
        Range first = default;
        var dataLines = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                var (offset, length) = range.GetOffsetAndLength(text.Length);
                // One leading space is the separator; the rest is data.
                var skip = length > 5 && text[offset + 5] == ' ' ? 6 : 5;
                var value = new Range(offset + skip, offset + length);
                if (dataLines == 0)
                {
                    first = value;
                }
                else
                {
                    (data ??= new StringBuilder().Append(text[first])).Append('\n').Append(text[value]);
                }

                dataLines++;
            }
            else if (line.Length > 0)
            {
                (prefix ??= new StringBuilder()).Append(line).Append('\n');
            }
        }

        if (dataLines == 0)
        {
            return (eventText, null);
        }

        if (data is null)
        {
            // The one data line, where it lies in the event: no copy of it.
            var (start, length) = first.GetOffsetAndLength(text.Length);
            return (prefix is null ? "data: " : prefix.Append("data: ").ToString(), new EventData(eventText, start, length));
        }

        var joined = data.ToString();
        return (prefix is null ? "data: " : prefix.Append("data: ").ToString(), new EventData(joined, 0, joined.Length));
    }

    /// <summary>An event's data: a stretch of <paramref name="Source"/> (the event's text, or its data lines joined).</summary>
    private readonly record struct EventData(string Source, int Start, int Length)
    {
        public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

        public override string ToString() => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);
    }

    /// <summary>The buffer and writer the Chat Completions fast path writes chunks with, reused for the stream.</summary>
    private PooledBufferWriter? chunkBuffer;
    private System.Text.Json.Utf8JsonWriter? chunkWriter;

    /// <summary>Gives the chunk buffer (which held the model's output) back to the pool, cleared.</summary>
    public void Dispose()
    {
        chunkWriter?.Dispose();
        chunkBuffer?.Dispose();
        chunkWriter = null;
        chunkBuffer = null;
    }

    private sealed class Slot(string key, Action<JsonObject, string, string> setText, int offset)
    {
        public string Key { get; } = key;

        /// <summary>Sets the released text into a template event: (template, text, this slot's key).</summary>
        public Action<JsonObject, string, string> SetText { get; } = setText;

        public int Offset { get; set; } = offset;

        public StringBuilder Pending { get; } = new();

        public StringBuilder Released { get; } = new();

        public EventData? Template { get; set; }
    }

    private sealed class OneText(string location, string text) : IScreenableOutput
    {
        public string Text { get; private set; } = text;

        public int Count => 1;

        public string LocationOf(int index) => location;

        public string GetText(int index) => Text;

        public void SetText(int index, string text) => Text = text;
    }
}
