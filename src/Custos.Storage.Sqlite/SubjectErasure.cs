namespace Custos.Storage.Sqlite;

/// <summary>The result of erasing a data subject's key.</summary>
/// <param name="Ref">The reference whose key was erased; entries that name it can no longer be opened.</param>
/// <param name="ErasedAt">When.</param>
/// <param name="Purged">
/// True when the write-ahead log was checkpointed and truncated, so the key's bytes are gone from every file of
/// the database; false when another connection kept the log busy (it is purged at the next checkpoint).
/// </param>
public sealed record SubjectErasure(string Ref, DateTimeOffset ErasedAt, bool Purged);
