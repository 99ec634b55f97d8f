namespace Custos.Ledger.Entries;

/// <summary>
/// What an action cost: tokens in and out, and money as a canonical decimal string (<c>0</c>, <c>0.0042</c>,
/// <c>-1.5</c>) so that no floating point or culture ever enters the hashed bytes.
/// </summary>
public sealed record LedgerCost(long TokensIn, long TokensOut, string Amount)
{
    /// <summary>No tokens and no money.</summary>
    public static LedgerCost Zero { get; } = new(0, 0, "0");

    /// <summary>True when <paramref name="amount"/> is an optional minus, digits without leading zeros, and an optional fraction.</summary>
    public static bool IsCanonicalAmount(string? amount)
    {
        if (string.IsNullOrEmpty(amount) || amount.Length > 64)
        {
            return false;
        }

        var span = amount.AsSpan();
        if (span[0] == '-')
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        var whole = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? [] : span[(dot + 1)..];
        if (whole.IsEmpty || (whole.Length > 1 && whole[0] == '0') || !IsDigits(whole) || (dot >= 0 && (fraction.IsEmpty || !IsDigits(fraction))))
        {
            return false;
        }

        // "-0" and "-0.0" would be a second spelling of zero.
        return amount[0] != '-' || span.ContainsAnyInRange('1', '9');
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
