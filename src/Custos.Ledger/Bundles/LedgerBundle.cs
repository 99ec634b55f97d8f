using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Storage;
using Custos.Ledger.Tree;
using Custos.Ledger.Verification;

namespace Custos.Ledger.Bundles;

/// <summary>
/// An export bundle: a directory an auditor can verify with no database and no server. <c>manifest.json</c>
/// (format, origin, size, root, created, SHA-256 of every other file), <c>ledger.vkey</c> (the verifier key),
/// <c>entries.bin</c> (every leaf, framed) and <c>checkpoints.txt</c> (the signed checkpoints). Reading is
/// streaming and bounded, and nothing the manifest says is believed: verification recomputes the digests, the
/// size and the root, and checks the records against the signed checkpoints with the key the auditor trusts.
/// </summary>
public sealed class LedgerBundle
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The verifier key's file name.</summary>
    public const string KeyFile = "ledger.vkey";

    /// <summary>The leaves' file name.</summary>
    public const string EntriesFile = "entries.bin";

    /// <summary>The signed checkpoints' file name.</summary>
    public const string CheckpointsFile = "checkpoints.txt";

    /// <summary>The largest <c>manifest.json</c> read.</summary>
    public const int MaxManifestBytes = 64 * 1024;

    /// <summary>The largest <c>ledger.vkey</c> read.</summary>
    public const int MaxKeyFileBytes = 4 * 1024;

    /// <summary>The largest <c>checkpoints.txt</c> read (about 200,000 checkpoints).</summary>
    public const int MaxCheckpointsFileBytes = 64 * 1024 * 1024;

    /// <summary>The largest entry a bundle holds.</summary>
    public const int MaxEntryBytes = 8 * 1024 * 1024;

    /// <summary>The largest payload a bundle holds.</summary>
    public const int MaxPayloadBytes = LedgerEntry.MaxPayloadBytes;

    private readonly byte[] _keyFile;
    private readonly byte[] _checkpointsFile;

    private LedgerBundle(string directory, BundleManifest manifest, NoteVerifierKey key, IReadOnlyList<BundleCheckpoint> checkpoints, byte[] keyFile, byte[] checkpointsFile)
    {
        Directory = directory;
        Manifest = manifest;
        Key = key;
        Checkpoints = checkpoints;
        _keyFile = keyFile;
        _checkpointsFile = checkpointsFile;
    }

    /// <summary>The bundle's directory.</summary>
    public string Directory { get; }

    /// <summary>What the exporter says the bundle holds; checked by <see cref="Verify"/>, never trusted.</summary>
    public BundleManifest Manifest { get; }

    /// <summary>The verifier key the bundle carries. Trust it only when it is the key you were given out of band.</summary>
    public NoteVerifierKey Key { get; }

    /// <summary>The signed checkpoints, in file order, with the line each starts on.</summary>
    public IReadOnlyList<BundleCheckpoint> Checkpoints { get; }

    /// <summary>
    /// Writes a bundle into <paramref name="directory"/>, which must not exist or be empty. Records are written as
    /// given (a damaged ledger is exported as it is, for verification to find). Returns the manifest written.
    /// </summary>
    public static BundleManifest Write(
        string directory, string origin, NoteVerifierKey key, IEnumerable<LedgerRecord> records, IReadOnlyList<StoredCheckpoint> checkpoints,
        TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (OriginError(origin) is { } originError)
        {
            throw new ArgumentException($"The origin {originError}.", nameof(origin));
        }

        var checkpointsFile = CheckpointsText.Format(checkpoints.Select(c => c.Note));
        if (System.IO.Directory.Exists(directory) && System.IO.Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"{directory} is not empty; export into a new or empty directory");
        }

        System.IO.Directory.CreateDirectory(directory);
        byte[] entriesSha256;
        byte[] root;
        long size;
        using (var stream = new FileStream(Path.Combine(directory, EntriesFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new EntriesFileWriter(stream))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }

            size = writer.Size;
            root = writer.Root();
            entriesSha256 = writer.Sha256();
        }

        var keyFile = Encoding.UTF8.GetBytes(key + "\n");
        WriteNew(Path.Combine(directory, KeyFile), keyFile);
        WriteNew(Path.Combine(directory, CheckpointsFile), checkpointsFile);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var manifest = new BundleManifest
        {
            Format = BundleManifest.FormatName,
            Version = BundleManifest.CurrentVersion,
            Origin = origin,
            Size = size,
            Root = Convert.ToHexStringLower(root),
            Created = new DateTime(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), DateTimeKind.Utc),
            Files = new BundleFileDigests
            {
                LedgerVkey = Convert.ToHexStringLower(SHA256.HashData(keyFile)),
                EntriesBin = Convert.ToHexStringLower(entriesSha256),
                CheckpointsTxt = Convert.ToHexStringLower(SHA256.HashData(checkpointsFile)),
            },
        };

        // The manifest last: a directory without one is an interrupted export, not a bundle.
        WriteNew(Path.Combine(directory, ManifestFile), [.. JsonSerializer.SerializeToUtf8Bytes(manifest, BundleJsonContext.Default.BundleManifest), (byte)'\n']);
        return manifest;
    }

    /// <summary>
    /// Reads a bundle's manifest, key and checkpoints (bounded, strictly parsed) and checks that its entries file is
    /// there; every failure names the file and the line or byte. The entries are read by <see cref="Verify"/>.
    /// </summary>
    public static ParseResult<LedgerBundle> Open(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            return ParseResult<LedgerBundle>.Fail($"{directory}: no such directory; pass the directory that 'custos audit export --out' wrote");
        }

        if (!File.Exists(Path.Combine(directory, EntriesFile)))
        {
            return ParseResult<LedgerBundle>.Fail($"{EntriesFile}: missing from {directory}; a bundle holds {ManifestFile}, {KeyFile}, {EntriesFile} and {CheckpointsFile}");
        }

        if (ReadBounded(directory, ManifestFile, MaxManifestBytes, out var manifestBytes) is { } manifestFileError)
        {
            return ParseResult<LedgerBundle>.Fail(manifestFileError);
        }

        var manifest = ParseManifest(manifestBytes);
        if (!manifest.IsSuccess)
        {
            return ParseResult<LedgerBundle>.Fail(manifest.Error!);
        }

        if (ReadBounded(directory, KeyFile, MaxKeyFileBytes, out var keyFile) is { } keyFileError)
        {
            return ParseResult<LedgerBundle>.Fail(keyFileError);
        }

        var key = ParseKey(keyFile);
        if (!key.IsSuccess)
        {
            return ParseResult<LedgerBundle>.Fail(key.Error!);
        }

        if (ReadBounded(directory, CheckpointsFile, MaxCheckpointsFileBytes, out var checkpointsFile) is { } checkpointsFileError)
        {
            return ParseResult<LedgerBundle>.Fail(checkpointsFileError);
        }

        var checkpoints = CheckpointsText.Parse(checkpointsFile);
        return checkpoints.IsSuccess
            ? ParseResult<LedgerBundle>.Ok(new LedgerBundle(directory, manifest.Value!, key.Value!, checkpoints.Value!, keyFile, checkpointsFile))
            : ParseResult<LedgerBundle>.Fail(checkpoints.Error!);
    }

    /// <summary>
    /// Streams the leaves of <c>entries.bin</c> as records, one at a time. Throws <see cref="InvalidDataException"/>
    /// naming the byte offset and the leaf when the file is not well framed; <see cref="Verify"/> reports that instead.
    /// </summary>
    public IEnumerable<LedgerRecord> ReadRecords()
    {
        using var stream = OpenEntries();
        using var reader = new EntriesFileReader(stream);
        while (true)
        {
            if (reader.TryRead(out var record) is { } error)
            {
                throw new InvalidDataException($"{EntriesFile}: {error}");
            }

            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    /// <summary>
    /// Verifies the bundle: the carried key must be <paramref name="trusted"/> when one is given (else the carried
    /// key is used, which proves only that the bundle is self-consistent), the records must verify against the
    /// signed checkpoints, every file must match its digest in the manifest, and the manifest's size and root must
    /// be the recomputed ones. When several fail, the most specific problem is reported: an entry or checkpoint
    /// first, then a file.
    /// </summary>
    public LedgerVerification Verify(NoteVerifierKey? trusted = null)
    {
        var emptyRoot = Convert.ToHexStringLower(MerkleHash.EmptyRoot);
        if (trusted is not null && !string.Equals(trusted.ToString(), Key.ToString(), StringComparison.Ordinal))
        {
            return new LedgerVerification(false, 0, emptyRoot, 0, new LedgerProblem(LedgerProblemKind.UntrustedKey, null, null,
                $"the bundle's {KeyFile} holds {Key.Name}+{Key.KeyId:x8}, not the key you trust ({trusted.Name}+{trusted.KeyId:x8}): "
                + "the bundle was signed by another log, or its key was replaced"));
        }

        var verifier = new LedgerVerifier(Manifest.Origin, [trusted ?? Key]);
        var run = verifier.Start(Checkpoints.Select(c => c.Note), out var failed);
        if (failed is not null)
        {
            return WithCheckpointLine(failed);
        }

        byte[] entriesSha256;
        LedgerVerification result;
        using (var stream = OpenEntries())
        using (var reader = new EntriesFileReader(stream))
        {
            while (true)
            {
                if (reader.TryRead(out var record) is { } error)
                {
                    return run.Fail(new LedgerProblem(LedgerProblemKind.BundleMalformed, run.Size, null, $"{EntriesFile}: {error}"));
                }

                if (record is null)
                {
                    break;
                }

                if (run.Add(record) is { } problem)
                {
                    return WithCheckpointLine(run.Fail(problem));
                }
            }

            result = run.Finish();
            if (!result.IsValid)
            {
                return WithCheckpointLine(result);
            }

            entriesSha256 = reader.Sha256();
        }

        var mismatch =
            DigestMismatch(KeyFile, SHA256.HashData(_keyFile), Manifest.Files.LedgerVkey)
            ?? DigestMismatch(CheckpointsFile, SHA256.HashData(_checkpointsFile), Manifest.Files.CheckpointsTxt)
            ?? DigestMismatch(EntriesFile, entriesSha256, Manifest.Files.EntriesBin)
            ?? (result.Size != Manifest.Size
                ? $"{ManifestFile} says the bundle holds {Manifest.Size} leaves but {EntriesFile} holds {result.Size}"
                : null)
            ?? (!string.Equals(result.RootHex, Manifest.Root, StringComparison.Ordinal)
                ? $"{ManifestFile} says the root is {Manifest.Root} but the leaves hash to {result.RootHex}"
                : null);
        return mismatch is null
            ? result
            : result with { IsValid = false, Problem = new LedgerProblem(LedgerProblemKind.BundleManifestMismatch, null, null, mismatch) };
    }

    private LedgerVerification WithCheckpointLine(LedgerVerification result) =>
        result.Problem is { CheckpointIndex: { } index } problem && index < Checkpoints.Count
            ? result with { Problem = problem with { Message = $"{problem.Message} ({CheckpointsFile} line {Checkpoints[index].Line})" } }
            : result;

    private static string? DigestMismatch(string file, byte[] actual, string expected)
    {
        var hex = Convert.ToHexStringLower(actual);
        return string.Equals(hex, expected, StringComparison.Ordinal)
            ? null
            : $"{file}'s SHA-256 is {hex} but {ManifestFile} says {expected}: the file was altered after export";
    }

    private FileStream OpenEntries() =>
        new(Path.Combine(Directory, EntriesFile), new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });

    private static void WriteNew(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
    }

    private static string? ReadBounded(string directory, string file, int max, out byte[] bytes)
    {
        bytes = [];
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            return $"{file}: missing from {directory}; a bundle holds {ManifestFile}, {KeyFile}, {EntriesFile} and {CheckpointsFile}";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > max)
        {
            return $"{file}: {stream.Length} bytes, more than the limit of {max}; the file was replaced or is not part of a bundle";
        }

        // Read one byte past the limit, in case the file grows while it is read.
        var buffer = new byte[stream.Length + 1];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read > max)
        {
            return $"{file}: more than the limit of {max} bytes; the file was replaced or is not part of a bundle";
        }

        bytes = buffer.AsSpan(0, read).ToArray();
        return null;
    }

    private static ParseResult<BundleManifest> ParseManifest(byte[] bytes)
    {
        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(bytes, BundleJsonContext.Default.BundleManifest);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}: " : string.Empty;
            var message = ex.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"the value at {ex.Path ?? "$"} is missing or of the wrong JSON type"
                : $"{ex.Message.Split(" Path: ", 2)[0]} (at {ex.Path ?? "$"})";
            return ParseResult<BundleManifest>.Fail($"{ManifestFile}: {where}{message}; docs/ledger.md lists the manifest's fields");
        }

        if (manifest is null)
        {
            return ParseResult<BundleManifest>.Fail($"{ManifestFile}: line 1: the manifest is null; it must be a JSON object");
        }

        var error =
            (!string.Equals(manifest.Format, BundleManifest.FormatName, StringComparison.Ordinal) ? $"\"format\" is '{manifest.Format}', not '{BundleManifest.FormatName}': this is not a Custos ledger bundle" : null)
            ?? (manifest.Version != BundleManifest.CurrentVersion ? $"\"version\" {manifest.Version} is not supported; this Custos reads version {BundleManifest.CurrentVersion}" : null)
            ?? (OriginError(manifest.Origin) is { } originError ? $"\"origin\" {originError}" : null)
            ?? (manifest.Size < 0 ? "\"size\" is negative" : null)
            ?? (!IsHexDigest(manifest.Root) ? "\"root\" must be 64 lowercase hex digits" : null)
            ?? (manifest.Created.Kind != DateTimeKind.Utc ? "\"created\" must be a UTC time ending in Z, such as 2026-11-27T09:30:00Z" : null)
            ?? (!IsHexDigest(manifest.Files.LedgerVkey) ? $"\"files\".\"{KeyFile}\" must be 64 lowercase hex digits" : null)
            ?? (!IsHexDigest(manifest.Files.EntriesBin) ? $"\"files\".\"{EntriesFile}\" must be 64 lowercase hex digits" : null)
            ?? (!IsHexDigest(manifest.Files.CheckpointsTxt) ? $"\"files\".\"{CheckpointsFile}\" must be 64 lowercase hex digits" : null);
        return error is null ? ParseResult<BundleManifest>.Ok(manifest) : ParseResult<BundleManifest>.Fail($"{ManifestFile}: {error}");
    }

    private static ParseResult<NoteVerifierKey> ParseKey(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ParseResult<NoteVerifierKey>.Fail($"{KeyFile}: line 1: the key is not valid UTF-8");
        }

        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return ParseResult<NoteVerifierKey>.Fail($"{KeyFile}: line 2: the file holds more than one line; it holds one verifier key");
        }

        var key = NoteVerifierKey.Parse(text);
        return key.IsSuccess ? key : ParseResult<NoteVerifierKey>.Fail($"{KeyFile}: line 1: {key.Error}");
    }

    private static bool IsHexDigest(string? text) =>
        text is { Length: 2 * MerkleHash.Size } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static string? OriginError(string? origin) =>
        string.IsNullOrEmpty(origin) ? "must not be empty"
        : origin.Length > Checkpoint.MaxLineLength ? $"is longer than {Checkpoint.MaxLineLength} characters"
        : origin.Any(char.IsControl) ? "must not hold control characters or newlines"
        : null;
}
