namespace Custos.Ledger.Privacy;

/// <summary>The outcome of opening a sealed object: the plaintext, or why not and (when it is one subject's) whose.</summary>
/// <param name="Status">Whether it opened, and if not, why.</param>
/// <param name="Plaintext">The personal data when <see cref="OpenStatus.Opened"/>; null otherwise.</param>
/// <param name="SubjectRef">The subject whose key was erased, unknown or whose share failed authentication; null when the failure is not one subject's.</param>
public sealed record OpenResult(OpenStatus Status, byte[]? Plaintext, string? SubjectRef)
{
    /// <summary>True when <see cref="Plaintext"/> is set.</summary>
    public bool IsOpened => Status == OpenStatus.Opened;

    internal static OpenResult Opened(byte[] plaintext) => new(OpenStatus.Opened, plaintext, null);

    internal static OpenResult Failed(OpenStatus status, string? subjectRef) => new(status, null, subjectRef);
}
