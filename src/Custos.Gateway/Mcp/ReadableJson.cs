using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Whether a JSON value reads as a <typeparamref name="T"/> under the MCP SDK's protocol options, remembered by
/// its exact bytes: a client sends the same capabilities and client info with every stateless request, and
/// reading them (the deserializer's frames, the objects) cost about a kilobyte and a half a call. Only values
/// that read are remembered, at most <see cref="Capacity"/>; any other is read each time.
/// </summary>
internal sealed class ReadableJson<T>
{
    /// <summary>How many distinct values are remembered (one or two per kind of client).</summary>
    public const int Capacity = 256;

    private static readonly JsonTypeInfo<T> TypeInfo = (JsonTypeInfo<T>)McpJsonUtilities.ProtocolOptions.GetTypeInfo(typeof(T));

    private readonly ConcurrentDictionary<byte[], byte> readable = new(ByteComparer.Instance);

    public int Count => readable.Count;

    public bool Holds(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (readable.GetAlternateLookup<ReadOnlySpan<byte>>().ContainsKey(raw))
        {
            return true;
        }

        try
        {
            if (value.Deserialize(TypeInfo) is null)
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (readable.Count < Capacity)
        {
            readable.TryAdd(raw.ToArray(), 0);
        }

        return true;
    }

    private sealed class ByteComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
