namespace Custos.Detection.Pii;

/// <summary>
/// US individual taxpayer identification numbers: the IRS issues them as 9XX-GG-XXXX with the group GG in 50-65,
/// 70-88, 90-92 or 94-99 (the 9XX area is never an SSN, so the two types never claim the same number).
/// </summary>
internal static class UsItin
{
    /// <summary><paramref name="digits"/> is nine digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9 || digits[0] != '9')
        {
            return false;
        }

        var group = ((digits[3] - '0') * 10) + (digits[4] - '0');
        return group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);
    }
}
