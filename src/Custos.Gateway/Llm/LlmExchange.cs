using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Metering;
using Custos.Core.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Custos.Gateway.Llm;

/// <summary>
/// One LLM call through Custos: the forwarder the pipeline runs once the call is allowed, and the answer
/// afterwards. Non-streamed answers are held until the record is written; streamed ones pass through as they
/// arrive, and the stream's end (OpenAI's <c>[DONE]</c>, Anthropic's <c>message_stop</c>) is held back until
/// the record is written, so a client sees a completed stream only for a recorded call.
/// </summary>
internal sealed class LlmExchange(HttpContext http, LlmUpstream upstream, ModelRoute route, LlmDialect dialect, bool stream)
{
    /// <summary>The most Custos reads of a non-streamed answer or an upstream error.</summary>
    public const int MaxResponseBytes = 32 * 1024 * 1024;

    private const int MaxErrorBytes = 64 * 1024;

    /// <summary>The longest stream event (or line) Custos holds while relaying; providers send a few KiB at most.</summary>
    public const int MaxEventChars = 4 * 1024 * 1024;

    private byte[]? responseBytes;
    private CompletionOutput? output;
    private UpstreamError? upstreamError;
    private bool streamStarted;
    private string? heldBackEnd;

    private string UpstreamPath => dialect == LlmDialect.Anthropic ? "messages" : "chat/completions";

    public async ValueTask ForwardAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var body = RewriteRequest(context.Arguments ?? throw new InvalidOperationException("the LLM request has no body"), route.Model, stream, dialect);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var anthropicVersion = http.Request.Headers["anthropic-version"].FirstOrDefault();
        using var request = LlmUpstream.CreateRequest(route.System, UpstreamPath, content, context.Credentials, anthropicVersion);
        HttpResponseMessage response;
        try
        {
            response = await upstream.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            upstreamError = new UpstreamError(StatusCodes.Status502BadGateway, null, null);
            context.Fail(StageName.Forward, $"the provider '{route.System.Name}' could not be reached ({Describe(ex)})");
            return;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            upstreamError = new UpstreamError(StatusCodes.Status504GatewayTimeout, null, null);
            context.Fail(StageName.Forward, $"the provider '{route.System.Name}' did not answer in time");
            return;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = await ReadLimitedAsync(response.Content, MaxErrorBytes, cancellationToken);
                upstreamError = new UpstreamError((int)response.StatusCode, error, response.Headers.RetryAfter?.ToString());
                context.Fail(StageName.Forward, $"the provider '{route.System.Name}' answered {(int)response.StatusCode} {response.ReasonPhrase}");
                return;
            }

            if (stream)
            {
                await RelayStreamAsync(context, response, cancellationToken);
                return;
            }

