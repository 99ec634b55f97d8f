using Custos.Core.Tokenization;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite;

/// <summary>
/// The token vault's rows in <c>redaction_tokens</c>: id, type, the keyed-hash lookup, the sealed value and the
/// data subjects it is sealed for. Values are never stored in the clear. Destroying a value (expiry, erasure)
/// nulls its ciphertext, wrapped key and lookup on a connection with <c>secure_delete</c>, so the freed bytes are
/// overwritten; the row stays so a later detokenize can say why it refuses.
/// </summary>
public sealed class SqliteTokenStore : ITokenStore
{
    private const string Columns = "id, type, lookup, master_key_id, wrapped_key, ciphertext, subject_refs, layers, created_at, expires_at, erased_at";

    private readonly SensitiveConnections connections;

    public SqliteTokenStore(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        connections = new SensitiveConnections(Path.GetFullPath(databasePath));
    }

    public async Task<StoredToken?> FindByLookupAsync(byte[] lookup, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM redaction_tokens WHERE lookup = $lookup AND ciphertext IS NOT NULL AND expires_at > $now";
        command.Parameters.AddWithValue("$lookup", lookup);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<StoredToken?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = connections.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM redaction_tokens WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<StoredToken> AddAsync(StoredToken token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Sealed is null || token.Lookup is null)
        {
            throw new ArgumentException("a new token needs its sealed value and its lookup", nameof(token));
        }

        await using var connection = connections.Open(forWriting: true);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        await using (var release = connection.CreateCommand())
        {
            // A dead row (expired or erased) holding the lookup gives it up: the value gets a new token.
            release.Transaction = transaction;
            release.CommandText = "UPDATE redaction_tokens SET lookup = NULL WHERE lookup = $lookup AND (ciphertext IS NULL OR expires_at <= $now)";
            release.Parameters.AddWithValue("$lookup", token.Lookup);
            release.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            await release.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO redaction_tokens (id, type, lookup, master_key_id, wrapped_key, ciphertext, subject_refs, layers, created_at, expires_at)
                VALUES ($id, $type, $lookup, $key, $wrapped, $ciphertext, $refs, $layers, $created, $expires)
                ON CONFLICT (lookup) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$id", token.Id);
            insert.Parameters.AddWithValue("$type", token.Type);
            insert.Parameters.AddWithValue("$lookup", token.Lookup);
            insert.Parameters.AddWithValue("$key", token.Sealed.MasterKeyId);
            insert.Parameters.AddWithValue("$wrapped", token.Sealed.WrappedKey);
            insert.Parameters.AddWithValue("$ciphertext", token.Sealed.Ciphertext);
            insert.Parameters.AddWithValue("$refs", Refs(token.SubjectRefs));
            insert.Parameters.AddWithValue("$layers", token.Layers);
            insert.Parameters.AddWithValue("$created", token.CreatedAt.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$expires", token.ExpiresAt.ToUnixTimeMilliseconds());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        StoredToken? winner;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT {Columns} FROM redaction_tokens WHERE lookup = $lookup";
            read.Parameters.AddWithValue("$lookup", token.Lookup);
            winner = await ReadOneAsync(read, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return winner ?? throw new InvalidOperationException("a redaction token was written but cannot be read back");
    }

    public async Task UpdateAsync(string id, TokenSealed sealedValue, IReadOnlyList<string> subjectRefs, int layers, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        ArgumentNullException.ThrowIfNull(subjectRefs);
        await using var connection = connections.Open(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE redaction_tokens SET master_key_id = $key, wrapped_key = $wrapped, ciphertext = $ciphertext, subject_refs = $refs, layers = $layers, expires_at = max(expires_at, $expires)
            WHERE id = $id AND ciphertext IS NOT NULL
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$key", sealedValue.MasterKeyId);
        command.Parameters.AddWithValue("$wrapped", sealedValue.WrappedKey);
        command.Parameters.AddWithValue("$ciphertext", sealedValue.Ciphertext);
        command.Parameters.AddWithValue("$refs", Refs(subjectRefs));
        command.Parameters.AddWithValue("$layers", layers);
        command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseLookupAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE redaction_tokens SET lookup = NULL WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task TouchAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE redaction_tokens SET expires_at = max(expires_at, $expires) WHERE id = $id AND ciphertext IS NOT NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = connections.Open(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE redaction_tokens SET master_key_id = NULL, wrapped_key = NULL, ciphertext = NULL, lookup = NULL
            WHERE ciphertext IS NOT NULL AND expires_at <= $now
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> EraseSubjectAsync(string subjectRef, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjectRef);
        await using var connection = connections.Open(forWriting: true);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE redaction_tokens SET master_key_id = NULL, wrapped_key = NULL, ciphertext = NULL, lookup = NULL, erased_at = $at
            WHERE erased_at IS NULL AND instr(subject_refs, ' ' || $ref || ' ') > 0
            """;
        command.Parameters.AddWithValue("$ref", subjectRef);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Stored padded with spaces (" ds_a ds_b "), so a reference is found whole with instr.
    private static string Refs(IReadOnlyList<string> refs) => refs.Count == 0 ? string.Empty : " " + string.Join(' ', refs) + " ";

    private static async Task<StoredToken?> ReadOneAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var sealedValue = reader.IsDBNull(5)
            ? null
            : new TokenSealed(reader.GetString(3), (byte[])reader.GetValue(4), (byte[])reader.GetValue(5));
        return new StoredToken(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
            sealedValue,
            reader.GetString(6).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            reader.GetInt32(7),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9)),
            reader.IsDBNull(10) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)));
    }
}
