using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Core.Tokenization;
using Custos.Gateway.Authorize;
using Custos.Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Custos.Gateway.Detokenize;

/// <summary>
/// <c>POST /v1/detokenize</c>: an agent turns reversible redaction tokens (<c>[EMAIL_ADDRESS:tok_…]</c>) back into
/// values. Each token is one <c>detokenize</c> action on <c>tokens.TYPE</c> through the pipeline: authorized by
/// policy and recorded (without the value) before the value is released. Per-token answers; 401 for a bad
/// agent token; 400 for a body that is not <c>{"tokens": ["…"]}</c>.
/// </summary>
public static class DetokenizeEndpoint
{
    public const string Path = "/v1/detokenize";

    /// <summary>The longest token text read; longer ones are answered as malformed without being looked at.</summary>
    public const int MaxTokenText = 1024;

    public static RouteHandlerBuilder MapDetokenize(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapPost(Path, HandleAsync)
            .WithName("Detokenize")
            .WithTags("authorize")
            .WithSummary("Turn reversible redaction tokens back into values, for agents policy allows")
            .Accepts<DetokenizeRequestDocument>("application/json")
            .Produces<DetokenizeResponse>(StatusCodes.Status200OK)
            .ProducesAgentApiProblems();
    }

    private static async Task<IResult> HandleAsync(HttpContext http, Detokenizer detokenizer, ActionPipeline pipeline, AuthenticationThrottle throttle, IActionRecorder recorder, CancellationToken cancellationToken)
    {
        if (throttle.Refuse(http) is { } refused)
        {
            return refused;
        }

        var (document, problem) = await JsonBody.ReadAsync(http.Request, pipeline.ConfigSource.Current.Server.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        List<string?> texts;
        using (document)
        {
            var errors = new List<FieldError>();
            texts = Read(document!.RootElement, errors);
            if (errors.Count > 0)
            {
                return Problems.Create(StatusCodes.Status400BadRequest, "Invalid request", errors[0].Message, errors: errors);
            }
        }

        var credential = BearerToken.Read(http.Request) is { } bearer ? new AgentCredential(bearer) : null;
        var results = new List<DetokenizeResult>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var answer = await detokenizer.DetokenizeAsync(texts[i] ?? string.Empty, credential, ActionChannel.AuthorizeApi, ClientAddress.Of(http), cancellationToken);
            if (answer.Context is { } context)
            {
                await throttle.ObserveAsync(http, context, recorder, cancellationToken);
            }

            if (answer.Outcome == DetokenizeOutcome.NotAuthenticated)
            {
                http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
                return Problems.Create(StatusCodes.Status401Unauthorized, "Not authenticated", answer.Error ?? "the agent token is missing or not valid", answer.ActionId);
            }

            if (answer.Outcome == DetokenizeOutcome.Failed && answer.Context?.Outcome == ActionOutcome.Failure)
            {
                return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Action refused", answer.Error ?? "the action could not be recorded", answer.ActionId);
            }

            results.Add(new DetokenizeResult(
                i,
                answer.Token?.ToString(),
                Outcomes[(int)answer.Outcome],
                answer.Value,
                answer.ExpiresAt,
                answer.Error,
                answer.ActionId?.ToString()));
        }

        return TypedResults.Json(new DetokenizeResponse(results), GatewayJsonContext.Readable.DetokenizeResponse);
    }

    private static readonly string[] Outcomes =
        Enum.GetValues<DetokenizeOutcome>().Select(o => Core.Configuration.ConfigLoader.SnakeCase(o.ToString())).ToArray();

    private static List<string?> Read(JsonElement root, List<FieldError> errors)
    {
        var texts = new List<string?>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("$", "the body must be a JSON object such as {\"tokens\": [\"[EMAIL_ADDRESS:tok_…]\"]}"));
            return texts;
        }

        var seen = false;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != "tokens")
            {
                var name = property.Name.Length > 40 ? property.Name[..40] + "…" : property.Name;
                errors.Add(new FieldError("$." + name, $"unknown field '{name}'; the only field is tokens"));
                continue;
            }

            seen = true;
            if (property.Value.ValueKind != JsonValueKind.Array || property.Value.GetArrayLength() is 0 or > Detokenizer.MaxTokens)
            {
                errors.Add(new FieldError("$.tokens", $"tokens must be a list of 1 to {Detokenizer.MaxTokens} tokens as they appear in redacted text, such as [\"[EMAIL_ADDRESS:tok_…]\"]"));
                continue;
            }

            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    errors.Add(new FieldError($"$.tokens[{index}]", "each token must be a string"));
                }
                else
                {
                    // Oversized or undecodable text is passed on as empty: it is answered as malformed, never echoed.
                    var text = JsonBody.TextOf(item);
                    texts.Add(text is { Length: <= MaxTokenText } ? text : string.Empty);
                }

                index++;
            }
        }

        if (!seen && errors.Count == 0)
        {
            errors.Add(new FieldError("$.tokens", "tokens is required: a list of tokens such as [\"[EMAIL_ADDRESS:tok_…]\"]"));
        }

        return texts;
    }
}

/// <summary>The request body as the OpenAPI document shows it.</summary>
public sealed record DetokenizeRequestDocument(List<string> Tokens);

/// <summary>One answer per token, in the order asked.</summary>
public sealed record DetokenizeResponse(IReadOnlyList<DetokenizeResult> Results);

/// <summary>
/// One token's answer. <see cref="Outcome"/>: revealed, malformed, denied, unknown, expired, erased, failed;
/// <see cref="Value"/> only when revealed; <see cref="Error"/> says why not and how to get access.
/// </summary>
public sealed record DetokenizeResult(int Index, string? Token, string Outcome, string? Value, DateTimeOffset? ExpiresAt, string? Error, string? ActionId);
