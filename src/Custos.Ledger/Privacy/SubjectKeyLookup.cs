namespace Custos.Ledger.Privacy;

/// <summary>
/// Finds the key of <paramref name="subjectRef"/> and writes it to <paramref name="key"/>
/// (<see cref="PersonalDataSeal.KeySize"/> bytes, zeroed by the caller after use).
/// </summary>
public delegate SubjectKeyStatus SubjectKeyLookup(string subjectRef, Span<byte> key);
