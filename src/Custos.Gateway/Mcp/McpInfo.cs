using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;

namespace Custos.Gateway.Mcp;

/// <summary>The MCP SDK's JSON contract for a protocol type (source-generated, so trimming-safe).</summary>
internal static class McpInfo
{
    public static JsonTypeInfo<T> Of<T>() => (JsonTypeInfo<T>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T));
}
