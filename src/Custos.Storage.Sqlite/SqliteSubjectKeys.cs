using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Custos.Core.Privacy;
using Custos.Core.Storage;
using Custos.Ledger.Privacy;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// Data subjects' keys in <c>subject_keys</c>, for crypto-shredding: each subject named by an action gets a random
/// 32-byte key and a random pseudonymous reference (<c>ds_</c> + 26 base32 characters) on first use, found again
/// by an HMAC of the subject's identity under <c>subjects.key</c>. Erasing a subject deletes the key and the
/// lookup, so every entry sealed for the subject becomes unreadable and the reference no longer leads to anyone;
/// a later action about the same person gets a fresh key.
/// </summary>
/// <remarks>
/// Keys are read from the database on every use and never cached, so an erasure by another process (the CLI while
/// the server runs) takes effect at once. Every connection that writes this table sets <c>secure_delete</c>, so
/// freed bytes are overwritten, and an erasure checkpoints and truncates the write-ahead log.
/// </remarks>
public sealed class SqliteSubjectKeys : IPersonalDataSealer
{
    public const string RefPrefix = "ds_";
    private const int RefRandomBytes = 16;
    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private static readonly byte[] LookupLabel = Encoding.ASCII.GetBytes("custos-subject/1\0");

    private readonly SensitiveConnections connections;
    private readonly string dataDirectory;
    private readonly TimeProvider clock;
    private readonly Lock keyLock = new();
    private byte[]? lookupKey;

    public SqliteSubjectKeys(string databasePath, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        dataDirectory = Path.GetDirectoryName(fullPath)!;
        this.clock = clock ?? TimeProvider.System;
        connections = new SensitiveConnections(fullPath);
    }

    /// <summary>A new pseudonymous reference: <c>ds_</c> and 26 base32 characters (128 random bits).</summary>
    public static string NewRef()
    {
        Span<byte> random = stackalloc byte[RefRandomBytes];
        RandomNumberGenerator.Fill(random);
        var text = new StringBuilder(RefPrefix, RefPrefix.Length + 26);
        int buffer = 0, bits = 0;
        foreach (var b in random)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        text.Append(Base32Alphabet[(buffer << (5 - bits)) & 31]);
        return text.ToString();
    }

