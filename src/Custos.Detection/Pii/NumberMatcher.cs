using Custos.Detection.Scanning;
using PhoneNumbers;

namespace Custos.Detection.Pii;

/// <summary>
/// Reads a run of digit groups with separators once, then looks at windows of consecutive groups for IPv4
/// addresses, card numbers and social security numbers, and at the run as a whole for a phone number. Windows
/// span at most a few groups, so the work is linear in the run.
/// </summary>
internal static class NumberMatcher
{
    /// <summary>
    /// The words of identity and tax numbers: digits right after one ("ABN 39 011 498 078" whose check fails) are a
    /// mistyped id, not a phone number, unless a phone word is near too.
    /// </summary>
    private const ContextKind NationalIdWords = ContextKind.Nhs | ContextKind.Nino | ContextKind.Itin | ContextKind.Routing | ContextKind.Aadhaar
        | ContextKind.Pan | ContextKind.SpanishId | ContextKind.FiscalCode | ContextKind.AuAbn | ContextKind.AuTfn | ContextKind.SgNric
        | ContextKind.Pesel | ContextKind.FiHetu;

    private const int MaxSeparator = 2;
    private const int MinDigits = 7;
    private const int MaxPhoneGroups = 8;
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static bool StartsRun(string text, int i)
    {
        var c = text[i];
        return char.IsAsciiDigit(c) || ((c == '+' || c == '(') && char.IsAsciiDigit(Chars.At(text, i + 1)));
    }

    /// <summary>Reads the run at <paramref name="start"/> and adds what it holds; returns where the run ends.</summary>
    public static int Scan(ScanContext context, int start)
    {
        var text = context.Text;
        var groups = context.Groups;
        groups.Clear();
        var i = start;
        if (text[i] is '+' or '(')
        {
            i++;
        }
        else if (context.Options.IsEnabled(EntityTypes.FiPersonalIdentityCode) && FiHetu.Match(text, start) is > 0 and var hetuEnd)
        {
            // 131052-308T: read as one code, not as a date and a number.
            context.Add(EntityTypes.FiPersonalIdentityCode, start, hetuEnd, 0.7, "hetu", boost: ContextKind.FiHetu, dampen: ContextKind.Reference);
            return hetuEnd;
        }

        while (true)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            groups.Add((groupStart, i));
            var j = i;
            while (j < text.Length && j - i < MaxSeparator && IsSeparator(text[j]))
            {
                j++;
            }

            if (j > i && j < text.Length && char.IsAsciiDigit(text[j]))
            {
                i = j;
                continue;
            }

            break;
        }

        var runEnd = i;

        // A Spanish NIF is eight digits and a control letter (12345678Z, 12345678-Z).
        if (groups.Count == 1 && i - start == 8 && char.IsAsciiDigit(text[start]) && context.Options.IsEnabled(EntityTypes.EsNif) && SpanishId.MatchNif(text, start) is > 0 and var nifEnd)
        {
            context.Add(EntityTypes.EsNif, start, nifEnd, 0.6, "es-id", boost: ContextKind.SpanishId, dampen: ContextKind.Reference);
            return nifEnd;
        }

        // Digits glued to a word (4567abc) belong to the word.
        if (i < text.Length && (char.IsLetter(text[i]) || text[i] == '_'))
        {
            groups.RemoveAt(groups.Count - 1);
        }

        if (groups.Count == 0)
        {
            return SkipWord(text, runEnd);
        }

        // Every type below needs seven digits or more (a phone number; cards, SSNs, ITINs, routing, NHS, Aadhaar, ABN,
        // TFN and PESEL more), except an IPv4 address, which needs four groups. JSON and logs are full of shorter runs
        // ("200", "2026-11", "10:05"): they stop here instead of going through every reader.
        var digitCount = 0;
        foreach (var (s, e) in groups)
        {
            digitCount += e - s;
        }

        if (digitCount < MinDigits && groups.Count < 4)
        {
            return runEnd;
        }

