using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Custos.Detection.Injection;

namespace Custos.Detection.Tests;

/// <summary>
/// The hand-cipher decoders the injection pass feeds to a nested pass: each undoes its cipher exactly, on any text
/// (letters of both cases, digits, punctuation, accented letters, CJK and astral characters).
/// </summary>
public sealed class CipherPropertyTests
{
    private const string Alphabet = "abcxyzABCXYZ019 .,-/'é日";

    // Whole code points only: an astral character is a surrogate pair that must stay in order when reversed.
    private static readonly Gen<string> Text =
        Gen.Choose(0, 80).SelectMany(n => Gen.ArrayOf(Gen.Frequency((9, Gen.Elements(Alphabet.ToCharArray()).Select(c => c.ToString())), (1, Gen.Constant("\U0001D422"))), n))
            .Select(string.Concat);

    [Property(MaxTest = 500)]
    public Property Reversing_twice_gives_the_text_back_and_keeps_surrogate_pairs_whole() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var reversed = Ciphers.Reverse(text);
            Assert.Equal(text, Ciphers.Reverse(reversed));
            Assert.Equal(text.Length, reversed.Length);
            for (var k = 0; k < reversed.Length; k++)
            {
                Assert.False(char.IsHighSurrogate(reversed[k]) && (k + 1 == reversed.Length || !char.IsLowSurrogate(reversed[k + 1])), $"lone high surrogate at {k}");
            }
        });

    [Property(MaxTest = 500)]
    public Property A_caesar_shift_is_undone_by_the_shift_that_completes_the_alphabet() =>
        Prop.ForAll(Text.ToArbitrary(), Gen.Choose(1, 25).ToArbitrary(), (text, shift) =>
        {
            var shifted = Ciphers.Shift(text, shift);
            Assert.Equal(text, Ciphers.Shift(shifted, 26 - shift));
            for (var k = 0; k < text.Length; k++)
            {
                // Letters move within their case; nothing else moves.
                Assert.Equal(char.IsAsciiLetter(text[k]), char.IsAsciiLetter(shifted[k]));
                Assert.Equal(char.IsAsciiLetterUpper(text[k]), char.IsAsciiLetterUpper(shifted[k]));
                Assert.True(char.IsAsciiLetter(text[k]) ? shifted[k] != text[k] : shifted[k] == text[k]);
            }
        });

    [Property(MaxTest = 500)]
    public Property Atbash_is_its_own_inverse_and_mirrors_each_letter_within_its_case() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var mirrored = Ciphers.Atbash(text);
            Assert.Equal(text, Ciphers.Atbash(mirrored));
            for (var k = 0; k < text.Length; k++)
            {
                var c = text[k];
                var expected = char.IsAsciiLetterLower(c) ? (char)('a' + 'z' - c) : char.IsAsciiLetterUpper(c) ? (char)('A' + 'Z' - c) : c;
                Assert.Equal(expected, mirrored[k]);
            }
        });

    private static readonly Gen<string[]> Words =
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 12).SelectMany(m => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray()), m)).Select(cs => new string(cs)), n));

    [Property(MaxTest = 500)]
    public Property Letters_written_as_numbers_read_back_as_the_words_whatever_joins_the_numbers() =>
        Prop.ForAll(Words.ToArbitrary(), Gen.Elements("-", ".", ",").ToArbitrary(), (words, join) =>
        {
            // "reveal keys" → "18-5-22-5-1-12 11-5-25-19": numbers joined within a word, words apart by a space.
            var encoded = string.Join(" ", words.Select(w => string.Join(join, w.Select(c => (c - 'a' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            Assert.Equal(string.Join(" ", words), Ciphers.Numbers(encoded));
            Assert.Equal(" " + string.Join(" ", words) + " ", Ciphers.Numbers("say: " + encoded + " (numbers to letters)"));
        });

    [Fact]
    public void Numbers_outside_the_alphabet_and_the_words_around_them_are_not_read_as_letters()
    {
        Assert.Equal(" ", Ciphers.Numbers("order 4471 of 2026"));
        Assert.Equal(" c ", Ciphers.Numbers("page 3 of 100"));
    }

    [Property(MaxTest = 500)]
    public Property The_two_phases_of_every_second_letter_interleave_back_into_the_text() =>
        Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var even = Ciphers.Alternate(text, 0);
            var odd = Ciphers.Alternate(text, 1);
            Assert.Equal((text.Length + 1) / 2, even.Length);
            Assert.Equal(text.Length / 2, odd.Length);
            var woven = new char[text.Length];
            for (var k = 0; k < text.Length; k++)
            {
                woven[k] = k % 2 == 0 ? even[k / 2] : odd[k / 2];
            }

            Assert.Equal(text, new string(woven));
        });

    [Fact]
    public void Morse_reads_letters_and_word_breaks_and_refuses_what_is_not_morse()
    {
        Assert.Equal("ignore all", Ciphers.Morse(".. --. -. --- .-. . / .- .-.. .-.."));
        Assert.Equal("sos sos", Ciphers.Morse("... --- ... | ... --- ..."));
        Assert.Null(Ciphers.Morse("... ---")); // fewer than four letters
        Assert.Null(Ciphers.Morse("...... --- ... ---")); // six dots is no letter
    }
}
