using System.Buffers;
using System.Text.Json;
using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Secrets;
using Custos.Core.Storage;
using Custos.Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Custos.Gateway.Llm;

/// <summary>
/// The LLM endpoints: OpenAI-compatible <c>POST /v1/chat/completions</c>, <c>POST /v1/responses</c>,
/// <c>POST /v1/embeddings</c> and <c>GET /v1/models</c>, and Anthropic-compatible <c>POST /v1/messages</c>. An agent points its SDK's base URL at Custos and uses its
/// Custos token as the API key; Custos holds the provider keys. Each call is one <c>complete</c> action (<c>embed</c> for
/// embeddings) on <c>system.model</c> through the whole pipeline.
/// </summary>
public static class LlmEndpoints
{
    /// <summary>The largest request body the LLM endpoints read (prompts are larger than authorize requests).</summary>
    public const int MaxRequestBytes = 8 * 1024 * 1024;

    private static readonly (string Path, LlmApi Api, string Name, string Summary)[] Routes =
    [
        ("/v1/chat/completions", LlmApi.ChatCompletions, "ChatCompletions", "OpenAI-compatible chat completion through Custos (streaming or not)"),
        ("/v1/messages", LlmApi.Messages, "Messages", "Anthropic-compatible message through Custos (streaming or not)"),
        ("/v1/responses", LlmApi.Responses, "Responses", "OpenAI Responses API through Custos (streaming or not)"),
        ("/v1/embeddings", LlmApi.Embeddings, "Embeddings", "OpenAI-compatible embeddings through Custos (an embed action on the model)"),
    ];

    /// <summary>The actions that make a model usable: <c>complete</c> (chat, messages, responses) and <c>embed</c>.</summary>
    private static readonly string[] ModelVerbs = ["complete", "embed"];