        var found = false;
        for (var g = 0; g < groups.Count;)
        {
            TryAba(context, g);
            var next = TryIpv4(context, g);
            if (next < 0)
            {
                next = TryCard(context, g);
            }

            if (next < 0)
            {
                next = TrySsn(context, g);
            }

            if (next < 0)
            {
                next = TryItin(context, g);
            }

            if (next >= 0)
            {
                found = true;
                g = next;
            }
            else
            {
                g++;
            }
        }

        // An NHS number is the whole run (3-3-4 or ten bare digits); a phone number may be read from it too, and
        // the context decides (a phone word raises the phone, "NHS" the NHS number).
        TryNhs(context, start);
        TryAadhaar(context, start);
        MoreNationalNumbers.Scan(context, start);

        if (!found && groups.Count <= MaxPhoneGroups && context.Options.IsEnabled(EntityTypes.PhoneNumber))
        {
            var plus = text[start] == '+';
            var paren = text[start] == '(';
            // A number written after a slash is a path's or a reference's part (FV/2026/11/0412), not a phone number.
            if (Chars.At(text, start - 1) != '/' && !TryPhone(context, start, 0, groups.Count, plus, paren) && groups.Count >= 3)
            {
                // A phone number beside another group (555-123-4567 2024, 42 06-41782915): the extra group is set off by
                // another separator. Groups joined alike (402-7781223-1190) are one reference, not a number and a rest.
                var n = groups.Count;
                _ = (!Separator(context, n - 2).SequenceEqual(Separator(context, n - 3)) && TryPhone(context, start, 0, n - 1, plus, paren))
                    || (!Separator(context, 0).SequenceEqual(Separator(context, 1)) && TryPhone(context, groups[1].Start, 1, n, false, false));
            }
        }

