using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Screening;
using Custos.Core.Storage;
using Custos.Detection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Rug-pull and tool-poisoning protection. Each upstream tool's definition (name, title, description, schemas,
/// annotations) is hashed and pinned the first time Custos sees it; a tool whose definition later differs is held
/// back (left out of tools/list and refused) until an operator runs <c>custos tools approve system.tool</c>. Every
/// definition is also screened by the injection and exfiltration detectors: a poisoned one (instructions to the
/// model planted in a description or schema) is blocked the same way and raises an <c>mcp.tool_poisoned</c> alert,
/// once per definition. An operator may accept a poisoned definition that is a false positive with
/// <c>custos tools approve system.tool --accept-poisoned</c>; the acceptance is pinned to that hash, so any change
/// blocks the tool again.
/// </summary>
public sealed partial class ToolPins(IToolPinStore store, IActionRecorder recorder, IAlertSink alerts, TimeProvider clock, ILogger<ToolPins> logger)
{
    /// <summary>The alert rule raised for a poisoned tool definition.</summary>
    public const string PoisonedRule = "mcp.tool_poisoned";

    /// <summary>The alert rule raised for a poisoned prompt definition.</summary>
    public const string PromptPoisonedRule = "mcp.prompt_poisoned";

    /// <summary>The alert rule raised for a poisoned resource or resource template definition.</summary>
    public const string ResourcePoisonedRule = "mcp.resource_poisoned";

    private readonly ConcurrentDictionary<(string System, string Tool), (string Sha, Screener Screener)> approved = new();
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

    /// <summary>
    /// What the injection and exfiltration detectors find in a definition (every string and member name of it),
    /// as "TYPE at /pointer" joined by "; ", or null when it is clean. Never holds the matched text.
    /// </summary>
    public static string? PoisoningOf(Screener screener, string definition)
    {
        ArgumentNullException.ThrowIfNull(screener);
        using var document = JsonDocument.Parse(definition);
        var found = new List<string>();
        foreach (var finding in screener.ScreenArguments(document.RootElement, agent: null))
        {
            if (finding.Type is EntityTypes.PromptInjection or EntityTypes.Exfiltration)
            {
                var text = $"{finding.Type} at {finding.Location}";
                if (!found.Contains(text, StringComparer.Ordinal))
                {
                    found.Add(text);
                }
            }
        }

        return found.Count == 0 ? null : string.Join("; ", found);
    }

    /// <summary>True when the tool's current definition is approved and not poisoned (pinning it if the tool is new).</summary>
    public async ValueTask<bool> IsUsableAsync(CustosConfig config, string system, Tool tool, CancellationToken cancellationToken) =>
        await RefusalAsync(config, system, tool, cancellationToken) is null;

