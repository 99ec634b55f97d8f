using System.Text.Json;
using Custos.Ledger.Proofs;
using Custos.Ledger.Tree;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos audit verify</c> over a real custos.db, tampered with as someone with write access to the file would:
/// every change is caught, exits 1, and names the entry (or checkpoint) it concerns.
/// </summary>
public sealed class AuditCommandTests
{
    private static async Task<(TempWorkspace Workspace, LedgerDatabase Ledger)> Ledger()
    {
        var workspace = new TempWorkspace();
        return (workspace, await LedgerDatabase.CreateAsync(workspace.DataDirectory));
    }

    private static Task<CliResult> Verify(TempWorkspace workspace, params string[] extra) =>
        workspace.RunAsync(["audit", "verify", "--data-dir", workspace.DataDirectory, .. extra]);

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
    }

    [Fact]
    public async Task Verify_passes_an_untouched_ledger_with_its_size_root_and_counts()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        Assert.Equal(LedgerDatabase.CheckpointSizes.Select(s => (long)s), ledger.CheckpointSizesStored());
        var result = (await Verify(workspace)).Expect(0);
        Assert.StartsWith($"OK: {LedgerDatabase.Count} entries, root {ledger.RootHex()}\n", result.StdOut);
        Assert.Contains($"checkpoints: 3 signed by {ledger.Origin}+", result.StdOut);
        Assert.Contains($"covering {LedgerDatabase.Count} of {LedgerDatabase.Count} entries", result.StdOut);
        Assert.Contains($"pruned: 0 entries pruned by retention (verified by their leaf hash); payloads: {LedgerDatabase.Count} present", result.StdOut);
    }

    [Fact]
    public async Task Keygen_writes_an_owner_only_key_the_store_signs_with_and_prints_only_the_public_key()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var keyPath = Path.Combine(workspace.Directory, "ledger-signing.key");
        var result = (await workspace.RunAsync("audit", "keygen", "--out", keyPath)).Expect(0);
        var privateLine = File.ReadAllText(keyPath).Trim();
        Assert.StartsWith("PRIVATE+KEY+custos.ledger/", privateLine, StringComparison.Ordinal);
        // PRIVATE+KEY+<name>+<hash>+<base64 key>: the key itself may contain '+', so split into five fields at most.
        var privateKey = privateLine.Split('+', 5)[^1];
        Assert.True(privateKey.Length >= 40, privateKey);
        Assert.DoesNotContain(privateKey, result.StdOut + result.StdErr, StringComparison.Ordinal);
        var vkey = Custos.Ledger.Notes.NoteVerifierKey.Parse(result.StdOut.Trim());
        Assert.True(vkey.IsSuccess, vkey.Error);
        Assert.Contains($"signing_key: secret://file/{keyPath}", result.StdErr, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        }

        (await workspace.RunAsync("audit", "keygen", "--out", keyPath)).Expect(1);
        Assert.Equal(privateLine, File.ReadAllText(keyPath).Trim());
    }

    [Fact]
    public async Task Verify_reads_the_data_directory_from_custos_yaml()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var ledger = await LedgerDatabase.CreateAsync(workspace.DataDirectory);
        var result = (await workspace.RunAsync("audit", "verify")).Expect(0);
        Assert.StartsWith($"OK: {LedgerDatabase.Count} entries, root {ledger.RootHex()}", result.StdOut);
    }

    [Fact]
    public async Task Verify_counts_entries_and_payloads_pruned_by_retention()
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        var ledger = await LedgerDatabase.CreateAsync(Path.Combine(workspace.Directory, "pruned"));
        ledger.Execute("UPDATE ledger_entries SET entry = NULL, payload = NULL WHERE seq < 5");
        ledger.Execute("UPDATE ledger_entries SET payload = NULL WHERE seq BETWEEN 5 AND 9");
        var result = (await workspace.RunAsync("audit", "verify", "--data-dir", ledger.DataDirectory, "--json")).Expect(0);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(5, json.RootElement.GetProperty("entries_pruned").GetInt64());
        Assert.Equal(LedgerDatabase.Count - 10, json.RootElement.GetProperty("payloads_present").GetInt64());
        Assert.Equal(ledger.RootHex(), json.RootElement.GetProperty("root").GetString());
    }

    [Fact]
    public async Task An_edited_entry_byte_fails_naming_the_entry()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.FlipByte("entry", 7, 40);
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: entry 7 hashes to leaf", result.StdOut);
        Assert.Contains("altered after it was recorded", result.StdOut);
    }

    [Fact]
    public async Task An_edited_entry_with_its_leaf_hash_recomputed_fails_at_the_checkpoint_covering_it()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        var entry = ledger.Read("entry", 7)!;
        entry[^40] ^= 0x01;
        ledger.Execute("UPDATE ledger_entries SET entry = $e, leaf = $l WHERE seq = 7", ("$e", entry), ("$l", MerkleHash.HashLeaf(entry)));
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: checkpoint 0 at size 10", result.StdOut);
        Assert.Contains("one of entries 0 to 9 was altered", result.StdOut);
    }

    [Fact]
    public async Task A_deleted_entry_fails_naming_the_entry()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.Execute("DELETE FROM ledger_entries WHERE seq = 12");
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: entry 12 is missing", result.StdOut);
    }

    [Fact]
    public async Task Two_reordered_entries_fail_naming_the_first()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        var a = ledger.Read("entry", 15)!;
        var b = ledger.Read("entry", 16)!;
        ledger.Execute("UPDATE ledger_entries SET entry = $e WHERE seq = 15", ("$e", b));
        ledger.Execute("UPDATE ledger_entries SET entry = $e WHERE seq = 16", ("$e", a));
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: entry 15 hashes to leaf", result.StdOut);
    }

    [Fact]
    public async Task Two_reordered_rows_with_their_leaves_fail_naming_the_first()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.Execute("UPDATE ledger_entries SET seq = -1 WHERE seq = 15");
        ledger.Execute("UPDATE ledger_entries SET seq = 15 WHERE seq = 16");
        ledger.Execute("UPDATE ledger_entries SET seq = 16 WHERE seq = -1");
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: entry 15 carries sequence number 16", result.StdOut);
    }

    [Fact]
    public async Task A_truncated_log_fails_naming_the_removed_entries()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.Execute("DELETE FROM ledger_entries WHERE seq >= 25");
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: checkpoint 2 commits to 30 entries but the log holds 25: entries 25 to 29 were removed", result.StdOut);
    }

    [Fact]
    public async Task A_checkpoint_replaced_by_one_signed_with_another_key_fails_naming_it()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        using var forger = ledger.Forger();
        ledger.ReplaceCheckpoint(20, ledger.Sign(forger, ledger.Leaves(), 20));
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: checkpoint 1: the note carries no signature by a trusted key", result.StdOut);
    }

    [Fact]
    public async Task A_rewritten_history_resigned_with_another_key_and_its_key_file_replaced_fails_with_the_trusted_key()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        var trustedKey = File.ReadAllText(ledger.KeyPath).Trim();
        using var forger = ledger.Forger();
        ledger.Execute("DELETE FROM ledger_entries WHERE seq = 3");
        ledger.Execute("UPDATE ledger_entries SET seq = seq - 1 WHERE seq > 3");
        foreach (var size in LedgerDatabase.CheckpointSizes)
        {
            ledger.ReplaceCheckpoint(size, ledger.Sign(forger, ledger.Leaves(), size));
        }

        File.WriteAllText(ledger.KeyPath, forger.Verifier + "\n");
        var result = (await Verify(workspace, "--key", trustedKey)).Expect(1);
        Assert.StartsWith("FAIL: checkpoint 0: the note carries no signature by a trusted key", result.StdOut);
    }

    [Fact]
    public async Task An_edited_payload_byte_fails_naming_the_entry()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.FlipByte("payload", 21, 3);
        var result = (await Verify(workspace)).Expect(1);
        Assert.StartsWith("FAIL: entry 21's payload does not match the SHA-256 digest", result.StdOut);
    }

    [Fact]
    public async Task A_missing_database_is_a_clear_error_without_a_stack_trace()
    {
        using var workspace = new TempWorkspace();
        Directory.CreateDirectory(workspace.DataDirectory);
        var result = (await Verify(workspace)).Expect(1);
        Assert.Contains("custos.db does not exist", result.StdErr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_missing_data_directory_is_a_clear_error()
    {
        using var workspace = new TempWorkspace();
        var result = (await Verify(workspace)).Expect(1);
        Assert.Contains("--data-dir", result.StdErr);
        Assert.Contains("no such directory", result.StdErr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_missing_key_file_is_a_clear_error()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        File.Delete(ledger.KeyPath);
        var result = (await Verify(workspace)).Expect(1);
        Assert.Contains("ledger.vkey does not exist", result.StdErr);
        Assert.Contains("--key", result.StdErr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task A_key_that_is_neither_a_key_nor_a_file_is_a_usage_error()
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        var result = (await Verify(workspace, "--key", "no-such-file.vkey")).Expect(2);
        Assert.Contains("--key no-such-file.vkey: no such file", result.StdErr);
    }

    [Fact]
    public async Task Another_trusted_key_fails_every_checkpoint()
    {
        var (workspace, ledger) = await Ledger();
        using var _w = workspace;
        using var forger = ledger.Forger();
        var result = (await Verify(workspace, "--key", forger.Verifier.ToString())).Expect(1);
        Assert.StartsWith("FAIL: checkpoint 0", result.StdOut);
    }

    [Fact]
    public async Task A_database_without_ledger_tables_is_a_clear_error()
    {
        using var workspace = new TempWorkspace();
        var ledger = await LedgerDatabase.CreateAsync(workspace.DataDirectory);
        ledger.Execute("DROP TABLE ledger_checkpoints");
        var result = (await Verify(workspace)).Expect(1);
        Assert.Contains("has no ledger tables", result.StdErr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Prove_prints_a_proof_that_verifies_against_the_latest_checkpoint()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        var result = (await workspace.RunAsync("audit", "prove", "7", "--data-dir", workspace.DataDirectory, "--json")).Expect(0);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal(7, root.GetProperty("leaf_index").GetInt64());
        Assert.Equal(LedgerDatabase.Count, root.GetProperty("tree_size").GetInt64());
        Assert.Equal(ledger.RootHex(), root.GetProperty("root").GetString());
        Assert.Contains($"{ledger.Origin}\n{LedgerDatabase.Count}\n", root.GetProperty("checkpoint").GetString());
        var path = root.GetProperty("path").EnumerateArray().Select(h => Convert.FromHexString(h.GetString()!)).ToList();
        var proof = new InclusionProof(7, LedgerDatabase.Count, path);
        Assert.True(proof.Verify(ledger.Leaves()[7], Convert.FromHexString(ledger.RootHex())).IsValid);
        Assert.Equal(Convert.ToHexStringLower(ledger.Leaves()[7]), root.GetProperty("leaf_hash").GetString());
    }

    [Fact]
    public async Task Prove_against_an_earlier_checkpoint_prints_the_path_and_the_signed_note()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        var result = (await workspace.RunAsync("audit", "prove", "3", "--size", "10", "--data-dir", workspace.DataDirectory)).Expect(0);
        Assert.Contains("leaf index: 3\n", result.StdOut);
        Assert.Contains("tree size:  10\n", result.StdOut);
        Assert.Contains($"root:       {ledger.RootHex(10)}\n", result.StdOut);
        Assert.Contains("path (4 hashes, leaf to root):", result.StdOut);
        Assert.Contains($"  {ledger.Origin}\n  10\n", result.StdOut);
        Assert.Contains("verified: the path leads from entry 3's leaf to the signed root of 10 entries", result.StdOut);
    }

    [Fact]
    public async Task Prove_at_a_size_without_a_checkpoint_is_a_usage_error_listing_the_sizes()
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        var result = (await workspace.RunAsync("audit", "prove", "3", "--size", "11", "--data-dir", workspace.DataDirectory)).Expect(2);
        Assert.Contains("--size 11 is not the size of a signed checkpoint; the latest ones are at 10, 20, 30", result.StdErr);
    }

    [Fact]
    public async Task Prove_of_an_entry_beyond_the_checkpoint_fails()
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        var result = (await workspace.RunAsync("audit", "prove", "12", "--size", "10", "--data-dir", workspace.DataDirectory)).Expect(1);
        Assert.Contains("entry 12 is not covered by the checkpoint at size 10", result.StdErr);
    }

    [Fact]
    public async Task Prove_of_a_tampered_leaf_fails_instead_of_printing_a_proof()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.FlipByte("leaf", 4, 0);
        var result = (await workspace.RunAsync("audit", "prove", "4", "--data-dir", workspace.DataDirectory)).Expect(1);
        Assert.Contains("entry 4 does not hash to its stored leaf hash", result.StdErr);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public async Task Export_then_verify_the_bundle_with_the_trusted_key()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        var bundle = Path.Combine(workspace.Directory, "bundle");
        var export = (await workspace.RunAsync("audit", "export", "--out", bundle, "--data-dir", workspace.DataDirectory)).Expect(0);
        Assert.Contains($"Exported {LedgerDatabase.Count} entries and 3 signed checkpoints", export.StdOut);
        Assert.Contains($"OK: {LedgerDatabase.Count} entries, root {ledger.RootHex()}", export.StdOut);
        Assert.Equal(["checkpoints.txt", "entries.bin", "ledger.vkey", "manifest.json"], Directory.GetFiles(bundle).Select(Path.GetFileName).Order());

        var result = (await workspace.RunAsync("audit", "verify", "--bundle", bundle, "--key", ledger.KeyPath)).Expect(0);
        Assert.StartsWith($"OK: {LedgerDatabase.Count} entries, root {ledger.RootHex()}", result.StdOut);
        var own = (await workspace.RunAsync("audit", "verify", "--bundle", bundle)).Expect(0);
        Assert.Contains("no --key given", own.StdErr);
    }

    [Fact]
    public async Task Export_refuses_a_non_empty_directory()
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        var bundle = Path.Combine(workspace.Directory, "bundle");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(bundle, "keep.txt"), "mine");
        var result = (await workspace.RunAsync("audit", "export", "--out", bundle, "--data-dir", workspace.DataDirectory)).Expect(1);
        Assert.Contains("the directory is not empty", result.StdErr);
        Assert.Single(Directory.GetFiles(bundle));
    }

    [Theory]
    [InlineData("entry", "FAIL: entry 7 hashes to leaf")]
    [InlineData("payload", "FAIL: entry 7's payload does not match")]
    [InlineData("delete", "FAIL: entry 7 is missing")]
    [InlineData("key", "FAIL: the bundle's ledger.vkey holds")]
    [InlineData("truncate", "FAIL: entries.bin: at byte")]
    public async Task Tampering_with_an_exported_bundle_is_caught(string tampering, string expected)
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        // Tamper with the database before export, so the bundle carries the damage exactly as an edit of its files would.
        var bundle = Path.Combine(workspace.Directory, "bundle");
        using var forger = ledger.Forger();
        switch (tampering)
        {
            case "entry":
                ledger.FlipByte("entry", 7, 30);
                break;
            case "payload":
                ledger.FlipByte("payload", 7, 1);
                break;
            case "delete":
                ledger.Execute("DELETE FROM ledger_entries WHERE seq = 7");
                break;
        }

        (await workspace.RunAsync("audit", "export", "--out", bundle, "--data-dir", workspace.DataDirectory)).Expect(tampering is "entry" or "payload" or "delete" ? 1 : 0);
        var trusted = File.ReadAllText(ledger.KeyPath).Trim();
        if (tampering == "key")
        {
            File.WriteAllText(Path.Combine(bundle, "ledger.vkey"), forger.Verifier + "\n");
            File.WriteAllText(Path.Combine(bundle, "checkpoints.txt"), string.Concat(LedgerDatabase.CheckpointSizes.Select(s => ledger.Sign(forger, ledger.Leaves(), s) + "\n")));
        }
        else if (tampering == "truncate")
        {
            var entries = Path.Combine(bundle, "entries.bin");
            File.WriteAllBytes(entries, File.ReadAllBytes(entries)[..^7]);
        }

        var result = (await workspace.RunAsync("audit", "verify", "--bundle", bundle, "--key", trusted)).Expect(1);
        Assert.StartsWith(expected, result.StdOut);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Verifying_a_directory_that_is_not_a_bundle_names_the_missing_file()
    {
        using var workspace = new TempWorkspace();
        var result = (await workspace.RunAsync("audit", "verify", "--bundle", workspace.Directory)).Expect(1);
        Assert.Contains("entries.bin: missing from", result.StdErr);
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Query_lists_entries_newest_first_filtered_by_agent()
    {
        var (workspace, ledger) = await Ledger();
        using var _w = workspace;
        var result = (await workspace.RunAsync("audit", "query", "--agent", "research-agent", "--limit", "3", "--json", "--data-dir", workspace.DataDirectory)).Expect(0);
        using var json = JsonDocument.Parse(result.StdOut);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([28L, 25L, 22L], entries.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.All(entries, e => Assert.Equal("research-agent", e.GetProperty("agent").GetString()));
        Assert.Equal(ledger.TraceIds[28], entries[0].GetProperty("trace_id").GetString());
        Assert.Equal("github", entries[0].GetProperty("system").GetString());
        Assert.False(entries[0].GetProperty("pruned").GetBoolean());
    }

    [Fact]
    public async Task Query_filters_by_relative_time_outcome_action_and_system()
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        // Entry i is 2h·i after the start, the last about 30 minutes ago: the last 24 hours hold entries 18 to 29.
        var recent = (await workspace.RunAsync("audit", "query", "--since", "24h", "--json", "--data-dir", workspace.DataDirectory)).Expect(0);
        using (var json = JsonDocument.Parse(recent.StdOut))
        {
            Assert.Equal(Enumerable.Range(18, 12).Reverse().Select(i => (long)i), json.RootElement.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        }

        var denied = (await workspace.RunAsync("audit", "query", "--outcome", "denied", "--action", "call", "--system", "erp", "--json", "--data-dir", workspace.DataDirectory)).Expect(0);
        using (var json = JsonDocument.Parse(denied.StdOut))
        {
            var seqs = json.RootElement.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()).ToList();
            Assert.Equal(Enumerable.Range(0, LedgerDatabase.Count).Where(i => i % 5 == 1 && i % 4 != 0 && i % 2 == 1).Reverse().Select(i => (long)i), seqs);
        }
    }

    [Fact]
    public async Task Query_between_iso_times_shows_pruned_entries_as_pruned()
    {
        var (workspace, ledger) = await Ledger();
        using var _ = workspace;
        ledger.Execute("UPDATE ledger_entries SET entry = NULL, payload = NULL WHERE seq < 3");
        var until = (ledger.Start + TimeSpan.FromHours(5)).ToString("O");
        var result = (await workspace.RunAsync("audit", "query", "--until", until, "--data-dir", workspace.DataDirectory)).Expect(0);
        var lines = result.StdOut.Split('\n').Where(l => l.Contains("pruned", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains("finance-agent", lines[^1]);
    }

    [Theory]
    [InlineData("--since", "yesterday", "--since 'yesterday' is not a time; write an ISO 8601 time")]
    [InlineData("--until", "24x", "--until '24x' is not a time")]
    [InlineData("--limit", "0", "--limit 0 is out of range; pass 1 to 10000")]
    public async Task Query_with_a_bad_value_is_a_usage_error_naming_the_option(string option, string value, string expected)
    {
        var (workspace, _) = await Ledger();
        using var _w = workspace;
        var result = (await workspace.RunAsync("audit", "query", option, value, "--data-dir", workspace.DataDirectory)).Expect(2);
        Assert.Contains(expected, result.StdErr);
    }
}
