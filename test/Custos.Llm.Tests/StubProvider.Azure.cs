using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Custos.Llm.Tests;

/// <summary>
/// Azure OpenAI's wire shape: <c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c> and
/// <c>…/embeddings</c>, <c>POST /openai/v1/responses</c> (the deployment as the body's model); the key in
/// <c>api-key</c> or a Microsoft Entra token as a bearer; answers carrying <c>prompt_filter_results</c> and
/// <c>content_filter_results</c>, a stream whose first chunk has no choices and an empty model; errors as
/// <c>{"error":{"code":"429",…}}</c> with <c>retry-after</c> and <c>retry-after-ms</c>, and a prompt the
/// content filter refuses as a 400 with <c>code: content_filter</c> and its categories under <c>innererror</c>.
/// </summary>
internal sealed partial class StubProvider
{
    /// <summary>The deployments the Azure stub knows, to the model each runs.</summary>
    public Dictionary<string, string> AzureDeployments { get; } = new(StringComparer.Ordinal)
    {
        ["prod-gpt4o"] = "gpt-4o-2024-11-20",
        ["prod-embed"] = "text-embedding-3-small",
    };

    /// <summary>A Microsoft Entra ID access token the Azure stub accepts as a bearer.</summary>
    public string EntraToken { get; set; } = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.stub-entra." + Guid.NewGuid().ToString("N");

    /// <summary>A prompt containing this is refused by the Azure stub's content filter.</summary>
    public const string FilteredWord = "FORBIDDEN-BY-FILTER";

    /// <summary>The next Azure calls answer 429 with these retry-after-ms values (and retry-after in seconds, by default the same wait rounded up).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(int Milliseconds, int? Seconds)> AzureThrottles { get; } = new();

