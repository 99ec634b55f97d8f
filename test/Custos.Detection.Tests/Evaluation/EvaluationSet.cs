using System.Text;

namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// The labelled evaluation set, generated deterministically: positives with valid checksums in sentences of six
/// languages and in code and configuration, and hard negatives (hashes, UUIDs, order numbers, documented example
/// keys, placeholders, near misses with wrong checksums, dates, versions, prices, ordinary multilingual text).
/// Generated rather than stored so that no credential-shaped string is committed.
/// </summary>
internal static class EvaluationSet
{
    public const int Seed = 20261128;

    private static readonly Dictionary<string, string[]> Frames = new()
    {
        [EntityTypes.EmailAddress] =
        [
            "Please contact {v} for details.", "Écrivez à {v} avant lundi.", "Bitte antworten Sie an {v}.", "Envíe el informe a {v}, gracias.",
            "メールは{v}までお願いします。", "联系邮箱：{v}", "From: \"Ann Lee\" <{v}>", "{\"user\": {\"email\": \"{v}\"}}", "cc: {v}; bcc: (none)",
        ],
        [EntityTypes.PhoneNumber] =
        [
            "Call me at {v} tomorrow.", "Mon numéro : {v}", "Rufen Sie mich unter {v} an.", "Llámame al {v} por favor.", "電話番号は {v} です。",
            "phone: \"{v}\"", "Contact: Jane Roe, {v}",
        ],
        [EntityTypes.CreditCard] =
        [
            "Card number {v} exp 09/28", "Paid with {v} yesterday.", "Kartennummer: {v}", "Tarjeta {v} aprobada", "カード番号 {v}",
            "{\"pan\": \"{v}\", \"cvv\": \"123\"}", "charge {v} for 12.50 EUR",
        ],
        [EntityTypes.IbanCode] =
        [
            "IBAN: {v}", "Virement sur {v} SVP", "Bitte überweisen an {v}.", "Cuenta {v} (BBVA)", "beneficiary_iban={v}", "振込先 {v}",
        ],
        [EntityTypes.UsSsn] =
        [
            "SSN: {v}", "Her social security number is {v}.", "ssn={v}", "Applicant SSN {v} verified", "\"ssn\": \"{v}\"",
        ],
        [EntityTypes.IpAddress] =
        [
            "Connection from {v} refused", "server {v} is down", "Die IP-Adresse {v} ist gesperrt.", "client_ip={v} status=403", "接続元 {v} を拒否",
        ],
        [EntityTypes.Secret] =
        [
            "{v}", "Here is the credential: {v} (rotate it)", "env:\n  VALUE: {v}\n", "\"key\": \"{v}\"", "found in logs -> {v} <- oops",
            "Voici la clé {v} à révoquer.", "Schlüssel {v} bitte löschen.",
        ],
    };

    private static readonly string[] Benign =
    [
        "The quarterly report is attached; let me know if anything is unclear.",
        "Le comité se réunira mardi prochain pour discuter du budget.",
        "Die Besprechung wurde auf Donnerstag um 14 Uhr verschoben.",
        "El pedido llegará en tres a cinco días hábiles.",
        "会議は来週の月曜日に延期されました。",
        "我们下周一开会讨论这个问题。",
        "for (int i = 0; i < 10; i++) { sum += values[i]; }",
        "const tokenizer = new Tokenizer({ lowercase: true });",
        "if (password == null) throw new ArgumentNullException(nameof(password));",
        "password_hash = bcrypt.hashpw(password, bcrypt.gensalt())",
        "Set the token_type to bearer and the expires_in to 3600.",
        "Use `custos token issue` to create a token; it is shown once.",
        "The secret to good bread is patience and a hot oven.",
        "Reset your password from the settings page.",
        "Total: 1,234.56 USD (tax 19%)",
        "Meeting at 12:30, room 4.01, floor 3.",
        "Update to version 10.0.100 of the SDK, then rebuild.",
        "Python 3.12.1 and Node 22.11.0 are installed.",
        "Released on 2024-03-15; patched 15/04/2024.",
        "Mix 2 cups of flour with 1 cup of water.",
        "See RFC 6962 section 2.1 and RFC 9162.",
        "The build took 1234 seconds on 2 cores.",
    ];

