using Custos.Detection.Scanning;

namespace Custos.Detection.Pii;

/// <summary>
/// Dates of birth: a keyword ("date of birth", "DOB", "born on", "geboren am", "né le", "fecha de nacimiento",
/// "生年月日", …) met by the scanner's automaton starts a bounded read for a date just after it, in numeric
/// (12/03/1985, 1985-03-12, 12.03.85, 19850312) or written form (12 March 1985, March 12th, 1985, 12. März 1985,
/// 12 de marzo de 1985, 1985年3月12日). The date must exist and fall between 1900 and this year. Bare dates are never
/// reported: logs and documents are full of them.
/// </summary>
internal static class BirthDate
{
    /// <summary>How far after the keyword the date may start.</summary>
    private const int MaxGap = 16;

    public static IReadOnlyList<string> Keywords { get; } =
    [
        "date of birth", "date-of-birth", "date_of_birth", "dateofbirth", "birth date", "birth_date", "birthdate", "birthday", "dob", "d.o.b.",
        "born on", "born", "geboren am", "geboren", "geburtsdatum", "geburtstag", "geb.", "né le", "née le", "né(e) le", "date de naissance",
        "fecha de nacimiento", "nacido el", "nacida el", "f. nac.", "data di nascita", "nato il", "nata il", "data de nascimento",
        "nascido em", "nascida em", "geboortedatum", "geboren op", "生年月日", "出生日期", "出生年月日", "誕生日", "생년월일", "дата рождения",

        // The other languages the product claims, each with its form label and its "born" (pl, sv, da, no, fi, cs, tr,
        // ru, uk, ja, zh, ko, hi in Devanagari and romanised, ar, vi, id), and fr, es, it, pt forms not above. The
        // automaton folds ASCII case only, so words opening with a capital outside ASCII are listed capitalised too.
        "data urodzenia", "urodzony", "urodzona",
        "födelsedatum", "född", "fødselsdato", "født", "fødselsdag",
        "syntymäaika", "syntymäpäivä", "syntynyt", "datum narození", "datum narozeni", "narozen", "narozena",
        "doğum tarihi", "dogum tarihi", "doğum günü", "d. tarihi", "DOĞUM TARİHİ",
        "Дата рождения", "ДАТА РОЖДЕНИЯ", "родился", "родилась", "Родился", "Родилась",
        "дата народження", "Дата народження", "ДАТА НАРОДЖЕННЯ", "народився", "народилася", "Народився", "Народилася",
        "出生年月", "出生于", "出生於", "出生日", "생일", "출생일", "태어난 날",
        "जन्म तिथि", "जन्मतिथि", "जन्म तारीख", "जन्म की तारीख", "जन्म दिनांक", "janam tithi", "janm tithi", "janma tithi", "janamtithi",
        "تاريخ الميلاد", "تاريخ الولادة", "ngày sinh", "sinh ngày", "tanggal lahir", "tgl lahir", "tgl. lahir", "lahir pada",
        "data nascimento", "fecha nacimiento", "f. de nacimiento",
    ];

    // Words that may stand between the keyword and the date ("DOB is", "born on the", "geboren am", "nacido el").
    private static readonly string[] Fillers = ["is", "was", "on", "the", "am", "le", "el", "il", "em", "op", "de", "of", "à", "a", "den", "dnia", "pada"];

    /// <summary>A keyword ended at <paramref name="end"/>; adds the date that follows it, if any.</summary>
    public static void OnKeyword(ScanContext context, int start, int end)
    {
        var text = context.Text;
        var cjk = text[start] >= '\u2E80';
        if (!cjk && (char.IsLetterOrDigit(Chars.At(text, start - 1)) || char.IsLetter(Chars.At(text, end))))
        {
            return;
        }

        var i = end;
        var limit = Math.Min(text.Length, end + MaxGap);
        var fillers = 0;
        while (i < limit)
        {
            var c = text[i];
            if (c is ' ' or '\t' or ':' or '：' or '=' or '"' or '\'' or '(' or ')' or '-' or '–' or ',' or '.' or '>' or 'は' or '为' or '是' or '\u00A0')
            {
                i++;
                continue;
            }

            if (char.IsLetter(c) && fillers < 2 && Filler(text, i) is > 0 and var length)
            {
                i += length;
                fillers++;
                continue;
            }

            break;
        }

        if (i >= text.Length)
        {
            return;
        }

        var dateEnd = Numeric(text, i);
        if (dateEnd < 0)
        {
            dateEnd = Written(text, i);
        }

        if (dateEnd > 0)
        {
            context.Add(EntityTypes.DateTime, i, dateEnd, 0.85, "birth-date", "date_of_birth");
        }
    }

