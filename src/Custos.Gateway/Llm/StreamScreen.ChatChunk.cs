using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Custos.Gateway.Llm;

internal sealed partial class StreamScreen
{
    /// <summary>
    /// The usual Chat Completions chunk screened without a JSON tree: read from a pooled copy of its UTF-8, each
    /// choice's <c>delta.content</c> released through the same window as the tree path, and the chunk written
    /// again only when a text changed, byte for byte as the tree path writes it (the same writer, the same
    /// escaping, every other value written from the element). Anything unusual (a repeated or escaped property
    /// name, an index that is not a small number, JSON that does not parse) is left to the tree path, before
    /// this has changed anything. The pooled buffers held the model's output, so they are cleared.
    /// </summary>
    private static class ChatChunk
    {
        public static bool TryProcess(StreamScreen screen, ReadOnlySpan<char> data, string prefix, string eventText, List<string> output)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(data.Length));
            try
            {
                var length = Encoding.UTF8.GetBytes(data, bytes);
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(bytes.AsMemory(0, length));
                }
                catch (JsonException)
                {
                    return false;
                }

                using (document)
                {
                    return Process(screen, document.RootElement, prefix, eventText, output);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes, clearArray: true);
            }
        }

        private static bool Process(StreamScreen screen, JsonElement root, string prefix, string eventText, List<string> output)
        {
            if (root.ValueKind != JsonValueKind.Object || !Plain(root) || !root.TryGetProperty("choices"u8, out var choices) || choices.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            // First look, changing nothing: every choice must be one this path reads as the tree path does.
            var count = 0;
            foreach (var choice in choices.EnumerateArray())
            {
                if (choice.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (!Plain(choice) || IndexOf(choice) is null
                    || (choice.TryGetProperty("delta"u8, out var delta) && delta.ValueKind == JsonValueKind.Object && !Plain(delta)))
                {
                    return false;
                }

                count++;
            }

            // Then as the tree path does, choice by choice: release the text, and flush one that finished.
            string?[]? released = null;
            var at = 0;
            foreach (var choice in choices.EnumerateArray())
            {
                if (choice.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var index = IndexOf(choice)!;
                var key = index.Length == 1 && index[0] is >= '0' and <= '7' ? ChoiceKeys[index[0] - '0'] : "choices/" + index;
                if (choice.TryGetProperty("delta"u8, out var delta) && delta.ValueKind == JsonValueKind.Object
                    && delta.TryGetProperty("content"u8, out var content) && content.ValueKind == JsonValueKind.String)
                {
                    var slot = screen.SlotFor(key, static (template, text, key) => SetChatDelta(template, key["choices/".Length..], text));
                    released ??= new string?[count];
                    released[at] = screen.Release(slot, content.GetString()!, final: false);
                }

                if (choice.TryGetProperty("finish_reason"u8, out var finish) && finish.ValueKind == JsonValueKind.String && screen.slots.ContainsKey(key))
                {
                    screen.Flush(key, output);
                }

                at++;
            }

            output.Add(released is null ? eventText : Write(screen, root, released, prefix));
            return true;
        }

        /// <summary>The choice's index as the tree path names it (absent or null is 0), or null when it is not a small number.</summary>
        private static string? IndexOf(JsonElement choice)
        {
            if (!choice.TryGetProperty("index"u8, out var index) || index.ValueKind == JsonValueKind.Null)
            {
                return "0";
            }

            return index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var n) && n is >= 0 and < 8 ? Indexes[n] : null;
        }

        /// <summary>No property name repeated or written with an escape: then the element reads as a tree reads it.</summary>
        private static bool Plain(JsonElement element)
        {
            var seen = 0;
            foreach (var property in element.EnumerateObject())
            {
                var name = JsonMarshal.GetRawUtf8PropertyName(property);
                if (name.IndexOf((byte)'\\') >= 0)
                {
                    return false;
                }

                var other = 0;
                foreach (var earlier in element.EnumerateObject())
                {
                    if (other++ == seen)
                    {
                        break;
                    }

                    if (JsonMarshal.GetRawUtf8PropertyName(earlier).SequenceEqual(name))
                    {
                        return false;
                    }
                }

                if (++seen > 64)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The chunk with each screened choice's <c>delta.content</c> replaced, as the tree path's <c>ToJsonString</c> writes it.</summary>
        private static string Write(StreamScreen screen, JsonElement root, string?[] released, string prefix)
        {
            var buffer = screen.chunkBuffer ??= new PooledBufferWriter(1024);
            buffer.Reset();
            var writer = screen.chunkWriter ??= new Utf8JsonWriter(buffer);
            writer.Reset(buffer);
            try
            {
                {
                    writer.WriteStartObject();
                    foreach (var property in root.EnumerateObject())
                    {
                        if (!property.NameEquals("choices"u8))
                        {
                            property.WriteTo(writer);
                            continue;
                        }

                        writer.WritePropertyName("choices"u8);
                        writer.WriteStartArray();
                        var at = 0;
                        foreach (var choice in property.Value.EnumerateArray())
                        {
                            if (choice.ValueKind != JsonValueKind.Object)
                            {
                                choice.WriteTo(writer);
                                continue;
                            }

                            var text = released[at++];
                            if (text is null)
                            {
                                choice.WriteTo(writer);
                                continue;
                            }

                            writer.WriteStartObject();
                            foreach (var field in choice.EnumerateObject())
                            {
                                if (!field.NameEquals("delta"u8))
                                {
                                    field.WriteTo(writer);
                                    continue;
                                }

                                writer.WritePropertyName("delta"u8);
                                writer.WriteStartObject();
                                foreach (var part in field.Value.EnumerateObject())
                                {
                                    if (part.NameEquals("content"u8))
                                    {
                                        writer.WriteString("content"u8, text);
                                    }
                                    else
                                    {
                                        part.WriteTo(writer);
                                    }
                                }

                                writer.WriteEndObject();
                            }

                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    }

                    writer.WriteEndObject();
                    writer.Flush();
                }

                var json = buffer.WrittenSpan;
                var chars = Encoding.UTF8.GetCharCount(json);
                return string.Create(prefix.Length + chars + 2, (Prefix: prefix, Buffer: buffer), static (span, state) =>
                {
                    state.Prefix.AsSpan().CopyTo(span);
                    var written = Encoding.UTF8.GetChars(state.Buffer.WrittenSpan, span[state.Prefix.Length..]);
                    span[state.Prefix.Length + written] = '\n';
                    span[state.Prefix.Length + written + 1] = '\n';
                });
            }
            finally
            {
                buffer.Reset();
            }
        }
    }
}
