using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Server.Workspaces;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos tools list|diff|approve</c>: the upstream MCP tools' pinned definitions. A tool whose server changed
/// its definition is held back by the gateway until it is approved here.
/// </summary>
internal static class ToolsCommand
{
    public static Command Create(CliOutput output) => new("tools", "Review upstream MCP tools' pinned definitions (rug-pull protection)")
    {
        List(output),
        Diff(output),
        Approve(output),
    };

    private static Command List(CliOutput output)
    {
        var system = new Option<string?>("--system") { Description = "Only this system's tools" };
        var command = new Command("list", "List the tools Custos has seen, with their pinned hash and whether a changed definition is held back") { system };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var pins = await workspace.Store.ListPinsAsync(parse.GetValue(system), cancellationToken);
            if (pins.Count == 0)
            {
                output.Out.WriteLine("No MCP tools seen yet: tools are pinned when an agent first lists or calls them through 'custos serve'.");
                return ExitCodes.Ok;
            }

            foreach (var pin in pins)
            {
                var state = pin.IsPoisoned
                    ? $"POISONED (blocked: {pin.PoisonedFindings}; sha256 {pin.CurrentSha256[..12]})"
                    : pin.IsHeld ? $"HELD (changed {Format(pin.ChangedAt)}; new sha256 {pin.PendingSha256![..12]})"
                    : pin.AcceptedSha256 == pin.ApprovedSha256 ? "approved (poisoned, accepted by an operator)" : "approved";
                output.Out.WriteLine($"{pin.System}.{pin.Tool}  sha256 {pin.ApprovedSha256[..12]}  {state}  first seen {Format(pin.FirstSeen)}");
            }

            var held = pins.Count(p => p.IsHeld && !p.IsPoisoned);
            if (held > 0)
            {
                output.Out.WriteLine($"{held} tool(s) held back; review with 'custos tools diff SYSTEM.TOOL', then 'custos tools approve SYSTEM.TOOL'.");
            }

            var poisoned = pins.Count(p => p.IsPoisoned);
            if (poisoned > 0)
            {
                output.Out.WriteLine($"{poisoned} tool(s) blocked as poisoned; review with 'custos tools diff SYSTEM.TOOL'; only a false positive should be accepted, with 'custos tools approve SYSTEM.TOOL --accept-poisoned'.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff(CliOutput output)
    {
        var tool = new Argument<string>("TOOL") { Description = "The tool as system.tool" };
        var command = new Command("diff", "Show how a held tool's new definition differs from the approved one") { tool };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var (pin, code) = await FindAsync(workspace, output, parse.GetValue(tool)!, cancellationToken);
            if (pin is null)
            {
                return code;
            }

            if (pin.IsPoisoned)
            {
                output.Out.WriteLine($"{pin.System}.{pin.Tool} is blocked as poisoned: {pin.PoisonedFindings}");
            }

            if (!pin.IsHeld)
            {
                if (pin.IsPoisoned)
                {
                    output.Out.WriteLine($"--- definition sha256 {pin.ApprovedSha256[..12]}");
                    foreach (var line in Lines(pin.ApprovedDefinition))
                    {
                        output.Out.WriteLine("  " + line);
                    }

                    return ExitCodes.Ok;
                }

                output.Out.WriteLine($"{pin.System}.{pin.Tool} is approved as it is (sha256 {pin.ApprovedSha256[..12]}); nothing is held back.");
                return ExitCodes.Ok;
            }

            var before = Lines(pin.ApprovedDefinition);
            var after = Lines(pin.PendingDefinition!);
            output.Out.WriteLine($"--- approved sha256 {pin.ApprovedSha256[..12]}");
            output.Out.WriteLine($"+++ pending  sha256 {pin.PendingSha256![..12]}");
            foreach (var line in before.Except(after))
            {
                output.Out.WriteLine("- " + line);
            }

            foreach (var line in after.Except(before))
            {
                output.Out.WriteLine("+ " + line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Approve(CliOutput output)
    {
        var tool = new Argument<string>("TOOL") { Description = "The tool as system.tool" };
        var acceptPoisoned = new Option<bool>("--accept-poisoned") { Description = "Also accept a definition the injection detector found poisoned (only for a reviewed false positive)" };
        var command = new Command("approve", "Approve a held tool's new definition; the gateway shows and forwards it again") { tool, acceptPoisoned };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var (pin, code) = await FindAsync(workspace, output, parse.GetValue(tool)!, cancellationToken);
            if (pin is null)
            {
                return code;
            }

            if (pin.IsPoisoned && !parse.GetValue(acceptPoisoned))
            {
                return output.Fail($"{pin.System}.{pin.Tool} is blocked as poisoned ({pin.PoisonedFindings}); review it with 'custos tools diff {pin.System}.{pin.Tool}', and only if it is a false positive run 'custos tools approve {pin.System}.{pin.Tool} --accept-poisoned'");
            }

            if (!pin.IsHeld && !pin.IsPoisoned)
            {
                return output.Fail($"{pin.System}.{pin.Tool} has no changed definition waiting; nothing to approve");
            }

            var now = workspace.Clock.GetUtcNow();
            var by = CommonOptions.OperatorName();
            if (!pin.IsHeld)
            {
                await workspace.Store.RecordAsync(ActionRecord.ForEvent(now, ActionChannel.Cli, by, "approve", $"{pin.System}.{pin.Tool}",
                    $"{by} accepted the definition of {pin.System}.{pin.Tool} found poisoned ({pin.PoisonedFindings}; sha256 {pin.ApprovedSha256[..12]})", pin.ApprovedSha256), cancellationToken);
                if (await workspace.Store.AcceptPoisonedAsync(pin.System, pin.Tool, pin.ApprovedSha256, by, now, cancellationToken) is null)
                {
                    return output.Fail($"{pin.System}.{pin.Tool} changed meanwhile; run 'custos tools diff {pin.System}.{pin.Tool}' again");
                }

                output.Out.WriteLine($"{pin.System}.{pin.Tool} accepted although found poisoned (sha256 {pin.ApprovedSha256[..12]}); recorded in the audit trail.");
                return ExitCodes.Ok;
            }

            // Recorded first: an approval that cannot be audited does not happen.
            await workspace.Store.RecordAsync(ActionRecord.ForEvent(now, ActionChannel.Cli, by, "approve", $"{pin.System}.{pin.Tool}",
                $"{by} approved the changed definition of {pin.System}.{pin.Tool} (sha256 {pin.ApprovedSha256[..12]} → {pin.PendingSha256![..12]})", pin.PendingSha256), cancellationToken);
            if (await workspace.Store.ApprovePinAsync(pin.System, pin.Tool, by, now, cancellationToken) is null)
            {
                return output.Fail($"{pin.System}.{pin.Tool} changed meanwhile; run 'custos tools diff {pin.System}.{pin.Tool}' again");
            }

            if (pin.IsPoisoned && await workspace.Store.AcceptPoisonedAsync(pin.System, pin.Tool, pin.PendingSha256, by, now, cancellationToken) is null)
            {
                return output.Fail($"{pin.System}.{pin.Tool} changed meanwhile; run 'custos tools diff {pin.System}.{pin.Tool}' again");
            }

            output.Out.WriteLine($"{pin.System}.{pin.Tool} approved (sha256 {pin.PendingSha256[..12]}){(pin.IsPoisoned ? " although found poisoned" : string.Empty)}; recorded in the audit trail.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The pin of the tool named <paramref name="name"/> (system.tool), or why there is none.</summary>
    private static async Task<(ToolPin? Pin, int Code)> FindAsync(Workspace workspace, CliOutput output, string name, CancellationToken cancellationToken)
    {
        if (!ResourceName.TryParse(name, out var resource, out var error) || resource.Tool is null)
        {
            return (null, output.Fail($"'{name}' is not a tool name: {error ?? "write it as system.tool"}", ExitCodes.Usage));
        }

        var pin = await workspace.Store.FindPinAsync(resource.System, resource.Tool, cancellationToken);
        return pin is null
            ? (null, output.Fail($"Custos has not seen a tool {resource}; 'custos tools list' shows the tools it has pinned"))
            : (pin, ExitCodes.Ok);
    }

    private static string[] Lines(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan).Split('\n');
    }

    private static string Format(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
