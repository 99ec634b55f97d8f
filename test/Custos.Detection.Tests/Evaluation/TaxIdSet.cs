namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// US_ITIN, ABA_ROUTING_NUMBER, IN_AADHAAR, IN_PAN, ES_NIF, ES_NIE, IT_FISCAL_CODE, AU_ABN, AU_TFN, SG_NRIC_FIN,
/// PL_PESEL and FI_PERSONAL_IDENTITY_CODE cases with hard negatives, from
/// their own random source and appended after the rest, so the earlier cases stay as they were.
/// </summary>
internal static class TaxIdSet
{
    private static readonly (string Type, string[] Frames)[] Frames =
    [
        (EntityTypes.UsItin, ["ITIN: {v}", "Individual Taxpayer Identification Number {v}", "\"itin\": \"{v}\"", "Número ITIN {v}", "Her ITIN is {v}.", "ITIN-Nummer {v}"]),
        (EntityTypes.AbaRoutingNumber, ["Routing number: {v}", "ABA {v}", "RTN {v}", "\"routing_number\": \"{v}\"", "Número de ruta: {v}", "numéro de routage {v}", "ルーティング番号 {v}", "ABA-Nummer {v}"]),
        (EntityTypes.InAadhaar, ["Aadhaar: {v}", "आधार संख्या {v}", "UIDAI number {v}", "\"aadhaar\": \"{v}\"", "Aadhaar card {v} verified", "ID {v} on file"]),
        (EntityTypes.InPan, ["PAN: {v}", "PAN card {v}", "Permanent Account Number {v}", "\"pan\": \"{v}\"", "Income tax PAN {v} linked"]),
        (EntityTypes.EsNif, ["DNI: {v}", "NIF {v}", "Documento nacional de identidad {v}", "\"nif\": \"{v}\"", "Su DNI es {v}.", "Cliente {v}, Madrid"]),
        (EntityTypes.EsNie, ["NIE: {v}", "Número de identidad de extranjero {v}", "\"nie\": \"{v}\"", "NIE {v} (residencia)", "Titular {v}"]),
        (EntityTypes.AuAbn, ["ABN: {v}", "Australian Business Number {v}", "\"abn\": \"{v}\"", "ACME Pty Ltd (ABN {v})", "Supplier {v} registered"]),
        (EntityTypes.AuTfn, ["TFN: {v}", "Tax file number {v}", "\"tfn\": \"{v}\"", "Your TFN is {v}."]),
        (EntityTypes.SgNricFin, ["NRIC: {v}", "NRIC/FIN {v}", "\"nric\": \"{v}\"", "Identity card no. {v}", "Applicant {v} approved"]),
        (EntityTypes.PlPesel, ["PESEL: {v}", "Numer PESEL {v}", "\"pesel\": \"{v}\"", "PESEL {v} (Kowalski)"]),
        (EntityTypes.FiPersonalIdentityCode, ["Henkilötunnus: {v}", "HETU {v}", "personal identity code {v}", "\"hetu\": \"{v}\"", "Asiakas {v}, Helsinki"]),
        (EntityTypes.ItFiscalCode, ["Codice fiscale: {v}", "C.F. {v}", "\"codice_fiscale\": \"{v}\"", "CF {v}", "Il codice fiscale di Mario è {v}.", "fiscal code {v}"]),
    ];

