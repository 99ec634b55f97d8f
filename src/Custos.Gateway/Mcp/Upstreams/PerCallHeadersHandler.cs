namespace Custos.Gateway.Mcp.Upstreams;

/// <summary>
/// Replaces an HTTP upstream request's credential headers with the ones resolved for the call in flight
/// (<see cref="PerCallCredentials"/>); requests Custos makes for itself (initialize, listing, the SSE stream)
/// keep the headers resolved at connect time.
/// </summary>
internal sealed class PerCallHeadersHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (PerCallCredentials.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value.Reveal());
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
