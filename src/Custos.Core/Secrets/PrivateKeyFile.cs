using System.Security.Cryptography;

namespace Custos.Core.Secrets;

/// <summary>
/// Key files in the data directory (<c>ledger.key</c>, <c>master.key</c>, <c>subjects.key</c>): created once with
/// mode 0600 under a temporary name and linked into place, so a concurrent first use never reads half a key and
/// exactly one key wins; refused when anyone but their owner can read or write them. Messages name the file and
/// the fix, never the content.
/// </summary>
public static class PrivateKeyFile
{
    private const UnixFileMode OthersMayAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Writes <paramref name="content"/> to a new owner-only file; false when the file already exists (another process won).</summary>
    public static bool CreateNew(string path, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Reads a key file after checking that only its owner may use it.
    /// </summary>
    /// <param name="holds">What the file holds, for the message: "the ledger's private key".</param>
    /// <exception cref="InvalidOperationException">The file is missing, readable by others or too large; the message says how to fix it.</exception>
    public static byte[] ReadOwnerOnly(string path, int maxBytes, string holds)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} does not exist; it should hold {holds}");
        }

        CheckOwnerOnly(path, holds);
        var info = new FileInfo(path);
        if (info.Length > maxBytes)
        {
            throw new InvalidOperationException($"{path} is {info.Length} bytes, too large for {holds} (at most {maxBytes} bytes)");
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Throws when group or others may read, write or execute <paramref name="path"/>.</summary>
    public static void CheckOwnerOnly(string path, string holds)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & OthersMayAccess) != 0)
        {
            throw new InvalidOperationException(
                $"{path} can be read by other users (mode {Convert.ToString((int)mode, 8)}); it holds {holds}. Run: chmod 600 {path}");
        }
    }

    /// <summary>Zeroes a key buffer; for callers done with what <see cref="ReadOwnerOnly"/> returned.</summary>
    public static void Clear(byte[]? buffer)
    {
        if (buffer is not null)
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