    private void MapAzure(WebApplication app)
    {
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext http, string deployment) => AzureChatAsync(http, deployment));
        app.MapPost("/openai/deployments/{deployment}/embeddings", (HttpContext http, string deployment) => AzureEmbeddingsAsync(http, deployment));
        app.MapPost("/openai/v1/responses", AzureResponsesAsync);
    }

    private static JsonObject FilterResults(bool hateFiltered = false) => new()
    {
        ["hate"] = new JsonObject { ["filtered"] = hateFiltered, ["severity"] = hateFiltered ? "medium" : "safe" },
        ["self_harm"] = new JsonObject { ["filtered"] = false, ["severity"] = "safe" },
        ["sexual"] = new JsonObject { ["filtered"] = false, ["severity"] = "safe" },
        ["violence"] = new JsonObject { ["filtered"] = false, ["severity"] = "safe" },
    };

    private static JsonArray PromptFilterResults() => new(new JsonObject { ["prompt_index"] = 0, ["content_filter_results"] = FilterResults() });

    /// <summary>Checks what Azure checks before a deployment answers; the body when it may, else null with the error written.</summary>
    private async Task<JsonNode?> ReceiveAzure(HttpContext http, string? deployment, bool needsVersion = true)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        Received.Enqueue(new ReceivedRequest(http.Request.Path + http.Request.QueryString, headers, text));
        var key = headers.GetValueOrDefault("api-key");
        var bearer = headers.GetValueOrDefault("authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        if (key != ApiKey && bearer != EntraToken)
        {
            await AzureError(http, 401, "401", "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.");
            return null;
        }

        if (needsVersion && string.IsNullOrEmpty(http.Request.Query["api-version"]))
        {
            await AzureError(http, 404, "404", "Resource not found");
            return null;
        }

        if (deployment is not null && !AzureDeployments.ContainsKey(deployment))
        {
            await AzureError(http, 404, "DeploymentNotFound", "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.");
            return null;
        }

        if (AzureThrottles.TryDequeue(out var throttle))
        {
            var ms = throttle.Milliseconds;
            http.Response.Headers["retry-after"] = (throttle.Seconds ?? Math.Max(1, ms / 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["retry-after-ms"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await AzureError(http, 429, "429", $"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version {http.Request.Query["api-version"]} have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after {Math.Max(1, ms / 1000)} second.");
            return null;
        }

        if (text.Contains(FilteredWord, StringComparison.Ordinal))
        {
            await WriteJson(http, 400, new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["message"] = "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
                    ["type"] = null,
                    ["param"] = "prompt",
                    ["code"] = "content_filter",
                    ["status"] = 400,
                    ["innererror"] = new JsonObject { ["code"] = "ResponsibleAIPolicyViolation", ["content_filter_result"] = FilterResults(hateFiltered: true) },
                },
            });
            return null;
        }

        return JsonNode.Parse(text);
    }

    private static Task AzureError(HttpContext http, int status, string code, string message) =>
        WriteJson(http, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private async Task AzureChatAsync(HttpContext http, string deployment)
    {
        if (await ReceiveAzure(http, deployment) is not { } body)
        {
            return;
        }

        var model = AzureDeployments[deployment];
        if (body["stream"]?.GetValue<bool>() != true)
        {
            await WriteJson(http, 200, new JsonObject
            {
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["content_filter_results"] = FilterResults(),
                    ["finish_reason"] = "stop",
                    ["index"] = 0,
                    ["logprobs"] = null,
                    ["message"] = new JsonObject { ["annotations"] = new JsonArray(), ["content"] = Reply, ["refusal"] = null, ["role"] = "assistant" },
                }),
                ["created"] = 1_764_288_000,
                ["id"] = "chatcmpl-azure1",
                ["model"] = model,
                ["object"] = "chat.completion",
                ["prompt_filter_results"] = PromptFilterResults(),
                ["system_fingerprint"] = "fp_azure",
                ["usage"] = new JsonObject { ["completion_tokens"] = Usage[1], ["prompt_tokens"] = Usage[0], ["total_tokens"] = Usage[0] + Usage[1] },
            });
            return;
        }

        StartEvents(http);
        // Azure's first chunk: the prompt's filter results, no choices, no model.
        await Data(http, new JsonObject { ["choices"] = new JsonArray(), ["created"] = 0, ["id"] = string.Empty, ["model"] = string.Empty, ["object"] = string.Empty, ["prompt_filter_results"] = PromptFilterResults() });
        JsonObject Chunk(JsonObject delta, string? finish, bool filters) => new()
        {
            ["choices"] = new JsonArray(new JsonObject
            {
                ["content_filter_results"] = filters ? FilterResults() : new JsonObject(),
                ["delta"] = delta,
                ["finish_reason"] = finish,
                ["index"] = 0,
                ["logprobs"] = null,
            }),
            ["created"] = 1_764_288_000,
            ["id"] = "chatcmpl-azure1",
            ["model"] = model,
            ["object"] = "chat.completion.chunk",
            ["system_fingerprint"] = "fp_azure",
        };
        await Data(http, Chunk(new JsonObject { ["content"] = string.Empty, ["refusal"] = null, ["role"] = "assistant" }, null, filters: false));
        foreach (var piece in Pieces())
        {
            await Data(http, Chunk(new JsonObject { ["content"] = piece }, null, filters: true));
        }

        await Data(http, Chunk(new JsonObject(), "stop", filters: false));
        if (body["stream_options"]?["include_usage"]?.GetValue<bool>() == true)
        {
            await Data(http, new JsonObject
            {
                ["choices"] = new JsonArray(),
                ["created"] = 1_764_288_000,
                ["id"] = "chatcmpl-azure1",
                ["model"] = model,
                ["object"] = "chat.completion.chunk",
                ["usage"] = new JsonObject { ["completion_tokens"] = Usage[1], ["prompt_tokens"] = Usage[0], ["total_tokens"] = Usage[0] + Usage[1] },
            });
        }

        await http.Response.WriteAsync("data: [DONE]\n\n");
    }

    private async Task AzureEmbeddingsAsync(HttpContext http, string deployment)
    {
        if (await ReceiveAzure(http, deployment) is not { } body)
        {
            return;
        }

        var data = EmbeddingData(body);

        await WriteJson(http, 200, new JsonObject
        {
            ["data"] = data,
            ["model"] = AzureDeployments[deployment],
            ["object"] = "list",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 5 * data.Count, ["total_tokens"] = 5 * data.Count },
        });
    }

    private async Task AzureResponsesAsync(HttpContext http)
    {
        // The v1 API takes no api-version, and the deployment as the body's model.
        if (await ReceiveAzure(http, deployment: null, needsVersion: false) is not { } body)
        {
            return;
        }

        var deployment = (string?)body["model"];
        if (deployment is null || !AzureDeployments.TryGetValue(deployment, out var model))
        {
            await AzureError(http, 404, "DeploymentNotFound", "The API deployment for this resource does not exist.");
            return;
        }

        await WriteJson(http, 200, ResponseObject(model, "completed", new JsonArray(MessageItem("completed", Reply)), withUsage: true));
    }
}
