using Custos.Core.Screening;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The texts of an MCP answer, for the screen-out stage: each slot is one text (a text block, an embedded or
/// read resource's text, a text blob decoded), located as the answer nests it (<c>content/0</c>,
/// <c>messages/0</c>, <c>contents/1</c>); a rewritten text replaces its slot. Binary blobs are not slots; they
/// are listed in <see cref="Binaries"/> by size and hash, for the record.
/// </summary>
public sealed class McpTextsOutput : IScreenableOutput
{
    private readonly List<(string Location, Func<string> Get, Action<string> Set)> slots = [];

    public int Count => slots.Count;

    /// <summary>The binary blobs the answer carries, as findings to record (type <see cref="McpBlobs.BinaryType"/>).</summary>
    public List<ScreeningFinding> Binaries { get; } = [];

    public void Add(string location, Func<string> get, Action<string> set) => slots.Add((location, get, set));

    /// <summary>Adds every text and blob of a content block at <paramref name="location"/>; <paramref name="replace"/> puts a rewritten text block in its place.</summary>
    /// <exception cref="McpBlobException">A blob is too large or malformed.</exception>
    public void AddContent(string location, ContentBlock block, Action<ContentBlock> replace, int maxBlobBytes)
    {
        ArgumentNullException.ThrowIfNull(replace);
        switch (block)
        {
            case TextContentBlock text:
                Add(location, () => text.Text, value => replace(text = new TextContentBlock { Text = value, Annotations = text.Annotations, Meta = text.Meta }));
                break;
            case ImageContentBlock image:
                McpBlobs.Add(this, location, image.MimeType, image.Data, data => image.Data = data, maxBlobBytes);
                break;
            case AudioContentBlock audio:
                McpBlobs.Add(this, location, audio.MimeType, audio.Data, data => audio.Data = data, maxBlobBytes);
                break;
            case EmbeddedResourceBlock embedded:
                AddResource(location + "/resource", embedded.Resource, maxBlobBytes);
                break;
        }
    }

    /// <summary>Adds a resource's text, or its blob, at <paramref name="location"/>.</summary>
    /// <exception cref="McpBlobException">The blob is too large or malformed.</exception>
    public void AddResource(string location, ResourceContents contents, int maxBlobBytes)
    {
        switch (contents)
        {
            case TextResourceContents text:
                Add(location, () => text.Text, value => text.Text = value);
                break;
            case BlobResourceContents blob:
                McpBlobs.Add(this, location, blob.MimeType, blob.Blob, data => blob.Blob = data, maxBlobBytes);
                break;
        }
    }

    public string LocationOf(int index) => slots[index].Location;

    public string GetText(int index) => slots[index].Get();

    public void SetText(int index, string text) => slots[index].Set(text);
}
