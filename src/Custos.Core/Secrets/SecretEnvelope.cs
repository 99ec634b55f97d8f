using System.Security.Cryptography;
using System.Text;

namespace Custos.Core.Secrets;

/// <summary>
/// Envelope encryption for the built-in store: each version gets its own random 256-bit data key; the value is
/// sealed with it and the data key with the master key, both AES-256-GCM with the secret's name and version as
/// associated data, so a ciphertext moved to another name or version fails its check instead of decrypting.
/// </summary>
public static class SecretEnvelope
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int DataKeySize = 32;

    public static SealedSecret Seal(MasterKey masterKey, string name, int version, string value)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var dataKey = RandomNumberGenerator.GetBytes(DataKeySize);
        var plaintext = Encoding.UTF8.GetBytes(value);
        try
        {
            var ciphertext = Encrypt(dataKey, plaintext, AssociatedData("value", name, version));
            var wrapped = Encrypt(masterKey.Bytes, dataKey, AssociatedData("key", name, version));
            return new SealedSecret(masterKey.Id, wrapped, ciphertext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <exception cref="SecretResolutionException">The master key is not the one the secret was sealed with, or the stored bytes were changed.</exception>
    public static string Open(MasterKey masterKey, string name, int version, SealedSecret sealedSecret)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        ArgumentNullException.ThrowIfNull(sealedSecret);
        if (sealedSecret.MasterKeyId != masterKey.Id)
        {
            throw new SecretResolutionException(
                $"built-in secret '{name}' version {version} was sealed under master key {Printable(sealedSecret.MasterKeyId)}, but the key in use ({masterKey.Source}) is {masterKey.Id}; "
                + $"set {MasterKey.EnvironmentVariable} to the key it was sealed with or restore {MasterKey.FileName} from your backup")
            {
                Failure = SecretFailure.Integrity,
            };
        }

        byte[]? dataKey = null;
        byte[]? plaintext = null;
        try
        {
            dataKey = Decrypt(masterKey.Bytes, sealedSecret.WrappedKey, AssociatedData("key", name, version));
            plaintext = Decrypt(dataKey, sealedSecret.Ciphertext, AssociatedData("value", name, version));
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(plaintext);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException or DecoderFallbackException)
        {
            throw new SecretResolutionException(
                $"built-in secret '{name}' version {version} failed its integrity check: the stored bytes were changed or belong to another secret. Restore the database from a backup or set the secret again ('custos secrets set {name}')")
            {
                Failure = SecretFailure.Integrity,
            };
        }
        finally
        {
            if (dataKey is not null)
            {
                CryptographicOperations.ZeroMemory(dataKey);
            }

            if (plaintext is not null)
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
    }

    private static byte[] AssociatedData(string part, string name, int version) =>
        Encoding.UTF8.GetBytes($"custos.secret/1\n{part}\n{name}\n{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    private static byte[] Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, byte[] associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), associatedData);
        return output;
    }

    private static byte[] Decrypt(ReadOnlySpan<byte> key, byte[] sealedBytes, byte[] associatedData)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("too short");
        }

        var length = sealedBytes.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plaintext, associatedData);
        return plaintext;
    }

    private static string Printable(string id) => id.Length <= 32 && id.All(char.IsAsciiHexDigit) ? id : "(unreadable id)";
}
