namespace Custos.Core.Secrets;

/// <summary>Per-hour counts of each agent's uses of each secret: the baseline the unusual-use rules compare with.</summary>
public interface ISecretUseHours
{
    /// <summary>Adds <paramref name="uses"/> to the count of the hour starting at <paramref name="hour"/>; returns the hour's count after.</summary>
    Task<long> AddAsync(string reference, string agent, DateTimeOffset hour, int uses, CancellationToken cancellationToken);

    /// <summary>The hours from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) with uses, oldest first.</summary>
    Task<IReadOnlyList<SecretUseHour>> HoursAsync(string reference, string agent, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Forgets the hours before <paramref name="before"/>.</summary>
    Task PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

/// <param name="Hour">The start of the hour (UTC).</param>
public readonly record struct SecretUseHour(DateTimeOffset Hour, long Count);
