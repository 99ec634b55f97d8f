using System.CommandLine;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Privacy;
using Custos.Server.ControlPlane;
using Custos.Server.Workspaces;
using Custos.Storage.Sqlite;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos dsr …</c>: data subjects' rights. Erase a subject's key (crypto-shredding) and list the keys.</summary>
internal static class DsrCommand
{
    public static Command Create(CliOutput output) =>
        new("dsr", "Data subjects' rights: erase a subject's personal data from the audit trail, list subjects' keys")
        {
            Erase(output),
            List(output),
        };

    private static Command Erase(CliOutput output)
    {
        var subject = new Argument<string>("SUBJECT") { Description = "The data subject as agents named it, such as customer:42" };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit trail (must not name the subject)" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Erase without asking; erasure cannot be undone" };
        var json = CommonOptions.Json();
        var command = new Command("erase", "Erase a data subject's key: every recorded action about the subject becomes unreadable, and the ledger still verifies")
        {
            subject, reason, yes, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var identity = parse.GetValue(subject)!;
            if (DataSubject.Check(identity) is { } subjectError)
            {
                return output.Fail($"SUBJECT: {subjectError}", ExitCodes.Usage);
            }

            var why = parse.GetValue(reason);
            if (DataSubjectErasure.CheckReason(why, identity) is { } reasonError)
            {
                return output.Fail($"--{reasonError}", ExitCodes.Usage);
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var subjectRef = await workspace.Store.SubjectKeys.FindRefAsync(identity, cancellationToken);
            if (subjectRef is null)
            {
                return output.Fail(UnknownSubject);
            }

            if (!parse.GetValue(yes) && !Confirm(output, subjectRef))
            {
                return output.Fail("nothing was erased; pass --yes to erase without asking", ExitCodes.Usage);
            }

            SubjectErasure? erasure;
            try
            {
                erasure = await DataSubjectErasure.EraseAsync(workspace, identity, why, CommonOptions.OperatorName(), ActionChannel.Cli, cancellationToken);
            }
            catch (StoreWriteException ex)
            {
                return output.Fail($"the key of {subjectRef} was erased, but the erasure could not be recorded in the audit trail ({ex.InnerException?.Message ?? ex.Message}); record it by hand");
            }

            if (erasure is null)
            {
                // Erased by someone else between the lookup and now.
                return output.Fail(UnknownSubject);
            }

            if (parse.GetValue(json))
            {
                output.Json(new ErasureView(erasure.Ref, erasure.ErasedAt, erasure.Purged), CliJsonContext.Readable.ErasureView);
            }
            else
            {
                output.Out.WriteLine($"Erased the key of {erasure.Ref}: the personal data of every recorded action about this subject is now unreadable. Recorded as dsr.erase.");
            }

            if (!erasure.Purged)
            {
                output.Error.WriteLine("custos: warning: the database's write-ahead log was busy (a running server?); the key's bytes leave the disk at its next checkpoint.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliOutput output)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List data subjects' keys by pseudonymous reference (never the subjects' identities)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var keys = (await workspace.Store.SubjectKeys.ListAsync(cancellationToken))
                .Select(k => new SubjectKeyView(k.Ref, k.ErasedAt is null ? "active" : "erased", k.CreatedAt, k.ErasedAt, k.ErasedBy))
                .ToList();
            if (parse.GetValue(json))
            {
                output.Json(keys, CliJsonContext.Readable.ListSubjectKeyView);
                return ExitCodes.Ok;
            }

            if (keys.Count == 0)
            {
                output.Out.WriteLine("No data subjects yet: a key is made the first time an action names a subject (dataSubjects in the authorize API).");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("ref", "status", "created", "erased", "erased by");
            foreach (var k in keys)
            {
                table.AddRow(
                    k.Ref,
                    k.Status == "erased" ? "[yellow]erased[/]" : "[green]active[/]",
                    k.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                    k.ErasedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                    Markup.Escape(k.ErasedBy ?? string.Empty));
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private const string UnknownSubject =
        "no data subject by that name has a key: it was never named in a recorded action, or it was erased already ('custos dsr list' shows the references)";

    private static bool Confirm(CliOutput output, string subjectRef)
    {
        if (Console.IsInputRedirected)
        {
            return false;
        }

        output.Error.Write($"Erase the key of {subjectRef}? The personal data of every recorded action about this subject becomes unreadable, for good. Type 'erase' to confirm: ");
        return string.Equals(Console.ReadLine()?.Trim(), "erase", StringComparison.Ordinal);
    }
}