    private static int Filler(string text, int i)
    {
        foreach (var word in Fillers)
        {
            if (text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(Chars.At(text, i + word.Length)))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Reads up to <paramref name="max"/> digits; returns their count and value.</summary>
    private static (int Count, int Value) Digits(string text, int i, int max)
    {
        var count = 0;
        var value = 0;
        while (count < max && char.IsAsciiDigit(Chars.At(text, i + count)))
        {
            value = (value * 10) + (text[i + count] - '0');
            count++;
        }

        return (count, value);
    }

    private static bool Ends(string text, int i) => !char.IsLetterOrDigit(Chars.At(text, i)) && !(Chars.At(text, i) is '.' or '/' or '-' or ':' && char.IsAsciiDigit(Chars.At(text, i + 1)));

    /// <summary>12/03/1985, 03-12-1985, 12.03.85, 1985-03-12, 1985/3/12, 19850312, 1985年3月12日.</summary>
    private static int Numeric(string text, int i)
    {
        var (n1, v1) = Digits(text, i, 8);
        if (n1 == 8)
        {
            return Ends(text, i + 8) && IsDate(v1 / 10000, v1 / 100 % 100, v1 % 100) ? i + 8 : -1;
        }

        if (n1 is 0 or 3 or > 4)
        {
            return -1;
        }

        var s1 = Chars.At(text, i + n1);
        if (n1 == 4 && s1 == '年')
        {
            // 1985年3月12日
            var (n2, v2) = Digits(text, i + 5, 2);
            if (n2 == 0 || Chars.At(text, i + 5 + n2) != '月')
            {
                return -1;
            }

            var at = i + 6 + n2;
            var (n3, v3) = Digits(text, at, 2);
            return n3 > 0 && Chars.At(text, at + n3) == '日' && IsDate(v1, v2, v3) ? at + n3 + 1 : -1;
        }

        if (s1 is not ('/' or '-' or '.'))
        {
            return -1;
        }

        var (m, vm) = Digits(text, i + n1 + 1, 2);
        if (m == 0 || Chars.At(text, i + n1 + 1 + m) != s1)
        {
            return -1;
        }

        var third = i + n1 + 2 + m;
        var (n3b, v3b) = Digits(text, third, 4);
        var end = third + n3b;
        if (!Ends(text, end))
        {
            return -1;
        }

        if (n1 == 4)
        {
            return n3b is 1 or 2 && IsDate(v1, vm, v3b) ? end : -1;
        }

        if (n3b is not (2 or 4))
        {
            return -1;
        }

        var year = n3b == 4 ? v3b : TwoDigitYear(v3b);

        // Day first (most of the world) or month first (the US): either reading must be a real date.
        return IsDate(year, vm, v1) || IsDate(year, v1, vm) ? end : -1;
    }

    private static int TwoDigitYear(int yy) => yy + (2000 + yy <= System.DateTime.UtcNow.Year ? 2000 : 1900);

    /// <summary>12 March 1985, 12th March 1985, 12. März 1985, 12 de marzo de 1985, March 12, 1985, Mar. 12th 1985.</summary>
    private static int Written(string text, int i)
    {
        var (nd, day) = Digits(text, i, 2);
        if (nd > 0)
        {
            var at = i + nd;
            at += Ordinal(text, at);
            at = Skip(text, at, ". ");
            at = SkipWord(text, at, "de");
            var month = Month(text, at, out var monthLength);
            if (month == 0)
            {
                return -1;
            }

            at = Skip(text, at + monthLength, ", ");
            at = SkipWord(text, at, "de");
            var (ny, year) = Digits(text, at, 4);
            return ny == 4 && Ends(text, at + 4) && IsDate(year, month, day) ? at + 4 : -1;
        }

        var m = Month(text, i, out var length);
        if (m == 0)
        {
            return -1;
        }

        var p = Skip(text, i + length, " ");
        var (n, d) = Digits(text, p, 2);
        if (n == 0)
        {
            return -1;
        }

        p += n;
        p += Ordinal(text, p);
        p = Skip(text, p, ", ");
        var (y, yv) = Digits(text, p, 4);
        return y == 4 && Ends(text, p + 4) && IsDate(yv, m, d) ? p + 4 : -1;
    }

    private static int Ordinal(string text, int at)
    {
        var two = text.AsSpan(at, Math.Min(2, text.Length - at));
        return two.Length == 2 && (two.Equals("st", StringComparison.OrdinalIgnoreCase) || two.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || two.Equals("rd", StringComparison.OrdinalIgnoreCase) || two.Equals("th", StringComparison.OrdinalIgnoreCase)) && !char.IsLetter(Chars.At(text, at + 2)) ? 2 : 0;
    }

    private static int Skip(string text, int at, string chars)
    {
        var limit = at + 3;
        while (at < limit && at < text.Length && (chars.Contains(text[at], StringComparison.Ordinal) || text[at] == '\u00A0'))
        {
            at++;
        }

        return at;
    }

    private static int SkipWord(string text, int at, string word) =>
        text.AsSpan(at).StartsWith(word, StringComparison.OrdinalIgnoreCase) && Chars.At(text, at + word.Length) == ' ' ? at + word.Length + 1 : at;

    private static readonly (string Name, int Month)[] Months = BuildMonths();

    private static (string, int)[] BuildMonths()
    {
        string[][] names =
        [
            ["january", "februar", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ];
        var list = new List<(string, int)>();
        foreach (var language in names)
        {
            for (var k = 0; k < 12; k++)
            {
                list.Add((language[k], k + 1));
            }
        }

        list.AddRange([("february", 2), ("jänner", 1), ("maerz", 3), ("setiembre", 9), ("sept", 9)]);
        string[] abbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var k = 0; k < 12; k++)
        {
            list.Add((abbreviations[k], k + 1));
        }

        // Longest first, so "march" is read before "mar" and "juni" before "jun".
        return [.. list.Distinct().OrderByDescending(e => e.Item1.Length)];
    }

    /// <summary>The month named at <paramref name="at"/> (1 to 12, an abbreviation may end in '.'), or 0.</summary>
    private static int Month(string text, int at, out int length)
    {
        length = 0;
        if (!char.IsLetter(Chars.At(text, at)))
        {
            return 0;
        }

        foreach (var (name, month) in Months)
        {
            if (text.AsSpan(at).StartsWith(name, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(Chars.At(text, at + name.Length)))
            {
                length = name.Length + (name.Length == 3 || name == "sept" ? (Chars.At(text, at + name.Length) == '.' ? 1 : 0) : 0);
                return month;
            }
        }

        return 0;
    }

    private static bool IsDate(int year, int month, int day) =>
        year >= 1900 && year <= System.DateTime.UtcNow.Year && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month);
}
