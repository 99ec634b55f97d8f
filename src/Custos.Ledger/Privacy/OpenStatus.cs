namespace Custos.Ledger.Privacy;

/// <summary>Why a sealed object did or did not open.</summary>
public enum OpenStatus
{
    /// <summary>Every key was present and every tag verified; the plaintext is returned.</summary>
    Opened,

    /// <summary>A subject's key was erased: the data is unreadable by design (crypto-shredding).</summary>
    KeyErased,

    /// <summary>A subject's key is not in the key store.</summary>
    KeyUnknown,

    /// <summary>A share or the ciphertext failed authentication: the object was altered, or put together from parts of others.</summary>
    AuthenticationFailed,
}
