using System.Globalization;
using System.Text.Json;
using Custos.Core.Screening;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp;

/// <summary>
/// An MCP tool result as texts for the screen-out stage: its text content blocks (<c>content/N</c>, N the
/// block's index in the result) and its structured content as JSON text (<c>structuredContent</c>). A rewritten
/// text replaces its part, so the agent gets what screening left; structured content rewritten into something
/// that is no longer JSON is dropped rather than passed on unscreened.
/// </summary>
public sealed class ToolResultOutput : IScreenableOutput
{
    public const string StructuredLocation = "structuredContent";

    private readonly CallToolResult result;
    private readonly int[] indexes;
    private readonly bool structured;

    public ToolResultOutput(CallToolResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        this.result = result;
        var found = new List<int>();
        for (var i = 0; i < result.Content.Count; i++)
        {
            if (result.Content[i] is TextContentBlock)
            {
                found.Add(i);
            }
        }

        indexes = [.. found];
        structured = result.StructuredContent is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) };
    }

    public int Count => indexes.Length + (structured ? 1 : 0);

    public string LocationOf(int index) => index == indexes.Length ? StructuredLocation : "content/" + indexes[index].ToString(CultureInfo.InvariantCulture);

    public string GetText(int index) => index == indexes.Length
        ? result.StructuredContent!.Value.GetRawText()
        : ((TextContentBlock)result.Content[indexes[index]]).Text;

    public void SetText(int index, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index == indexes.Length)
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

        var block = (TextContentBlock)result.Content[indexes[index]];
        result.Content[indexes[index]] = new TextContentBlock { Text = text, Annotations = block.Annotations, Meta = block.Meta };
    }
}
