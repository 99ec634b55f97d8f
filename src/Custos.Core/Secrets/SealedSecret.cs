namespace Custos.Core.Secrets;

/// <summary>
/// One version of a built-in secret as stored: the value encrypted under a random data key, the data key wrapped by
/// the master key (both AES-256-GCM, nonce ‖ ciphertext ‖ tag), and the master key's id.
/// </summary>
public sealed record SealedSecret(string MasterKeyId, byte[] WrappedKey, byte[] Ciphertext);