            responseBytes = await ReadLimitedAsync(response.Content, MaxResponseBytes, cancellationToken)
                ?? throw new InvalidDataException($"the provider's answer is larger than {MaxResponseBytes} bytes");
            var node = JsonNode.Parse(responseBytes) ?? throw new InvalidDataException("the provider answered null");
            context.Usage = UsageOf(node, route.Model, dialect);
            output = new CompletionOutput(node, dialect);
            context.Output = output;
            context.Result = node;
        }
    }

    /// <summary>The HTTP answer for a finished pipeline run.</summary>
    public async Task<IResult> AnswerAsync(ActionContext context)
    {
        if (streamStarted)
        {
            await FinishStreamAsync(context);
            return Results.Empty;
        }

        http.Response.Headers[LlmErrors.ActionIdHeader] = context.Action.Id.ToString();

        var reasons = string.Join("; ", context.Reasons);
        if (context.StoppedAt == StageName.Authenticate)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status401Unauthorized, $"Custos: {reasons}", "invalid_api_key", context.Action.Id);
        }

        if (upstreamError is { } upstreamFailure)
        {
            if (upstreamFailure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            // A provider refusing Custos's own key may quote part of it; that answer is Custos's to explain, not to relay.
            if (upstreamFailure.Status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                return LlmErrors.Create(dialect, StatusCodes.Status502BadGateway, $"Custos: the provider '{route.System.Name}' refused the credentials Custos holds for it ({upstreamFailure.Status}); an operator should check its credentials in custos.yaml (action {context.Action.Id})", actionId: context.Action.Id);
            }

            return upstreamFailure.Body is { Length: > 0 } relayed && IsJson(relayed)
                ? new RawJson(upstreamFailure.Status, relayed)
                : LlmErrors.Create(dialect, upstreamFailure.Status, $"Custos: {reasons}", actionId: context.Action.Id);
        }

        if (context.Outcome == ActionOutcome.Denied)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status403Forbidden, $"Custos denied this call: {reasons} (action {context.Action.Id})", "permission_denied", context.Action.Id);
        }

        if (context.Outcome != ActionOutcome.Success || context.Result is null)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status503ServiceUnavailable, $"Custos refused this call: {reasons} (action {context.Action.Id})", actionId: context.Action.Id);
        }

        return output is { Modified: true }
            ? new RawJson(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(output.Response, LlmJsonContext.Default.JsonNode))
            : new RawJson(StatusCodes.Status200OK, responseBytes!);
    }

    private async Task RelayStreamAsync(ActionContext context, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers[LlmErrors.ActionIdHeader] = context.Action.Id.ToString();
        await http.Response.StartAsync(cancellationToken);
        streamStarted = true;

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096);
        var usage = new StreamUsage(route.Model);
        var eventLines = new StringBuilder();
        string? eventName = null;
        while (await ReadLineAsync(reader, cancellationToken) is { } line)
        {
            if (eventLines.Length + line.Length > MaxEventChars)
            {
                context.Fail(StageName.Forward, $"the provider '{route.System.Name}' sent a stream event longer than {MaxEventChars} characters; the stream was stopped");
                context.Usage = usage.ToUsage();
                return;
            }

            if (line.Length > 0)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    eventName = line[6..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    usage.Observe(line.AsSpan(5).Trim(), dialect);
                }

                eventLines.Append(line).Append('\n');
                continue;
            }

            // A blank line ends an event: pass it on now, unless it is the stream's end, which waits for the record.
            eventLines.Append('\n');
            var text = eventLines.ToString();
            eventLines.Clear();
            if (IsEnd(text, eventName))
            {
                heldBackEnd = text;
            }
            else
            {
                await http.Response.WriteAsync(text, cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }

            eventName = null;
        }

        if (heldBackEnd is null)
        {
            context.Fail(StageName.Forward, $"the provider '{route.System.Name}' ended the stream before it was complete");
        }

        context.Usage = usage.ToUsage();
        context.Result = heldBackEnd;
    }

    /// <summary>One line of the stream without its end (LF or CRLF), or null at its end; a line is never read past <see cref="MaxEventChars"/> + 1 characters, so a provider cannot make Custos buffer without bound.</summary>
    private static async ValueTask<string?> ReadLineAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new char[1];
        while (line.Length <= MaxEventChars)
        {
            if (await reader.ReadAsync(one.AsMemory(), cancellationToken) == 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (one[0] == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                return line.ToString();
            }

            line.Append(one[0]);
        }

        return line.ToString();
    }

    private bool IsEnd(string eventText, string? eventName) => dialect == LlmDialect.Anthropic
        ? eventName == "message_stop"
        : eventText.StartsWith("data: [DONE]", StringComparison.Ordinal) || eventText.StartsWith("data:[DONE]", StringComparison.Ordinal);

    private async Task FinishStreamAsync(ActionContext context)
    {
        try
        {
            if (context.Outcome == ActionOutcome.Success && heldBackEnd is not null)
            {
                await http.Response.WriteAsync(heldBackEnd);
            }
            else
            {
                var message = $"Custos stopped this stream: {string.Join("; ", context.Reasons)} (action {context.Action.Id})";
                var error = Encoding.UTF8.GetString(LlmErrors.Body(dialect, StatusCodes.Status503ServiceUnavailable, message));
                await http.Response.WriteAsync(dialect == LlmDialect.Anthropic ? $"event: error\ndata: {error}\n\n" : $"data: {error}\n\n");
            }

            await http.Response.Body.FlushAsync();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away; the call is recorded either way.
        }
    }

    /// <summary>The client's body with the upstream's model name, and usage asked for on OpenAI streams.</summary>
    internal static byte[] RewriteRequest(JsonElement body, string model, bool stream, LlmDialect dialect)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            var wroteStreamOptions = false;
            foreach (var property in body.EnumerateObject())
            {
                if (property.NameEquals("model"))
                {
                    writer.WriteString("model", model);
                }
                else if (stream && dialect == LlmDialect.OpenAi && property.NameEquals("stream_options"))
                {
                    WriteStreamOptions(writer, property.Value);
                    wroteStreamOptions = true;
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            if (stream && dialect == LlmDialect.OpenAi && !wroteStreamOptions)
            {
                WriteStreamOptions(writer, null);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteStreamOptions(Utf8JsonWriter writer, JsonElement? given)
    {
        writer.WriteStartObject("stream_options");
        if (given is { ValueKind: JsonValueKind.Object } options)
        {
            foreach (var option in options.EnumerateObject())
            {
                if (!option.NameEquals("include_usage"))
                {
                    option.WriteTo(writer);
                }
            }
        }

        // Metering needs the provider's token counts; OpenAI sends them on a stream only when asked.
        writer.WriteBoolean("include_usage", true);
        writer.WriteEndObject();
    }

    internal static TokenUsage? UsageOf(JsonNode response, string model, LlmDialect dialect)
    {
        if (response["usage"] is not JsonObject usage)
        {
            return null;
        }

        var answered = response["model"] is JsonValue m && m.TryGetValue<string>(out var name) ? name : model;
        return dialect == LlmDialect.Anthropic
            ? new TokenUsage(answered, Long(usage["input_tokens"]) + Long(usage["cache_creation_input_tokens"]) + Long(usage["cache_read_input_tokens"]), Long(usage["output_tokens"]))
            : new TokenUsage(answered, Long(usage["prompt_tokens"] ?? usage["input_tokens"]), Long(usage["completion_tokens"] ?? usage["output_tokens"]));
    }

    private static long Long(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var n) && n >= 0 ? n : 0;

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Describe(HttpRequestException ex) => ex.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "its host name did not resolve",
        HttpRequestError.ConnectionError => "the connection was refused or dropped",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed",
        _ => ex.StatusCode is HttpStatusCode status ? $"HTTP {(int)status}" : "a network error",
    };

    private sealed record UpstreamError(int Status, byte[]? Body, string? RetryAfter);

    private sealed class RawJson(int status, byte[] body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json";
            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }

    /// <summary>Token counts gathered from a stream's events: OpenAI's final usage chunk, Anthropic's message_start and message_delta.</summary>
    private sealed class StreamUsage(string model)
    {
        private string answered = model;
        private long input;
        private long output;
        private bool seen;
        private bool modelSeen;

        private static bool HasObject(ReadOnlySpan<char> data, string name)
        {
            var at = data.IndexOf(name, StringComparison.Ordinal);
            while (at >= 0)
            {
                var rest = data[(at + name.Length)..].TrimStart();
                if (rest.Length > 1 && rest[0] == ':' && rest[1..].TrimStart() is { Length: > 0 } value && value[0] == '{')
                {
                    return true;
                }

                var next = data[(at + name.Length)..].IndexOf(name, StringComparison.Ordinal);
                if (next < 0)
                {
                    return false;
                }

                data = data[(at + name.Length)..];
                at = next;
            }

            return false;
        }

        public void Observe(ReadOnlySpan<char> data, LlmDialect dialect)
        {
            // Parse only the events that carry something: a usage object, or the first naming the model.
            if (!HasObject(data, "\"usage\"") && (modelSeen || !data.Contains("\"model\"", StringComparison.Ordinal)))
            {
                return;
            }

            modelSeen = true;

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(data.ToString());
            }
            catch (JsonException)
            {
                return;
            }

            if (dialect == LlmDialect.Anthropic)
            {
                var message = node?["message"];
                if (message?["model"] is JsonValue m && m.TryGetValue<string>(out var name))
                {
                    answered = name;
                }

                if ((message?["usage"] ?? node?["usage"]) is JsonObject usage)
                {
                    seen = true;
                    input = Math.Max(input, Long(usage["input_tokens"]) + Long(usage["cache_creation_input_tokens"]) + Long(usage["cache_read_input_tokens"]));
                    output = Math.Max(output, Long(usage["output_tokens"]));
                }

                return;
            }

            if (node?["model"] is JsonValue openAiModel && openAiModel.TryGetValue<string>(out var openAiName))
            {
                answered = openAiName;
            }

            if (node?["usage"] is JsonObject openAiUsage)
            {
                seen = true;
                input = Long(openAiUsage["prompt_tokens"]);
                output = Long(openAiUsage["completion_tokens"]);
            }
        }

        public TokenUsage? ToUsage() => seen ? new TokenUsage(answered, input, output) : null;
    }
}
