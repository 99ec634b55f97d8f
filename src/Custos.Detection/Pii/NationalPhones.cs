using Custos.Detection.Scanning;
using PhoneNumbers;

namespace Custos.Detection.Pii;

/// <summary>
/// Phone numbers written in another country's national format, with no country code: valid in none but the default
/// region's rules say nothing, so they are read under the rules of the countries whose numbers agents meet most, but
/// only right after a phone word ("tel", "Telefon", "mobiel", "電話", "संपर्क"). The score alone is below the
/// reporting threshold: the word's boost is what makes it a finding.
/// </summary>
internal static class NationalPhones
{
    /// <summary>Below the reporting threshold by itself; with a phone word's boost (+0.35) just above it.</summary>
    public const double Score = 0.2;

    // The regions tried, most often met first: Europe, then Asia, the Americas, Oceania and Africa. Each is one parse,
    // run only for a digit run after a phone word that the default region's rules rejected.
    private static readonly string[] Regions =
    [
        "GB", "DE", "FR", "NL", "BE", "ES", "IT", "PT", "PL", "SE", "CH", "AT", "IE", "DK", "NO", "FI", "CZ", "RO", "HU", "GR",
        "TR", "UA", "RU", "IL", "IN", "JP", "CN", "KR", "TW", "HK", "SG", "MY", "ID", "VN", "TH", "PH", "PK", "AE", "SA", "EG",
        "BR", "MX", "AR", "CO", "CL", "AU", "NZ", "ZA", "NG", "KE",
    ];

    /// <summary>
    /// How many digit runs one scan reads under the other regions' rules. Each costs up to fifty parses, so a text built
    /// of "tel 0000000" lines would otherwise scan fifteen times slower than any other; a text with more phone numbers in
    /// foreign national formats than this is a directory, and the ones past it are left to the default region's rules.
    /// </summary>
    public const int MaxRunsPerScan = 64;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>True when a phone word ends within the context window before <paramref name="start"/> and the number is valid in one of the regions.</summary>
    public static bool IsValidAfterPhoneWord(ScanContext context, int start, string written)
    {
        if (context.NationalPhoneRuns >= MaxRunsPerScan || !AfterPhoneWord(context, start))
        {
            return false;
        }

        context.NationalPhoneRuns++;

        foreach (var region in Regions)
        {
            try
            {
                if (Phones.IsValidNumber(Phones.Parse(written, region)))
                {
                    return true;
                }
            }
            catch (NumberParseException)
            {
                // Not a number under this region's rules; try the next.
            }
        }

        return false;
    }

    private static bool AfterPhoneWord(ScanContext context, int start)
    {
        var hits = context.ContextHits;
        var from = start - context.Options.ContextWindow;
        for (var k = hits.Count - 1; k >= 0 && hits[k].End >= from; k--)
        {
            if ((hits[k].Kind & ContextKind.Phone) != 0 && hits[k].End <= start)
            {
                return true;
            }
        }

        return false;
    }
}
