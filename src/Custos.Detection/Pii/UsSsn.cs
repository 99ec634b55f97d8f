namespace Custos.Detection.Pii;

/// <summary>US social security numbers: the area, group and serial rules of the SSA, and numbers known to be published.</summary>
internal static class UsSsn
{
    /// <summary><paramref name="digits"/> is nine digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        var area = ((digits[0] - '0') * 100) + ((digits[1] - '0') * 10) + (digits[2] - '0');
        var group = ((digits[3] - '0') * 10) + (digits[4] - '0');
        var serial = digits[5..].SequenceEqual("0000");
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial)
        {
            return false;
        }

        // Numbers printed in advertising and documentation, and runs like 123-45-6789 or 111-11-1111.
        return !digits.SequenceEqual("078051120") && !digits.SequenceEqual("219099999") && !digits.SequenceEqual("123456789")
            && digits.ContainsAnyExcept(digits[0]);
    }
}
