using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Gateway.Llm;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The lean path for a stateless <c>tools/call</c> (protocol 2026-07-28): the MCP SDK builds a whole server, a
/// transport and a session handler for each such request (about half of what a call through Custos allocates);
/// this serves the one request the gateway sees most without them. It takes a request only when the SDK would
/// hand exactly that call to <see cref="McpToolGateway.CallToolAsync"/>: a POST to the MCP endpoint that passes
/// the SDK's own checks for that revision (Accept, <c>MCP-Protocol-Version</c>, <c>Mcp-Method</c> and
/// <c>Mcp-Name</c> matching the body, the required per-request <c>_meta</c>), with a body of the plain shape
/// (no duplicate or unknown members, no progress token, no MRTR state) and no SDK filters or tools configured.
/// It then runs the same gateway code (so the call is authorized, screened and recorded before its answer is
/// released) and writes the SSE <c>message</c> event the SDK would write, byte for byte. Anything else falls
/// through to the SDK unchanged, body included.
/// </summary>
public sealed class McpLeanToolCall
{
    /// <summary>The one protocol revision served (the SDK's per-request-metadata revision).</summary>
    public const string ProtocolVersion = "2026-07-28";

    /// <summary>Bodies larger than this are left to the SDK (a tool call's arguments are small; a large one is rare).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const string ProtocolVersionMeta = "io.modelcontextprotocol/protocolVersion";
    private const string ClientCapabilitiesMeta = "io.modelcontextprotocol/clientCapabilities";
    private const string ClientInfoMeta = "io.modelcontextprotocol/clientInfo";
    private const string ServerInfoMeta = "io.modelcontextprotocol/serverInfo";

    private static readonly JsonSerializerOptions Json = McpJsonUtilities.DefaultOptions;

    private readonly McpToolGateway gateway;
    private readonly Implementation? serverInfo;
    private readonly bool eligible;
    private readonly byte[]? metaTail;
    private readonly bool writesDirectly;
    private long served;

    public McpLeanToolCall(McpToolGateway gateway, IOptions<McpServerOptions> serverOptions)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(serverOptions);
        this.gateway = gateway;
        var options = serverOptions.Value;
        serverInfo = options.ServerInfo;

