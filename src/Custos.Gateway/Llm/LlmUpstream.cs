using System.Net.Http.Headers;
using Custos.Core.Configuration;
using Custos.Core.Secrets;

namespace Custos.Gateway.Llm;

/// <summary>
/// The HTTP client to LLM providers: one pooled connection handler for all of them, requests built with the
/// credentials the inject stage resolved for this call only. The agent's own token never goes upstream.
/// Requests go straight to the handler (an <see cref="HttpMessageInvoker"/>, not an <see cref="HttpClient"/>, whose
/// own timeout costs a linked token source and a timer per call): every call is bounded by its attempt's deadline.
/// </summary>
public sealed class LlmUpstream : IDisposable
{
    /// <summary>The name under a system's <c>credentials:</c> that holds the provider's API key.</summary>
    public const string ApiKeyCredential = "api_key";

    /// <summary>The Anthropic API version sent when the client names none.</summary>
    public const string DefaultAnthropicVersion = "2023-06-01";

    private readonly HttpMessageInvoker http;

    /// <summary>Each system's URL for each API, built once per configuration (Azure deployments' paths excepted).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SystemDefinition, Uri?[]> Urls = [];

    public LlmUpstream(HttpMessageHandler? handler = null)
    {
        http = new HttpMessageInvoker(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),

            // A redirect would carry api-key / x-api-key (custom headers survive one) to wherever the answer points.
            AllowAutoRedirect = false,
        }, disposeHandler: true);
    }

    public static Uri BaseUrlOf(SystemDefinition system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var url = system.Url ?? (system.Provider == "anthropic" ? "https://api.anthropic.com/v1" : "https://api.openai.com/v1");
        return new Uri(url.TrimEnd('/') + "/");
    }

    /// <summary>
    /// Where a call to <paramref name="api"/> for <paramref name="model"/> goes: the path under the system's URL, or
    /// for Azure OpenAI the deployment's path with its <c>api-version</c> (the Responses API under <c>/openai/v1/</c>).
    /// </summary>
    public static Uri UrlOf(SystemDefinition system, LlmApi api, string model)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(model);
        if (system.Azure is not { } azure)
        {
            // A configuration's SystemDefinition is never changed (a reload makes new ones): its URLs are built once.
            var urls = Urls.GetValue(system, static _ => new Uri?[Enum.GetValues<LlmApi>().Length]);
            return urls[(int)api] ??= new Uri(BaseUrlOf(system), api.Path());
        }

        // The resource endpoint, with or without the /openai an operator may have copied from the portal.
        var endpoint = BaseUrlOf(system).AbsoluteUri;
        if (endpoint.EndsWith("/openai/", StringComparison.OrdinalIgnoreCase))
        {
            endpoint = endpoint[..^"openai/".Length];
        }

        return api == LlmApi.Responses
            ? new Uri(endpoint + "openai/v1/responses")
            : new Uri($"{endpoint}openai/deployments/{Uri.EscapeDataString(azure.DeploymentOf(model))}/{api.Path()}?api-version={Uri.EscapeDataString(azure.ApiVersion)}");
    }

    /// <summary>The model name the provider is sent in the body: an Azure deployment's name for the Responses API, none on a deployment's path (the path names it), else the model.</summary>
    public static string? BodyModelOf(SystemDefinition system, LlmApi api, string model)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.Azure is not { } azure ? model : api == LlmApi.Responses ? azure.DeploymentOf(model) : null;
    }

    /// <summary>A request to <paramref name="url"/> with the system's credentials and fixed headers.</summary>
    public static HttpRequestMessage CreateRequest(SystemDefinition system, Uri url, HttpContent content, IReadOnlyDictionary<string, SecretValue> credentials, string? anthropicVersion = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(credentials);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        foreach (var (name, value) in system.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (system.Provider == AzureOpenAiSettings.Provider && credentials.TryGetValue(AzureOpenAiSettings.EntraTokenCredential, out var entra))
        {
            // A Microsoft Entra ID access token (kept fresh by whatever writes the secret) instead of a key.
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", entra.Reveal());
        }
        else if (credentials.TryGetValue(ApiKeyCredential, out var key))
        {
            switch (system.Provider)
            {
                case "anthropic":
                    request.Headers.TryAddWithoutValidation("x-api-key", key.Reveal());
                    break;
                case AzureOpenAiSettings.Provider:
                    request.Headers.TryAddWithoutValidation("api-key", key.Reveal());
                    break;
                default:
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key.Reveal());
                    break;
            }
        }

        if (system.Provider == "anthropic")
        {
            request.Headers.TryAddWithoutValidation("anthropic-version", anthropicVersion ?? DefaultAnthropicVersion);
        }

        return request;
    }

    /// <summary>
    /// Sends once the headers are in; the caller reads the body with its own limit (or as a stream), and bounds
    /// the whole call with <paramref name="cancellationToken"/> (there is no other timeout).
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        http.SendAsync(request, cancellationToken);

    public void Dispose() => http.Dispose();
}