    public static IReadOnlyList<LabelledCase> Generate(int perType = 300, int negativesPerKind = 120)
    {
        var fakes = new Fakes(Seed);
        var cases = new List<LabelledCase>();
        var id = 0;
        string NextId() => $"c{id++:00000}";

        foreach (var (type, frames) in Frames)
        {
            for (var n = 0; n < perType; n++)
            {
                var frame = frames[n % frames.Length];
                string value;
                int s, e;
                if (type == EntityTypes.Secret)
                {
                    var (kind, secret) = fakes.Secret(n % Fakes.SecretKinds);
                    (s, e) = Fakes.SecretSpan(kind, secret);
                    value = secret;
                }
                else
                {
                    value = Value(fakes, type, n);
                    (s, e) = (0, value.Length);
                }

                var at = frame.IndexOf("{v}", StringComparison.Ordinal);
                var text = frame[..at] + value + frame[(at + 3)..];
                cases.Add(new LabelledCase(NextId(), type, text, [new Label(type, at + s, at + e)]));
            }
        }

        // Several kinds in one text.
        for (var n = 0; n < perType / 3; n++)
        {
            var email = fakes.Email();
            var phone = fakes.Phone();
            var card = fakes.Card();
            var sb = new StringBuilder("Customer ");
            var labels = new List<Label>();
            Append(sb, labels, EntityTypes.EmailAddress, email);
            sb.Append(" (tel ");
            Append(sb, labels, EntityTypes.PhoneNumber, phone);
            sb.Append(") paid by card ");
            Append(sb, labels, EntityTypes.CreditCard, card);
            sb.Append('.');
            cases.Add(new LabelledCase(NextId(), "mixed", sb.ToString(), labels));
        }

        cases.AddRange(InjectionSet.Generate(fakes, NextId));

        foreach (var (category, make) in Negatives)
        {
            for (var n = 0; n < negativesPerKind; n++)
            {
                cases.Add(new LabelledCase(NextId(), "negative:" + category, make(fakes, n), []));
            }
        }

        cases.AddRange(NationalIds(NextId, perType, negativesPerKind));
        cases.AddRange(TaxIdSet.Generate(NextId, perType * 2 / 3, negativesPerKind));
        return cases;
    }

    private static readonly (string Type, string[] Frames)[] IdFrames =
    [
        (EntityTypes.UkNino, ["National Insurance number: {v}", "NINO {v} on file", "Her NI number is {v}.", "\"nino\": \"{v}\"", "Numéro NI britannique : {v}", "NI-Nummer {v} (UK)"]),
        (EntityTypes.UkNhs, ["NHS number: {v}", "Patient {v} was seen today.", "NHS No {v}", "\"nhs_number\": \"{v}\"", "Numéro NHS : {v}"]),
        ("VAT", ["VAT ID: {v}", "USt-IdNr.: {v}", "N° TVA intracommunautaire : {v}", "Partita IVA {v}", "NIF-IVA: {v}", "\"vat_id\": \"{v}\"", "BTW-nummer {v}", "Invoice to ACME GmbH, {v}, Berlin"]),
        (EntityTypes.DateTime, ["Date of birth: {v}", "DOB {v}", "Geburtsdatum: {v}", "Il est né le {v} à Lyon.", "fecha de nacimiento: {v}", "生年月日：{v}", "\"date_of_birth\": \"{v}\"", "born on {v} in Leeds", "出生日期：{v}"]),
        (EntityTypes.Crypto, ["Send 0.01 BTC to {v}", "wallet: {v}", "Adresse Bitcoin : {v}", "\"address\": \"{v}\"", "Zahlung an {v} erhalten", "refund to {v} please"]),
    ];

    /// <summary>
    /// UK_NINO, UK_NHS, the VAT types, dates of birth and CRYPTO, with hard negatives. Drawn from their own random
    /// source and appended last, so the cases before them stay as they were.
    /// </summary>
    private static List<LabelledCase> NationalIds(Func<string> nextId, int perType, int negativesPerKind)
    {
        var f = new Fakes(Seed + 1);
        var cases = new List<LabelledCase>();
        foreach (var (kind, frames) in IdFrames)
        {
            for (var n = 0; n < perType; n++)
            {
                var frame = frames[n % frames.Length];
                var (type, value) = kind switch
                {
                    EntityTypes.UkNino => (kind, f.Nino(n % 2 == 0)),
                    EntityTypes.UkNhs => (kind, f.Nhs(spaced: n % 5 != 0 || frame.Contains("NHS", StringComparison.Ordinal)) is var v && frame.StartsWith("Patient", StringComparison.Ordinal) ? f.Nhs(spaced: true) : v),
                    EntityTypes.DateTime => (kind, f.BirthDate(n)),
                    EntityTypes.Crypto => (kind, (n % 3) switch { 0 => f.BitcoinBase58(false), 1 => f.BitcoinBase58(true), _ => f.BitcoinBech32() }),
                    _ => VatCase(f, n),
                };
                var at = frame.IndexOf("{v}", StringComparison.Ordinal);
                cases.Add(new LabelledCase(nextId(), type, frame[..at] + value + frame[(at + 3)..], [new Label(type, at, at + value.Length)]));
            }
        }

        foreach (var (category, make) in IdNegatives)
        {
            for (var n = 0; n < negativesPerKind; n++)
            {
                cases.Add(new LabelledCase(nextId(), "negative:" + category, make(f, n), []));
            }
        }

        return cases;
    }