        return runEnd;
    }

    /// <summary>Where a word that digits are glued to ends, so its digits start no run.</summary>
    public static int SkipWord(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '-'))
        {
            i++;
        }

        return i;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '/' or '(' or ')' or '\u00A0';

    /// <summary>The digits of the whole run, its groups joined, written into <paramref name="digits"/>: how many, or -1 when they do not fit.</summary>
    internal static int RunDigits(ScanContext context, Span<char> digits)
    {
        var count = 0;
        foreach (var (s, e) in context.Groups)
        {
            if (count + (e - s) > digits.Length)
            {
                return -1;
            }

            context.Text.AsSpan(s, e - s).CopyTo(digits[count..]);
            count += e - s;
        }

        return count;
    }

    /// <summary>Whether the run is exactly groups of <paramref name="lengths"/> digits, split by one and the same character of <paramref name="separators"/>.</summary>
    internal static bool IsGrouped(ScanContext context, string separators, params ReadOnlySpan<int> lengths)
    {
        var groups = context.Groups;
        if (groups.Count != lengths.Length)
        {
            return false;
        }

        for (var k = 0; k < groups.Count; k++)
        {
            if (groups[k].End - groups[k].Start != lengths[k]
                || (k > 0 && (groups[k].Start - groups[k - 1].End != 1 || !separators.Contains(context.Text[groups[k - 1].End], StringComparison.Ordinal)
                    || context.Text[groups[k - 1].End] != context.Text[groups[0].End])))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Separator(ScanContext context, int g) =>
        context.Text.AsSpan(context.Groups[g].End, context.Groups[g + 1].Start - context.Groups[g].End);

    private static int Digits(ScanContext context, int g) => context.Groups[g].End - context.Groups[g].Start;

    private static int TryIpv4(ScanContext context, int g)
    {
        var groups = context.Groups;
        if (g + 4 > groups.Count || (g > 0 && Separator(context, g - 1) is ".") || (g + 4 < groups.Count && Separator(context, g + 3) is "."))
        {
            return -1;
        }

        for (var k = g; k < g + 4; k++)
        {
            var part = context.Text.AsSpan(groups[k].Start, groups[k].End - groups[k].Start);
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || int.Parse(part, provider: System.Globalization.CultureInfo.InvariantCulture) > 255)
            {
                return -1;
            }

            if (k < g + 3 && Separator(context, k) is not ".")
            {
                return -1;
            }
        }

        // A dotted quad followed by more dots and digits (1.2.3.4.5) is a version or an OID.
        var end = groups[g + 3].End;
        if (Chars.At(context.Text, end) == '.' && char.IsAsciiDigit(Chars.At(context.Text, end + 1)))
        {
            return -1;
        }

        context.Add(EntityTypes.IpAddress, groups[g].Start, end, 0.85, "ip", "ipv4", boost: ContextKind.Ip, dampen: ContextKind.Version);
        return g + 4;
    }

    private static int TryCard(ScanContext context, int g)
    {
        var groups = context.Groups;
        Span<char> digits = stackalloc char[19];
        var count = 0;
        var best = -1;
        var bestCount = 0;
        char separator = '\0';
        for (var k = g; k < groups.Count; k++)
        {
            var length = Digits(context, k);
            if (k > g)
            {
                var sep = Separator(context, k - 1);
                if (sep.Length != 1 || sep[0] is not (' ' or '-') || (separator != '\0' && sep[0] != separator) || length is < 3 or > 6 || Digits(context, g) is < 3 or > 6)
                {
                    break;
                }

                separator = sep[0];
            }

            if (count + length > 19)
            {
                break;
            }

            context.Text.AsSpan(groups[k].Start, length).CopyTo(digits[count..]);
            count += length;
            if (count >= 12 && CreditCard.IsValid(digits[..count]))
            {
                best = k;
                bestCount = count;
            }
        }

        if (best < 0)
        {
            return -1;
        }

        // Twelve digits that also pass Aadhaar's Verhoeff check are a card only where the text says so.
        var cardScore = bestCount == 12 && Aadhaar.IsValid(digits[..12]) ? 0.45 : best > g ? 0.95 : 0.8;
        context.Add(EntityTypes.CreditCard, groups[g].Start, groups[best].End, cardScore, "card", CreditCard.Issuer(digits[..bestCount]), boost: ContextKind.Card, dampen: ContextKind.Reference);
        return best + 1;
    }

    private static int TrySsn(ScanContext context, int g)
    {
        var groups = context.Groups;
        Span<char> digits = stackalloc char[9];
        if (Digits(context, g) == 9)
        {
            context.Text.AsSpan(groups[g].Start, 9).CopyTo(digits);
            if (!UsSsn.IsValid(digits))
            {
                return -1;
            }

            // Nine bare digits are an SSN only where the text says so.
            context.Add(EntityTypes.UsSsn, groups[g].Start, groups[g].End, 0.3, "ssn", boost: ContextKind.Ssn, dampen: ContextKind.Reference | ContextKind.Phone);
            return g + 1;
        }

        if (g + 3 > groups.Count || Digits(context, g) != 3 || Digits(context, g + 1) != 2 || Digits(context, g + 2) != 4)
        {
            return -1;
        }

        var first = Separator(context, g);
        var second = Separator(context, g + 1);
        if (first.Length != 1 || !first.SequenceEqual(second) || first[0] is not ('-' or ' ' or '.'))
        {
            return -1;
        }

        if (g + 3 < groups.Count && Separator(context, g + 2) is "-" or ".")
        {
            return -1;
        }

        context.Text.AsSpan(groups[g].Start, 3).CopyTo(digits);
        context.Text.AsSpan(groups[g + 1].Start, 2).CopyTo(digits[3..]);
        context.Text.AsSpan(groups[g + 2].Start, 4).CopyTo(digits[5..]);
        if (!UsSsn.IsValid(digits))
        {
            return -1;
        }

        context.Add(EntityTypes.UsSsn, groups[g].Start, groups[g + 2].End, first[0] == '-' ? 0.85 : 0.6, "ssn", boost: ContextKind.Ssn, dampen: ContextKind.Reference);
        return g + 3;
    }

    /// <summary>The three shapes the SSN has (3-2-4 with one separator, nine bare digits), for the 9XX numbers of the IRS.</summary>
    private static int TryItin(ScanContext context, int g)
    {
        var groups = context.Groups;
        Span<char> digits = stackalloc char[9];
        if (Digits(context, g) == 9)
        {
            context.Text.AsSpan(groups[g].Start, 9).CopyTo(digits);
            if (!UsItin.IsValid(digits))
            {
                return -1;
            }

            context.Add(EntityTypes.UsItin, groups[g].Start, groups[g].End, 0.3, "itin", boost: ContextKind.Itin | ContextKind.Ssn, dampen: ContextKind.Reference | ContextKind.Phone);
            return g + 1;
        }

        if (g + 3 > groups.Count || Digits(context, g) != 3 || Digits(context, g + 1) != 2 || Digits(context, g + 2) != 4)
        {
            return -1;
        }

        var first = Separator(context, g);
        if (first.Length != 1 || !first.SequenceEqual(Separator(context, g + 1)) || first[0] is not ('-' or ' ' or '.')
            || (g + 3 < groups.Count && Separator(context, g + 2) is "-" or "."))
        {
            return -1;
        }

        context.Text.AsSpan(groups[g].Start, 3).CopyTo(digits);
        context.Text.AsSpan(groups[g + 1].Start, 2).CopyTo(digits[3..]);
        context.Text.AsSpan(groups[g + 2].Start, 4).CopyTo(digits[5..]);
        if (!UsItin.IsValid(digits))
        {
            return -1;
        }

        context.Add(EntityTypes.UsItin, groups[g].Start, groups[g + 2].End, first[0] == '-' ? 0.75 : 0.45, "itin", boost: ContextKind.Itin | ContextKind.Ssn, dampen: ContextKind.Reference);
        return g + 3;
    }

    /// <summary>Nine bare digits or 4-4-1 with dashes; reported only next to "routing", "ABA" or "RTN". Consumes nothing.</summary>
    private static void TryAba(ScanContext context, int g)
    {
        var groups = context.Groups;
        if (!context.Options.IsEnabled(EntityTypes.AbaRoutingNumber))
        {
            return;
        }

        Span<char> digits = stackalloc char[9];
        int last;
        if (Digits(context, g) == 9 && (g == 0 || Separator(context, g - 1) is not "-") && (g + 1 == groups.Count || Separator(context, g) is not "-"))
        {
            context.Text.AsSpan(groups[g].Start, 9).CopyTo(digits);
            last = g;
        }
        else if (g + 3 <= groups.Count && Digits(context, g) == 4 && Digits(context, g + 1) == 4 && Digits(context, g + 2) == 1
            && Separator(context, g) is "-" && Separator(context, g + 1) is "-" && (g + 3 == groups.Count || Separator(context, g + 2) is not "-"))
        {
            context.Text.AsSpan(groups[g].Start, 4).CopyTo(digits);
            context.Text.AsSpan(groups[g + 1].Start, 4).CopyTo(digits[4..]);
            context.Text.AsSpan(groups[g + 2].Start, 1).CopyTo(digits[8..]);
            last = g + 2;
        }
        else
        {
            return;
        }

        if (AbaRouting.IsValid(digits))
        {
            context.Add(EntityTypes.AbaRoutingNumber, groups[g].Start, groups[last].End, 0.2, "aba", boost: ContextKind.Routing, dampen: ContextKind.Reference | ContextKind.Phone);
        }
    }

    /// <summary>The whole run as an Aadhaar number: 4-4-4 with one separator, or twelve bare digits next to "Aadhaar".</summary>
    private static void TryAadhaar(ScanContext context, int start)
    {
        var groups = context.Groups;
        var text = context.Text;
        if (!char.IsAsciiDigit(text[start]) || !context.Options.IsEnabled(EntityTypes.InAadhaar))
        {
            return;
        }

        Span<char> digits = stackalloc char[12];
        if (RunDigits(context, digits) != 12)
        {
            return;
        }

        var score = groups.Count == 1 ? 0.3 : IsGrouped(context, " -", 4, 4, 4) ? 0.65 : 0;
        if (score > 0 && Aadhaar.IsValid(digits))
        {
            context.Add(EntityTypes.InAadhaar, groups[0].Start, groups[^1].End, score, "aadhaar", boost: ContextKind.Aadhaar, dampen: ContextKind.Reference | ContextKind.Phone);
        }
    }

    private static void TryNhs(ScanContext context, int start)
    {
        var groups = context.Groups;
        var text = context.Text;
        if (!char.IsAsciiDigit(text[start]) || !context.Options.IsEnabled(EntityTypes.UkNhs))
        {
            return;
        }

        Span<char> digits = stackalloc char[10];
        if (RunDigits(context, digits) != 10)
        {
            return;
        }

        // The NHS writes 943 476 5919; with dashes it reads as a North American phone number unless "NHS" is near.
        var score = groups.Count == 1 ? 0.3 : IsGrouped(context, " ", 3, 3, 4) ? 0.65 : IsGrouped(context, "-", 3, 3, 4) ? 0.3 : 0;
        if (score > 0 && UkNhs.IsValid(digits))
        {
            context.Add(EntityTypes.UkNhs, groups[0].Start, groups[^1].End, score, "nhs", boost: ContextKind.Nhs, dampen: ContextKind.Reference | ContextKind.Phone);
        }
    }

    private static bool TryPhone(ScanContext context, int start, int first, int last, bool plus, bool paren)
    {
        var groups = context.Groups;
        var count = last - first;
        var digits = 0;
        for (var k = first; k < last; k++)
        {
            digits += Digits(context, k);
        }

        if (digits is < MinDigits or > 15 || ContainsDate(context, first, last))
        {
            return false;
        }

        var end = groups[last - 1].End;
        var candidate = context.Text.AsSpan(start, end - start);
        if (paren && candidate.IndexOf(')') < 0)
        {
            // "(555 123 4567" is not a phone number written by a person; read it without the parenthesis.
            start++;
            candidate = candidate[1..];
        }

        PhoneNumber? number;
        var written = candidate.ToString();
        try
        {
            number = Phones.Parse(written, plus ? null : context.Options.DefaultRegion);
        }
        catch (NumberParseException)
        {
            number = null;
        }

        double score;
        if (number is not null && Phones.IsValidNumber(number))
        {
            score = plus ? 0.8 : count > 1 ? 0.6 : 0.35;
        }
        else if (number is not null && count >= 3 && (plus || paren || SameSeparators(context, first, last)) && Phones.IsPossibleNumber(number))
        {
            // Written as a phone number (555-123-4567, +1 (555) 010-9999) but outside any assigned range: fictional
            // numbers in films and test data are still people's numbers in the data an agent handles.
            score = 0.5;
        }
        else if (!plus && NationalPhones.IsValidAfterPhoneWord(context, start, written))
        {
            // A number in another country's national format (0161 496 0734, 030 28476193, 090-3817-4426) right after a
            // phone word: it scores only with that word's boost, so a bare digit run stays unread.
            score = NationalPhones.Score;
        }
        else
        {
            return false;
        }

        context.Add(EntityTypes.PhoneNumber, start, end, score, "phone", boost: ContextKind.Phone, dampen: ContextKind.Reference | NationalIdWords);
        return true;
    }

    private static bool SameSeparators(ScanContext context, int first, int last)
    {
        var separator = Separator(context, first);
        for (var k = first + 1; k < last - 1; k++)
        {
            if (!Separator(context, k).SequenceEqual(separator))
            {
                return false;
            }
        }

        return separator is "-" or "." or " ";
    }

    private static bool ContainsDate(ScanContext context, int first, int last)
    {
        for (var k = first; k + 3 <= last; k++)
        {
            if (IsDateShape(context, k, k + 3))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDateShape(ScanContext context, int first, int last)
    {
        if (last - first != 3)
        {
            return false;
        }

        var a = Digits(context, first);
        var b = Digits(context, first + 1);
        var c = Digits(context, first + 2);
        var s1 = Separator(context, first);
        var s2 = Separator(context, first + 1);
        if (s1.Length != 1 || !s1.SequenceEqual(s2) || s1[0] == ' ')
        {
            return false;
        }

        return (a == 4 && b is 1 or 2 && c is 1 or 2) || (a is 1 or 2 && b is 1 or 2 && c is 2 or 4);
    }
}
