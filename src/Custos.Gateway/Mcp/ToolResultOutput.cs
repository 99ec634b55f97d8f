using System.Globalization;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Screening;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp;

/// <summary>
/// An MCP tool result as texts for the screen-out stage: its content blocks (<c>content/N</c>, N the block's
/// index in the result: text, text blobs decoded, embedded resources' texts) and its structured content as JSON
/// text (<c>structuredContent</c>). A rewritten text replaces its part, so the agent gets what screening left;
/// structured content rewritten into something that is no longer JSON is dropped rather than passed on
/// unscreened. Binary blobs are listed in <see cref="Binaries"/> for the record.
/// </summary>
public sealed class ToolResultOutput : IScreenableOutput
{
    public const string StructuredLocation = "structuredContent";

    private readonly CallToolResult result;
    private readonly McpTextsOutput texts = new();
    private readonly bool structured;

    /// <exception cref="McpBlobException">A blob in the result is larger than <paramref name="maxBlobBytes"/> or not base64.</exception>
    public ToolResultOutput(CallToolResult result, int maxBlobBytes = ServerSettings.DefaultMaxMcpBlobBytes)
    {
        ArgumentNullException.ThrowIfNull(result);
        this.result = result;
        for (var i = 0; i < result.Content.Count; i++)
        {
            var index = i;
            texts.AddContent("content/" + index.ToString(CultureInfo.InvariantCulture), result.Content[index], block => result.Content[index] = block, maxBlobBytes);
        }

        structured = result.StructuredContent is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) };
    }

    public int Count => texts.Count + (structured ? 1 : 0);

    /// <summary>The binary blobs of the result, as findings to record.</summary>
    public List<ScreeningFinding> Binaries => texts.Binaries;

    public string LocationOf(int index) => index == texts.Count ? StructuredLocation : texts.LocationOf(index);

    public string GetText(int index) => index == texts.Count
        ? result.StructuredContent!.Value.GetRawText()
        : texts.GetText(index);

    public void SetText(int index, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index == texts.Count)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                result.StructuredContent = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                result.StructuredContent = null;
            }

            return;
        }

        texts.SetText(index, text);
    }
}
