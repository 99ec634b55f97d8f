using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Llm.Tests;

/// <summary>
/// A local stand-in for a paid LLM provider (the only mock the project allows), speaking the providers' wire
/// protocols as their SDKs expect them: OpenAI <c>POST /v1/chat/completions</c> and Anthropic
/// <c>POST /v1/messages</c>, JSON and server-sent events, usage fields, error bodies. It checks the API key,
/// keeps every request it received, and can be told to fail the next calls or break a stream.
/// </summary>
internal sealed partial class StubProvider : IAsyncDisposable
{
    private readonly WebApplication app;

    private StubProvider(WebApplication app, string apiKey)
    {
        this.app = app;
        ApiKey = apiKey;
    }

    public string ApiKey { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The reply each completion gives, split into words for streams.</summary>
    public string Reply { get; set; } = "Hello from the stub provider.";

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    /// <summary>Statuses (with an optional Retry-After) the next calls answer with instead of a completion.</summary>
    public ConcurrentQueue<(int Status, string? RetryAfter)> Failures { get; } = new();

    /// <summary>When set, streams stop after this many content events without their end.</summary>
    public int? BreakStreamAfter { get; set; }

    private int hangNext;
    private int emptyStreamNext;

    /// <summary>The next this many calls are read and then never answered (until the caller gives up).</summary>
    public int HangNext
    {
        get => Volatile.Read(ref hangNext);
        set => Volatile.Write(ref hangNext, value);
    }

    /// <summary>The next this many streams answer 200 and close before their first event.</summary>
    public int EmptyStreamNext
    {
        get => Volatile.Read(ref emptyStreamNext);
        set => Volatile.Write(ref emptyStreamNext, value);
    }

    /// <summary>When set, streams send one event of this many characters after their first chunk.</summary>
    public int? OversizedEvent { get; set; }

    public static async Task<StubProvider> StartAsync(string apiKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubProvider(app, apiKey);
        app.MapPost("/v1/chat/completions", stub.ChatAsync);
        app.MapPost("/v1/messages", stub.MessagesAsync);
        app.MapPost("/v1/responses", stub.ResponsesAsync);
        app.MapPost("/v1/embeddings", stub.EmbeddingsAsync);
        // A second provider behind the same stub, for fallbacks: its requests are told apart by path.
        app.MapPost("/backup/v1/chat/completions", stub.ChatAsync);
        app.MapPost("/backup/v1/messages", stub.MessagesAsync);
        app.MapPost("/backup/v1/embeddings", stub.EmbeddingsAsync);
        app.MapPost("/ollama/v1/chat/completions", stub.ChatAsync);
        stub.MapAzure(app);
        stub.MapMisbehaving(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    private static readonly int[] Usage = [11, 7];

    private async Task ChatAsync(HttpContext http)
    {
        var body = await Receive(http, "openai");
        if (body is null)
        {
            return;
        }

        var model = (string)body["model"]!;
        if (body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJson(http, 200, new JsonObject
            {
                ["id"] = "chatcmpl-stub1",
                ["object"] = "chat.completion",
                ["created"] = 1_764_288_000,
                ["model"] = model + "-2025-04-14",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Reply, ["refusal"] = null },
                    ["logprobs"] = null,
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = Usage[0], ["completion_tokens"] = Usage[1], ["total_tokens"] = Usage[0] + Usage[1] },
            });
            return;
        }

        var includeUsage = body["stream_options"]?["include_usage"]?.GetValue<bool>() == true;
        StartEvents(http);
        if (TakeEmptyStream())
        {
            return;
        }

        JsonObject Chunk(JsonObject delta, string? finish) => new()
        {
            ["id"] = "chatcmpl-stub1",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1_764_288_000,
            ["model"] = model + "-2025-04-14",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finish }),
            ["usage"] = null,
        };
        await Data(http, Chunk(new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null));
        if (OversizedEvent is { } size)
        {
            await http.Response.WriteAsync("data: " + new string('x', size) + "\n\n");
        }

        var pieces = Pieces();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (BreakStreamAfter is { } limit && i >= limit)
            {
                return;
            }

