using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>A hash of a list as an agent was shown it, to tell whether a change upstream changed what that agent sees.</summary>
public static class ListFingerprint
{
    public static string Of<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var info = (JsonTypeInfo<T>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in items)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(item, info));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Two lists in one fingerprint (resources and their templates).</summary>
    public static string Of<T, TOther>(IEnumerable<T> items, IEnumerable<TOther> others) => Of(items) + Of(others);

}
