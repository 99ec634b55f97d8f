namespace Custos.Ledger.Privacy;

/// <summary>
/// One data subject's key as the sealer needs it: the pseudonymous reference the sealed object names and the
/// 32-byte AES-256 key that wraps that subject's share of the data key.
/// </summary>
/// <param name="Ref">The subject's pseudonymous reference (such as <c>ds_…</c>), never the subject's identity.</param>
/// <param name="Key">The subject's key, <see cref="PersonalDataSeal.KeySize"/> bytes.</param>
public readonly record struct SubjectKey(string Ref, ReadOnlyMemory<byte> Key);
