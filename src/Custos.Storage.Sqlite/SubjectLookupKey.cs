using System.Security.Cryptography;

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

    private const UnixFileMode OthersMayAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Reads the key, creating it when the file does not exist; throws <see cref="InvalidOperationException"/> with the fix when it cannot be used.</summary>
    public static byte[] LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            Create(path);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & OthersMayAccess) != 0)
            {
                throw new InvalidOperationException(
                    $"{path} can be read by other users (mode {Convert.ToString((int)mode, 8)}); it links data subjects to their keys. Run 'chmod 600 {path}' so only its owner can read it");
            }
        }

        var key = File.ReadAllBytes(path);
        if (key.Length != Size)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new InvalidOperationException(
                $"{path} is not a subject lookup key ({Size} bytes expected); restore it from the backup taken with {SqliteStore.FileName}. Without it, subjects already recorded cannot be found for erasure");
        }

        return key;
    }

    private static void Create(string path)
    {
        // Written under a temporary name and linked into place, so a concurrent first use never reads half a key
        // and exactly one key wins.
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var key = RandomNumberGenerator.GetBytes(Size);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(key);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            File.Delete(temporary);
        }
    }
}
