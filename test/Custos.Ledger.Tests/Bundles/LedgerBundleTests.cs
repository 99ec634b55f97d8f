using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Custos.Ledger.Bundles;
using CheckpointBody = Custos.Ledger.Checkpoints.Checkpoint;
using Custos.Ledger.Notes;
using Custos.Ledger.Storage;
using Custos.Ledger.Tests.Entries;
using Custos.Ledger.Tests.Verification;
using Custos.Ledger.Tree;
using Custos.Ledger.Verification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Bundles;

public sealed class LedgerBundleTests : IDisposable
{
    private const int Count = 20;
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("custos-bundle-").FullName;
    private int _next;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string NewDirectory() => Path.Combine(_root, $"bundle{_next++}");

    private static List<LedgerRecord> Records()
    {
        var records = RecordVerificationTests.Records(Count);
        records[1] = records[1] with { Entry = null, Payload = null };
        records[3] = records[3] with { Payload = null };
        return records;
    }

    private static List<StoredCheckpoint> Checkpoints(NoteSigner signer, List<LedgerRecord> records, params int[] sizes) =>
        [.. (sizes.Length == 0 ? [5, 12, Count] : sizes).Select(size => new StoredCheckpoint(size, Now, RecordVerificationTests.Sign(signer, records, size)))];

    private (string Directory, List<LedgerRecord> Records, NoteSigner Signer) Export()
    {
        var signer = TestKeys.Log();
        var records = Records();
        var directory = NewDirectory();
        LedgerBundle.Write(directory, TestKeys.LogName, signer.Verifier, records, Checkpoints(signer, records), new FixedTime(Now));
        return (directory, records, signer);
    }

    private static LedgerBundle Open(string directory)
    {
        var opened = LedgerBundle.Open(directory);
        Assert.True(opened.IsSuccess, opened.Error);
        return opened.Value!;
    }

    private static LedgerProblem ProblemOf(string directory, NoteVerifierKey? trusted)
    {
        var result = Open(directory).Verify(trusted);
        Assert.False(result.IsValid, "the bundle verified although it was tampered with");
        return result.Problem!;
    }

    /// <summary>Where each leaf starts in entries.bin, and where its entry and payload bytes start.</summary>
    private static List<(long Start, long Entry, long Payload, long End)> Layout(List<LedgerRecord> records)
    {
        var layout = new List<(long, long, long, long)>();
        long offset = 0;
        foreach (var record in records)
        {
            var start = offset;
            offset += 8 + 1 + 32;
            var entry = record.Entry is null ? -1 : offset + 4;
            offset += record.Entry is null ? 0 : 4 + record.Entry.Length;
            var payload = record.Payload is null ? -1 : offset + 4;
            offset += record.Payload is null ? 0 : 4 + record.Payload.Length;
            layout.Add((start, entry, payload, offset));
        }

        return layout;
    }

    private static string FilePath(string directory, string file) => Path.Combine(directory, file);

    private static void Edit(string directory, string file, Func<byte[], byte[]> edit) =>
        File.WriteAllBytes(FilePath(directory, file), edit(File.ReadAllBytes(FilePath(directory, file))));

    private static void FlipByte(string directory, string file, long offset) =>
        Edit(directory, file, bytes =>
        {
            bytes[offset] ^= 0x01;
            return bytes;
        });

