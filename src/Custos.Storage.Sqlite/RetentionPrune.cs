namespace Custos.Storage.Sqlite;

/// <summary>What one pruning pass dropped (or, on a dry run, would drop). Leaf hashes are never dropped.</summary>
/// <param name="Payloads">Payloads of ordinary entries past <c>retention.payloads</c>.</param>
/// <param name="PersonalData">Payloads of entries with data subjects past <c>retention.personal_data</c>.</param>
/// <param name="Entries">Canonical entries past <c>retention.audit</c> (their payloads go with them).</param>
/// <param name="DryRun">True when nothing was changed.</param>
public sealed record RetentionPrune(long Payloads, long PersonalData, long Entries, bool DryRun)
{
    /// <summary>True when nothing was (or would be) dropped.</summary>
    public bool IsEmpty => Payloads == 0 && PersonalData == 0 && Entries == 0;
}
