using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Rug-pull protection: each upstream tool's definition (name, title, description, schemas, annotations) is
/// hashed and pinned the first time Custos sees it; a tool whose definition later differs is held back
/// (left out of tools/list and refused) until an operator runs <c>custos tools approve system.tool</c>. The
/// first hold of each changed definition is recorded in the audit trail.
/// </summary>
public sealed partial class ToolPins(IToolPinStore store, IActionRecorder recorder, TimeProvider clock, ILogger<ToolPins> logger)
{
    private readonly ConcurrentDictionary<(string System, string Tool), string> approved = new();
    private readonly ConcurrentDictionary<(string System, string Tool, string Sha), byte> reported = new();

    /// <summary>The definition as pinned: canonical JSON of what the agent's model reads about the tool.</summary>
    public static string DefinitionOf(Tool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var pinned = new Tool
        {
            Name = tool.Name,
            Title = tool.Title,
            Description = tool.Description,
            InputSchema = tool.InputSchema,
            OutputSchema = tool.OutputSchema,
            Annotations = tool.Annotations,
        };
        return JsonSerializer.Serialize(pinned, (JsonTypeInfo<Tool>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Tool)));
    }

    public static string Sha256Of(string definition) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(definition)));

    /// <summary>True when the tool's current definition is the approved one (pinning it if the tool is new).</summary>
    public async ValueTask<bool> IsApprovedAsync(string system, Tool tool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var definition = DefinitionOf(tool);
        var sha = Sha256Of(definition);
        var key = (system, tool.Name);
        if (approved.TryGetValue(key, out var known) && known == sha)
        {
            return true;
        }

        var pin = await store.ObservePinAsync(system, tool.Name, sha, definition, clock.GetUtcNow(), cancellationToken);
        if (pin.ApprovedSha256 == sha)
        {
            approved[key] = sha;
            return true;
        }

        if (reported.TryAdd((system, tool.Name, sha), 0))
        {
            LogHeld(logger, system, tool.Name, pin.ApprovedSha256[..12], sha[..12]);
            await recorder.RecordAsync(
                ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.Mcp, "custos", "update", $"{system}.{tool.Name}", HeldReason(system, tool.Name, pin.ApprovedSha256, sha), sha, denied: true),
                CancellationToken.None);
        }

        return false;
    }

    public static string HeldReason(string system, string tool, string approvedSha, string pendingSha) =>
        $"the MCP server '{system}' changed the definition of {tool} since it was approved (sha256 {approvedSha[..12]} → {pendingSha[..12]}); the tool is held back until an operator reviews it with 'custos tools diff {system}.{tool}' and runs 'custos tools approve {system}.{tool}'";

    [LoggerMessage(EventId = 730, Level = LogLevel.Warning, Message = "MCP server {System} changed the definition of tool {Tool} ({Approved} → {Pending}); held back until approved")]
    private static partial void LogHeld(ILogger logger, string system, string tool, string approved, string pending);
}
