using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Http;
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
internal sealed class LlmExchange(HttpContext http, LlmUpstream upstream, ModelRoute route, LlmApi api, bool stream, LlmServices services, LlmFallbacks? fallbacks = null)
{
    private readonly LlmDialect dialect = api.Dialect();

    /// <summary>Names the system that answered when a fallback did.</summary>
    public const string ServedByHeader = "x-custos-served-by";

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

    /// <summary>The longest Retry-After Custos waits out before trying again; a longer one goes to the fallback (or the client) at once.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>How long an attempt may take, to the whole answer or a stream's first event, when the system sets no <c>timeout</c>.</summary>
    public static readonly TimeSpan DefaultAttemptLimit = TimeSpan.FromMinutes(10);

    /// <summary>The longest a stream may go without a complete event when the system sets no <c>idle_timeout</c> (reasoning models pause for minutes).</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long a failed chat stream's error chunk is given to reach the client before the connection is cut.</summary>
    private static readonly TimeSpan AbortGrace = TimeSpan.FromMilliseconds(200);

    /// <summary>The first pause between attempts when the provider names none; doubled each time.</summary>
    public static readonly TimeSpan RetryBackoff = TimeSpan.FromMilliseconds(200);

    /// <summary>The system that answered, when it was not the one the model routed to first.</summary>
    public string? ServedBy { get; private set; }