    public static IEndpointRouteBuilder MapLlm(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, api, name, summary) in Routes)
        {
            endpoints.MapPost(path, (HttpContext http, ActionPipeline pipeline, AuthenticationThrottle throttle, IActionRecorder recorder, LlmUpstream upstream, ISecretResolver secrets, IKnownSecretValues known, IAlertSink alerts, TimeProvider clock, CancellationToken cancellationToken) =>
                    CompleteAsync(http, pipeline, throttle, recorder, upstream, new LlmServices(secrets, known, alerts, clock, http.RequestServices.GetService(typeof(Core.Tokenization.TokenVault)) as Core.Tokenization.TokenVault, http.RequestServices.GetService(typeof(EntraTokens)) as EntraTokens), api, cancellationToken))
                .WithName(name)
                .WithTags("llm")
                .WithSummary(summary);
        }

        endpoints.MapGet("/v1/models", ListModelsAsync)
            .WithName("Models")
            .WithTags("llm")
            .WithSummary("The models the calling agent may use (to complete or to embed), in OpenAI's or Anthropic's list format");
        return endpoints;
    }

    private static async Task<IResult> CompleteAsync(HttpContext http, ActionPipeline pipeline, AuthenticationThrottle throttle, IActionRecorder recorder, LlmUpstream upstream, LlmServices services, LlmApi api, CancellationToken cancellationToken)
    {
        var clock = services.Clock;
        var dialect = api.Dialect();
        if (throttle.Refuse(http) is { } refused)
        {
            return refused;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }

        // The body is kept whole as the action's payload (screen-in reads it, the forwarder rewrites it): parsed once
        // into a value that owns its memory, neither a pooled document to dispose nor a clone of one.
        var (body, bodyError) = await JsonBody.ReadElementAsync(http.Request, MaxRequestBytes, cancellationToken);
        if (bodyError is not null)
        {
            var detail = bodyError.Status == StatusCodes.Status413PayloadTooLarge
                ? $"the body is larger than {MaxRequestBytes} bytes, the most Custos reads on its LLM endpoints; send less context"
                : bodyError.Detail;
            return LlmErrors.Create(dialect, bodyError.Status, $"Custos: {detail}");
        }

        var root = body!.Value;
        var (request, invalid) = LlmRequest.Read(root, api);
        if (request is null)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status400BadRequest, $"Custos: {invalid!.Message}", param: invalid.Field);
        }

        var config = pipeline.ConfigSource.Current;
        var route = ModelRoute.Find(config, request.Model, dialect, out var routeError);
        if (route is null)
        {
            return LlmErrors.Create(dialect, StatusCodes.Status404NotFound, $"Custos: {routeError}", "model_not_found", param: "model");
        }

        var token = dialect == LlmDialect.Anthropic ? AnthropicKey(http.Request) ?? BearerToken.Read(http.Request) : BearerToken.Read(http.Request);
        var credential = token is null ? null : new AgentCredential(token);
        var action = AgentAction.Create(ActionChannel.Llm, credential, api.Verb(), route.Resource, request.PolicyContext(route), clock, ClientAddress.Of(http), payload: root);
        var exchange = new LlmExchange(http, upstream, route, api, request.Stream, services, new LlmFallbacks(pipeline, credential, request));
        var context = await pipeline.RunAsync(action, exchange.ForwardAsync, cancellationToken);
        await throttle.ObserveAsync(http, context, recorder, cancellationToken);
        return await exchange.AnswerAsync(context);
    }

    private static async Task<IResult> ListModelsAsync(HttpContext http, ActionPipeline pipeline, AuthenticationThrottle throttle, IActionRecorder recorder, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (throttle.Refuse(http) is { } refused)
        {
            return refused;
        }

        // One path, two APIs: Anthropic's SDK sends anthropic-version (and its key as x-api-key).
        var dialect = http.Request.Headers.ContainsKey("anthropic-version") || AnthropicKey(http.Request) is not null ? LlmDialect.Anthropic : LlmDialect.OpenAi;
        var config = pipeline.ConfigSource.Current;
        var token = BearerToken.Read(http.Request) ?? AnthropicKey(http.Request);
        var credential = token is null ? null : new AgentCredential(token);
        // Admit the caller once (authenticate and contain, a refusal recorded like any other), whatever systems exist.
        var admitted = await pipeline.AdmitAsync(AgentAction.Create(ActionChannel.Llm, credential, "list", "models", null, clock, ClientAddress.Of(http)), cancellationToken);
        if (admitted.IsDenied)
        {
            await throttle.ObserveAsync(http, admitted, recorder, cancellationToken);
            var status = admitted.StoppedAt == StageName.Authenticate ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            return LlmErrors.Create(dialect, status, $"Custos: {string.Join("; ", admitted.Reasons)}", status == StatusCodes.Status401Unauthorized ? "invalid_api_key" : "permission_denied", admitted.Action.Id);
        }

        var models = new List<(string Id, string OwnedBy)>();
        foreach (var system in config.Systems)
        {
            if (system.Kind != SystemKind.Llm || ModelRoute.DialectOf(system) != dialect)
            {
                continue;
            }

            foreach (var model in ModelRoute.ModelsOf(system))
            {
                if (model.Contains('*', StringComparison.Ordinal))
                {
                    continue;
                }

                // Every kind of model a system declares: listed when policy lets the agent complete with it or embed with it.
                foreach (var verb in ModelVerbs)
                {
                    var check = await pipeline.CheckAsync(AgentAction.Create(ActionChannel.Llm, credential, verb, $"{system.Name}.{model}", null, clock, ClientAddress.Of(http)), cancellationToken);
                    if (check.Outcome == ActionOutcome.Success && check.Decision?.IsAllowed == true)
                    {
                        models.Add((model, system.Name));
                        break;
                    }
                }
            }
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (dialect == LlmDialect.OpenAi)
            {
                writer.WriteString("object", "list");
            }

            writer.WriteStartArray("data");
            foreach (var (id, ownedBy) in models)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                if (dialect == LlmDialect.Anthropic)
                {
                    writer.WriteString("type", "model");
                    writer.WriteString("display_name", id);
                    writer.WriteString("created_at", "1970-01-01T00:00:00Z");
                }
                else
                {
                    writer.WriteString("object", "model");
                    writer.WriteNumber("created", 0);
                    writer.WriteString("owned_by", ownedBy);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (dialect == LlmDialect.Anthropic)
            {
                writer.WriteBoolean("has_more", false);
                if (models.Count > 0)
                {
                    writer.WriteString("first_id", models[0].Id);
                    writer.WriteString("last_id", models[^1].Id);
                }
                else
                {
                    writer.WriteNull("first_id");
                    writer.WriteNull("last_id");
                }
            }

            writer.WriteEndObject();
        }

        return Results.Bytes(buffer.WrittenSpan.ToArray(), "application/json");
    }

    /// <summary>The Anthropic SDK sends its key as <c>x-api-key</c>; an agent's Custos token arrives there.</summary>
    private static string? AnthropicKey(HttpRequest request)
    {
        var header = request.Headers["x-api-key"];
        return header.Count == 1 && header[0] is { Length: > 0 and <= BearerToken.MaxLength } value ? value.Trim() : null;
    }
}
