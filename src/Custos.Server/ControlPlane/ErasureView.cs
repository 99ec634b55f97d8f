namespace Custos.Server.ControlPlane;

/// <summary>The answer to an erasure: the subject's pseudonymous reference, when, and whether the key's bytes have left the disk.</summary>
public sealed record ErasureView(string Ref, DateTimeOffset ErasedAt, bool Purged);
