using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Client;

/// <summary>
/// Asks Custos before an agent acts: <c>POST /v1/authorize</c> with the agent's own token. Every answer other
/// than an explicit allow — a deny, an error, an unreachable server — means "do not act".
/// </summary>
public sealed class CustosClient
{
    private readonly HttpClient http;
    private readonly AuthenticationHeaderValue authorization;

    /// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is the Custos server.</param>
    /// <param name="agentToken">The agent's <c>cst_…</c> token; it is sent only as a bearer credential.</param>
    public CustosClient(HttpClient http, string agentToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrEmpty(agentToken);
        if (http.BaseAddress is null)
        {
            throw new ArgumentException("set the HttpClient's BaseAddress to the Custos server, for example http://127.0.0.1:8421", nameof(http));
        }

        this.http = http;
        authorization = new AuthenticationHeaderValue("Bearer", agentToken);
    }

    /// <summary>Asks whether the agent may take <paramref name="action"/> on <paramref name="resource"/>.</summary>
    /// <param name="context">Facts for policy (tool arguments, for example), serialized as a JSON object.</param>
    /// <exception cref="CustosException">Custos did not decide; do not act.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(string action, string resource, IReadOnlyDictionary<string, object?>? context = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/authorize")
        {
            Content = JsonContent.Create(new AuthorizeRequest(action, resource, context)),
        };
        request.Headers.Authorization = authorization;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CustosException(null, $"Custos could not be reached at {http.BaseAddress}: {ex.Message}", null, ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var problem = TryRead<Problem>(body);
                throw new CustosException(response.StatusCode, problem?.Detail ?? $"Custos answered {(int)response.StatusCode} {response.ReasonPhrase}", problem?.ActionId);
            }

            var answer = TryRead<AuthorizeResponse>(body)
                ?? throw new CustosException(response.StatusCode, "Custos's answer was not an authorization decision", null);
            return new AuthorizationDecision(answer.Decision == "allow", answer.ActionId, answer.Agent, answer.Reasons ?? [], answer.Policies ?? []);
        }
    }

    /// <summary>Like <see cref="AuthorizeAsync"/>, but throws <see cref="CustosDeniedException"/> unless allowed.</summary>
    public async Task<AuthorizationDecision> EnsureAllowedAsync(string action, string resource, IReadOnlyDictionary<string, object?>? context = null, CancellationToken cancellationToken = default)
    {
        var decision = await AuthorizeAsync(action, resource, context, cancellationToken).ConfigureAwait(false);
        return decision.IsAllowed ? decision : throw new CustosDeniedException(decision);
    }

    public override string ToString() => $"CustosClient {{ Server = {http.BaseAddress}, Token = [redacted] }}";

    private static T? TryRead<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record AuthorizeRequest(
        [property: JsonPropertyName("action")] string Action,
        [property: JsonPropertyName("resource")] string Resource,
        [property: JsonPropertyName("context")] IReadOnlyDictionary<string, object?>? Context);

    private sealed record AuthorizeResponse(string Decision, string ActionId, string Agent, List<string>? Reasons, List<string>? Policies);

    private sealed record Problem(string? Title, string? Detail, string? ActionId);

    private static class Json
    {
        public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    }
}