    /// <summary>
    /// Calls the provider: on a retryable failure before anything reached the client (429, 5xx, a refused
    /// connection, a timeout, a stream that ended before its first event) tries again up to the system's
    /// <c>retries</c>, then its <c>fallback</c> (authorized for the agent like the first, with its own credentials),
    /// and so on down the chain. Every failed attempt is named in the action's reasons.
    /// </summary>
    public async ValueTask ForwardAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var target = route;
        var credentials = context.Credentials;
        var attempts = new List<string>();
        HashSet<string>? visited = null; // made only when a fallback is looked for
        while (true)
        {
            var policy = target.System.Retry;
            Retryable? last = null;
            for (var attempt = 0; attempt <= policy.Retries; attempt++)
            {
                last = await AttemptAsync(context, target, credentials, policy.Timeout, cancellationToken);
                if (last is null)
                {
                    if (attempts.Count > 0 && !context.IsDenied)
                    {
                        ServedBy = target.System.Name;
                        context.Reasons.Add($"served by {target.Resource} after {attempts.Count} failed attempt{(attempts.Count == 1 ? string.Empty : "s")}: {string.Join("; ", attempts)}");
                    }

                    return;
                }

                attempts.Add($"{target.System.Name} {last.Description}");
                if (attempt == policy.Retries)
                {
                    break;
                }

                if (last.RetryAfter is { } retryAfter && retryAfter > MaxRetryAfter)
                {
                    // The provider asks for a longer pause than a caller should wait inside one call.
                    attempts[^1] += $" (Retry-After {retryAfter.TotalSeconds:0} s, longer than Custos waits)";
                    break;
                }

                await Task.Delay(last.RetryAfter ?? RetryBackoff * (1 << attempt), cancellationToken);
            }

            visited ??= new HashSet<string>(StringComparer.Ordinal) { route.System.Name };
            var next = await FallbackAsync(context, target, visited, attempts, cancellationToken);
            if (next is null)
            {
                if (!context.IsDenied)
                {
                    upstreamError = new UpstreamError(last!.Status, last.Body, last.RetryAfterHeader);
                    context.Fail(StageName.Forward, attempts.Count == 1
                        ? $"the provider '{target.System.Name}' {last.Description}"
                        : $"no provider answered: {string.Join("; ", attempts)}");
                }

                return;
            }

            (target, credentials) = next.Value;
        }
    }

    /// <summary>The next system down the fallback chain, authorized for this agent and with its credentials resolved; null when there is none or it may not be used (the reason added).</summary>
    private async ValueTask<(ModelRoute Route, IReadOnlyDictionary<string, Core.Secrets.SecretValue> Credentials)?> FallbackAsync(ActionContext context, ModelRoute from, HashSet<string> visited, List<string> attempts, CancellationToken cancellationToken)
    {
        var policy = from.System.Retry;
        if (policy.FallbackSystem is not { } name || fallbacks is null)
        {
            return null;
        }

        var config = context.Config;
        if (config.FindSystem(name) is not { Kind: Core.Configuration.SystemKind.Llm } system || ModelRoute.DialectOf(system) != dialect || !visited.Add(name))
        {
            attempts.Add($"fallback '{name}' is not an LLM system speaking this API");
            return null;
        }

        var target = new ModelRoute(system, policy.FallbackModel ?? from.Model);
        var check = await fallbacks.Pipeline.CheckAsync(
            AgentAction.Create(ActionChannel.Llm, fallbacks.Credential, api.Verb(), target.Resource, fallbacks.Request.PolicyContext(target), services.Clock, context.Action.Origin),
            cancellationToken);
        if (check.Outcome != ActionOutcome.Success || check.Decision?.IsAllowed != true)
        {
            attempts.Add($"fallback {target.Resource} is not allowed for this agent ({string.Join("; ", check.Reasons)})");
            return null;
        }

        if (system.DataProcessingAgreement is null && Core.Pipeline.Stages.DataProcessingStage.PersonalDataLeaving(context) is { Length: > 0 } types)
        {
            attempts.Add($"fallback '{name}' names no data processing agreement and the request carries personal data ({string.Join(", ", types)})");
            return null;
        }

        var credentials = new Dictionary<string, Core.Secrets.SecretValue>(StringComparer.Ordinal);
        var recorded = new Dictionary<string, Core.Secrets.SecretValue>(context.Credentials, StringComparer.Ordinal);
        foreach (var (key, reference) in system.Credentials)
        {
            try
            {
                credentials[key] = await services.Secrets.ResolveAsync(reference, new Core.Secrets.SecretUse(context.Agent?.Name, system.Name, context.Action.Id), cancellationToken);
                recorded[$"{system.Name}:{key}"] = credentials[key];
            }
            catch (Core.Secrets.SecretResolutionException)
            {
                attempts.Add($"fallback '{name}': its credential '{key}' ({reference}) could not be resolved");
                return null;
            }
        }

        context.Credentials = recorded;
        return (target, credentials);
    }

    /// <summary>One try: null when it settled the call (an answer, a stream, or a failure not worth retrying); otherwise what went wrong.</summary>
    private async Task<Retryable?> AttemptAsync(ActionContext context, ModelRoute target, IReadOnlyDictionary<string, Core.Secrets.SecretValue> credentials, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var content = new PooledJsonContent(4096);
        RewriteRequest(context.Arguments ?? throw new InvalidOperationException("the LLM request has no body"), LlmUpstream.BodyModelOf(target.System, api, target.Model), stream && api == LlmApi.ChatCompletions, dialect, content);
        var anthropicVersion = http.Request.Headers["anthropic-version"] is { Count: > 0 } versions ? versions[0] : null;
        if (target.System.Azure?.Entra is { } entra)
        {
            // Custos's own Microsoft Entra ID token (client credentials), for this request only: not one of the
            // action's credentials, so it is neither recorded nor seen by anything but the provider.
            try
            {
                var bearer = await (services.Entra ?? throw new EntraTokenException("this server has no Entra token client")).GetAsync(target.System.Name, entra, cancellationToken);
                credentials = new Dictionary<string, Core.Secrets.SecretValue>(credentials, StringComparer.Ordinal) { [Core.Configuration.AzureOpenAiSettings.EntraTokenCredential] = bearer };
            }
            catch (EntraTokenException ex) when (ex.Transient)
            {
                return new Retryable(StatusCodes.Status502BadGateway, $"could not be called: Custos got no Microsoft Entra ID access token for it ({ex.Message})");
            }
            catch (EntraTokenException ex)
            {
                upstreamError = new UpstreamError(StatusCodes.Status502BadGateway, null, null);
                context.Fail(StageName.Forward, $"the provider '{target.System.Name}' could not be called: Custos got no Microsoft Entra ID access token for it ({ex.Message})");
                return null;
            }
        }

        using var request = LlmUpstream.CreateRequest(target.System, LlmUpstream.UrlOf(target.System, api, target.Model), content, credentials, anthropicVersion);
        // Until the whole answer (or a stream's first event); given back (reset for another call) when the attempt ends.
        using var deadline = AttemptDeadlines.Rent(cancellationToken);
        var attempt = deadline.Source;
        attempt.CancelAfter(timeout ?? DefaultAttemptLimit);

        HttpResponseMessage response;
        try
        {
            response = await upstream.SendAsync(request, attempt.Token);
        }
        catch (HttpRequestException ex)
        {
            return new Retryable(StatusCodes.Status502BadGateway, $"could not be reached ({Describe(ex)})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Retryable(StatusCodes.Status504GatewayTimeout, timeout is { } t ? $"did not answer within {t.TotalSeconds:0.#} s" : "did not answer in time");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                byte[]? error;
                try
                {
                    error = await BoundedBody.ReadAsync(response.Content, MaxErrorBytes, attempt.Token);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    error = null;
                }

                var status = (int)response.StatusCode;
                var retryAfterHeader = RetryAfterOf(response);
                if (target.System.Azure is not null)
                {
                    // Azure's errors ({"error":{"code":"429"|"content_filter",...,"innererror"}}) in OpenAI's shape for the client's SDK.
                    error = AzureErrors.ToOpenAi(status, error);
                }

                if (status is 408 or 429 or >= 500)
                {
                    var retryAfter = retryAfterHeader?.Wait ?? (response.Headers.RetryAfter is { } header
                        ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                        : null);
                    return new Retryable(status, $"answered {status} {response.ReasonPhrase}", error, retryAfter is { } wait && wait > TimeSpan.Zero ? wait : null, retryAfterHeader);
                }

                if (status is >= 300 and < 400)
                {
                    // Not followed (the provider's key would go along) and not passed on: the client's SDK would follow it.
                    upstreamError = new UpstreamError(StatusCodes.Status502BadGateway, null, null);
                    context.Fail(StageName.Forward, $"the provider '{target.System.Name}' answered {status} {response.ReasonPhrase} (a redirect, which Custos does not follow: check the system's url: in custos.yaml)");
                    return null;
                }

                upstreamError = new UpstreamError(status, error, retryAfterHeader);
                context.Fail(StageName.Forward, $"the provider '{target.System.Name}' answered {status} {response.ReasonPhrase}");
                return null;
            }

            if (stream)
            {
                return await RelayStreamAsync(context, target, response, attempt, cancellationToken);
            }

            try
            {
                responseBytes = await BoundedBody.ReadAsync(response.Content, MaxResponseBytes, attempt.Token)
                    ?? throw new InvalidDataException($"the provider's answer is larger than {MaxResponseBytes} bytes");
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                return new Retryable(StatusCodes.Status502BadGateway, "broke the connection while answering");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new Retryable(StatusCodes.Status504GatewayTimeout, $"did not finish its answer within {(timeout ?? DefaultAttemptLimit).TotalSeconds:0.#} s");
            }
            catch (InvalidDataException)
            {
                upstreamError = new UpstreamError(StatusCodes.Status502BadGateway, null, null);
                context.Fail(StageName.Forward, $"the provider '{target.System.Name}' sent an answer larger than {MaxResponseBytes} bytes, the most Custos reads; it was not passed on");
                return null;
            }

            output = CompletionOutput.TryRead(responseBytes, api);
            if (output is null)
            {
                // Not retried: the provider answered (and may have charged for it); a second try would not be the same call.
                upstreamError = new UpstreamError(StatusCodes.Status502BadGateway, null, null);
                context.Fail(StageName.Forward, $"the provider '{target.System.Name}' answered 200 with a body that is not a JSON object, or names a property twice ({responseBytes.Length} bytes); it was not passed on");
                return null;
            }

            context.Usage = UsageOf(output.Response, target.Model, dialect);
            context.Output = output;
            context.Result = output;
            return null;
        }
    }

    /// <summary>The HTTP answer for a finished pipeline run.</summary>
    public async Task<IResult> AnswerAsync(ActionContext context)
    {
        try
        {
            return await AnswerCoreAsync(context);
        }
        finally
        {
            // The answer's document goes back to the pool; the bytes relayed are responseBytes or a fresh copy.
            output?.Dispose();
        }
    }

    private async Task<IResult> AnswerCoreAsync(ActionContext context)
    {
        if (streamStarted)
        {
            await FinishStreamAsync(context);
            return Results.Empty;
        }

        http.Response.Headers[LlmErrors.ActionIdHeader] = context.Action.Id.ToString();
        if (ServedBy is { } servedBy)
        {
            http.Response.Headers[ServedByHeader] = servedBy;
        }

        if (context.StoppedAt == StageName.Authenticate)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status401Unauthorized, $"Custos: {Reasons(context)}", "invalid_api_key", context.Action.Id);
        }

        if (upstreamError is { } upstreamFailure)
        {
            if (upstreamFailure.RetryAfter is { } retryAfter)
            {
                if (retryAfter.Header is { } header)
                {
                    http.Response.Headers.RetryAfter = header;
                }

                if (retryAfter.Milliseconds is { } milliseconds)
                {
                    // Azure's precise form, which the OpenAI SDKs prefer when present.
                    http.Response.Headers[RetryAfterMsHeader] = milliseconds;
                }
            }

            // A provider refusing Custos's own key may quote part of it; that answer is Custos's to explain, not to relay.
            if (upstreamFailure.Status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                return LlmErrors.Create(dialect, StatusCodes.Status502BadGateway, $"Custos: the provider '{route.System.Name}' refused the credentials Custos holds for it ({upstreamFailure.Status}); an operator should check its credentials in custos.yaml (action {context.Action.Id})", actionId: context.Action.Id);
            }

            // Relayed only in the shape the client's SDK reads; anything else (HTML from a proxy, truncated or foreign JSON) becomes Custos's error.
            return upstreamFailure.Body is { Length: > 0 } relayed && IsErrorBody(relayed, dialect)
                ? new RawJson(upstreamFailure.Status, relayed)
                : LlmErrors.Create(dialect, upstreamFailure.Status, $"Custos: {Reasons(context)}", actionId: context.Action.Id);
        }

        if (context.Outcome == ActionOutcome.Denied)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status403Forbidden, $"Custos denied this call: {Reasons(context)} (action {context.Action.Id})", "permission_denied", context.Action.Id);
        }

        if (context.Outcome != ActionOutcome.Success || context.Result is null)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status503ServiceUnavailable, $"Custos refused this call: {Reasons(context)} (action {context.Action.Id})", actionId: context.Action.Id);
        }

        return output is { Modified: true }
            ? new RawJson(StatusCodes.Status200OK, output.ModifiedBytes())
            : new RawJson(StatusCodes.Status200OK, responseBytes!);

        // Joined only for an error answer: an allowed call's reasons are recorded, not sent.
        static string Reasons(ActionContext context) => string.Join("; ", context.Reasons);
    }

    private async Task StartStreamAsync(ActionContext context, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers[LlmErrors.ActionIdHeader] = context.Action.Id.ToString();
        await http.Response.StartAsync(cancellationToken);
        streamStarted = true;
    }

    /// <summary>
    /// Relays the provider's events as they arrive. The client's response starts with the first event, so a
    /// stream that ends or breaks before one is retryable; after that, a break ends the client's stream with an
    /// error event in its API's format (written once the call is recorded).
    /// </summary>
    private async Task<Retryable?> RelayStreamAsync(ActionContext context, ModelRoute target, HttpResponseMessage response, CancellationTokenSource attempt, CancellationToken cancellationToken)
    {
        var usage = new StreamUsage(target.Model);
        var idle = target.System.Retry.IdleTimeout ?? DefaultIdleTimeout;
        // Screen-out on the stream: each text keeps a bounded window back until it is screened (StreamScreen).
        var held = await services.KnownSecrets.GetAsync(cancellationToken);
        var screener = Core.Screening.Screener.For(context.Config);
        var vault = services.Tokens;
        var tokens = vault is not null && screener.UsesTokens(context.Agent?.Name) ? new Core.Tokenization.StreamTokens() : null;
        using var screen = new StreamScreen(screener, context.Agent?.Name, api, held, tokens);
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(attempt.Token);
            using var lines = new SseLineReader(body, MaxEventChars);
            var eventLines = new StringBuilder();
            string? eventName = null;
            while (await lines.ReadLineAsync(attempt.Token))
            {
                if (eventLines.Length + lines.Length > MaxEventChars)
                {
                    context.Fail(StageName.Forward, $"the provider '{target.System.Name}' sent a stream event longer than {MaxEventChars} characters; the stream was stopped");
                    context.Usage = usage.ToUsage();
                    return null;
                }

                if (lines.Length > 0)
                {
                    eventName = AddLine(lines.Line, eventLines, eventName, usage);
                    continue;
                }

                // A blank line ends an event: pass it on now, unless it is the stream's end, which waits for the record.
                eventLines.Append('\n');
                var text = eventLines.ToString();
                eventLines.Clear();
                // Each event restarts the idle clock: a provider that stalls, or trickles an event byte by byte, is cut off.
                attempt.CancelAfter(idle);
                if (!streamStarted)
                {
                    // The first event: from here on the client has bytes, and the attempt's timeout gives way to the idle one.
                    await StartStreamAsync(context, cancellationToken);
                    if (target != route)
                    {
                        http.Response.Headers[ServedByHeader] = target.System.Name;
                    }
                }

                var end = IsEnd(text, eventName);
                var events = screen.Process(text, eventName);
                if (screen.Malformed is { } malformed)
                {
                    context.Fail(StageName.Forward, $"the provider '{target.System.Name}' {malformed}");
                    context.Findings.AddRange(screen.Findings);
                    context.Usage = usage.ToUsage();
                    return null;
                }

                if (screen.Blocked is { } blocked)
                {
                    context.Findings.AddRange(screen.Findings);
                    await Core.Screening.LeakAlerts.RaiseAsync(services.Alerts, context, screen.Findings, services.Clock.GetUtcNow(), cancellationToken);
                    context.Deny(StageName.ScreenOut, blocked);
                    context.Usage = usage.ToUsage();
                    return null;
                }

                if (tokens is not null && tokens.Pending > 0)
                {
                    // Values redacted as tokens in this event get their vault tokens before it is released.
                    await tokens.ResolveAsync(vault!, context.Action.DataSubjects, context.Config.Screening.TokenRetention, cancellationToken);
                }

                for (var i = 0; i < events.Count; i++)
                {
                    if (tokens is not null)
                    {
                        events[i] = tokens.Apply(events[i]);
                    }

                    if (end && i == events.Count - 1)
                    {
                        heldBackEnd = events[i];
                    }
                    else
                    {
                        await http.Response.WriteAsync(events[i], cancellationToken);
                    }
                }

                await http.Response.Body.FlushAsync(cancellationToken);
                eventName = null;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (!streamStarted)
            {
                return ex is OperationCanceledException
                    ? new Retryable(StatusCodes.Status504GatewayTimeout, "sent no stream event in time")
                    : new Retryable(StatusCodes.Status502BadGateway, "broke the stream before its first event");
            }

            context.Fail(StageName.Forward, ex is OperationCanceledException
                ? $"the provider '{target.System.Name}' sent no complete stream event for {idle.TotalSeconds:0.#} s; the stream was stopped (idle_timeout in custos.yaml)"
                : $"the provider '{target.System.Name}' broke the stream");
            context.Findings.AddRange(screen.Findings);
            context.Usage = usage.ToUsage();
            return null;
        }

        if (!streamStarted)
        {
            return new Retryable(StatusCodes.Status502BadGateway, "ended the stream before its first event");
        }

        if (heldBackEnd is null)
        {
            context.Fail(StageName.Forward, $"the provider '{target.System.Name}' ended the stream before it was complete");
        }

        context.Findings.AddRange(screen.Findings);
        context.Usage = usage.ToUsage();
        context.Result = heldBackEnd;
        return null;
    }

    /// <summary>Adds one line of an event (not its blank end) to the event's text, noting its name and the usage its data carries; returns the event's name.</summary>
    private string? AddLine(ReadOnlySpan<char> line, StringBuilder eventLines, string? eventName, StreamUsage usage)
    {
        if (line.StartsWith("event:", StringComparison.Ordinal))
        {
            eventName = line[6..].Trim().ToString();
        }
        else if (line.StartsWith("data:", StringComparison.Ordinal))
        {
            usage.Observe(line[5..].Trim(), dialect);
        }

        eventLines.Append(line).Append('\n');
        return eventName;
    }

    private bool IsEnd(string eventText, string? eventName) => api switch
    {
        LlmApi.Messages => eventName == "message_stop",
        // The Responses API has no [DONE]: its stream ends with the response.completed event, which carries the usage.
        LlmApi.Responses => eventName == "response.completed",
        _ => eventText.StartsWith("data: [DONE]", StringComparison.Ordinal) || eventText.StartsWith("data:[DONE]", StringComparison.Ordinal),
    };

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
                await http.Response.WriteAsync(api switch
                {
                    LlmApi.Messages => $"event: error\ndata: {error}\n\n",
                    LlmApi.Responses => $"event: error\ndata: {ResponsesError(message)}\n\n",
                    _ => $"data: {error}\n\n",
                });
                await http.Response.Body.FlushAsync();
                if (api == LlmApi.ChatCompletions)
                {
                    // Chat Completions has no error event: OpenAI's node and Python SDKs raise on an {"error"} chunk,
                    // but the .NET SDK reads it as an empty update and would end quietly with half an answer. A
                    // response cut off before its last chunk is an error every HTTP client raises. The pause lets the
                    // error chunk leave first (an abort discards what is still buffered).
                    await Task.Delay(AbortGrace);
                    http.Abort();
                }

                return;
            }

            await http.Response.Body.FlushAsync();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away; the call is recorded either way.
        }
    }

    /// <summary>The Responses API's stream error event: <c>{"type":"error","code","message","param","sequence_number"}</c>.</summary>
    private static string ResponsesError(string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "error");
            writer.WriteString("code", "server_error");
            writer.WriteString("message", message);
            writer.WriteNull("param");
            writer.WriteNumber("sequence_number", 0);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The client's body with the upstream's model name (none when the URL names it, as an Azure deployment's does), and usage asked for on OpenAI streams.</summary>
    internal static void RewriteRequest(JsonElement body, string? model, bool stream, LlmDialect dialect, IBufferWriter<byte> buffer)
    {
        // One writer per thread (this runs without awaiting), pointed at each request's buffer and detached after.
        var writer = rewriteWriter ??= new Utf8JsonWriter(Detached);
        writer.Reset(buffer);
        try
        {
            writer.WriteStartObject();
            var wroteStreamOptions = false;
            foreach (var property in body.EnumerateObject())
            {
                if (property.NameEquals("model"))
                {
                    if (model is not null)
                    {
                        writer.WriteString("model", model);
                    }
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
            writer.Flush();
        }
        finally
        {
            writer.Reset(Detached);
        }
    }

    [ThreadStatic]
    private static Utf8JsonWriter? rewriteWriter;

    /// <summary>Where the per-thread writer points between requests, so it holds on to no request's buffer.</summary>
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

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

    internal static TokenUsage? UsageOf(JsonElement response, string model, LlmDialect dialect)
    {
        if (!response.TryGetProperty("usage"u8, out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var answered = response.TryGetProperty("model"u8, out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : model;
        return dialect == LlmDialect.Anthropic
            ? new TokenUsage(answered, Long(usage, "input_tokens"u8) + Long(usage, "cache_creation_input_tokens"u8) + Long(usage, "cache_read_input_tokens"u8), Long(usage, "output_tokens"u8))
            : new TokenUsage(answered, Long(usage, Present(usage, "prompt_tokens"u8) ? "prompt_tokens"u8 : "input_tokens"u8), Long(usage, Present(usage, "completion_tokens"u8) ? "completion_tokens"u8 : "output_tokens"u8));
    }

    private static bool Present(JsonElement holder, ReadOnlySpan<byte> name) => holder.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    private static long Long(JsonElement holder, ReadOnlySpan<byte> name) =>
        holder.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= 0 ? n : 0;

    private static long Long(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var n) && n >= 0 ? n : 0;

    /// <summary>Whether <paramref name="body"/> is an error in the dialect's own shape: OpenAI <c>{"error":{"message":"…"}}</c>, Anthropic <c>{"type":"error","error":{"type":"…","message":"…"}}</c>.</summary>
    internal static bool IsErrorBody(byte[] body, LlmDialect dialect)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object
                || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            return dialect == LlmDialect.OpenAi
                || (root.TryGetProperty("type", out var type) && type.ValueEquals("error") && error.TryGetProperty("type", out var errorType) && errorType.ValueKind == JsonValueKind.String);
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

    private sealed record UpstreamError(int Status, byte[]? Body, RetryAfterHeaders? RetryAfter);

    /// <summary>An attempt that failed in a way another attempt may not: its status for the client if it is the last.</summary>
    private sealed record Retryable(int Status, string Description, byte[]? Body = null, TimeSpan? RetryAfter = null, RetryAfterHeaders? RetryAfterHeader = null);

    /// <summary>A provider's <c>Retry-After</c> and Azure's <c>retry-after-ms</c>, as sent (relayed to the client) and as a wait when the latter is valid.</summary>
    private sealed record RetryAfterHeaders(string? Header, string? Milliseconds, TimeSpan? Wait);

    /// <summary>Azure's millisecond form of Retry-After.</summary>
    public const string RetryAfterMsHeader = "retry-after-ms";

    private static RetryAfterHeaders? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter?.ToString();
        string? milliseconds = null;
        TimeSpan? wait = null;
        if (response.Headers.TryGetValues(RetryAfterMsHeader, out var values) && values.FirstOrDefault() is { } text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms is >= 0 and < 86_400_000)
        {
            milliseconds = ms.ToString("0.###", CultureInfo.InvariantCulture);
            wait = TimeSpan.FromMilliseconds(ms);
        }

        return header is null && milliseconds is null ? null : new RetryAfterHeaders(header, milliseconds, wait);
    }

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
                if (message?["model"] is JsonValue m && m.TryGetValue<string>(out var name) && name.Length > 0)
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

            // The Responses API nests its model and usage in the event's response object.
            var holder = node?["response"] as JsonObject ?? node;
            // Azure's first chunk (its prompt filter results) names the model as "".
            if (holder?["model"] is JsonValue openAiModel && openAiModel.TryGetValue<string>(out var openAiName) && openAiName.Length > 0)
            {
                answered = openAiName;
            }

            if (holder?["usage"] is JsonObject openAiUsage)
            {
                seen = true;
                input = Long(openAiUsage["prompt_tokens"] ?? openAiUsage["input_tokens"]);
                output = Long(openAiUsage["completion_tokens"] ?? openAiUsage["output_tokens"]);
            }
        }

        public TokenUsage? ToUsage() => seen ? new TokenUsage(answered, input, output) : null;
    }
}
