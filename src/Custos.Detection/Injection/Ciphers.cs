using System.Collections.Frozen;

namespace Custos.Detection.Injection;

/// <summary>
/// Undoes the hand ciphers attacks use to slip past word lists: Morse code, a Caesar shift, Atbash, letters as numbers
/// (A1Z26), every second letter, text written backwards. Each returns the plain text a region stands for (or null); the pass feeds it to a nested
/// pass as it does decoded base64. The pass decides where a region is (a cue names the cipher, or Morse is seen).
/// </summary>
internal static class Ciphers
{
    /// <summary>The most characters of one region undone: a cipher carries an order, not a book.</summary>
    public const int MaxRegion = 600;

    private static readonly FrozenDictionary<string, char> MorseLetters = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        [".-"] = 'a', ["-..."] = 'b', ["-.-."] = 'c', ["-.."] = 'd', ["."] = 'e', ["..-."] = 'f', ["--."] = 'g', ["...."] = 'h', [".."] = 'i',
        [".---"] = 'j', ["-.-"] = 'k', [".-.."] = 'l', ["--"] = 'm', ["-."] = 'n', ["---"] = 'o', [".--."] = 'p', ["--.-"] = 'q', [".-."] = 'r',
        ["..."] = 's', ["-"] = 't', ["..-"] = 'u', ["...-"] = 'v', [".--"] = 'w', ["-..-"] = 'x', ["-.--"] = 'y', ["--.."] = 'z',
        ["-----"] = '0', [".----"] = '1', ["..---"] = '2', ["...--"] = '3', ["....-"] = '4', ["....."] = '5', ["-...."] = '6', ["--..."] = '7',
        ["---.."] = '8', ["----."] = '9',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="c"/> is part of Morse code as people type it: dots, dashes, spaces, slashes and bars between words.</summary>
    public static bool IsMorse(char c) => c is '.' or '-' or ' ' or '/' or '|';

    /// <summary>
    /// The letters a run of Morse code stands for (letters apart by spaces, words by '/' or '|'), or null when the run is
    /// not Morse: a symbol no letter has, or fewer than four letters.
    /// </summary>
    public static string? Morse(ReadOnlySpan<char> run)
    {
        var output = new System.Text.StringBuilder(run.Length / 3);
        var lookup = MorseLetters.GetAlternateLookup<ReadOnlySpan<char>>();
        var letters = 0;
        var k = 0;
        while (k < run.Length)
        {
            var c = run[k];
            if (c is '.' or '-')
            {
                var end = k;
                while (end < run.Length && run[end] is '.' or '-')
                {
                    end++;
                }

                if (!lookup.TryGetValue(run[k..end], out var letter))
                {
                    return null;
                }

                output.Append(letter);
                letters++;
                k = end;
            }
            else
            {
                if (c is '/' or '|' && (output.Length == 0 || output[^1] != ' '))
                {
                    output.Append(' ');
                }

                k++;
            }
        }

        return letters >= 4 ? output.ToString() : null;
    }

    /// <summary>Every second character of <paramref name="text"/>, from <paramref name="phase"/> (0 or 1): "IxGxNxOxRxEx" → "IGNORE".</summary>
    public static string Alternate(ReadOnlySpan<char> text, int phase)
    {
        var output = new char[(text.Length + 1 - phase) / 2];
        for (var k = phase; k < text.Length; k += 2)
        {
            output[k / 2] = text[k];
        }

        return new string(output);
    }

    /// <summary><paramref name="text"/> with each ASCII letter moved <paramref name="shift"/> places on in the alphabet (a Caesar shift).</summary>
    public static string Shift(ReadOnlySpan<char> text, int shift)
    {
        var output = new char[text.Length];
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            output[k] = char.IsAsciiLetterLower(c) ? (char)('a' + ((c - 'a' + shift) % 26))
                : char.IsAsciiLetterUpper(c) ? (char)('A' + ((c - 'A' + shift) % 26))
                : c;
        }

        return new string(output);
    }

    /// <summary><paramref name="text"/> with each ASCII letter mirrored in the alphabet (Atbash: a↔z, b↔y); its own inverse.</summary>
    public static string Atbash(ReadOnlySpan<char> text)
    {
        var output = new char[text.Length];
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            output[k] = char.IsAsciiLetterLower(c) ? (char)('z' - (c - 'a'))
                : char.IsAsciiLetterUpper(c) ? (char)('Z' - (c - 'A'))
                : c;
        }

        return new string(output);
    }

    /// <summary>
    /// Letters written as their places in the alphabet (A1Z26): "18-5-22-5-1-12 11-5-25-19" → "reveal keys". Each run of
    /// digits from 1 to 26 is its letter, a dash, dot or comma between two runs joins them, a space stays, and anything
    /// else (words around the numbers, larger numbers) becomes a space: only what the numbers spell is read.
    /// </summary>
    public static string Numbers(ReadOnlySpan<char> text)
    {
        var output = new System.Text.StringBuilder(text.Length);
        var k = 0;
        while (k < text.Length)
        {
            var c = text[k];
            if (!char.IsAsciiDigit(c))
            {
                var joins = c is '-' or '.' or ',' && k > 0 && k + 1 < text.Length && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k + 1]);
                if (!joins && (output.Length == 0 || output[^1] != ' '))
                {
                    output.Append(' ');
                }

                k++;
                continue;
            }

            var value = 0;
            var start = k;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                value = k - start < 2 ? (value * 10) + (text[k] - '0') : 0;
                k++;
            }

            if (value is >= 1 and <= 26)
            {
                output.Append((char)('a' + value - 1));
            }
            else if (output.Length == 0 || output[^1] != ' ')
            {
                output.Append(' ');
            }
        }

        return output.ToString();
    }

    /// <summary><paramref name="text"/> written backwards, surrogate pairs kept in order.</summary>
    public static string Reverse(ReadOnlySpan<char> text)
    {
        var output = new char[text.Length];
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[text.Length - 1 - k];
            if (char.IsLowSurrogate(c) && k + 1 < text.Length && char.IsHighSurrogate(text[text.Length - 2 - k]))
            {
                output[k] = text[text.Length - 2 - k];
                output[k + 1] = c;
                k++;
                continue;
            }

            output[k] = c;
        }

        return new string(output);
    }
}
