using System.Security.Cryptography;
using Custos.Core.Secrets;

namespace Custos.Storage.Sqlite;

/// <summary>
/// <c>subjects.key</c> in the data directory: the 32-byte HMAC key under which data subjects' identities are
/// turned into lookups, so the database alone never says who a subject reference is. Created on first use with
/// mode 0600; refused when anyone but its owner can read it.
/// </summary>
internal static class SubjectLookupKey
{
    public const string FileName = "subjects.key";
    public const int Size = 32;

    /// <summary>Reads the key, creating it when the file does not exist; throws <see cref="InvalidOperationException"/> with the fix when it cannot be used.</summary>
    public static byte[] LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(Size);
            PrivateKeyFile.CreateNew(path, fresh);
            CryptographicOperations.ZeroMemory(fresh);
        }

        var key = PrivateKeyFile.ReadOwnerOnly(path, 4096, "the key that links data subjects to their keys");
        if (key.Length != Size)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new InvalidOperationException(
                $"{path} is not a subject lookup key ({Size} bytes expected); restore it from the backup taken with {SqliteStore.FileName}. Without it, subjects already recorded cannot be found for erasure");
        }

        return key;
    }
}
