namespace Custos.Detection.Scanning;

/// <summary>What a context word speaks for. Presidio raises a score when such words stand near a candidate.</summary>
[Flags]
internal enum ContextKind
{
    None = 0,
    Phone = 1,
    Card = 2,
    Ssn = 4,
    Iban = 8,
    Email = 16,
    Ip = 32,

    /// <summary>Order, invoice, tracking, reference and similar numbers that are not personal data.</summary>
    Reference = 64,

    /// <summary>Versions, builds and releases: dotted numbers that are not addresses.</summary>
    Version = 128,

    /// <summary>"NHS": a ten-digit number near it is an NHS number.</summary>
    Nhs = 256,

    /// <summary>"National insurance", "NINO".</summary>
    Nino = 512,

    /// <summary>Keywords a date of birth follows ("date of birth", "DOB", "geboren am", "生年月日"): they start a bounded read for a date.</summary>
    Birth = 1024,

    /// <summary>"bitcoin", "btc", "wallet".</summary>
    Crypto = 2048,

    /// <summary>"ITIN", "taxpayer", "tax id".</summary>
    Itin = 4096,

    /// <summary>"routing", "ABA", "RTN" and their translations.</summary>
    Routing = 8192,

    /// <summary>"Aadhaar", "UIDAI", "आधार".</summary>
    Aadhaar = 16384,

    /// <summary>"permanent account number", "income tax" ("PAN" and "card" speak for cards too).</summary>
    Pan = 32768,

    /// <summary>"DNI", "NIF", "NIE", "documento nacional de identidad".</summary>
    SpanishId = 65536,

    /// <summary>"codice fiscale", "C.F.", "fiscal code".</summary>
    FiscalCode = 131072,

    /// <summary>"ABN", "Australian business number".</summary>
    AuAbn = 262144,

    /// <summary>"TFN", "tax file number".</summary>
    AuTfn = 524288,

    /// <summary>"NRIC", "FIN", "identity card" (Singapore).</summary>
    SgNric = 1048576,

    /// <summary>"PESEL".</summary>
    Pesel = 2097152,

    /// <summary>"henkilötunnus", "hetu", "personal identity code".</summary>
    FiHetu = 4194304,
}