            await Data(http, Chunk(new JsonObject { ["content"] = pieces[i] }, null));
        }

        await Data(http, Chunk(new JsonObject(), "stop"));
        if (includeUsage)
        {
            var last = Chunk(new JsonObject(), null);
            last["choices"] = new JsonArray();
            last["usage"] = new JsonObject { ["prompt_tokens"] = Usage[0], ["completion_tokens"] = Usage[1], ["total_tokens"] = Usage[0] + Usage[1] };
            await Data(http, last);
        }

        await http.Response.WriteAsync("data: [DONE]\n\n");
    }

    /// <summary>The vector each embedding input gets: eight floats from the input's length, so tests can check them.</summary>
    /// <summary>The <c>data</c> of an embeddings answer: a vector per input (text or token array), as floats or base64 as asked.</summary>
    private static JsonArray EmbeddingData(JsonNode body)
    {
        var inputs = body["input"] is JsonArray array ? array.Select(i => i is JsonValue v && v.TryGetValue<string>(out var t) ? t : i!.ToJsonString()).ToArray() : [(string)body["input"]!];
        var base64 = (string?)body["encoding_format"] == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Length; i++)
        {
            var vector = VectorOf(inputs[i]);
            JsonNode embedding = base64
                ? JsonValue.Create(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan())))
                : new JsonArray([.. vector.Select(f => (JsonNode?)JsonValue.Create(f))]);
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        return data;
    }

    public static float[] VectorOf(string input) => [.. Enumerable.Range(0, 8).Select(i => (input.Length * 0.01f) + (i * 0.125f))];

    private async Task EmbeddingsAsync(HttpContext http)
    {
        var body = await Receive(http, "openai");
        if (body is null)
        {
            return;
        }

        var data = EmbeddingData(body);

        await WriteJson(http, 200, new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = (string)body["model"]!,
            ["usage"] = new JsonObject { ["prompt_tokens"] = 5 * data.Count, ["total_tokens"] = 5 * data.Count },
        });
    }

    private JsonObject ResponseObject(string model, string status, JsonArray output, bool withUsage) => new()
    {
        ["id"] = "resp_stub1",
        ["object"] = "response",
        ["created_at"] = 1_764_288_000,
        ["status"] = status,
        ["error"] = null,
        ["incomplete_details"] = null,
        ["instructions"] = null,
        ["max_output_tokens"] = null,
        ["model"] = model + "-2025-04-14",
        ["output"] = output,
        ["parallel_tool_calls"] = true,
        ["previous_response_id"] = null,
        ["reasoning"] = new JsonObject { ["effort"] = null, ["summary"] = null },
        ["store"] = true,
        ["temperature"] = 1.0,
        ["text"] = new JsonObject { ["format"] = new JsonObject { ["type"] = "text" } },
        ["tool_choice"] = "auto",
        ["tools"] = new JsonArray(),
        ["top_p"] = 1.0,
        ["truncation"] = "disabled",
        ["usage"] = withUsage
            ? new JsonObject
            {
                ["input_tokens"] = Usage[0],
                ["input_tokens_details"] = new JsonObject { ["cached_tokens"] = 0 },
                ["output_tokens"] = Usage[1],
                ["output_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0 },
                ["total_tokens"] = Usage[0] + Usage[1],
            }
            : null,
        ["user"] = null,
        ["metadata"] = new JsonObject(),
    };

    private static JsonObject MessageItem(string status, string? text) => new()
    {
        ["id"] = "msg_stub1",
        ["type"] = "message",
        ["status"] = status,
        ["role"] = "assistant",
        ["content"] = text is null ? new JsonArray() : new JsonArray(OutputText(text)),
    };

    private static JsonObject OutputText(string text) => new() { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray() };

    private async Task ResponsesAsync(HttpContext http)
    {
        var body = await Receive(http, "openai");
        if (body is null)
        {
            return;
        }

        var model = (string)body["model"]!;
        if (body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJson(http, 200, ResponseObject(model, "completed", new JsonArray(MessageItem("completed", Reply)), withUsage: true));
            return;
        }

        StartEvents(http);
        if (TakeEmptyStream())
        {
            return;
        }

        var sequence = 0;
        Task Send(string type, JsonObject data)
        {
            data["type"] = type;
            data["sequence_number"] = sequence++;
            return Event(http, type, data);
        }

        await Send("response.created", new JsonObject { ["response"] = ResponseObject(model, "in_progress", new JsonArray(), withUsage: false) });
        await Send("response.in_progress", new JsonObject { ["response"] = ResponseObject(model, "in_progress", new JsonArray(), withUsage: false) });
        await Send("response.output_item.added", new JsonObject { ["output_index"] = 0, ["item"] = MessageItem("in_progress", null) });
        await Send("response.content_part.added", new JsonObject { ["item_id"] = "msg_stub1", ["output_index"] = 0, ["content_index"] = 0, ["part"] = OutputText(string.Empty) });
        var pieces = Pieces();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (BreakStreamAfter is { } limit && i >= limit)
            {
                return;
            }

            await Send("response.output_text.delta", new JsonObject { ["item_id"] = "msg_stub1", ["output_index"] = 0, ["content_index"] = 0, ["delta"] = pieces[i], ["logprobs"] = new JsonArray() });
        }

        await Send("response.output_text.done", new JsonObject { ["item_id"] = "msg_stub1", ["output_index"] = 0, ["content_index"] = 0, ["text"] = Reply, ["logprobs"] = new JsonArray() });
        await Send("response.content_part.done", new JsonObject { ["item_id"] = "msg_stub1", ["output_index"] = 0, ["content_index"] = 0, ["part"] = OutputText(Reply) });
        await Send("response.output_item.done", new JsonObject { ["output_index"] = 0, ["item"] = MessageItem("completed", Reply) });
        await Send("response.completed", new JsonObject { ["response"] = ResponseObject(model, "completed", new JsonArray(MessageItem("completed", Reply)), withUsage: true) });
    }

    /// <summary>The reply cut into stream deltas: by <see cref="Chunks"/> when set, else word by word.</summary>
    private string[] Pieces()
    {
        if (Chunks is { Length: > 0 } chunks)
        {
            return chunks;
        }

        var words = Reply.Split(' ');
        return [.. words.Select((w, i) => (i == 0 ? string.Empty : " ") + w)];
    }

    /// <summary>When set, streams send exactly these deltas (their concatenation should be <see cref="Reply"/>).</summary>
    public string[]? Chunks { get; set; }

    private async Task MessagesAsync(HttpContext http)
    {
        var body = await Receive(http, "anthropic");
        if (body is null)
        {
            return;
        }

        var model = (string)body["model"]!;
        if (body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJson(http, 200, new JsonObject
            {
                ["id"] = "msg_stub1",
                ["type"] = "message",
                ["role"] = "assistant",
                ["model"] = model,
                ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = Reply }),
                ["stop_reason"] = "end_turn",
                ["stop_sequence"] = null,
                ["usage"] = new JsonObject { ["input_tokens"] = Usage[0], ["output_tokens"] = Usage[1] },
            });
            return;
        }

        StartEvents(http);
        if (TakeEmptyStream())
        {
            return;
        }

        await Event(http, "message_start", new JsonObject
        {
            ["type"] = "message_start",
            ["message"] = new JsonObject
            {
                ["id"] = "msg_stub1",
                ["type"] = "message",
                ["role"] = "assistant",
                ["model"] = model,
                ["content"] = new JsonArray(),
                ["stop_reason"] = null,
                ["stop_sequence"] = null,
                ["usage"] = new JsonObject { ["input_tokens"] = Usage[0], ["output_tokens"] = 1 },
            },
        });
        await Event(http, "content_block_start", new JsonObject { ["type"] = "content_block_start", ["index"] = 0, ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = string.Empty } });
        await Event(http, "ping", new JsonObject { ["type"] = "ping" });
        var pieces = Pieces();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (BreakStreamAfter is { } limit && i >= limit)
            {
                return;
            }

            await Event(http, "content_block_delta", new JsonObject
            {
                ["type"] = "content_block_delta",
                ["index"] = 0,
                ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = pieces[i] },
            });
        }

        await Event(http, "content_block_stop", new JsonObject { ["type"] = "content_block_stop", ["index"] = 0 });
        await Event(http, "message_delta", new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = "end_turn", ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = Usage[1] },
        });
        await Event(http, "message_stop", new JsonObject { ["type"] = "message_stop" });
    }

    private bool TakeEmptyStream()
    {
        if (Interlocked.Decrement(ref emptyStreamNext) >= 0)
        {
            return true;
        }

        Interlocked.Exchange(ref emptyStreamNext, 0);
        return false;
    }

    private async Task<JsonNode?> Receive(HttpContext http, string dialect)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        Received.Enqueue(new ReceivedRequest(http.Request.Path, headers, text));
        var presented = dialect == "anthropic"
            ? headers.GetValueOrDefault("x-api-key")
            : headers.GetValueOrDefault("authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        // An Ollama- or vLLM-style server under /ollama takes no key; it must not be sent one.
        var keyless = http.Request.Path.StartsWithSegments("/ollama");
        if (keyless ? headers.ContainsKey("authorization") || headers.ContainsKey("x-api-key") : presented != ApiKey)
        {
            await WriteError(http, dialect, 401, "invalid x-api-key / Authorization");
            return null;
        }

        if (Interlocked.Decrement(ref hangNext) >= 0)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            return null;
        }

        Interlocked.Exchange(ref hangNext, Math.Max(0, Volatile.Read(ref hangNext)));
        if (Failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            await WriteError(http, dialect, failure.Status, $"stub failure {failure.Status}");
            return null;
        }

        return JsonNode.Parse(text);
    }

    private static Task WriteError(HttpContext http, string dialect, int status, string message) =>
        WriteJson(http, status, dialect == "anthropic"
            ? new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = status == 429 ? "rate_limit_error" : "api_error", ["message"] = message } }
            : new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = status == 429 ? "rate_limit_exceeded" : "server_error", ["param"] = null, ["code"] = null } });

    private static async Task WriteJson(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    private static void StartEvents(HttpContext http)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/event-stream";
    }

    private static async Task Data(HttpContext http, JsonNode data)
    {
        await http.Response.WriteAsync($"data: {data.ToJsonString()}\n\n");
        await http.Response.Body.FlushAsync();
    }

    private static async Task Event(HttpContext http, string name, JsonNode data)
    {
        await http.Response.WriteAsync($"event: {name}\ndata: {data.ToJsonString()}\n\n");
        await http.Response.Body.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
}