    private static (string Type, string Value) VatCase(Fakes f, int n)
    {
        var country = IdFakes.VatCountries[n % IdFakes.VatCountries.Length];
        return (IdFakes.VatType(country), f.Vat(country));
    }

    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly (string Category, Func<Fakes, int, string> Make)[] IdNegatives =
    [
        ("id-near-miss", (f, n) => (n % 6) switch
        {
            0 => $"NINO {f.Pick(["BG", "GB", "NK", "TN", "ZZ", "DA", "AO", "QQ"])}{f.Digits(6)}{f.Pick(["A", "B", "C", "D"])}",
            1 => $"NI number {f.Nino(false)[..8]}E",
            2 => $"VAT {f.InvalidVat(f.Pick(IdFakes.VatCountries))}",
            3 => $"NHS number {BrokenNhs(f)}",
            4 => $"BTC {BrokenBase58(f)}",
            _ => $"Date of birth: {f.Random.Next(30, 32)}/02/{f.Random.Next(1950, 2000)}",
        }),
        ("dates-and-logs", (f, n) => (n % 6) switch
        {
            0 => $"2026-{f.Random.Next(1, 13):00}-{f.Random.Next(1, 29):00}T{f.Random.Next(0, 24):00}:{f.Random.Next(0, 60):00}:{f.Random.Next(0, 60):00}Z INFO request served in {f.Random.Next(1, 900)} ms",
            1 => $"Invoice date: {f.Random.Next(1, 29):00}/{f.Random.Next(1, 13):00}/{f.Random.Next(1990, 2026)}, due in 30 days",
            2 => $"Meeting on {f.Random.Next(1, 29)} March {f.Random.Next(1990, 2026)} at noon.",
            3 => $"web-{f.Random.Next(1, 40)} - - [{f.Random.Next(1, 29):00}/Mar/2025:10:{f.Random.Next(10, 60)}:00 +0000] \"GET / HTTP/1.1\" 200",
            4 => $"Der Vertrag vom {f.Random.Next(1, 29)}.{f.Random.Next(1, 13)}.{f.Random.Next(1990, 2026)} läuft aus.",
            _ => $"build {f.Random.Next(2015, 2026)}{f.Random.Next(1, 13):00}{f.Random.Next(1, 29):00}.{f.Random.Next(1, 9)} released",
        }),
        ("id-look-alikes", (f, n) => (n % 8) switch
        {
            0 => $"Part no. {f.Chars("ABCEGHJKLMNPRSTWXYZ", 2)}{f.Digits(6)} in stock",
            1 => $"Order {f.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2)}-{f.Digits(9)} shipped",
            2 => $"Ticket DE{f.Digits(5)} and IT-{f.Digits(6)}",
            3 => $"txid {f.Chars("0123456789abcdef", 64)}",
            4 => $"id {f.Chars(Base58, 34)} (base58 id, not an address)",
            5 => $"session 1{f.Chars(Base58, 33)}",
            6 => $"ref bc1{f.Chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 39)}",
            _ => $"order {f.Digits(10)} and invoice {f.Digits(10)}",
        }),
    ];

