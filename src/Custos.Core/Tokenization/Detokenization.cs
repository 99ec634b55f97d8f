namespace Custos.Core.Tokenization;

/// <summary>The vault's answer for one token: the value only when <see cref="Status"/> is <see cref="DetokenizeStatus.Found"/>.</summary>
/// <param name="Message">Why not, in words that never hold the value; null when found.</param>
public sealed record Detokenization(DetokenizeStatus Status, string? Value, DateTimeOffset? ExpiresAt, string? Message)
{
    public override string ToString() => Status == DetokenizeStatus.Found ? $"{Status} (value withheld)" : $"{Status}: {Message}";
}
