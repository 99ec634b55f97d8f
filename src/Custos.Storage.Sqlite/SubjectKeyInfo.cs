namespace Custos.Storage.Sqlite;

/// <summary>One data subject's key as an operator may see it: the pseudonymous reference and its dates, never the key or the identity.</summary>
/// <param name="Ref">The pseudonymous reference (<c>ds_…</c>) the ledger uses.</param>
/// <param name="CreatedAt">When the key was made (the first action about the subject).</param>
/// <param name="ErasedAt">When the key was erased, or null while it exists.</param>
/// <param name="ErasedBy">Who erased it (<c>cli:USER</c>, <c>operator:TOKEN_ID</c>), or null.</param>
public sealed record SubjectKeyInfo(string Ref, DateTimeOffset CreatedAt, DateTimeOffset? ErasedAt, string? ErasedBy);