        // Only the configuration the lean path reproduces: Custos's own handler, no SDK tools, no filters that
        // would see or change the request or its answer, the SDK's default protocol versions.
#pragma warning disable MCPEXP002 // the alternate handler and its filters are checked only to be absent.
        eligible = serverInfo is not null
            && options.ProtocolVersion is null
            && options.Handlers.CallToolHandler is not null
            && options.Handlers.CallToolWithAlternateHandler is null
            && options.ToolCollection is not { Count: > 0 }
            && options.Filters.Message.IncomingFilters.Count == 0
            && options.Filters.Message.OutgoingFilters.Count == 0
            && options.Filters.Request.CallToolFilters.Count == 0
            && options.Filters.Request.CallToolWithAlternateFilters.Count == 0;
#pragma warning restore MCPEXP002
        if (serverInfo is not null)
        {
            metaTail = MetaTail(serverInfo);
            writesDirectly = WritesAsNodesDo(new RequestId(7)) && WritesAsNodesDo(new RequestId("id \"<é/>"));
        }
    }

    /// <summary>Off sends every request through the SDK (for tests that compare the two paths, and as a switch).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether answers are written straight from the result (checked at start against the serializer's own
    /// output for the same answer); otherwise each goes through a tree of nodes as the SDK builds it.
    /// </summary>
    public bool WritesDirectly => writesDirectly;

    /// <summary>How many calls the lean path served.</summary>
    public long Served => Interlocked.Read(ref served);

    /// <summary>The endpoint metadata that marks the SDK's MCP endpoints (see <see cref="McpGatewayEndpoints.MapMcpGateway"/>).</summary>
    internal static object EndpointMarker { get; } = new LeanMarker();

    /// <summary>
    /// Serves <paramref name="http"/> when it is a request the lean path takes, and says whether it did; when it
    /// did not, the request (its body put back) goes on to the SDK.
    /// </summary>
    public async ValueTask<bool> TryServeAsync(HttpContext http, AgentPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(principal);
        if (!Enabled || !eligible || !HeadersQualify(http))
        {
            return false;
        }

        using var body = new PooledBufferWriter(4096);
        if (!await ReadBodyAsync(http, body))
        {
            return false;
        }

        if (!TryParse(http, body.WrittenMemory, out var call))
        {
            Replay(http, body.WrittenSpan.ToArray());
            return false;
        }

        using (call.Document)
        {
            Interlocked.Increment(ref served);
            await ServeAsync(http, principal, call);
        }

        return true;
    }

    private static bool HeadersQualify(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method)
            || !string.Equals(request.Path.Value, McpGatewayEndpoints.Path, StringComparison.OrdinalIgnoreCase)
            || http.GetEndpoint()?.Metadata is not { } metadata
            || metadata.GetMetadata<LeanMarker>() is null
            || metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
            || !methods.HttpMethods.Contains(HttpMethods.Post))
        {
            return false;
        }

        var headers = request.Headers;
        if (headers["MCP-Protocol-Version"].Count != 1 || headers["MCP-Protocol-Version"][0] != ProtocolVersion
            || headers.ContainsKey(McpAdmission.SessionHeader)
            || headers["Mcp-Method"].Count != 1 || headers["Mcp-Method"][0]?.Trim() != "tools/call"
            || headers["Mcp-Name"].Count != 1)
        {
            return false;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // The SDK's own Accept check (both types, by media-type matching).
        var accept = request.GetTypedHeaders().Accept;
        var json = false;
        var stream = false;
        foreach (var value in accept)
        {
            json |= value.MatchesMediaType("application/json");
            stream |= value.MatchesMediaType("text/event-stream");
        }

        return json && stream;
    }

    /// <summary>Reads the body into <paramref name="body"/>; when it is larger than the lean path takes, puts back what was read in front of the rest and says no.</summary>
    private static async ValueTask<bool> ReadBodyAsync(HttpContext http, PooledBufferWriter body)
    {
        var stream = http.Request.Body;
        while (true)
        {
            var read = await stream.ReadAsync(body.GetMemory(4096), http.RequestAborted);
            if (read == 0)
            {
                return true;
            }

            body.Advance(read);
            if (body.WrittenSpan.Length > MaxBodyBytes)
            {
                http.Request.Body = new ReplayStream(body.WrittenSpan.ToArray(), stream);
                return false;
            }
        }
    }

    /// <summary>
    /// Puts back a body read whole: as a stream and as a pipe that hands it over at once, complete, as Kestrel's
    /// does for a body it has received (the SDK reads the pipe, and its reader fails on some bodies it is given
    /// in pieces; a body put back must not read differently).
    /// </summary>
    private static void Replay(HttpContext http, byte[] read)
    {
        http.Request.Body = new MemoryStream(read, writable: false);
        http.Features.Set<IRequestBodyPipeFeature>(new ReplayPipe(PipeReader.Create(new ReadOnlySequence<byte>(read))));
    }

    /// <summary>
    /// The call, when the body is a JSON-RPC <c>tools/call</c> request of the plain shape whose every member the
    /// SDK would read as the lean path does; anything unusual (a duplicate or unknown member, a progress token,
    /// a malformed <c>_meta</c>, a byte-order mark) is left to the SDK, which answers it as it always has.
    /// </summary>
    private static bool TryParse(HttpContext http, ReadOnlyMemory<byte> body, out LeanCall call)
    {
        call = default;
        if (body.Span.StartsWith("\xEF\xBB\xBF"u8))
        {
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return false;
        }

        if (TryRead(http, document.RootElement, out call))
        {
            call = call with { Document = document };
            return true;
        }

        document.Dispose();
        return false;
    }

    private static bool TryRead(HttpContext http, JsonElement root, out LeanCall call)
    {
        call = default;
        if (root.ValueKind != JsonValueKind.Object || !Unique(root))
        {
            return false;
        }

        RequestId id = default;
        JsonElement parameters = default;
        bool version = false, method = false, hasId = false;
        // Names compared in place (NameEquals unescapes as Name would, without making a string of each).
        foreach (var member in root.EnumerateObject())
        {
            var value = member.Value;
            if (member.NameEquals("jsonrpc"u8))
            {
                version = value.ValueKind == JsonValueKind.String && value.ValueEquals("2.0"u8);
            }
            else if (member.NameEquals("method"u8))
            {
                method = value.ValueKind == JsonValueKind.String && value.ValueEquals("tools/call"u8);
            }
            else if (member.NameEquals("id"u8) && value.ValueKind == JsonValueKind.String)
            {
                id = new RequestId(value.GetString()!);
                hasId = true;
            }
            else if (member.NameEquals("id"u8) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            {
                id = new RequestId(number);
                hasId = true;
            }
            else if (member.NameEquals("params"u8))
            {
                parameters = value;
            }
            else
            {
                return false;
            }
        }

        if (!version || !method || !hasId || parameters.ValueKind != JsonValueKind.Object || !Unique(parameters))
        {
            return false;
        }

        string? name = null;
        JsonElement arguments = default;
        JsonElement meta = default;
        foreach (var member in parameters.EnumerateObject())
        {
            var value = member.Value;
            if (member.NameEquals("name"u8) && value.ValueKind == JsonValueKind.String)
            {
                name = value.GetString();
            }
            else if (member.NameEquals("arguments"u8) && value.ValueKind == JsonValueKind.Object && Unique(value))
            {
                arguments = value;
            }
            else if (member.NameEquals("_meta"u8) && value.ValueKind == JsonValueKind.Object && Unique(value))
            {
                meta = value;
            }
            else
            {
                return false;
            }
        }

        if (name is null || meta.ValueKind != JsonValueKind.Object || !MetaQualifies(meta) || !NameHeaderMatches(http, name))
        {
            return false;
        }

        call = new LeanCall(null!, id, name, arguments);
        return true;
    }

    /// <summary>
    /// The per-request metadata the SDK requires, and nothing it would act on besides: the protocol version (as
    /// the header), the client's capabilities and optionally its info, each readable as the SDK reads them.
    /// </summary>
    private static bool MetaQualifies(JsonElement meta)
    {
        bool version = false, capabilities = false;
        foreach (var member in meta.EnumerateObject())
        {
            var value = member.Value;
            if (member.NameEquals(ProtocolVersionMeta))
            {
                version = value.ValueKind == JsonValueKind.String && value.ValueEquals(ProtocolVersion);
            }
            else if (member.NameEquals(ClientCapabilitiesMeta))
            {
                capabilities = value.ValueKind == JsonValueKind.Object && ReadableCapabilities.Holds(value);
            }
            else if (!(member.NameEquals(ClientInfoMeta) && value.ValueKind == JsonValueKind.Object && ReadableClientInfo.Holds(value)))
            {
                return false;
            }
        }

        return version && capabilities;
    }

    private static readonly ReadableJson<ClientCapabilities> ReadableCapabilities = new();
    private static readonly ReadableJson<Implementation> ReadableClientInfo = new();

    /// <summary>The SDK's <c>Mcp-Name</c> check: visible ASCII only, decoded (plain or <c>=?base64?…?=</c>) equal to the body's name.</summary>
    private static bool NameHeaderMatches(HttpContext http, string name)
    {
        var header = http.Request.Headers["Mcp-Name"][0]?.Trim();
        if (header is null)
        {
            return false;
        }

        foreach (var c in header)
        {
            if (c is not ('\t' or (>= ' ' and <= '~')))
            {
                return false;
            }
        }

        return string.Equals(McpHeaderEncoder.DecodeValue(header), name, StringComparison.Ordinal);
    }

    /// <summary>True when no member name appears twice in <paramref name="json"/> (the SDK's reader would keep the last; the lean path does not guess).</summary>
    private static bool Unique(JsonElement json)
    {
        var count = json.GetPropertyCount();
        if (count < 2)
        {
            return true;
        }

        if (count <= 16 && UniqueUnescaped(json))
        {
            return true;
        }

        var names = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var member in json.EnumerateObject())
        {
            if (!names.Add(member.Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when no two names are the same and none is escaped, compared as their raw bytes (no string made);
    /// false says only that <see cref="Unique"/> must compare them decoded.
    /// </summary>
    private static bool UniqueUnescaped(JsonElement json)
    {
        Span<Range> seen = stackalloc Range[16];
        var raw = JsonMarshal.GetRawUtf8Value(json);
        var count = 0;
        foreach (var member in json.EnumerateObject())
        {
            var name = JsonMarshal.GetRawUtf8PropertyName(member);
            if (name.Contains((byte)'\\'))
            {
                return false;
            }

            // The name's place inside the object's raw text, to compare with those before it.
            if (!raw.Overlaps(name, out var offset))
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                if (raw[seen[i]].SequenceEqual(name))
                {
                    return false;
                }
            }

            seen[count++] = new Range(offset, offset + name.Length);
        }

        return true;
    }

    private async Task ServeAsync(HttpContext http, AgentPrincipal principal, LeanCall call)
    {
        var cancellationToken = http.RequestAborted;
        var arguments = McpToolGateway.ArgumentsOf(call.Arguments);
        JsonRpcMessage? answer = null;
        CallToolResult? result = null;
        try
        {
            result = await gateway.CallAsync(principal, call.Name, arguments, null, null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (McpProtocolException ex) when (ex.Data.Count == 0)
        {
            answer = new JsonRpcError { Id = call.Id, Error = new JsonRpcErrorDetail { Code = (int)ex.ErrorCode, Message = ex.Message } };
        }
        catch (Exception ex) when (ex is not McpProtocolException)
        {
            // As the SDK's tool-call pipeline turns a handler's exception into a tool error result.
            var text = ex is McpException ? $"An error occurred invoking '{call.Name}': {ex.Message}" : $"An error occurred invoking '{call.Name}'.";
            result = new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = text }] };
        }

        // The SDK's headers for an SSE answer (InitializeSseResponse), and its status for an error answer.
        var response = http.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache,no-store";
        response.Headers.ContentEncoding = "identity";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
        if (answer is JsonRpcError { Error: { } error })
        {
            response.StatusCode = error.Code == (int)McpErrorCode.MethodNotFound ? StatusCodes.Status404NotFound
                : error.Code is >= -32022 and <= -32020 ? StatusCodes.Status400BadRequest
                : response.StatusCode;
        }

        using var sse = new PooledBufferWriter(4096);
        sse.Write("event: message\ndata: "u8);
        if (answer is null && result is { Meta: null } && writesDirectly)
        {
            WriteResponse(sse, call.Id, result);
        }
        else
        {
            answer ??= Response(call.Id, result!);
            using var writer = new Utf8JsonWriter(sse);
            JsonSerializer.Serialize(writer, answer, Json.GetTypeInfo<JsonRpcMessage>());
        }

        sse.Write("\n\n"u8);
        await response.Body.WriteAsync(sse.WrittenMemory, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>The SDK's answer to a 2026-07-28 request: the result marked complete and its <c>_meta</c> naming this server.</summary>
    private JsonRpcResponse Response(RequestId id, CallToolResult result)
    {
        result.ResultType ??= "complete";
        var node = JsonSerializer.SerializeToNode(result, Json.GetTypeInfo<CallToolResult>());
        if (node is JsonObject json)
        {
            if (json["_meta"] is not JsonObject meta)
            {
                meta = new JsonObject();
                json["_meta"] = meta;
            }

            meta[ServerInfoMeta] = JsonSerializer.SerializeToNode(serverInfo!, Json.GetTypeInfo<Implementation>());
        }

        return new JsonRpcResponse { Id = id, Result = node };
    }

    /// <summary>
    /// <see cref="Response"/> written straight out for a result without <c>_meta</c> of its own, the same bytes
    /// without building a tree of the result and of the server's info per call: the result serialized as it is,
    /// its closing brace replaced by the <c>_meta</c> naming this server (serialized once, <see cref="metaTail"/>),
    /// inside the JSON-RPC envelope. Used only when the constructor saw it write what the trees write.
    /// </summary>
    private void WriteResponse(IBufferWriter<byte> output, RequestId id, CallToolResult result)
    {
        result.ResultType ??= "complete";
        using var body = new PooledBufferWriter(1024);
        using var writer = new Utf8JsonWriter(body);
        JsonSerializer.Serialize(writer, result, Json.GetTypeInfo<CallToolResult>());
        writer.Flush();
        var length = body.WrittenSpan.Length;
        body.Truncate(length - 1); // the result's closing brace: the tail closes it
        if (length > 2)
        {
            body.Write(","u8);
        }

        body.Write(metaTail!);
        writer.Reset(output);
        // The envelope's members in the order the SDK's converter writes them.
        writer.WriteStartObject();
        writer.WritePropertyName("result"u8);
        writer.WriteRawValue(body.WrittenSpan, skipInputValidation: true);
        writer.WritePropertyName("id"u8);
        if (id.Id is long number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(id.Id as string);
        }

        writer.WriteString("jsonrpc"u8, "2.0"u8);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary><c>"_meta":{"io.modelcontextprotocol/serverInfo":{...}}}</c>, as <see cref="Response"/> adds it to a result without one.</summary>
    private static byte[] MetaTail(Implementation serverInfo)
    {
        var holder = new JsonObject { ["_meta"] = new JsonObject { [ServerInfoMeta] = JsonSerializer.SerializeToNode(serverInfo, Json.GetTypeInfo<Implementation>()) } };
        using var buffer = new PooledBufferWriter(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            holder.WriteTo(writer);
        }

        return buffer.WrittenSpan[1..].ToArray(); // without the holder's opening brace
    }

    /// <summary>Whether <see cref="WriteResponse"/> writes, for a sample result, the bytes <see cref="Response"/> and the serializer write.</summary>
    private bool WritesAsNodesDo(RequestId id)
    {
        try
        {
            CallToolResult Sample() => new() { Content = [new TextContentBlock { Text = "Echo: \"<tag>\" é \u2028" }], IsError = false };
            using var nodes = new PooledBufferWriter(1024);
            using (var writer = new Utf8JsonWriter(nodes))
            {
                JsonSerializer.Serialize(writer, (JsonRpcMessage)Response(id, Sample()), Json.GetTypeInfo<JsonRpcMessage>());
            }

            using var direct = new PooledBufferWriter(1024);
            WriteResponse(direct, id, Sample());
            return nodes.WrittenSpan.SequenceEqual(direct.WrittenSpan);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }

    private readonly record struct LeanCall(JsonDocument Document, RequestId Id, string Name, JsonElement Arguments);

    private sealed class LeanMarker;

    private sealed class ReplayPipe(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }

    /// <summary>A request body put back: the bytes the lean path read, then whatever it did not.</summary>
    private sealed class ReplayStream(byte[] read, Stream rest) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < read.Length)
            {
                var n = Math.Min(buffer.Length, read.Length - position);
                read.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (position < read.Length)
            {
                return ValueTask.FromResult(Read(buffer.Span));
            }

            return rest.ReadAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
