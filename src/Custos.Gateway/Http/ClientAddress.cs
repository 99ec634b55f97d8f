using Microsoft.AspNetCore.Http;

namespace Custos.Gateway.Http;

/// <summary>
/// The address a request came from, as the socket saw it. Forwarded headers are not trusted: behind a proxy,
/// configure ASP.NET Core's forwarded-headers middleware for that proxy so this becomes the client's address.
/// </summary>
public static class ClientAddress
{
    public static string? Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        return address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
