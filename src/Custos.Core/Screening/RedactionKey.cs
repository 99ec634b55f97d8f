using System.Security.Cryptography;

namespace Custos.Core.Screening;

/// <summary>
/// The key of keyed-hash redaction (<c>redaction: hash</c>): <c>redaction.key</c> in the data directory, 32 random
/// bytes created on first use and readable by its owner only. The same key gives the same tokens, so redacted
/// records still join; it never leaves the data directory.
/// </summary>
public static class RedactionKey
{
    public const string FileName = "redaction.key";

    public static byte[] LoadOrCreate(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            var fresh = RandomNumberGenerator.GetBytes(32);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var stream = new FileStream(path, options);
                stream.Write(fresh);
                stream.Flush(flushToDisk: true);
                return fresh;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        var key = File.ReadAllBytes(path);
        if (key.Length < 16)
        {
            throw new InvalidOperationException($"{path} holds {key.Length} bytes; a redaction key needs at least 16. Delete it to have Custos create a new one (hash tokens made before then will no longer match)");
        }

        return key;
    }
}
