namespace Custos.Detection.Pii;

/// <summary>NHS numbers: ten digits, the last a mod-11 check over the first nine (weights 10 to 2).</summary>
internal static class UkNhs
{
    /// <summary><paramref name="digits"/> is ten digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10 || !digits.ContainsAnyExcept(digits[0]))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 9; k++)
        {
            sum += (digits[k] - '0') * (10 - k);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }
}