    /// <summary>
    /// Null when the tool may be shown and called; otherwise why not (held after a change, or poisoned), for the
    /// agent's tool error. Pins a new tool; records a hold and raises the poisoning alert once per definition.
    /// </summary>
    /// <remarks>A listed tool is asked about on every call: its definition and hash are computed once per listed object.</remarks>
    public ValueTask<string?> RefusalAsync(CustosConfig config, string system, Tool tool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return RefusalAsync(config, system, tool.Name, tool, DefinitionOf, PoisonedRule, cancellationToken);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, PinnedDefinition> Definitions = [];

    private sealed record PinnedDefinition(string Definition, string Sha);

    /// <summary>
    /// As <see cref="RefusalAsync(CustosConfig, string, string, string, string, CancellationToken)"/> for a tool, prompt,
    /// resource or template as the server listed it: its definition (<paramref name="definitionOf"/>) and hash are
    /// computed once per listed object, since a cached listing is asked about on every call, prompts/get and completion.
    /// </summary>
    public ValueTask<string?> RefusalAsync<T>(CustosConfig config, string system, string key, T listed, Func<T, string> definitionOf, string rule, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(definitionOf);
        if (!Definitions.TryGetValue(listed, out var pinned))
        {
            var definition = definitionOf(listed);
            pinned = Definitions.GetValue(listed, _ => new PinnedDefinition(definition, Sha256Of(definition)));
        }

        return RefusalAsync(config, system, key, pinned.Definition, pinned.Sha, rule, cancellationToken);
    }

    /// <summary>
    /// Null when the prompt, resource or template pinned as <paramref name="key"/> (<c>prompt/NAME</c>,
    /// <c>resource/URI</c>, as Cedar names it) may be shown and read; otherwise why not. Pinned, held and
    /// alerted (<paramref name="rule"/>) exactly as tools are, so <c>custos tools list|diff|approve</c> serve them too.
    /// </summary>
    public ValueTask<string?> RefusalAsync(CustosConfig config, string system, string key, string definition, string rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return RefusalAsync(config, system, key, definition, Sha256Of(definition), rule, cancellationToken);
    }

    private async ValueTask<string?> RefusalAsync(CustosConfig config, string system, string key, string definition, string sha, string rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var screener = Screener.For(config);
        var pinKey = (system, key);
        if (approved.TryGetValue(pinKey, out var known) && known.Sha == sha && ReferenceEquals(known.Screener, screener))
        {
            return null;
        }

        var poisoning = PoisoningOf(screener, definition);
        var pin = await store.ObservePinAsync(system, key, sha, definition, clock.GetUtcNow(), cancellationToken);
        if (poisoning is not null)
        {
            if (pin.ApprovedSha256 == sha && pin.AcceptedSha256 == sha)
            {
                approved[pinKey] = (sha, screener);
                return null;
            }

            if (pin.PoisonedSha256 != sha && await store.MarkPoisonedAsync(system, key, sha, poisoning, CancellationToken.None))
            {
                LogPoisoned(logger, system, key, sha[..12], poisoning);
                await alerts.RaiseAsync(
                    new Alert(rule, AlertSeverity.Critical, $"{system}.{key}", PoisonedMessage(system, key, sha, poisoning), clock.GetUtcNow()),
                    CancellationToken.None);
            }

            return PoisonedReason(system, key, sha, poisoning);
        }

        if (pin.ApprovedSha256 == sha)
        {
            approved[pinKey] = (sha, screener);
            return null;
        }

        if (reported.TryAdd((system, key, sha), 0))
        {
            LogHeld(logger, system, key, pin.ApprovedSha256[..12], sha[..12]);
            await recorder.RecordAsync(
                ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.Mcp, "custos", "update", $"{system}.{key}", HeldReason(system, key, pin.ApprovedSha256, sha), sha, denied: true),
                CancellationToken.None);
        }

        return HeldReason(system, key, pin.ApprovedSha256, sha);
    }

    public static string HeldReason(string system, string tool, string approvedSha, string pendingSha) =>
        $"the MCP server '{system}' changed the definition of {tool} since it was approved (sha256 {approvedSha[..12]} → {pendingSha[..12]}); it is held back until an operator reviews it with 'custos tools diff {system}.{tool}' and runs 'custos tools approve {system}.{tool}'";

    public static string PoisonedReason(string system, string tool, string sha, string poisoning) =>
        $"the MCP server '{system}' describes {tool} with text that reads as instructions to the model ({poisoning}; sha256 {sha[..12]}); the {KindOf(tool)} is blocked as poisoned";

    private static string KindOf(string key) =>
        key.StartsWith(McpCatalogGateway.PromptPrefix, StringComparison.Ordinal) ? "prompt"
        : key.StartsWith(McpCatalogGateway.ResourcePrefix, StringComparison.Ordinal) || key.StartsWith(McpCatalogGateway.TemplatePrefix, StringComparison.Ordinal) ? "resource"
        : "tool";

    private static string PoisonedMessage(string system, string tool, string sha, string poisoning) =>
        $"{PoisonedReason(system, tool, sha, poisoning)}: hidden from lists and refused. Review it with 'custos tools diff {system}.{tool}'; only if it is a false positive, accept it with 'custos tools approve {system}.{tool} --accept-poisoned'.";

    [LoggerMessage(EventId = 730, Level = LogLevel.Warning, Message = "MCP server {System} changed the definition of tool {Tool} ({Approved} → {Pending}); held back until approved")]
    private static partial void LogHeld(ILogger logger, string system, string tool, string approved, string pending);

    [LoggerMessage(EventId = 731, Level = LogLevel.Warning, Message = "MCP server {System} offers a poisoned definition of tool {Tool} ({Sha}: {Findings}); blocked")]
    private static partial void LogPoisoned(ILogger logger, string system, string tool, string sha, string findings);
}
