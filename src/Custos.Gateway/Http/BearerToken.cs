using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Custos.Gateway.Http;

/// <summary>Reads an <c>Authorization: Bearer …</c> header without ever logging or echoing the value.</summary>
public static class BearerToken
{
    /// <summary>Longer values are not tokens Custos issued; they are refused without being hashed.</summary>
    public const int MaxLength = 512;

    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization];
        if (header.Count != 1 || header[0] is not { } value)
        {
            return null;
        }

        const string scheme = "Bearer ";
        if (!value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = value.AsSpan(scheme.Length).Trim();
        return token.Length is 0 or > MaxLength ? null : token.ToString();
    }
}
