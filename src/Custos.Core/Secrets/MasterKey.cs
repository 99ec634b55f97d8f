using System.Security.Cryptography;
using System.Text;

namespace Custos.Core.Secrets;

/// <summary>
/// The key that wraps the built-in store's data keys: 32 bytes from <c>CUSTOS_MASTER_KEY</c> (base64), else from
/// <c>master.key</c> in the data directory (one base64 line, created on first use with mode 0600, refused when
/// anyone but its owner can read it). Its <see cref="Id"/> is stored beside every sealed secret, so a wrong key is
/// told apart from a damaged secret. Back the key up apart from the database: without it the store is unreadable.
/// </summary>
public sealed class MasterKey : IDisposable
{
    public const string EnvironmentVariable = "CUSTOS_MASTER_KEY";
    public const string FileName = "master.key";
    public const int Size = 32;

    private readonly byte[] key;

    private MasterKey(byte[] key, string source)
    {
        this.key = key;
        Source = source;
        Span<byte> digest = stackalloc byte[32];
        HMACSHA256.HashData(key, "custos.master-key-id/1"u8, digest);
        Id = Convert.ToHexStringLower(digest[..8]);
    }

    /// <summary>A short public fingerprint of the key (16 hex digits); safe to store and print.</summary>
    public string Id { get; }

    /// <summary>Where the key came from, for messages: the variable's name or the file's path.</summary>
    public string Source { get; }

    internal ReadOnlySpan<byte> Bytes => key;

    /// <summary>Loads the key, creating <c>master.key</c> when neither the variable nor the file exists.</summary>
    /// <exception cref="InvalidOperationException">The key is malformed or its file readable by others; the message says how to fix it and never holds the key.</exception>
    public static MasterKey Load(string dataDirectory, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var fromEnvironment = (environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return new MasterKey(Decode(fromEnvironment, EnvironmentVariable), EnvironmentVariable);
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(Size);
            PrivateKeyFile.CreateNew(path, Encoding.ASCII.GetBytes(Convert.ToBase64String(fresh) + "\n"));
            CryptographicOperations.ZeroMemory(fresh);
        }

        var bytes = PrivateKeyFile.ReadOwnerOnly(path, 1024, "the master key of the built-in secrets store");
        try
        {
            return new MasterKey(Decode(Encoding.ASCII.GetString(bytes), path), path);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>A new random key as base64, for <c>CUSTOS_MASTER_KEY</c>.</summary>
    public static string NewBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size));

    public void Dispose() => CryptographicOperations.ZeroMemory(key);

    public override string ToString() => $"master key {Id} from {Source}";

    private static byte[] Decode(string text, string source)
    {
        var buffer = new byte[64];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written != Size)
        {
            CryptographicOperations.ZeroMemory(buffer);
            throw new InvalidOperationException(
                $"{source} does not hold a master key: it must be {Size} random bytes in base64 (44 characters). Make one with: head -c 32 /dev/urandom | base64");
        }

        var key = buffer[..Size];
        CryptographicOperations.ZeroMemory(buffer);
        return key;
    }
}
