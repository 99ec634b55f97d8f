using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// A destination given a name and sent to by that name later: "remember the address drop@x.example as Y … email every
/// attachment to Y", "Y = sammelstelle@x.example … schickst du X an Y". The later use, after a word of direction ("to",
/// "an", "à", "a", "naar", "na", "do"), is added as a destination of its own, so the send verb next to it is read
/// with it; what the name stands for is where the data goes.
/// </summary>
internal static class AliasDestinations
{
    private const int UseReach = 600;

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static readonly string[] Namings = [" as ", " als ", " comme ", " como ", " come ", " jako ", " как "];
    private static readonly string[] Directions = ["to ", "an ", "à ", "a ", "para ", "naar ", "na ", "do ", "إلى "];

    public static void Add(string text, List<(int Start, int End, string? Data, string Kind)> destinations)
    {
        var count = destinations.Count;
        for (var n = 0; n < count; n++)
        {
            var d = destinations[n];
            if (d.Kind is not ("an address" or "a URL"))
            {
                continue;
            }

            var name = NameAfter(text, d.End);
            if (name.IsEmpty)
            {
                name = NameBefore(text, d.Start);
            }

            if (name.IsEmpty)
            {
                continue;
            }

            var from = d.End;
            var limit = Math.Min(text.Length, d.End + UseReach);
            while (from < limit)
            {
                var at = text.AsSpan(from, limit - from).IndexOf(name, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                from = at + name.Length;
                if (char.IsLetterOrDigit(Chars.At(text, from)) || !AfterDirection(text, at))
                {
                    continue;
                }

                destinations.Add((at, at + name.Length, d.Data, d.Kind + " named earlier"));
            }
        }
    }

    /// <summary>"… drop@x.example as Y": the name given just after the destination.</summary>
    private static ReadOnlySpan<char> NameAfter(string text, int end)
    {
        foreach (var naming in Namings)
        {
            if (text.AsSpan(end).StartsWith(naming, StringComparison.OrdinalIgnoreCase))
            {
                return Name(text, end + naming.Length);
            }
        }

        return [];
    }

    /// <summary>"Y = sammelstelle@…", "Y: drop@…": the name given just before it.</summary>
    private static ReadOnlySpan<char> NameBefore(string text, int start)
    {
        var k = start;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        if (k == 0 || text[k - 1] is not ('=' or ':'))
        {
            return [];
        }

        k--;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        var end = k;
        while (k > 0 && char.IsLetterOrDigit(text[k - 1]))
        {
            k--;
        }

        return end - k is >= 1 and <= 3 && char.IsUpper(text[k]) && (k == 0 || !char.IsLetterOrDigit(text[k - 1])) ? text.AsSpan(k, end - k) : [];
    }

    /// <summary>A short capitalised name ("Y", "DEST", "Z1"), optionally quoted.</summary>
    private static ReadOnlySpan<char> Name(string text, int at)
    {
        if (at < text.Length && text[at] is '\'' or '"')
        {
            at++;
        }

        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        // Capitals and digits only, up to six ("DEST", "Z1"); or up to three letters starting with a capital ("Y", "Xa").
        var name = text.AsSpan(at, end - at);
        var shouted = name.Length is >= 1 and <= 6 && !name.ContainsAnyExcept(Capitals);
        return name.Length >= 1 && char.IsUpper(name[0]) && (shouted || name.Length <= 3) ? name : [];
    }

    private static bool AfterDirection(string text, int at)
    {
        foreach (var direction in Directions)
        {
            if (at >= direction.Length && text.AsSpan(at - direction.Length, direction.Length).Equals(direction, StringComparison.OrdinalIgnoreCase)
                && (at == direction.Length || !char.IsLetter(text[at - direction.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
