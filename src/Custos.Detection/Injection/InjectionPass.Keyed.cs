namespace Custos.Detection.Injection;

/// <summary>
/// The classical ciphers whose key or rule the text gives (<see cref="KeyedCiphers"/>): after a name for Vigenère, the
/// cipher text (after the line's last colon, or on the next line) is decrypted with each key the line names; after a
/// name for the Polybius square, digit pairs are read as letters; after a word for an acrostic or for capital letters,
/// the first letters of the lines around it or the capitals of its line are cut into words. Each region is undone once
/// and shares the hand ciphers' budget, so the work stays linear in the text.
/// </summary>
internal sealed partial class InjectionPass
{
    /// <summary>The most lines an acrostic is read from, on either side of its cue.</summary>
    private const int MaxAcrosticLines = 60;

    /// <summary>Handles the keyed kinds of cipher cues; false for the others.</summary>
    private bool KeyedCue(string kind, int start, int end)
    {
        if (kind is not ("vigenere" or "polybius" or "acrostic" or "capitals"))
        {
            return false;
        }

        if (end <= _cipherTo)
        {
            return true;
        }

        var lineStart = Math.Max(LineStart(start), _cipherTo);
        var lineEnd = LineEnd(end);
        switch (kind)
        {
            case "vigenere":
                Vigenere(lineStart, end, lineEnd);
                break;
            case "polybius":
                {
                    var to = Letters(end, lineEnd) < 8 ? LineEnd(NextLine(lineEnd)) : lineEnd;
                    _cipherTo = to;
                    if (KeyedCiphers.Polybius(_text.AsSpan(end, to - end)) is { } plain)
                    {
                        Deciphered(plain, end, to);
                    }

                    break;
                }

            case "acrostic":
                {
                    var to = LinesAfter(lineEnd);
                    var letters = KeyedCiphers.FirstLetters(_text.AsSpan(lineEnd, to - lineEnd));
                    var from = lineEnd;
                    if (letters.Length < 6)
                    {
                        from = LinesBefore(lineStart);
                        letters = KeyedCiphers.FirstLetters(_text.AsSpan(from, lineStart - from));
                        to = lineEnd;
                    }

                    _cipherTo = Math.Max(to, lineEnd);
                    Deciphered(KeyedCiphers.Segment(letters), from, to);
                    break;
                }

            case "capitals":
                {
                    var to = LineEnd(NextLine(lineEnd));
                    _cipherTo = to;
                    Deciphered(KeyedCiphers.Segment(KeyedCiphers.Capitals(_text.AsSpan(lineStart, to - lineStart))), lineStart, to);
                    break;
                }
        }

        return true;
    }

    // Vigenère: the cipher text is what follows the line's last colon after the cue (or the cue), or the next line when
    // that holds too few letters; the keys are named on the line before the cipher text.
    private void Vigenere(int lineStart, int end, int lineEnd)
    {
        var colon = _text.AsSpan(end, lineEnd - end).LastIndexOf(':');
        int from = colon >= 0 ? end + colon + 1 : end, to = lineEnd;
        var keys = KeyedCiphers.Keys(_text.AsSpan(lineStart, from - lineStart));
        if (Letters(from, to) < 8)
        {
            keys = KeyedCiphers.Keys(_text.AsSpan(lineStart, lineEnd - lineStart));
            from = NextLine(lineEnd);
            to = LineEnd(from);
        }

        _cipherTo = Math.Max(to, lineEnd);
        foreach (var key in keys)
        {
            if (KeyedCiphers.Vigenere(_text.AsSpan(from, to - from), key) is { } plain)
            {
                Deciphered(plain, from, to);
            }
        }
    }

    private int Letters(int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            if (char.IsAsciiLetter(_text[k]))
            {
                n++;
            }
        }

        return n;
    }

    // The end of the line at, within a cipher's region.
    private int LineEnd(int at)
    {
        var k = at;
        while (k < _text.Length && k - at < Ciphers.MaxRegion && _text[k] is not ('\n' or '\r'))
        {
            k++;
        }

        return k;
    }

    // The start of the line after the line break at (or at itself when it is no break).
    private int NextLine(int at)
    {
        var k = at;
        while (k < _text.Length && k - at < 2 && _text[k] is '\n' or '\r')
        {
            k++;
        }

        return k;
    }

    // The end of the lines that follow at (at most MaxAcrosticLines lines and one region of characters).
    private int LinesAfter(int at)
    {
        var k = at;
        var lines = 0;
        while (k < _text.Length && k - at < Ciphers.MaxRegion && lines <= MaxAcrosticLines)
        {
            if (_text[k] == '\n')
            {
                lines++;
            }

            k++;
        }

        return k;
    }

    // The start of the lines before at (at most MaxAcrosticLines lines and one region of characters, not before _cipherTo).
    private int LinesBefore(int at)
    {
        var k = at;
        var lines = 0;
        while (k > _cipherTo && at - k < Ciphers.MaxRegion && lines <= MaxAcrosticLines)
        {
            if (_text[k - 1] == '\n')
            {
                lines++;
            }

            k--;
        }

        return k;
    }
}