    /// <summary>What a careful forger does after editing: recompute every digest, the size and the root in the manifest.</summary>
    private static void Reseal(string directory)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(FilePath(directory, LedgerBundle.ManifestFile)))!;
        var files = manifest["files"]!;
        foreach (var file in new[] { LedgerBundle.KeyFile, LedgerBundle.EntriesFile, LedgerBundle.CheckpointsFile })
        {
            files[file] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(FilePath(directory, file))));
        }

        var leaves = Open(directory).ReadRecords().Select(r => r.LeafHash).ToList();
        manifest["size"] = leaves.Count;
        manifest["root"] = Convert.ToHexStringLower(MerkleTree.FromLeafHashes(leaves).Root());
        File.WriteAllText(FilePath(directory, LedgerBundle.ManifestFile), manifest.ToJsonString());
    }

    [Fact]
    public void A_written_bundle_opens_reads_back_every_record_and_verifies()
    {
        var (directory, records, signer) = Export();
        var bundle = Open(directory);
        Assert.Equal(TestKeys.LogName, bundle.Manifest.Origin);
        Assert.Equal(Count, bundle.Manifest.Size);
        Assert.Equal(new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc), bundle.Manifest.Created);
        Assert.Equal(signer.Verifier.ToString(), bundle.Key.ToString());
        Assert.Equal([5L, 12L, Count], bundle.Checkpoints.Select(c => CheckpointBody.Parse(SignedNote.Parse(c.Note).Value!.Text).Value!.Size));
        Assert.Equal([1, 7, 13], bundle.Checkpoints.Select(c => c.Line));

        var read = bundle.ReadRecords().ToList();
        Assert.Equal(records.Count, read.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(records[i].Index, read[i].Index);
            Assert.Equal(records[i].LeafHash, read[i].LeafHash);
            Assert.Equal(records[i].Entry, read[i].Entry);
            Assert.Equal(records[i].Payload, read[i].Payload);
        }

        var result = bundle.Verify(signer.Verifier);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(bundle.Manifest.Root, result.RootHex);
        Assert.Equal(Count, result.CheckpointedSize);
        Assert.Equal(1, result.EntriesPruned);
        Assert.Equal(Count - 2, result.PayloadsPresent);
        Assert.Equal(result, bundle.Verify());
    }

    [Fact]
    public void The_manifest_names_the_format_and_every_file_digest()
    {
        var (directory, _, _) = Export();
        var manifest = JsonNode.Parse(File.ReadAllText(FilePath(directory, LedgerBundle.ManifestFile)))!;
        Assert.Equal("custos-ledger-bundle", (string?)manifest["format"]);
        Assert.Equal(1, (int?)manifest["version"]);
        Assert.Equal("2026-11-28T08:00:00Z", (string?)manifest["created"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(FilePath(directory, "entries.bin")))), (string?)manifest["files"]!["entries.bin"]);
        Assert.EndsWith("\n", File.ReadAllText(FilePath(directory, LedgerBundle.KeyFile)));
    }

    [Fact]
    public void An_empty_ledger_makes_a_bundle_that_verifies()
    {
        using var signer = TestKeys.Log();
        var directory = NewDirectory();
        LedgerBundle.Write(directory, TestKeys.LogName, signer.Verifier, [], Checkpoints(signer, [], 0));
        var result = Open(directory).Verify(signer.Verifier);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(0, result.Size);
    }

    [Fact]
    public void Writing_into_a_non_empty_directory_is_refused()
    {
        using var signer = TestKeys.Log();
        var directory = NewDirectory();
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "notes.txt"), "mine");
        var error = Assert.Throws<IOException>(() => LedgerBundle.Write(directory, TestKeys.LogName, signer.Verifier, [], []));
        Assert.Contains("is not empty", error.Message);
    }

    [Fact]
    public void A_truncated_entries_file_is_caught_naming_the_offset_and_the_leaf()
    {
        var (directory, records, signer) = Export();
        var layout = Layout(records);
        Edit(directory, LedgerBundle.EntriesFile, bytes => bytes[..(int)(layout[17].Entry + 10)]);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleMalformed, problem.Kind);
        Assert.Equal(17, problem.EntryIndex);
        Assert.Contains($"entries.bin: at byte {layout[17].Entry} (leaf 17, entry)", problem.Message);
        Assert.Contains("truncated", problem.Message);
    }

    [Fact]
    public void An_entries_file_cut_at_a_leaf_boundary_is_caught_by_the_last_checkpoint()
    {
        var (directory, records, signer) = Export();
        Edit(directory, LedgerBundle.EntriesFile, bytes => bytes[..(int)Layout(records)[14].End]);
        Reseal(directory);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.CheckpointBeyondLog, problem.Kind);
        Assert.Contains("entries 15 to 19 were removed", problem.Message);
    }

    [Fact]
    public void A_flipped_byte_in_an_entry_is_caught_naming_the_entry()
    {
        var (directory, records, signer) = Export();
        FlipByte(directory, LedgerBundle.EntriesFile, Layout(records)[8].Entry + 40);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.LeafHashMismatch, problem.Kind);
        Assert.Equal(8, problem.EntryIndex);
    }

    [Fact]
    public void A_flipped_byte_in_an_entry_with_its_leaf_hash_and_manifest_redone_is_caught_by_the_checkpoint()
    {
        var (directory, records, signer) = Export();
        var layout = Layout(records);
        Edit(directory, LedgerBundle.EntriesFile, bytes =>
        {
            bytes[layout[8].Entry + 40] ^= 0x01;
            var entry = bytes.AsSpan((int)layout[8].Entry, records[8].Entry!.Length);
            MerkleHash.HashLeaf(entry).CopyTo(bytes, layout[8].Start + 9);
            return bytes;
        });
        Reseal(directory);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.CheckpointRootMismatch, problem.Kind);
        Assert.Contains("one of entries 5 to 11", problem.Message);
    }

    [Fact]
    public void A_flipped_byte_in_a_payload_is_caught_naming_the_entry()
    {
        var (directory, records, signer) = Export();
        FlipByte(directory, LedgerBundle.EntriesFile, Layout(records)[6].Payload + 2);
        Reseal(directory);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.PayloadMismatch, problem.Kind);
        Assert.Equal(6, problem.EntryIndex);
    }

    [Fact]
    public void A_flipped_byte_in_a_checkpoint_is_caught_naming_the_checkpoint_and_its_line()
    {
        var (directory, _, signer) = Export();
        // Each note is three text lines, an empty line, a signature line and the empty line that ends it: the
        // second note's signature is line 11.
        var lines = File.ReadAllText(FilePath(directory, LedgerBundle.CheckpointsFile)).Split('\n');
        Assert.StartsWith("— ", lines[10]);
        var lineStart = lines.Take(10).Sum(l => Encoding.UTF8.GetByteCount(l) + 1);
        FlipByte(directory, LedgerBundle.CheckpointsFile, lineStart + Encoding.UTF8.GetByteCount(lines[10]) - 10);
        Reseal(directory);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.CheckpointSignature, problem.Kind);
        Assert.Equal(1, problem.CheckpointIndex);
        Assert.EndsWith("(checkpoints.txt line 7)", problem.Message);
    }

    [Fact]
    public void A_deleted_leaf_is_caught_naming_the_entry()
    {
        var (directory, records, signer) = Export();
        var layout = Layout(records);
        Edit(directory, LedgerBundle.EntriesFile, bytes => [.. bytes[..(int)layout[9].Start], .. bytes[(int)layout[9].End..]]);
        Reseal(directory);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(9, problem.EntryIndex);
        Assert.Contains("entry 9 is missing", problem.Message);
    }

    [Fact]
    public void Two_reordered_leaves_are_caught_naming_the_first()
    {
        var (directory, records, signer) = Export();
        var layout = Layout(records);
        Edit(directory, LedgerBundle.EntriesFile, bytes =>
        [
            .. bytes[..(int)layout[10].Start],
            .. bytes[(int)layout[11].Start..(int)layout[11].End],
            .. bytes[(int)layout[10].Start..(int)layout[10].End],
            .. bytes[(int)layout[11].End..],
        ]);
        Reseal(directory);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.SequenceMismatch, problem.Kind);
        Assert.Equal(10, problem.EntryIndex);
    }

    [Fact]
    public void A_replaced_key_with_resigned_checkpoints_fails_against_the_trusted_key()
    {
        var (directory, records, signer) = Export();
        using var forger = TestKeys.Other();
        File.WriteAllText(FilePath(directory, LedgerBundle.KeyFile), forger.Verifier + "\n");
        File.WriteAllText(FilePath(directory, LedgerBundle.CheckpointsFile),
            string.Concat(Checkpoints(forger, records).Select(c => c.Note + "\n")));
        Reseal(directory);

        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.UntrustedKey, problem.Kind);
        Assert.Contains("not the key you trust", problem.Message);
        // On its own key the forgery is self-consistent: only a key from out of band tells them apart.
        Assert.True(Open(directory).Verify().IsValid);
    }

    [Fact]
    public void A_replaced_key_without_resigned_checkpoints_fails_even_on_its_own_key()
    {
        var (directory, _, _) = Export();
        using var forger = TestKeys.Other();
        File.WriteAllText(FilePath(directory, LedgerBundle.KeyFile), forger.Verifier + "\n");
        Reseal(directory);
        Assert.Equal(LedgerProblemKind.CheckpointSignature, ProblemOf(directory, null).Kind);
    }

    [Fact]
    public void A_file_that_no_longer_matches_its_manifest_digest_is_caught_naming_the_file()
    {
        var (directory, _, signer) = Export();
        File.AppendAllText(FilePath(directory, LedgerBundle.CheckpointsFile), string.Empty);
        Edit(directory, LedgerBundle.ManifestFile, bytes =>
        {
            var manifest = JsonNode.Parse(bytes)!;
            manifest["files"]!["ledger.vkey"] = new string('0', 64);
            return Encoding.UTF8.GetBytes(manifest.ToJsonString());
        });
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleManifestMismatch, problem.Kind);
        Assert.StartsWith("ledger.vkey's SHA-256 is", problem.Message);
    }

    [Fact]
    public void A_manifest_root_that_is_not_the_recomputed_root_is_caught()
    {
        var (directory, _, signer) = Export();
        Edit(directory, LedgerBundle.ManifestFile, bytes =>
        {
            var manifest = JsonNode.Parse(bytes)!;
            manifest["root"] = new string('a', 64);
            return Encoding.UTF8.GetBytes(manifest.ToJsonString());
        });
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleManifestMismatch, problem.Kind);
        Assert.Contains("but the leaves hash to", problem.Message);
    }

    [Theory]
    [InlineData("entry", 0xFFFFFFFFu)]
    [InlineData("entry", 0u)]
    [InlineData("payload", 0x7FFFFFFFu)]
    public void A_hostile_length_is_refused_before_anything_is_allocated(string field, uint length)
    {
        var (directory, records, signer) = Export();
        var layout = Layout(records);
        var at = (field == "entry" ? layout[4].Entry : layout[4].Payload) - 4;
        Edit(directory, LedgerBundle.EntriesFile, bytes =>
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan((int)at), length);
            return bytes;
        });
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleMalformed, problem.Kind);
        Assert.Equal(4, problem.EntryIndex);
        Assert.Contains($"at byte {at} (leaf 4, {field} length): length {length} is outside the allowed", problem.Message);
    }

    [Fact]
    public void A_length_longer_than_the_rest_of_the_file_is_called_truncation()
    {
        var (directory, records, signer) = Export();
        var at = Layout(records)[19].Payload - 4;
        Edit(directory, LedgerBundle.EntriesFile, bytes =>
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan((int)at), 1_000_000);
            return bytes;
        });
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleMalformed, problem.Kind);
        Assert.Contains("only 5 remain; the file is truncated", problem.Message);
    }

    [Fact]
    public void An_unknown_flag_is_refused()
    {
        var (directory, records, signer) = Export();
        Edit(directory, LedgerBundle.EntriesFile, bytes =>
        {
            bytes[Layout(records)[2].Start + 8] |= 0x80;
            return bytes;
        });
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleMalformed, problem.Kind);
        Assert.Contains("flags 0x83 hold unknown bits", problem.Message);
    }

    [Fact]
    public void Trailing_bytes_after_the_last_leaf_are_refused()
    {
        var (directory, _, signer) = Export();
        Edit(directory, LedgerBundle.EntriesFile, bytes => [.. bytes, 0, 0, 0]);
        var problem = ProblemOf(directory, signer.Verifier);
        Assert.Equal(LedgerProblemKind.BundleMalformed, problem.Kind);
        Assert.Equal(Count, problem.EntryIndex);
        Assert.Contains("3 bytes into a 41-byte leaf header", problem.Message);
    }

    [Fact]
    public void Reading_records_from_a_malformed_file_throws_naming_the_offset()
    {
        var (directory, _, _) = Export();
        Edit(directory, LedgerBundle.EntriesFile, bytes => [.. bytes, 7]);
        var error = Assert.Throws<InvalidDataException>(() => Open(directory).ReadRecords().ToList());
        Assert.StartsWith("entries.bin: at byte", error.Message);
    }

    [Theory]
    [InlineData("{\"format\":\"custos-ledger-bundle\",\n\"version\": 1,\n\"extra\": true}", "manifest.json: line 3")]
    [InlineData("{\"format\":\"custos-ledger-bundle\"", "manifest.json: line 1")]
    [InlineData("[1,2]", "manifest.json: line 1, byte")]
    [InlineData("null", "the manifest is null")]
    public void A_malformed_manifest_is_refused_naming_the_line(string json, string expected)
    {
        var (directory, _, _) = Export();
        File.WriteAllText(FilePath(directory, LedgerBundle.ManifestFile), json);
        var opened = LedgerBundle.Open(directory);
        Assert.False(opened.IsSuccess);
        Assert.Contains(expected, opened.Error);
    }

    [Theory]
    [InlineData("version", "2", "\"version\" 2 is not supported")]
    [InlineData("format", "\"zip\"", "not a Custos ledger bundle")]
    [InlineData("root", "\"ABC\"", "\"root\" must be 64 lowercase hex digits")]
    [InlineData("created", "\"2026-11-28T08:00:00+02:00\"", "\"created\" must be a UTC time")]
    [InlineData("size", "null", "manifest.json")]
    [InlineData("origin", "\"\"", "\"origin\" must not be empty")]
    public void A_manifest_field_out_of_range_is_refused_naming_the_field(string field, string value, string expected)
    {
        var (directory, _, _) = Export();
        Edit(directory, LedgerBundle.ManifestFile, bytes =>
        {
            var manifest = JsonNode.Parse(bytes)!;
            manifest[field] = JsonNode.Parse(value);
            return Encoding.UTF8.GetBytes(manifest.ToJsonString());
        });
        var opened = LedgerBundle.Open(directory);
        Assert.False(opened.IsSuccess);
        Assert.Contains(expected, opened.Error);
    }

    [Fact]
    public void A_manifest_with_a_duplicate_property_is_refused()
    {
        var (directory, _, _) = Export();
        Edit(directory, LedgerBundle.ManifestFile, bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\"size\":", "\"size\": 1, \"size\":", StringComparison.Ordinal)));
        var opened = LedgerBundle.Open(directory);
        Assert.False(opened.IsSuccess);
        Assert.StartsWith("manifest.json: line", opened.Error);
    }

    [Fact]
    public void An_oversized_manifest_is_refused_without_reading_it()
    {
        var (directory, _, _) = Export();
        File.WriteAllBytes(FilePath(directory, LedgerBundle.ManifestFile), new byte[LedgerBundle.MaxManifestBytes + 1]);
        var opened = LedgerBundle.Open(directory);
        Assert.False(opened.IsSuccess);
        Assert.Contains($"manifest.json: {LedgerBundle.MaxManifestBytes + 1} bytes, more than the limit", opened.Error);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var (directory, _, _) = Export();
        File.Delete(FilePath(directory, LedgerBundle.CheckpointsFile));
        Assert.StartsWith("checkpoints.txt: missing from", LedgerBundle.Open(directory).Error);
    }

    [Fact]
    public void A_key_file_that_is_not_a_key_is_refused_naming_the_line()
    {
        var (directory, _, _) = Export();
        File.WriteAllText(FilePath(directory, LedgerBundle.KeyFile), "not a key\n");
        Assert.StartsWith("ledger.vkey: line 1:", LedgerBundle.Open(directory).Error);
    }

    [Theory]
    [InlineData(2, "", "line 17: the file does not end with a newline")]
    [InlineData(1, "", "line 17: the file ends inside the checkpoint starting at line 13")]
    [InlineData(0, "\n", "line 19: an empty line where a checkpoint should start")]
    [InlineData(0, "\r\n", "line 19: a carriage return")]
    public void A_checkpoints_file_with_broken_framing_is_refused_naming_the_line(int cut, string append, string expected)
    {
        var (directory, _, _) = Export();
        var text = File.ReadAllText(FilePath(directory, LedgerBundle.CheckpointsFile));
        File.WriteAllText(FilePath(directory, LedgerBundle.CheckpointsFile), text[..^cut] + append);
        var opened = LedgerBundle.Open(directory);
        Assert.False(opened.IsSuccess);
        Assert.StartsWith("checkpoints.txt: ", opened.Error);
        Assert.Contains(expected, opened.Error);
    }

    [Property(MaxTest = 40)]
    public Property Any_single_byte_change_anywhere_in_entries_bin_is_caught() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (position, delta) =>
        {
            var (directory, _, signer) = Export();
            Edit(directory, LedgerBundle.EntriesFile, bytes =>
            {
                bytes[position % bytes.Length] = (byte)(bytes[position % bytes.Length] + delta);
                return bytes;
            });
            return !Open(directory).Verify(signer.Verifier).IsValid;
        });

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