    private static string BrokenNhs(Fakes f)
    {
        // Bare digits: in the 3-3-4 layout a number with a wrong NHS check is still a (possibly fictional) phone number.
        var nhs = f.Nhs(spaced: false);
        var last = nhs[^1] - '0';
        return nhs[..^1] + ((last + 1 + f.Random.Next(8)) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string BrokenBase58(Fakes f)
    {
        var address = f.BitcoinBase58(f.Random.Next(2) == 0);
        var k = f.Random.Next(1, address.Length);
        var replacement = Base58[(Base58.IndexOf(address[k], StringComparison.Ordinal) + 1 + f.Random.Next(56)) % 58];
        return address[..k] + replacement + address[(k + 1)..];
    }

    private static void Append(StringBuilder sb, List<Label> labels, string type, string value)
    {
        labels.Add(new Label(type, sb.Length, sb.Length + value.Length));
        sb.Append(value);
    }

    private static string Value(Fakes fakes, string type, int n) => type switch
    {
        EntityTypes.EmailAddress => fakes.Email(),
        EntityTypes.PhoneNumber => fakes.Phone(),
        EntityTypes.CreditCard => fakes.Card(),
        EntityTypes.IbanCode => fakes.Iban(n % 2 == 0),
        EntityTypes.UsSsn => fakes.Ssn(n % 4 == 3 ? ' ' : '-'),
        EntityTypes.IpAddress => n % 3 == 2 ? fakes.Ipv6() : fakes.Ipv4(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private const string Hex = "0123456789abcdef";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static string Uuid(Fakes f) => $"{f.Chars(Hex, 8)}-{f.Chars(Hex, 4)}-4{f.Chars(Hex, 3)}-a{f.Chars(Hex, 3)}-{f.Chars(Hex, 12)}";

    private static readonly (string Category, Func<Fakes, int, string> Make)[] Negatives =
    [
        ("hash", (f, n) => (n % 4) switch
        {
            0 => $"sha256: {f.Chars(Hex, 64)}",
            1 => $"commit {f.Chars(Hex, 40)} (HEAD -> main)",
            2 => $"md5sum {f.Chars(Hex, 32)}  release.tar.gz",
            _ => $"\"integrity\": \"checksum={f.Chars(Hex, 64)}\"",
        }),
        ("uuid", (f, n) => n % 2 == 0 ? $"request id {Uuid(f)} completed" : $"{{\"id\": \"{Uuid(f)}\", \"token_type\": \"bearer\"}}"),
        ("order-number", (f, n) => (n % 4) switch
        {
            0 => $"Order #{f.Digits(16)} shipped",
            1 => $"Invoice INV-{f.Digits(8)} is due",
            2 => $"tracking number 1Z{f.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16)}",
            _ => $"Ref: {f.Digits(10)} / case {f.Digits(7)}",
        }),
        ("example-key", (f, n) => (n % 5) switch
        {
            0 => "aws_access_key_id = " + "AKIAIOSFODNN7" + "EXAMPLE",
            1 => "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
            2 => "stripe.api_key = \"" + string.Concat("sk_test_", "4eC39HqLyjWDarjtT1zdp7dc") + "\"",
            3 => "GITHUB_TOKEN=" + "ghp_" + new string('x', 36),
            _ => "OPENAI_API_KEY=sk-" + "...",
        }),
        ("placeholder", (f, n) => (n % 8) switch
        {
            0 => "api_key = \"<your-key>\"",
            1 => "password: changeme",
            2 => "token: ${GITHUB_TOKEN}",
            3 => "password=********",
            4 => "API_KEY=your_api_key_here",
            5 => "DATABASE_URL=postgres://user:password@localhost:5432/app",
            6 => "curl -H 'Authorization: Bearer <token>' https://api.example.com",
            _ => "secret: {{ .Values.secret }}",
        }),
        ("near-miss", (f, n) => (n % 4) switch
        {
            0 => "card " + f.InvalidCard(),
            1 => "IBAN " + f.InvalidIban(),
            // 923 is IRS territory: groups 50-65, 70-88, 90-92 and 94-99 there are ITINs, so the group stays under 50.
            2 => $"SSN {f.Pick(["000", "666", "923"])}-{f.Random.Next(10, 50)}-{f.Random.Next(1000, 9999)}",
            _ => BrokenGitHubToken(f),
        }),
        ("numbers", (f, n) => (n % 5) switch
        {
            0 => $"Released on 20{f.Random.Next(10, 30)}-0{f.Random.Next(1, 9)}-1{f.Random.Next(0, 9)}",
            1 => $"version {f.Random.Next(1, 20)}.{f.Random.Next(0, 10)}.{f.Random.Next(0, 200)}.{f.Random.Next(0, 9)}",
            2 => $"Total {f.Random.Next(1, 999)},{f.Digits(3)}.{f.Digits(2)} EUR",
            3 => $"at {f.Random.Next(0, 24):00}:{f.Random.Next(0, 60):00}:{f.Random.Next(0, 60):00} UTC",
            _ => $"rows {f.Digits(4)} to {f.Digits(5)} of {f.Digits(6)}",
        }),
        ("text", (f, n) => Benign[n % Benign.Length]),
        ("code", (f, n) => (n % 4) switch
        {
            0 => $"var token = GetToken(\"{f.Chars("abcdefghijklmnop", 6)}\");",
            1 => $"password = os.environ[\"DB_PASSWORD\"]",
            2 => $"apiKey: process.env.API_KEY,",
            _ => $"const secretName = \"prod/{f.Chars("abcdefghijklmnop", 8)}\";",
        }),
    ];

    /// <summary>
    /// A GitHub-style prefix before a body too short for the format (a 36-character body with a wrong checksum is
    /// reported, at a lower score: a token mistyped or made up is still better redacted).
    /// </summary>
    private static string BrokenGitHubToken(Fakes f) => "token " + "gh" + "p_" + f.Chars(Base62, f.Random.Next(12, 30));
}
