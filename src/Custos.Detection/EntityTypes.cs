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

    /// <summary>UK National Insurance numbers (prefix letters with HMRC's exclusions, six digits, suffix A-D).</summary>
    public const string UkNino = "UK_NINO";

    /// <summary>UK NHS numbers (ten digits, mod-11 check; in the 3-3-4 layout or next to "NHS").</summary>
    public const string UkNhs = "UK_NHS";

    /// <summary>German VAT ids (DE and nine digits, ISO 7064 mod 11,10).</summary>
    public const string DeVatId = "DE_VAT_ID";

    /// <summary>Italian VAT codes (partita IVA: IT and eleven digits, office code and Luhn check).</summary>
    public const string ItVatCode = "IT_VAT_CODE";

    /// <summary>Other EU VAT ids (country prefix, national format and check); the subtype names the country.</summary>
    public const string EuVatId = "EU_VAT_ID";

    /// <summary>Dates of birth: a valid date right after a keyword such as "date of birth", "DOB", "geboren am", "生年月日".</summary>
    public const string DateTime = "DATE_TIME";

    /// <summary>Bitcoin addresses: base58check (P2PKH, P2SH) and bech32/bech32m (bc1…), checksums verified.</summary>
    public const string Crypto = "CRYPTO";

    /// <summary>US individual taxpayer numbers: 9XX, a group in 50-65, 70-88, 90-92 or 94-99, four digits.</summary>
    public const string UsItin = "US_ITIN";

    /// <summary>US bank routing numbers (ABA 3-7-1 check, Federal Reserve prefixes), only next to "routing", "ABA", "RTN".</summary>
    public const string AbaRoutingNumber = "ABA_ROUTING_NUMBER";

    /// <summary>Indian Aadhaar numbers: twelve digits not starting 0 or 1, Verhoeff check.</summary>
    public const string InAadhaar = "IN_AADHAAR";

    /// <summary>Indian Permanent Account Numbers (AAAPA1234A), only next to "PAN" or "permanent account number".</summary>
    public const string InPan = "IN_PAN";

    /// <summary>Spanish DNI/NIF numbers: eight digits and the mod-23 control letter.</summary>
    public const string EsNif = "ES_NIF";

    /// <summary>Spanish foreigner numbers (NIE): X, Y or Z, seven digits and the mod-23 control letter.</summary>
    public const string EsNie = "ES_NIE";

    /// <summary>Italian fiscal codes (codice fiscale): sixteen characters, omocodia letters, the check letter.</summary>
    public const string ItFiscalCode = "IT_FISCAL_CODE";

    /// <summary>Australian Business Numbers: eleven digits, mod-89 check, bare or 2-3-3-3.</summary>
    public const string AuAbn = "AU_ABN";

    /// <summary>Australian Tax File Numbers: nine digits, weighted mod-11 check, only next to "TFN" or "tax file number".</summary>
    public const string AuTfn = "AU_TFN";

    /// <summary>Singapore NRIC and FIN numbers: S, T, F or G, seven digits, the check letter.</summary>
    public const string SgNricFin = "SG_NRIC_FIN";

    /// <summary>Polish PESEL numbers: a valid birth date, a serial and the 1-3-7-9 check, only next to "PESEL".</summary>
    public const string PlPesel = "PL_PESEL";

    /// <summary>Finnish personal identity codes (henkilötunnus): DDMMYY, century sign, serial, mod-31 check character.</summary>
    public const string FiPersonalIdentityCode = "FI_PERSONAL_IDENTITY_CODE";

    /// <summary>Instructions planted in data for a model to follow (override, jailbreak, tool poisoning, …).</summary>
    public const string PromptInjection = "PROMPT_INJECTION";

    /// <summary>Text built to carry data out: data-laden image URLs, send-it-there instructions, curl with secrets.</summary>
    public const string Exfiltration = "EXFILTRATION";

    /// <summary>The types this version detects.</summary>
    public static IReadOnlyList<string> All { get; } = [EmailAddress, PhoneNumber, CreditCard, IbanCode, UsSsn, IpAddress, Secret, UkNino, UkNhs, DeVatId, ItVatCode, EuVatId, DateTime, Crypto, UsItin, AbaRoutingNumber, InAadhaar, InPan, EsNif, EsNie, ItFiscalCode, AuAbn, AuTfn, SgNricFin, PlPesel, FiPersonalIdentityCode, PromptInjection, Exfiltration];

    /// <summary>Types that mark a region of text (an instruction, a command) rather than a value; they may contain value findings.</summary>
    public static bool IsRegion(string type) => type is PromptInjection or Exfiltration;

    /// <summary>When two findings cover the same span with the same score, the lower rank wins.</summary>
    internal static int Rank(string type) => type switch
    {
        Secret => 0,
        CreditCard => 1,
        IbanCode => 2,
        UsSsn => 3,
        UkNino => 4,
        DeVatId => 5,
        ItVatCode => 6,
        EuVatId => 7,
        UkNhs => 8,
        Crypto => 9,
        EmailAddress => 10,
        IpAddress => 11,
        DateTime => 12,
        PhoneNumber => 13,
        UsItin => 14,
        AbaRoutingNumber => 15,
        InAadhaar => 16,
        InPan => 17,
        EsNif => 18,
        EsNie => 19,
        ItFiscalCode => 20,
        AuAbn => 21,
        AuTfn => 22,
        SgNricFin => 23,
        PlPesel => 24,
        FiPersonalIdentityCode => 25,
        PromptInjection => 26,
        Exfiltration => 27,
        _ => 28,
    };
}
