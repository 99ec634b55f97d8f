using System.Globalization;

namespace Custos.Cli.Audit;

/// <summary>Times on the audit command line: an ISO 8601 instant, or a span back from now such as 90m, 24h or 7d.</summary>
internal static class AuditTime
{
    public const string Hint = "write an ISO 8601 time such as 2026-11-27T09:30:00Z, or a span back from now such as 90m, 24h or 7d";

    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var unit = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => TimeSpan.Zero,
        };
        if (unit != TimeSpan.Zero && text.Length > 1 && text[..^1].All(char.IsAsciiDigit))
        {
            // At most about 100 years back; anything longer is a typo.
            if (!long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 36_600L * TimeSpan.TicksPerDay / unit.Ticks)
            {
                return false;
            }

            at = now - TimeSpan.FromTicks(count * unit.Ticks);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at)
            && text.Length >= 10 && char.IsAsciiDigit(text[0]);
    }
}
