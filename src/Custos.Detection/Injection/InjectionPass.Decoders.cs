namespace Custos.Detection.Injection;

/// <summary>
/// The machine encodings and look-alike scripts of <see cref="Decoders"/>, undone where a cue names one ("decode",
/// "binary", "base32", "upside down", "раскладка", "chr(") or where a shape is itself unmistakable (a run of Braille
/// cells, letters only upside-down text has, 8-bit binary groups) and read by a nested pass as the hand ciphers are.
/// Each region is undone once and all decoders share the hand ciphers' budget, so the work stays linear in the text.
/// </summary>
internal sealed partial class InjectionPass
{
    /// <summary>The most characters of one region decoded: eight binary digits and a space spell one letter.</summary>
    private const int MaxDecodeRegion = 4 * Ciphers.MaxRegion;

    private int _decodeTo; // where the last region decoded ends: each region is decoded once (apart from the hand ciphers' regions)

    /// <summary>Handles the decoder kinds of cipher cues; false for the hand ciphers, which <see cref="Decipher"/> undoes.</summary>
    private bool DecodeCue(string kind, int end)
    {
        if (kind is not ("decode" or "layout"))
        {
            return false;
        }

        if (end <= _decodeTo)
        {
            return true;
        }

        var from = Math.Max(end, _decodeTo);
        var to = DecodeRegionEnd(from);
        _decodeTo = to;
        var region = _text.AsSpan(from, to - from);
        if (kind == "layout")
        {
            ReadDecoded(Decoders.KeyboardLayout(region), from, to);
            return true;
        }

        ReadDecoded(Decoders.Binary(region), from, to);
        ReadDecoded(Decoders.Base32(region), from, to);
        ReadDecoded(Decoders.CodePoints(region), from, to);
        ReadDecoded(Decoders.Braille(region), from, to);
        ReadDecoded(Decoders.UpsideDown(region), from, to);
        ReadDecoded(Decoders.Unescape(region), from, to);
        return true;
    }

    /// <summary>
    /// A shape that is an encoding by itself, at <paramref name="at"/>: a Braille cell, a letter only upside-down text has,
    /// an 8-bit group of binary digits, or an emoji that stands for a word of an order (📤, 🔑, 🤫). The line around it
    /// is decoded once.
    /// </summary>
    private void DecodeShape(int at)
    {
        if (_depth >= MaxDepth || at < _decodeTo)
        {
            return;
        }

        if (_cipherBudget < 0)
        {
            _cipherBudget = (2L * _text.Length) + 4096;
        }

        var c = _text[at];
        var from = Math.Max(LineStart(at), _decodeTo);
        var to = DecodeRegionEnd(at);
        if (c is '0' or '1' && !EightBitGroups(at, to))
        {
            return; // a lone binary number ("10110011 is 179"): not worth a look
        }

        _decodeTo = to;
        var region = _text.AsSpan(from, to - from);
        if (char.IsHighSurrogate(c) || c is '\u2709')
        {
            // An emoji rebus is read as it stands, not as a cipher's plain text: its words are the writer's own.
            ReadDecoded(Decoders.Rebus(region), from, to, deciphered: false);
            return;
        }

        ReadDecoded(c is '0' or '1' ? Decoders.Binary(region) : Decoders.IsBraille(c) ? Decoders.Braille(region) : Decoders.UpsideDown(region), from, to);
    }

    // Whether at least six 8-bit groups follow one another from at (apart by single spaces or commas).
    private bool EightBitGroups(int at, int to)
    {
        var k = at;
        for (var group = 0; group < 6; group++)
        {
            if (k + 8 > to)
            {
                return false;
            }

            for (var b = k; b < k + 8; b++)
            {
                if (_text[b] is not ('0' or '1'))
                {
                    return false;
                }
            }

            k += 8;
            if (k < to && _text[k] is ' ' or ',')
            {
                k++;
            }
        }

        return true;
    }

    // The end of the region that starts at from: the rest of the line, or of the next line when this one holds too little.
    private int DecodeRegionEnd(int from)
    {
        var to = from;
        var lines = 0;
        while (to < _text.Length && to - from < MaxDecodeRegion)
        {
            if (_text[to] is '\n' or '\r')
            {
                if (to - from >= 12 || ++lines > 1)
                {
                    break;
                }
            }

            to++;
        }

        return to;
    }

    /// <summary>Reads decoded text at [<paramref name="from"/>, <paramref name="to"/>) with a nested pass, as <see cref="EndEncodedRun"/> reads base64.</summary>
    private void ReadDecoded(string? plain, int from, int to, bool deciphered = true)
    {
        if (plain is null || plain.Length < 8 || _cipherBudget < plain.Length)
        {
            return;
        }

        _cipherBudget -= plain.Length;
        _work.DecodedChars += plain.Length;
        ReadNested(new InjectionPass(_vocabulary, plain, _depth + 1, _work, deciphered), plain, from, to);
    }
}
