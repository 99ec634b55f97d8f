using System.Text;

namespace Custos.Detection.Injection;

/// <summary>
/// Pig Latin, the children's cipher: a word that starts with a vowel gets "way" ("ignore" → "ignoreway"), any other
/// moves its first consonants to the end and gets "ay" ("your" → "ouryay", "prompt" → "omptpray"). The pass undoes a
/// line when it meets a Pig Latin form of an override's or a disclosure's word (<see cref="DirectAttackVocabulary.PigLatinCues"/>),
/// on at most <see cref="Ciphers.MaxRegion"/> characters, as for the other hand ciphers.
/// </summary>
internal static class PigLatin
{
    // Two consonants that start English words together and end a Pig Latin stem together ("omptpr|ay" is "prompt");
    // any other pair moves back one letter ("ecrets|ay" is "secret", "ommandsc|ay" is "commands").
    private static readonly string[] Clusters = ["pr", "tr", "th", "sh", "ch", "wh", "gr", "cl", "br", "dr", "fr", "pl", "st", "sp", "sk", "sw", "kn", "wr", "bl", "gl", "cr"];

    /// <summary>The Pig Latin form of a lowercase English word.</summary>
    public static string Encode(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var k = 0;
        while (k < word.Length && !IsVowel(word[k], k))
        {
            k++;
        }

        return k == 0 ? word + "way" : string.Concat(word.AsSpan(k), word.AsSpan(0, k), "ay");
    }

    /// <summary>Undoes Pig Latin word by word; words that are not Pig Latin stay as they are.</summary>
    public static string Decode(ReadOnlySpan<char> text)
    {
        var output = new StringBuilder(text.Length);
        var k = 0;
        while (k < text.Length)
        {
            if (!char.IsAsciiLetter(text[k]))
            {
                output.Append(text[k]);
                k++;
                continue;
            }

            var end = k;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            AppendWord(output, text[k..end]);
            k = end;
        }

        return output.ToString();
    }

    private static void AppendWord(StringBuilder output, ReadOnlySpan<char> word)
    {
        if (word.Length >= 5 && word.EndsWith("way", StringComparison.OrdinalIgnoreCase) && IsVowel(char.ToLowerInvariant(word[0]), 0))
        {
            output.Append(word[..^3]);
            return;
        }

        if (word.Length < 4 || !word.EndsWith("ay", StringComparison.OrdinalIgnoreCase))
        {
            output.Append(word);
            return;
        }

        var stem = word[..^2];
        var moved = 1;
        if (stem.Length >= 4 && !IsVowel(char.ToLowerInvariant(stem[^2]), 1) && !IsVowel(char.ToLowerInvariant(stem[^1]), 1))
        {
            Span<char> pair = [char.ToLowerInvariant(stem[^2]), char.ToLowerInvariant(stem[^1])];
            foreach (var cluster in Clusters)
            {
                if (pair.SequenceEqual(cluster))
                {
                    moved = 2;
                    break;
                }
            }
        }

        output.Append(stem[^moved..]).Append(stem[..^moved]);
    }

    // "y" is a consonant where a word starts ("your") and a vowel after a consonant ("system" → "ystemsay").
    private static bool IsVowel(char c, int at) => c is 'a' or 'e' or 'i' or 'o' or 'u' || (c == 'y' && at > 0);
}
