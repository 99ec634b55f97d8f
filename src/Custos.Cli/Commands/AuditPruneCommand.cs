using System.CommandLine;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Server.Workspaces;
using Custos.Storage.Sqlite;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos audit prune</c>: applies <c>retention:</c> to the ledger. Payloads and entries past their retention
/// are dropped; every leaf hash stays, so the ledger and its signed checkpoints still verify.
/// </summary>
internal static class AuditPruneCommand
{
    public static Command Create(CliOutput output)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be dropped, change nothing" };
        var json = CommonOptions.Json();
        var command = new Command("prune", "Drop ledger payloads and entries past their retention (custos.yaml retention:); leaf hashes stay, so the ledger still verifies")
        {
            dryRun, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            if (config.Retention.Count == 0)
            {
                output.Out.WriteLine($"{Path.GetFileName(config.SourcePath)} sets no retention: everything is kept. Add for example 'retention: {{ audit: 7y, payloads: 2y, personal_data: 2y }}'.");
                return ExitCodes.Ok;
            }

            await using var workspace = Workspace.Open(new FixedConfigSource(config));
            var simulate = parse.GetValue(dryRun);
            var result = await SqliteRetention.PruneAsync(
                workspace.Store, config.Retention, workspace.Clock.GetUtcNow(), CommonOptions.OperatorName(), ActionChannel.Cli, simulate, cancellationToken);
            if (parse.GetValue(json))
            {
                output.Json(new PruneView(result.Payloads, result.PersonalData, result.Entries, result.DryRun), CliJsonContext.Readable.PruneView);
            }
            else if (simulate)
            {
                output.Out.WriteLine($"Would drop {SqliteRetention.Describe(result)}. Nothing was changed; run without --dry-run to prune.");
            }
            else
            {
                output.Out.WriteLine($"Dropped {SqliteRetention.Describe(result)}; leaf hashes are kept, so the ledger still verifies. Recorded as {SqliteRetention.Action}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