    public static List<LabelledCase> Generate(Func<string> nextId, int perType, int negativesPerKind)
    {
        var f = new Fakes(EvaluationSet.Seed + 2);
        var cases = new List<LabelledCase>();
        foreach (var (type, frames) in Frames)
        {
            for (var n = 0; n < perType; n++)
            {
                var frame = frames[n % frames.Length];
                var contextFree = frame.StartsWith("ID ", StringComparison.Ordinal) || frame.StartsWith("Supplier", StringComparison.Ordinal);
                var value = type switch
                {
                    EntityTypes.UsItin => f.Itin((n % 5) switch { 0 => ' ', 1 => '\0', _ => '-' }),
                    EntityTypes.AbaRoutingNumber => f.Aba(dashed: n % 7 == 3),
                    EntityTypes.InAadhaar => contextFree ? f.Aadhaar(spaced: true) : f.Aadhaar(spaced: n % 3 != 0, separator: n % 3 == 2 ? '-' : ' '),
                    EntityTypes.InPan => f.Pan(),
                    EntityTypes.EsNif => f.Nif(dash: n % 4 == 1),
                    EntityTypes.EsNie => f.Nie(),
                    EntityTypes.AuAbn => f.Abn(spaced: contextFree || n % 2 == 0),
                    EntityTypes.AuTfn => f.Tfn(spaced: n % 2 == 0),
                    EntityTypes.SgNricFin => f.Nric(),
                    EntityTypes.PlPesel => f.Pesel(),
                    EntityTypes.FiPersonalIdentityCode => f.Hetu(),
                    _ => f.FiscalCode(omocodia: n % 5 == 4 ? f.Random.Next(1, 4) : 0),
                };
                var at = frame.IndexOf("{v}", StringComparison.Ordinal);
                cases.Add(new LabelledCase(nextId(), type, frame[..at] + value + frame[(at + 3)..], [new Label(type, at, at + value.Length)]));
            }
        }

        foreach (var (category, make) in Negatives)
        {
            for (var n = 0; n < negativesPerKind; n++)
            {
                cases.Add(new LabelledCase(nextId(), "negative:" + category, make(f, n), []));
            }
        }

        return cases;
    }

    private static readonly (string Category, Func<Fakes, int, string> Make)[] Negatives =
    [
        ("tax-id-near-miss", (f, n) => (n % 8) switch
        {
            0 => $"ITIN {f.NotItin()}",
            1 => $"Routing number: {f.BrokenAba()}",
            2 => $"Aadhaar: {f.BrokenAadhaar()}",
            3 => $"PAN: {f.BadStatusPan()}",
            4 => $"DNI: {f.BrokenSpanishId(nie: false)}",
            5 => $"NIE: {f.BrokenSpanishId(nie: true)}",
            6 => $"Codice fiscale: {f.BrokenFiscalCode()}",
            _ => $"SSN {f.NotItin()}",
        }),
        ("national-number-near-miss", (f, n) => (n % 6) switch
        {
            0 => $"ABN {f.BrokenAbn()}",
            1 => $"TFN {f.BrokenTfn()}",
            2 => $"NRIC {f.BrokenNric()}",
            3 => $"PESEL {f.BrokenPesel()}",
            4 => $"HETU {f.BrokenHetu()}",
            _ => $"invoice {f.Abn(spaced: false)}, order {f.Tfn(spaced: false)}, ref {f.Pesel()}",
        }),
        ("tax-id-look-alikes", (f, n) => (n % 8) switch
        {
            0 => $"Order {f.Aba()} shipped",
            1 => $"Invoice {f.Itin('\0')} paid",
            2 => $"Tracking {f.Aadhaar(spaced: false)} delivered",
            3 => $"SKU {f.Pan()} in stock",
            4 => $"Ref {f.Nif(dash: false)[..8]} and lot {f.Digits(8)}",
            5 => $"Build {f.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6)}{f.Digits(2)}{f.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8)}",
            6 => $"Lot {f.Aba(dashed: true)} sealed",
            _ => $"txn {f.Digits(9)} at {f.Random.Next(10, 23)}:{f.Random.Next(10, 59)}",
        }),
    ];

    /// <summary>The categories of the cases this set makes: its types, and "negative:" and each kind of near miss.</summary>
    public static IReadOnlySet<string> Categories { get; } =
        Frames.Select(f => f.Type).Concat(Negatives.Select(n => "negative:" + n.Category)).ToHashSet(StringComparer.Ordinal);
}
