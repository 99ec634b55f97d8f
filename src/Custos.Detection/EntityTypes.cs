namespace Custos.Detection;

/// <summary>The finding types, named as Microsoft Presidio names them so results compare with other tools.</summary>
public static class EntityTypes
{
    public const string EmailAddress = "EMAIL_ADDRESS";
    public const string PhoneNumber = "PHONE_NUMBER";
    public const string CreditCard = "CREDIT_CARD";
    public const string IbanCode = "IBAN_CODE";
    public const string UsSsn = "US_SSN";
    public const string IpAddress = "IP_ADDRESS";
    public const string Secret = "SECRET";

    /// <summary>Instructions planted in data for a model to follow (override, jailbreak, tool poisoning, …).</summary>
    public const string PromptInjection = "PROMPT_INJECTION";

    /// <summary>Text built to carry data out: data-laden image URLs, send-it-there instructions, curl with secrets.</summary>
    public const string Exfiltration = "EXFILTRATION";

    /// <summary>The types this version detects.</summary>
    public static IReadOnlyList<string> All { get; } = [EmailAddress, PhoneNumber, CreditCard, IbanCode, UsSsn, IpAddress, Secret, PromptInjection, Exfiltration];

    /// <summary>Types that mark a region of text (an instruction, a command) rather than a value; they may contain value findings.</summary>
    public static bool IsRegion(string type) => type is PromptInjection or Exfiltration;

    /// <summary>When two findings cover the same span with the same score, the lower rank wins.</summary>
    internal static int Rank(string type) => type switch
    {
        Secret => 0,
        CreditCard => 1,
        IbanCode => 2,
        UsSsn => 3,
        EmailAddress => 4,
        IpAddress => 5,
        PhoneNumber => 6,
        PromptInjection => 7,
        Exfiltration => 8,
        _ => 9,
    };
}
