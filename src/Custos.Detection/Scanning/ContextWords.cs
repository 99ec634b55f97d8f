namespace Custos.Detection.Scanning;

/// <summary>The context words (lowercase; matched case-insensitively at word starts) and what each speaks for.</summary>
internal static class ContextWords
{
    public static IReadOnlyList<(string Word, ContextKind Kind)> All { get; } =
    [
        ("phone", ContextKind.Phone), ("tel", ContextKind.Phone), ("mobile", ContextKind.Phone), ("cell", ContextKind.Phone),
        ("call", ContextKind.Phone), ("fax", ContextKind.Phone), ("whatsapp", ContextKind.Phone), ("contact", ContextKind.Phone),
        ("téléphone", ContextKind.Phone), ("telefon", ContextKind.Phone), ("teléfono", ContextKind.Phone), ("portable", ContextKind.Phone),
        ("handy", ContextKind.Phone), ("sms", ContextKind.Phone), ("dial", ContextKind.Phone), ("reach me", ContextKind.Phone),
        ("card", ContextKind.Card), ("credit", ContextKind.Card), ("visa", ContextKind.Card), ("mastercard", ContextKind.Card),
        ("amex", ContextKind.Card), ("payment", ContextKind.Card), ("cc#", ContextKind.Card), ("pan", ContextKind.Card),
        ("carte", ContextKind.Card), ("karte", ContextKind.Card), ("tarjeta", ContextKind.Card), ("debit", ContextKind.Card),
        ("ssn", ContextKind.Ssn), ("social security", ContextKind.Ssn), ("social-security", ContextKind.Ssn), ("tin", ContextKind.Ssn),
        ("iban", ContextKind.Iban), ("bank", ContextKind.Iban), ("account", ContextKind.Iban), ("transfer", ContextKind.Iban),
        ("email", ContextKind.Email), ("e-mail", ContextKind.Email), ("mail", ContextKind.Email),
        ("ip", ContextKind.Ip), ("host", ContextKind.Ip), ("server", ContextKind.Ip), ("address", ContextKind.Ip), ("client", ContextKind.Ip),
        ("order", ContextKind.Reference), ("tracking", ContextKind.Reference),
        ("ref", ContextKind.Reference), ("reference", ContextKind.Reference), ("isbn", ContextKind.Reference), ("serial", ContextKind.Reference),
        ("ticket", ContextKind.Reference), ("case", ContextKind.Reference), ("sku", ContextKind.Reference), ("part", ContextKind.Reference),
        ("commande", ContextKind.Reference), ("bestellung", ContextKind.Reference), ("pedido", ContextKind.Reference), ("build", ContextKind.Reference),
        ("version", ContextKind.Version), ("release", ContextKind.Version), ("oid", ContextKind.Version), ("telephone", ContextKind.Phone),
        ("nhs", ContextKind.Nhs), ("national insurance", ContextKind.Nino), ("nino", ContextKind.Nino),
        ("bitcoin", ContextKind.Crypto), ("btc", ContextKind.Crypto), ("wallet", ContextKind.Crypto),
        ("itin", ContextKind.Itin), ("taxpayer", ContextKind.Itin), ("tax id", ContextKind.Itin), ("taxid", ContextKind.Itin), ("tax identification", ContextKind.Itin),
        ("routing", ContextKind.Routing), ("aba", ContextKind.Routing), ("rtn", ContextKind.Routing), ("número de ruta", ContextKind.Routing),
        ("numero de ruta", ContextKind.Routing), ("tránsito bancario", ContextKind.Routing), ("routage", ContextKind.Routing), ("acheminement", ContextKind.Routing),
        ("ルーティング番号", ContextKind.Routing), ("路由号码", ContextKind.Routing), ("路由號碼", ContextKind.Routing),
        ("aadhaar", ContextKind.Aadhaar), ("aadhar", ContextKind.Aadhaar), ("uidai", ContextKind.Aadhaar), ("आधार", ContextKind.Aadhaar),
        ("permanent account", ContextKind.Pan), ("income tax", ContextKind.Pan), ("पैन", ContextKind.Pan),
        ("dni", ContextKind.SpanishId), ("nif", ContextKind.SpanishId), ("nie", ContextKind.SpanishId), ("documento nacional", ContextKind.SpanishId),
        ("identificación", ContextKind.SpanishId), ("extranjero", ContextKind.SpanishId),
        ("codice fiscale", ContextKind.FiscalCode), ("cod. fisc", ContextKind.FiscalCode), ("fiscal code", ContextKind.FiscalCode), ("c.f.", ContextKind.FiscalCode),
        ("abn", ContextKind.AuAbn), ("australian business number", ContextKind.AuAbn), ("tfn", ContextKind.AuTfn), ("tax file number", ContextKind.AuTfn),
        ("nric", ContextKind.SgNric), ("fin no", ContextKind.SgNric), ("identity card", ContextKind.SgNric), ("pesel", ContextKind.Pesel), ("numer ewidencyjny", ContextKind.Pesel),
        ("henkilötunnus", ContextKind.FiHetu), ("hetu", ContextKind.FiHetu), ("personal identity code", ContextKind.FiHetu), ("personbeteckning", ContextKind.FiHetu),
        .. Pii.BirthDate.Keywords.Select(k => (k, ContextKind.Birth)),
    ];
}
