namespace Custos.Ledger.Proofs;

/// <summary>The outcome of checking a proof: valid, or the reason it is not.</summary>
public readonly record struct ProofVerification(bool IsValid, string? Failure)
{
    /// <summary>The proof holds.</summary>
    public static ProofVerification Valid => new(true, null);

    internal static ProofVerification Fail(string failure) => new(false, failure);

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : Failure ?? "invalid";
}
