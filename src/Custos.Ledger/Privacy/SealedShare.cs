namespace Custos.Ledger.Privacy;

/// <summary>One subject's XOR share of the data key, wrapped (AES-256-GCM) under that subject's key.</summary>
/// <param name="Subject">The subject's pseudonymous reference.</param>
/// <param name="Nonce">The wrap's nonce, <see cref="PersonalDataSeal.NonceSize"/> bytes.</param>
/// <param name="Wrapped">The encrypted share followed by its tag, <see cref="PersonalDataSeal.WrappedShareSize"/> bytes.</param>
public sealed record SealedShare(string Subject, byte[] Nonce, byte[] Wrapped)
{
    /// <inheritdoc />
    public bool Equals(SealedShare? other) =>
        other is not null && Subject == other.Subject && Nonce.AsSpan().SequenceEqual(other.Nonce) && Wrapped.AsSpan().SequenceEqual(other.Wrapped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, Nonce.Length, Wrapped.Length);
}
