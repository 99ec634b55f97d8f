using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Custos.Cli.Audit;
using Custos.Core.Audit;
using Custos.Ledger.Bundles;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Proofs;
using Custos.Ledger.Storage;
using Custos.Ledger.Tree;
using Custos.Ledger.Verification;
using Custos.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos audit …</c>: check the tamper-evident ledger offline (verify), prove one entry is in it (prove), hand
/// it to an auditor (export), and search it (query). Everything here reads custos.db read-only and never needs the
/// signing key: a verifier key is all an auditor has.
/// </summary>
internal static class AuditCommand
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 10_000;

    public static Command Create(CliOutput output) => new("audit", "Verify, prove, export and search the tamper-evident audit ledger")
    {
        Verify(output),
        Prove(output),
        Export(output),
        Query(output),
        Keygen(output),
        AuditPruneCommand.Create(output),
    };

    private static Command Keygen(CliOutput output)
    {
        var outPath = new Option<string>("--out") { Description = "Where to write the new private signer key (created readable by you only; must not exist)", Required = true };
        var command = new Command("keygen", "Create a ledger signing key in a file for ledger.signing_key (secret://file/PATH); prints only the public verifier key")
        {
            outPath,
        };
        SetAction(command, output, parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(outPath)!);
            if (File.Exists(path))
            {
                return output.Fail($"{path} already exists; a signing key is never overwritten. Choose another path or remove it first.");
            }

            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var key = LedgerKeys.NewSignerKey();
            using (var stream = new FileStream(path, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(key + "\n");
            }

            using var signer = NoteSigner.Parse(key).Value!;
            output.Out.WriteLine(signer.Verifier.ToString());
            output.Error.WriteLine($"wrote the private key to {path} (mode 600). In custos.yaml:");
            output.Error.WriteLine($"  ledger:\n    signing_key: secret://file/{path}");
            output.Error.WriteLine("The line above is the public verifier key: give it to auditors ('custos audit verify --key').");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Verify(CliOutput output)
    {
        var dataDir = LedgerSource.DataDirectoryOption();
        var key = LedgerSource.KeyOption();
        var origin = LedgerSource.OriginOption();
        var bundle = new Option<string?>("--bundle") { Description = "Verify an export bundle directory instead of the database (no custos.yaml needed)" };
        var json = CommonOptions.Json();
        var command = new Command("verify", "Recompute the ledger's Merkle tree and check every entry, payload and signed checkpoint; exit 1 naming the first problem")
        {
            dataDir, key, origin, bundle, json,
        };
        SetAction(command, output, parse =>
        {
            if (parse.GetValue(bundle) is { } bundleDirectory)
            {
                return VerifyBundle(parse, output, bundleDirectory, key, json);
            }

            using var ledger = LedgerSource.Open(parse, dataDir, key, output, out var exitCode);
            if (ledger is null)
            {
                return exitCode;
            }

            var (directory, connection, trusted) = ledger;

            var checkpoints = SqliteLedgerReader.ReadCheckpoints(connection);
            var verifier = new LedgerVerifier(parse.GetValue(origin) ?? trusted.Name, [trusted]);
            var result = verifier.Verify(SqliteLedgerReader.ReadRecords(connection), checkpoints.Select(c => c.Note));
            return Report(output, parse.GetValue(json), Path.Combine(directory, LedgerSource.DatabaseFile), trusted, checkpoints.Count, result);
        });
        return command;
    }

    private static int VerifyBundle(ParseResult parse, CliOutput output, string directory, Option<string?> key, Option<bool> json)
    {
        var opened = LedgerBundle.Open(directory);
        if (!opened.IsSuccess)
        {
            return output.Fail($"{directory}: {opened.Error}");
        }

        var bundle = opened.Value!;
        NoteVerifierKey? trusted = null;
        if (parse.GetValue(key) is not null)
        {
            trusted = LedgerSource.TrustedKey(parse, key, null, output, out var exitCode);
            if (trusted is null)
            {
                return exitCode;
            }
        }
        else
        {
            output.Error.WriteLine($"note: no --key given, so the bundle was checked with its own {LedgerBundle.KeyFile} ({KeyName(bundle.Key)}); "
                + "that proves it is intact, not who signed it. Pass --key with the verifier key you were given.");
        }

        var result = bundle.Verify(trusted);
        return Report(output, parse.GetValue(json), directory, trusted ?? bundle.Key, bundle.Checkpoints.Count, result);
    }

    private static int Report(CliOutput output, bool json, string source, NoteVerifierKey key, int checkpoints, LedgerVerification result)
    {
        if (json)
        {
            output.Json(View(source, key, checkpoints, result), AuditJsonContext.Readable.VerifyView);
        }
        else if (result.IsValid)
        {
            output.Out.WriteLine($"OK: {result.Size} entries, root {result.RootHex}");
            output.Out.WriteLine($"checkpoints: {checkpoints} signed by {KeyName(key)}, covering {result.CheckpointedSize} of {result.Size} entries");
            output.Out.WriteLine($"pruned: {result.EntriesPruned} entries pruned by retention (verified by their leaf hash); payloads: {result.PayloadsPresent} present and matching");
        }
        else
        {
            output.Out.WriteLine($"FAIL: {result.Problem!.Message}");
            output.Out.WriteLine($"read: {result.Size} entries before the problem, {result.CheckpointedSize} of them covered by checkpoints that verified");
        }

        if (result.IsValid && result.CheckpointedSize < result.Size)
        {
            output.Error.WriteLine($"note: entries {result.CheckpointedSize} to {result.Size - 1} are not yet covered by a signed checkpoint; they verify only against each other");
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static VerifyView View(string source, NoteVerifierKey key, int checkpoints, LedgerVerification result) =>
        new(result.IsValid, source, key.ToString(), result.Size, result.RootHex, checkpoints, result.CheckpointedSize, result.EntriesPruned, result.PayloadsPresent,
            result.Problem is { } p ? new ProblemView(p.Kind.ToString(), p.EntryIndex, p.CheckpointIndex, p.Message) : null);

    private static string KeyName(NoteVerifierKey key) => $"{key.Name}+{key.KeyId:x8}";

    private static Command Prove(CliOutput output)
    {
        var index = new Argument<long>("INDEX") { Description = "The entry's index (its sequence number, as 'custos audit query' shows it)" };
        var size = new Option<long?>("--size") { Description = "Prove against the checkpoint of this tree size (default: the latest checkpoint)" };
        var dataDir = LedgerSource.DataDirectoryOption();
        var key = LedgerSource.KeyOption();
        var origin = LedgerSource.OriginOption();
        var json = CommonOptions.Json();
        var command = new Command("prove", "Print and check the Merkle inclusion proof of one entry against a signed checkpoint")
        {
            index, size, dataDir, key, origin, json,
        };
        SetAction(command, output, parse =>
        {
            var leafIndex = parse.GetValue(index);
            if (leafIndex < 0)
            {
                return output.Fail($"INDEX {leafIndex} is negative; entries are numbered from 0", ExitCodes.Usage);
            }

            using var ledger = LedgerSource.Open(parse, dataDir, key, output, out var exitCode);
            if (ledger is null)
            {
                return exitCode;
            }

            var (directory, connection, trusted) = ledger;

            var stored = SqliteLedgerReader.ReadCheckpoints(connection);
            if (stored.Count == 0)
            {
                return output.Fail("the ledger has no signed checkpoint yet to prove against; one is written every ledger.checkpoint_interval while entries wait, and at shutdown");
            }

            StoredCheckpoint target;
            if (parse.GetValue(size) is { } wanted)
            {
                var match = stored.LastOrDefault(c => c.Size == wanted);
                if (match is null)
                {
                    var sizes = string.Join(", ", stored.TakeLast(10).Select(c => c.Size.ToString(CultureInfo.InvariantCulture)));
                    return output.Fail($"--size {wanted} is not the size of a signed checkpoint; the latest ones are at {sizes}. Leave --size out to use the latest.", ExitCodes.Usage);
                }

                target = match;
            }
            else
            {
                target = stored.MaxBy(c => c.Size)!;
            }

            var opened = Checkpoint.Open(target.Note, [trusted], parse.GetValue(origin) ?? trusted.Name);
            if (!opened.IsSuccess)
            {
                return output.Fail($"the checkpoint at size {target.Size} does not verify with {KeyName(trusted)}: {opened.Error}. Run 'custos audit verify' for the whole ledger.");
            }

            var checkpoint = opened.Value!;
            if (leafIndex >= checkpoint.Size)
            {
                return output.Fail($"entry {leafIndex} is not covered by the checkpoint at size {checkpoint.Size}; prove an entry below {checkpoint.Size}, or wait for the next checkpoint");
            }

            var nodes = new MerkleNodeCache();
            byte[]? leaf = null;
            foreach (var record in SqliteLedgerReader.ReadRecords(connection, 0, checkpoint.Size))
            {
                if (record.Index != nodes.Size || record.LeafHash is not { Length: MerkleHash.Size })
                {
                    return output.Fail($"the stored leaves are damaged at entry {nodes.Size}; run 'custos audit verify' to see what is wrong");
                }

                if (record.Index == leafIndex)
                {
                    leaf = record.LeafHash;
                    if (record.Entry is not null && !CryptographicOperations.FixedTimeEquals(MerkleHash.HashLeaf(record.Entry), leaf))
                    {
                        return output.Fail($"entry {leafIndex} does not hash to its stored leaf hash: it was altered after it was recorded; run 'custos audit verify'");
                    }
                }

                nodes.Append(record.LeafHash);
            }

            if (nodes.Size != checkpoint.Size || leaf is null)
            {
                return output.Fail($"the checkpoint at size {checkpoint.Size} covers entries the database no longer holds (it holds {nodes.Size}): the log was truncated; run 'custos audit verify'");
            }

            var proof = InclusionProof.Create(nodes, leafIndex, checkpoint.Size);
            var verification = proof.Verify(leaf, checkpoint);
            if (!verification.IsValid)
            {
                return output.Fail($"the proof of entry {leafIndex} does not verify against the signed checkpoint at size {checkpoint.Size}: {verification.Failure}. "
                    + "The stored leaves differ from what was signed; run 'custos audit verify'.");
            }

            var view = new ProofView(leafIndex, checkpoint.Size, Convert.ToHexStringLower(leaf), [.. proof.Path.Select(Convert.ToHexStringLower)],
                Convert.ToHexStringLower(checkpoint.RootHash), target.Note, trusted.ToString(), Verified: true);
            if (parse.GetValue(json))
            {
                output.Json(view, AuditJsonContext.Readable.ProofView);
                return ExitCodes.Ok;
            }

            output.Out.WriteLine($"leaf index: {view.LeafIndex}");
            output.Out.WriteLine($"tree size:  {view.TreeSize}");
            output.Out.WriteLine($"leaf hash:  {view.LeafHash}");
            output.Out.WriteLine($"path ({view.Path.Count} hashes, leaf to root):");
            foreach (var hash in view.Path)
            {
                output.Out.WriteLine($"  {hash}");
            }

            output.Out.WriteLine($"root:       {view.Root}");
            output.Out.WriteLine($"checkpoint (signed {target.At:u} by {KeyName(trusted)}):");
            foreach (var line in target.Note.TrimEnd('\n').Split('\n'))
            {
                output.Out.WriteLine(line.Length == 0 ? string.Empty : $"  {line}");
            }

            output.Out.WriteLine($"verified: the path leads from entry {leafIndex}'s leaf to the signed root of {checkpoint.Size} entries");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliOutput output)
    {
        var outDir = new Option<string>("--out") { Description = "The directory to write the bundle into; it must not exist or be empty", Required = true };
        var dataDir = LedgerSource.DataDirectoryOption();
        var key = LedgerSource.KeyOption();
        var origin = LedgerSource.OriginOption();
        var json = CommonOptions.Json();
        var command = new Command("export", "Write the ledger as a bundle an auditor verifies with 'custos audit verify --bundle DIR' (no database, no server)")
        {
            outDir, dataDir, key, origin, json,
        };
        SetAction(command, output, parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(outDir)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                return output.Fail($"--out {parse.GetValue(outDir)}: the directory is not empty; export into a new or empty directory so nothing is mixed into the bundle");
            }

            if (File.Exists(target))
            {
                return output.Fail($"--out {parse.GetValue(outDir)}: a file of that name exists; name a new directory");
            }

            using var ledger = LedgerSource.Open(parse, dataDir, key, output, out var exitCode);
            if (ledger is null)
            {
                return exitCode;
            }

            var (directory, connection, trusted) = ledger;

            BundleManifest manifest;
            var checkpoints = SqliteLedgerReader.ReadCheckpoints(connection);
            try
            {
                manifest = LedgerBundle.Write(target, parse.GetValue(origin) ?? trusted.Name, trusted, SqliteLedgerReader.ReadRecords(connection), checkpoints);
            }
            catch (ArgumentException ex)
            {
                return output.Fail($"the ledger cannot be exported as it is: {ex.Message} Run 'custos audit verify' to see what is wrong.");
            }

            // Read back what was written, as an auditor will.
            var bundle = LedgerBundle.Open(target);
            var result = bundle.IsSuccess
                ? bundle.Value!.Verify(trusted)
                : new LedgerVerification(false, 0, manifest.Root, 0, new LedgerProblem(LedgerProblemKind.BundleMalformed, null, null, bundle.Error!));
            if (parse.GetValue(json))
            {
                output.Json(new ExportView(target, manifest.Size, manifest.Root, checkpoints.Count, View(target, trusted, checkpoints.Count, result)), AuditJsonContext.Readable.ExportView);
            }
            else
            {
                output.Out.WriteLine($"Exported {manifest.Size} entries and {checkpoints.Count} signed checkpoints to {target}");
                output.Out.WriteLine(result.IsValid
                    ? $"OK: {result.Size} entries, root {result.RootHex}"
                    : $"FAIL: {result.Problem!.Message} (the bundle was written as the database holds it, for examination)");
                output.Error.WriteLine($"An auditor checks it with: custos audit verify --bundle {target} --key '{trusted}'");
            }

            return result.IsValid ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static Command Query(CliOutput output)
    {
        var agent = new Option<string?>("--agent") { Description = "Only this agent's entries (its name, operator:TOKEN_ID or cli:USER)" };
        var since = new Option<string?>("--since") { Description = "Only entries at or after this time: 2026-11-27T09:30:00Z, or 90m, 24h, 7d back from now" };
        var until = new Option<string?>("--until") { Description = "Only entries before this time, in the same forms as --since" };
        var outcome = new Option<string?>("--outcome") { Description = "Only this outcome: Success, Denied, Failure or Escalation" };
        var action = new Option<string?>("--action") { Description = "Only this action or event: call, read, write, policy.reload, …" };
        var system = new Option<string?>("--system") { Description = "Only entries acting on this system" };
        var limit = new Option<int>("--limit") { Description = $"At most this many entries, newest first (1 to {MaxLimit})", DefaultValueFactory = _ => DefaultLimit };
        var dataDir = LedgerSource.DataDirectoryOption();
        var json = CommonOptions.Json();
        var command = new Command("query", "List ledger entries newest first, filtered by agent, time, outcome, action or system")
        {
            agent, since, until, outcome, action, system, limit, dataDir, json,
        };
        SetAction(command, output, parse =>
        {
            var now = DateTimeOffset.UtcNow;
            DateTimeOffset? from = null, to = null;
            foreach (var (option, set) in new (Option<string?>, Action<DateTimeOffset>)[] { (since, v => from = v), (until, v => to = v) })
            {
                if (parse.GetValue(option) is { } text)
                {
                    if (!AuditTime.TryParse(text, now, out var at))
                    {
                        return output.Fail($"{option.Name} '{text}' is not a time; {AuditTime.Hint}", ExitCodes.Usage);
                    }

                    set(at);
                }
            }

            if (from is not null && to is not null && from >= to)
            {
                return output.Fail($"--since ({from:u}) is not before --until ({to:u}); swap them or widen the range", ExitCodes.Usage);
            }

            var max = parse.GetValue(limit);
            if (max is < 1 or > MaxLimit)
            {
                return output.Fail($"--limit {max} is out of range; pass 1 to {MaxLimit}", ExitCodes.Usage);
            }

            var directory = LedgerSource.DataDirectory(parse, dataDir, output);
            if (directory is null)
            {
                return ExitCodes.Failed;
            }

            using var connection = LedgerSource.OpenDatabase(directory, output);
            if (connection is null)
            {
                return ExitCodes.Failed;
            }

            var entries = Select(connection, parse.GetValue(agent), from, to, parse.GetValue(outcome), parse.GetValue(action), parse.GetValue(system), max);
            if (parse.GetValue(json))
            {
                output.Json(entries, AuditJsonContext.Readable.ListEntryView);
                return ExitCodes.Ok;
            }

            if (entries.Count == 0)
            {
                output.Error.WriteLine("No entries match.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("seq", "at (UTC)", "agent", "action", "system", "outcome", "effect", "policies", "trace id");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.Seq.ToString(CultureInfo.InvariantCulture),
                    e.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(e.Agent ?? string.Empty),
                    Markup.Escape(e.Action ?? string.Empty),
                    Markup.Escape(e.System ?? string.Empty),
                    Markup.Escape(e.Outcome ?? string.Empty),
                    e.Pruned ? "pruned" : e.Problem is not null ? "malformed" : e.Effect ?? string.Empty,
                    Markup.Escape(string.Join(", ", e.Policies ?? [])),
                    Markup.Escape(e.TraceId ?? string.Empty));
            }

            output.Console.Write(table);
            if (entries.Count == max)
            {
                output.Error.WriteLine($"Showing the newest {max}; narrow the filters or raise --limit for more.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// A column of the wrong type (possible only when the file was edited outside Custos) is reported as damage,
    /// not as a stack trace.
    /// </summary>
    private static void SetAction(Command command, CliOutput output, Func<ParseResult, int> action) =>
        command.SetAction(parse =>
        {
            try
            {
                return action(parse);
            }
            catch (InvalidCastException ex)
            {
                return output.Fail($"custos.db holds a ledger value of the wrong type ({ex.Message}): the file was edited outside Custos and cannot be trusted");
            }
        });

    /// <summary>The screening findings a payload holds (type, place, action; never text), or null when none.</summary>
    private static List<LedgerFindingView>? PayloadFindings(byte[] payload)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                || !document.RootElement.TryGetProperty("findings", out var array)
                || FindingsJson.Read(array) is not { Count: > 0 } findings)
            {
                return null;
            }

            return findings.Select(f => new LedgerFindingView(
                f.Direction == Core.Screening.ScreeningDirection.In ? "in" : "out", f.Type, f.Subtype, f.Location, f.Start, f.End, f.Detector, f.Score, FindingsJson.NameOf(f.Action))).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static List<EntryView> Select(
        SqliteConnection connection, string? agent, DateTimeOffset? since, DateTimeOffset? until, string? outcome, string? action, string? system, int limit)
    {
        using var command = connection.CreateCommand();
        var where = new List<string>();
        void Filter(string clause, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(clause);
                command.Parameters.AddWithValue(name, value);
            }
        }

        Filter("agent = $agent", "$agent", agent);
        Filter("at >= $since", "$since", since?.ToUnixTimeMilliseconds());
        Filter("at < $until", "$until", until?.ToUnixTimeMilliseconds());
        Filter("outcome = $outcome COLLATE NOCASE", "$outcome", outcome);
        Filter("action = $action", "$action", action);
        Filter("system = $system", "$system", system);
        command.CommandText = "SELECT seq, at, agent, action, system, outcome, entry, payload FROM ledger_entries"
            + (where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where))
            + " ORDER BY seq DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<EntryView>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var seq = reader.GetInt64(0);
            var at = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            if (reader.IsDBNull(6))
            {
                result.Add(new EntryView(seq, at, Text(2), Text(3), Text(4), Text(5), Pruned: true, null, null, null, null, null, null));
                continue;
            }

            var decoded = LedgerEntry.Decode((byte[])reader.GetValue(6));
            if (!decoded.IsSuccess)
            {
                result.Add(new EntryView(seq, at, Text(2), Text(3), Text(4), Text(5), Pruned: false, null, null, null, null, null,
                    $"entry {seq} is malformed: {decoded.Error}; run 'custos audit verify'"));
                continue;
            }

            // The entry, which the tree vouches for, over the index columns; the time is when the action happened.
            var entry = decoded.Value!;
            result.Add(new EntryView(seq, at, entry.Agent, entry.Action, AuditEntries.SystemOf(entry.Resources), entry.Outcome,
                Pruned: false, entry.Effect.ToString().ToLowerInvariant(), entry.Resources, entry.PolicyIds, entry.Reasons, entry.TraceId, null,
                reader.IsDBNull(7) ? null : PayloadFindings((byte[])reader.GetValue(7))));
        }

        return result;
    }
}