    /// <inheritdoc />
    public async ValueTask<SealedPersonalData> SealAsync(IReadOnlyList<string> subjects, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var identities = DistinctIdentities(subjects);
        var keys = new List<SubjectKey>(identities.Count);
        var refs = new List<string>(identities.Count);
        try
        {
            foreach (var identity in identities)
            {
                var (subjectRef, key) = await GetOrCreateAsync(identity, cancellationToken);
                if (refs.Contains(subjectRef))
                {
                    CryptographicOperations.ZeroMemory(key);
                    continue;
                }

                refs.Add(subjectRef);
                keys.Add(new SubjectKey(subjectRef, key));
            }

            var envelope = PersonalDataSeal.Seal(plaintext.Span, keys);
            return new SealedPersonalData(refs, envelope.ToJson());
        }
        finally
        {
            foreach (var key in keys)
            {
                CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsMemory(key.Key).Span);
            }
        }
    }

    /// <summary>The reference of <paramref name="subject"/>'s current key, or null when it has none (never named, or erased).</summary>
    public async Task<string?> FindRefAsync(string subject, CancellationToken cancellationToken)
    {
        var lookup = Lookup(subject);
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ref FROM subject_keys WHERE lookup = $lookup";
        command.Parameters.AddWithValue("$lookup", lookup);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// Erases <paramref name="subject"/>'s key and lookup, overwriting the freed bytes and truncating the
    /// write-ahead log; null when the subject has no key (never named, or already erased).
    /// </summary>
    public async Task<SubjectErasure?> EraseAsync(string subject, string erasedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasedBy);
        var lookup = Lookup(subject);
        string? subjectRef;
        await using (var connection = connections.Open(forWriting: true))
        {
            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    UPDATE subject_keys SET key = NULL, lookup = NULL, erased_at = $at, erased_by = $by
                    WHERE lookup = $lookup
                    RETURNING ref
                    """;
                command.Parameters.AddWithValue("$lookup", lookup);
                command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("$by", erasedBy);
                subjectRef = await command.ExecuteScalarAsync(cancellationToken) as string;
                await transaction.CommitAsync(cancellationToken);
            }

            if (subjectRef is null)
            {
                return null;
            }

            var purged = await TruncateLogAsync(connection, cancellationToken);
            return new SubjectErasure(subjectRef, at, purged);
        }
    }

    /// <summary>Every reference with its dates, oldest first.</summary>
    public async Task<IReadOnlyList<SubjectKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ref, created_at, erased_at, erased_by FROM subject_keys ORDER BY created_at, ref";
        var result = new List<SubjectKeyInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new SubjectKeyInfo(
                reader.GetString(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return result;
    }

    /// <summary>The key of <paramref name="subjectRef"/>, for <see cref="PersonalDataSeal.Open"/>; written to <paramref name="key"/> only when found.</summary>
    public SubjectKeyStatus LookupKey(string subjectRef, Span<byte> key)
    {
        using var connection = connections.Open();
        return LookupKey(connection, subjectRef, key);
    }

    /// <summary>Opens a sealed object with the keys in this store (one connection for all of its subjects).</summary>
    public OpenResult Open(SealedEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        using var connection = connections.Open();
        return PersonalDataSeal.Open(envelope, (subjectRef, key) => LookupKey(connection, subjectRef, key));
    }

    /// <summary>Opens a payload's <c>sealed</c> object; a malformed object fails authentication.</summary>
    public OpenResult Open(JsonNode? sealedObject)
    {
        var parsed = SealedEnvelope.Parse(sealedObject);
        return parsed.IsSuccess ? Open(parsed.Value!) : new OpenResult(OpenStatus.AuthenticationFailed, null, null);
    }

    private static SubjectKeyStatus LookupKey(SqliteConnection connection, string subjectRef, Span<byte> key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM subject_keys WHERE ref = $ref";
        command.Parameters.AddWithValue("$ref", subjectRef);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return SubjectKeyStatus.Unknown;
        }

        if (reader.IsDBNull(0))
        {
            return SubjectKeyStatus.Erased;
        }

        var bytes = (byte[])reader.GetValue(0);
        try
        {
            if (bytes.Length != PersonalDataSeal.KeySize)
            {
                return SubjectKeyStatus.Unknown;
            }

            bytes.CopyTo(key);
            return SubjectKeyStatus.Found;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static List<string> DistinctIdentities(IReadOnlyList<string> subjects)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(subjects.Count);
        for (var i = 0; i < subjects.Count; i++)
        {
            if (DataSubject.Check(subjects[i]) is { } error)
            {
                throw new ArgumentException($"data subject {i}: {error}", nameof(subjects));
            }

            var normal = DataSubject.Normalize(subjects[i]);
            if (seen.Add(normal))
            {
                result.Add(normal);
            }
        }

        if (result.Count is 0 or > DataSubject.MaxCount)
        {
            throw new ArgumentException($"personal data is sealed for 1 to {DataSubject.MaxCount} data subjects, not {result.Count}", nameof(subjects));
        }

        return result;
    }

    private async Task<(string Ref, byte[] Key)> GetOrCreateAsync(string normalIdentity, CancellationToken cancellationToken)
    {
        var lookup = LookupOfNormal(normalIdentity);
        await using var connection = connections.Open(forWriting: true);
        if (await FindAsync(connection, null, lookup, cancellationToken) is { } existing)
        {
            return existing;
        }

        // Two first uses at once: the UNIQUE lookup lets one insert win; the other reads the winner's key.
        var key = RandomNumberGenerator.GetBytes(PersonalDataSeal.KeySize);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO subject_keys (ref, lookup, key, created_at) VALUES ($ref, $lookup, $key, $at)
                    ON CONFLICT (lookup) DO NOTHING
                    """;
                insert.Parameters.AddWithValue("$ref", NewRef());
                insert.Parameters.AddWithValue("$lookup", lookup);
                insert.Parameters.AddWithValue("$key", key);
                insert.Parameters.AddWithValue("$at", clock.GetUtcNow().ToUnixTimeMilliseconds());
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            var found = await FindAsync(connection, transaction, lookup, cancellationToken)
                ?? throw new InvalidOperationException("a data subject's key was written but cannot be read back");
            await transaction.CommitAsync(cancellationToken);
            return found;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static async Task<(string Ref, byte[] Key)?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, byte[] lookup, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT ref, key FROM subject_keys WHERE lookup = $lookup AND key IS NOT NULL";
        command.Parameters.AddWithValue("$lookup", lookup);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    private static async Task<bool> TruncateLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // A reader in another connection can keep the checkpoint from finishing; readers are short, so try a few times.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) == 0)
            {
                return true;
            }

            await Task.Delay(50, cancellationToken);
        }

        return false;
    }

    private byte[] Lookup(string subject)
    {
        if (DataSubject.Check(subject) is { } error)
        {
            throw new ArgumentException(error, nameof(subject));
        }

        return LookupOfNormal(DataSubject.Normalize(subject));
    }

    private byte[] LookupOfNormal(string normalIdentity)
    {
        byte[] key;
        lock (keyLock)
        {
            key = lookupKey ??= SubjectLookupKey.LoadOrCreate(dataDirectory);
        }

        var identity = Encoding.UTF8.GetBytes(normalIdentity);
        var message = new byte[LookupLabel.Length + identity.Length];
        LookupLabel.CopyTo(message, 0);
        identity.CopyTo(message, LookupLabel.Length);
        return HMACSHA256.HashData(key, message);
    }
}
