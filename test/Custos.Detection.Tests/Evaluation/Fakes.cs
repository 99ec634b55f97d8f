using System.Text;
using Custos.Detection.Pii;
using Custos.Detection.Secrets;
using PhoneNumbers;

namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// Deterministic, real-shaped but fake values: checksummed cards, IBANs, SSNs, phone numbers and provider tokens
/// built at run time from a seeded random source, so no credential-shaped literal sits in the repository.
/// </summary>
internal sealed class Fakes(int seed)
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UrlSafe = Base62 + "_-";
    private const string Hex = "0123456789abcdef";
    private const string Base64 = Base62 + "+/";
    private const string UpperBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string UpperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public Random Random { get; } = new(seed);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public string Chars(string alphabet, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(alphabet[Random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    public string Digits(int length) => Chars("0123456789", length);

    // ---- PII ----

    private static readonly (string Prefix, int Length, int[] Groups)[] CardShapes =
    [
        ("4", 16, [4, 4, 4, 4]), ("4", 13, [13]), ("51", 16, [4, 4, 4, 4]), ("55", 16, [4, 4, 4, 4]), ("2221", 16, [4, 4, 4, 4]),
        ("2720", 16, [4, 4, 4, 4]), ("34", 15, [4, 6, 5]), ("37", 15, [4, 6, 5]), ("6011", 16, [4, 4, 4, 4]), ("65", 16, [4, 4, 4, 4]),
        ("3530", 16, [4, 4, 4, 4]), ("36", 14, [4, 6, 4]), ("62", 16, [4, 4, 4, 4]),
    ];

    /// <summary>A valid card number and how it is written (plain, spaced or dashed).</summary>
    public string Card()
    {
        var (prefix, length, groups) = Pick(CardShapes);
        string digits;
        do
        {
            var body = prefix + Digits(length - prefix.Length - 1);
            digits = body + LuhnDigit(body);
        }
        while (!CreditCard.IsValid(digits));

        var style = Random.Next(3);
        if (style == 0 || groups.Length == 1)
        {
            return digits;
        }

        var separator = style == 1 ? " " : "-";
        var parts = new List<string>();
        var at = 0;
        foreach (var g in groups)
        {
            parts.Add(digits.Substring(at, g));
            at += g;
        }

        return string.Join(separator, parts);
    }

    public string InvalidCard()
    {
        var card = Card().Replace(" ", "").Replace("-", "");
        var last = card[^1] - '0';
        return card[..^1] + (char)('0' + ((last + 1 + Random.Next(8)) % 10));
    }

    public static char LuhnDigit(string body)
    {
        for (var d = 0; d < 10; d++)
        {
            if (CreditCard.Luhn(body + (char)('0' + d)))
            {
                return (char)('0' + d);
            }
        }

        throw new InvalidOperationException("no Luhn digit");
    }

    private static readonly string[] IbanCountries = ["DE", "FR", "GB", "NL", "ES", "IT", "BE", "CH", "AT", "PL", "SE", "NO", "PT", "IE", "DK", "FI"];

    public string Iban(bool grouped)
    {
        var country = Pick(IbanCountries);
        var length = Pdf(country);
        var bban = country == "GB" || country == "NL" || country == "IE"
            ? Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + Digits(length - 8)
            : Digits(length - 4);
        var check = 98 - Mod97($"{bban}{country}00");
        var iban = $"{country}{check:00}{bban}";
        return grouped ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;
    }

    private static int Pdf(string country) => Pii.Iban.Lengths[country];

    private static int Mod97(string s)
    {
        var r = 0;
        foreach (var c in s)
        {
            r = char.IsAsciiDigit(c) ? ((r * 10) + (c - '0')) % 97 : ((r * 100) + (c - 'A' + 10)) % 97;
        }

        return r;
    }

    public string InvalidIban()
    {
        var iban = Iban(false);
        var check = int.Parse(iban.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        return iban[..2] + ((check + 1 + Random.Next(50)) % 97 + 2).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + iban[4..];
    }

    public string Ssn(char separator)
    {
        string digits;
        do
        {
            digits = $"{Random.Next(1, 900):000}{Random.Next(1, 100):00}{Random.Next(1, 10000):0000}";
        }
        while (!UsSsn.IsValid(digits));

        return $"{digits[..3]}{separator}{digits[3..5]}{separator}{digits[5..]}";
    }

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly string[] PhoneRegions = ["US", "GB", "FR", "DE", "ES", "IT", "JP", "AU", "CA", "NL", "IN", "BR"];

    /// <summary>A valid phone number, international or (for the default region) national format.</summary>
    public string Phone()
    {
        while (true)
        {
            var region = Pick(PhoneRegions);
            var example = Phones.GetExampleNumberForType(region, PhoneNumberType.MOBILE) ?? Phones.GetExampleNumber(region);
            var national = example.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var keep = Math.Max(1, national.Length - 4);
            var varied = national[..keep] + Digits(national.Length - keep);
            var number = new PhoneNumber.Builder().SetCountryCode(example.CountryCode).SetNationalNumber(ulong.Parse(varied, System.Globalization.CultureInfo.InvariantCulture)).Build();
            if (!Phones.IsValidNumber(number))
            {
                continue;
            }

            return region == "US" && Random.Next(2) == 0
                ? Phones.Format(number, PhoneNumberFormat.NATIONAL)
                : Phones.Format(number, PhoneNumberFormat.INTERNATIONAL);
        }
    }

    private static readonly string[] FirstNames = ["anna", "li.wei", "j.smith", "maria_garcia", "o'brien", "dev+alerts", "noreply", "k.tanaka", "francois.dupont", "ops-team"];
    private static readonly string[] Domains = ["example.com", "mail.acme.io", "corp.example.org", "uni-heidelberg.de", "gmail.com", "startup.ai", "bank.co.uk"];

    public string Email() => $"{Pick(FirstNames)}{Random.Next(100)}@{Pick(Domains)}";

    public string Ipv4() => $"{Random.Next(1, 224)}.{Random.Next(0, 256)}.{Random.Next(0, 256)}.{Random.Next(1, 255)}";

    public string Ipv6()
    {
        var groups = Enumerable.Range(0, 8).Select(_ => Random.Next(0, 65536).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return Random.Next(2) == 0 ? string.Join(':', groups) : $"2001:db8::{groups[6]}:{groups[7]}";
    }

    // ---- Secrets ----

    private string GitHubStyle(string prefix, int random)
    {
        var body = Chars(Base62, random);
        return prefix + body + SecretMatcher.Base62Crc32(body);
    }

    /// <summary>A fake credential of the given kind; the kind is the subtype the scanner should report.</summary>
    public (string Kind, string Value) Secret()
    {
        var k = Random.Next(SecretMakers.Length);
        return SecretMakers[k](this);
    }

    public static int SecretKinds => SecretMakers.Length;

    public (string Kind, string Value) Secret(int index) => SecretMakers[index](this);

    private static readonly Func<Fakes, (string, string)>[] SecretMakers =
    [
        f => ("aws-access-key-id", "AK" + "IA" + f.Chars(UpperBase32, 16)),
        f => ("github-pat", f.GitHubStyle("gh" + "p_", 30)),
        f => ("github-oauth-token", f.GitHubStyle("gh" + "o_", 30)),
        f => ("github-app-installation-token", f.GitHubStyle("gh" + "s_", 30)),
        f => ("github-fine-grained-pat", "github" + "_pat_" + f.Chars(Base62, 22) + "_" + f.Chars(Base62, 59)),
        f => ("gitlab-pat", "gl" + "pat-" + f.Chars(UrlSafe.Replace("-", "", StringComparison.Ordinal), 20)),
        f => ("slack-bot-token", "xo" + "xb-" + f.Digits(12) + "-" + f.Digits(13) + "-" + f.Chars(Base62, 24)),
        f => ("slack-user-token", "xo" + "xp-" + f.Digits(12) + "-" + f.Digits(12) + "-" + f.Digits(13) + "-" + f.Chars(Hex, 32)),
        f => ("slack-webhook", "https://hooks.slack.com/services/T" + f.Chars(UpperAlnum, 10) + "/B" + f.Chars(UpperAlnum, 10) + "/" + f.Chars(Base62, 24)),
        f => ("stripe-secret-key", "sk" + "_live_" + f.Chars(Base62, 24)),
        f => ("stripe-restricted-key", "rk" + "_live_" + f.Chars(Base62, 24)),
        f => ("openai-api-key", "sk" + "-proj-" + f.Chars(UrlSafe, 48) + f.Chars(Base62, 8)),
        f => ("anthropic-api-key", "sk-ant" + "-api03-" + f.Chars(UrlSafe, 91) + f.Chars(Base62, 2) + "AA"),
        f => ("google-api-key", "AI" + "za" + f.Chars(UrlSafe, 34) + f.Chars(Base62, 1)),
        f => ("azure-storage-connection-string", "DefaultEndpointsProtocol=https;AccountName=" + f.Chars("abcdefghijklmnopqrstuvwxyz", 10) + ";AccountKey=" + f.Chars(Base64, 86) + "==;EndpointSuffix=core.windows.net"),
        f => ("private-key", "-----BEGIN RSA PRIVATE " + "KEY-----\n" + string.Join('\n', Enumerable.Range(0, 6).Select(_ => f.Chars(Base64, 64))) + "\n-----END RSA PRIVATE " + "KEY-----"),
        f => ("jwt", Jwt(f)),
        f => ("postgres-url", "postgres://app:" + f.Chars(Base62, 16) + "@db.internal:5432/orders"),
        f => ("mongodb-url", "mongodb+srv://svc:" + f.Chars(Base62, 20) + "@cluster0.abcde.mongodb.net/prod"),
        f => ("npm-token", f.GitHubStyle("np" + "m_", 30)),
        f => ("pypi-token", "pypi-AgEIcHlwaS5vcmc" + f.Chars(UrlSafe, 60) + f.Chars(Base62, 1)),
        f => ("twilio-api-key", "S" + "K" + f.Chars(Hex, 32)),
        f => ("sendgrid-api-key", "S" + "G." + f.Chars(Base62, 22) + "." + f.Chars(Base62, 43)),
        f => ("mailgun-api-key", "ke" + "y-" + f.Chars(Hex, 32)),
        f => ("shopify-access-token", "shp" + "at_" + f.Chars(Hex, 32)),
        f => ("square-access-token", "sq0" + "atp-" + f.Chars(Base62, 22)),
        f => ("heroku-api-key", "HR" + "KU-" + f.Chars(Base62, 60)),
        f => ("digitalocean-token", "do" + "p_v1_" + f.Chars(Hex, 64)),
        f => ("vault-service-token", "hv" + "s." + f.Chars(Base62, 90)),
        f => ("datadog-api-key", "DD_API_KEY=" + f.Chars(Hex, 32)),
        f => ("discord-webhook", "https://discord.com/api/webhooks/" + f.Digits(18) + "/" + f.Chars(UrlSafe, 67) + f.Chars(Base62, 1)),
        f => ("telegram-bot-token", f.Digits(9) + ":A" + "A" + f.Chars(UrlSafe, 32) + f.Chars(Base62, 1)),
        f => ("huggingface-token", "h" + "f_" + f.Chars(Letters, 34)),
        f => ("custos-token", f.GitHubStyle("cs" + "t_", 43)),
        f => ("linear-api-key", "lin" + "_api_" + f.Chars(Base62, 40)),
        f => ("doppler-token", "dp" + ".pt." + f.Chars(Base62, 43)),
        f => ("postman-api-key", "PM" + "AK-" + f.Chars(Hex, 24) + "-" + f.Chars(Hex, 34)),
        f => ("new-relic-user-key", "NR" + "AK-" + f.Chars(UpperAlnum, 27)),
        f => ("grafana-service-account-token", "gl" + "sa_" + f.Chars(Base62, 32) + "_" + f.Chars(Hex, 8)),
        f => ("age-secret-key", "AGE-SECRET-" + "KEY-1" + f.Chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
        f => ("groq-api-key", "gs" + "k_" + f.Chars(Base62, 52)),
        f => ("aws-secret-access-key", "aws_secret_access_key = " + f.Chars(Base64, 40)),
        f => ("password", "DB_PASSWORD=" + f.Chars(Base62, 6) + "!" + f.Chars(Base62, 7)),
        f => ("generic-api-key", "api_key: \"" + f.Chars(Base62, 32) + "\""),

        // Added with the second batch of provider formats (index 44 on).
        f => ("dockerhub-pat", "dckr" + "_pat_" + f.Chars(Base62, 27)),
        f => ("planetscale-token", "pscale" + "_tkn_" + f.Chars(UrlSafe, 42) + f.Chars(Base62, 1)),
        f => ("planetscale-password", "pscale" + "_pw_" + f.Chars(UrlSafe, 42) + f.Chars(Base62, 1)),
        f => ("gitlab-feed-token", "gl" + "ft-" + f.Chars(Base62, 20)),
        f => ("gitlab-cicd-job-token", "gl" + "cbt-" + f.Digits(2) + "_" + f.Chars(Base62, 20)),
        f => ("gitlab-oauth-app-secret", "gl" + "oas-" + f.Chars(Base62, 64)),
        f => ("gitlab-kubernetes-agent-token", "gl" + "agent-" + f.Chars(Base62, 50)),
        f => ("contentful-token", "CF" + "PAT-" + f.Chars(UrlSafe, 42) + f.Chars(Base62, 1)),
        f => ("netlify-token", "nf" + "p_" + f.Chars(Base62, 36)),
        f => ("rubygems-api-key", "rubygems" + "_" + f.Chars(Hex, 48)),
        f => ("nuget-api-key", "oy" + "2" + f.Chars("abcdefghijklmnopqrstuvwxyz234567", 43)),
        f => ("bitbucket-app-password", "AT" + "BB" + f.Chars(Base62, 32)),
        f => ("sourcegraph-token", "sg" + "p_" + f.Chars(Hex, 16) + "_" + f.Chars(Hex, 40)),
        f => ("brevo-api-key", "xkey" + "sib-" + f.Chars(Hex, 64) + "-" + f.Chars(Base62, 16)),
        f => ("shippo-api-token", "shippo" + "_live_" + f.Chars(Hex, 40)),
        f => ("easypost-api-key", "EZ" + "AK" + f.Chars(Base62, 54)),
        f => ("duffel-api-token", "duffel" + "_live_" + f.Chars(UrlSafe, 42) + f.Chars(Base62, 1)),
        f => ("typeform-token", "tf" + "p_" + f.Chars(Base62, 44) + "_" + f.Chars(Base62, 14)),
        f => ("readme-api-key", "rd" + "me_" + f.Chars("abcdefghijklmnopqrstuvwxyz0123456789", 70)),
        f => ("prefect-api-key", "pn" + "u_" + f.Chars(Base62, 36)),
        f => ("sonarqube-token", "sq" + "u_" + f.Chars(Hex, 40)),
        f => ("onepassword-service-account-token", OnePassword(f)),
        f => ("infracost-api-key", "ic" + "o-" + f.Chars(Base62, 32)),
        f => ("render-api-key", "rn" + "d_" + f.Chars(Base62, 28)),
        f => ("alibaba-access-key-id", "LT" + "AI" + f.Chars(Base62, 20)),
        f => ("jfrog-api-key", "AK" + "Cp" + f.Chars(Base62, 69)),
        f => ("jfrog-reference-token", "cmVm" + "dGtu" + f.Chars(Base62, 56)),
        f => ("plaid-access-token", "access" + "-production-" + Uuid(f)),
        f => ("braintree-access-token", "access_token$" + "production$" + f.Chars("abcdefghijklmnopqrstuvwxyz0123456789", 16) + "$" + f.Chars(Hex, 32)),
        f => ("mapbox-secret-token", Mapbox(f)),
        f => ("twitter-bearer-token", new string('A', 22) + f.Chars(Base62[..36], 1) + f.Chars(Base62, 30) + "%2F" + f.Chars(Base62, 40) + "%3D" + f.Chars(Base62, 13)),
        f => ("facebook-access-token", "EA" + "AC" + f.Chars(Base62, 160)),
        f => ("azure-sas-signature", AzureSas(f)),
        f => ("cloudflare-origin-ca-key", "v1" + ".0-" + f.Chars(Hex, 24) + "-" + f.Chars(Hex, 146)),
        f => ("adobe-client-secret", "p8" + "e-" + f.Chars(Base62, 32)),
        f => ("openrouter-api-key", "sk-or" + "-v1-" + f.Chars(Hex, 64)),
        f => ("langsmith-api-key", "lsv2" + "_pt_" + f.Chars(Hex, 32) + "_" + f.Chars(Hex, 10)),
        f => ("airtable-pat", "pa" + "t" + f.Chars(Base62, 14) + "." + f.Chars(Hex, 64)),
        f => ("hubspot-pat", "pat" + "-na1-" + Uuid(f)),
        f => ("circleci-token", "CCI" + "PAT_" + f.Chars(Base62, 22) + "_" + f.Chars(Hex, 40)),
        f => ("harness-token", "pa" + "t." + f.Chars(Base62, 22) + "." + f.Chars(Base62, 24) + "." + f.Chars(Base62, 20)),
        f => ("terraform-cloud-token", f.Chars(Base62, 14) + ".atlas" + "v1." + f.Chars(UrlSafe, 66) + f.Chars(Base62, 1)),
        f => ("openshift-user-token", "sha256" + "~" + f.Chars(UrlSafe, 42) + f.Chars(Base62, 1)),
        f => ("octopus-deploy-api-key", "AP" + "I-" + f.Chars(UpperAlnum, 26)),
        f => ("flutterwave-secret-key", "FLW" + "SECK-" + f.Chars(Hex, 32) + "-X"),
        f => ("new-relic-insert-key", "NR" + "II-" + f.Chars(Base62, 32)),
        f => ("frameio-token", "fio" + "-u-" + f.Chars(UrlSafe, 63) + f.Chars(Base62, 1)),
        f => ("scalingo-token", "tk-" + "us-" + f.Chars(UrlSafe, 47) + f.Chars(Base62, 1)),
        f => ("onepassword-secret-key", "A3" + "-" + f.Chars(UpperAlnum, 6) + "-" + f.Chars(UpperAlnum, 11) + "-" + f.Chars(UpperAlnum, 5) + "-" + f.Chars(UpperAlnum, 5) + "-" + f.Chars(UpperAlnum, 5)),
        f => ("aws-bedrock-api-key", "AB" + "SK" + Convert.ToBase64String(Encoding.UTF8.GetBytes("BedrockAPIKey-" + f.Chars(Base62, 4) + "-at-" + f.Digits(12) + ":" + f.Chars(Base64, 60)))),
        f => ("gitlab-session-cookie", "_gitlab" + "_session=" + f.Chars("abcdefghijklmnopqrstuvwxyz0123456789", 32)),
        f => ("grafana-api-key", "eyJr" + "Ijoi" + f.Chars(Base62, 80) + "=="),
        f => ("sentry-org-token", "sntr" + "ys_" + "eyJpYXQiO" + f.Chars(Base64, 100) + "_" + f.Chars(Base64, 43)),
        f => ("slack-legacy-token", "xo" + "xs-" + f.Digits(11) + "-" + f.Digits(11) + "-" + f.Digits(12) + "-" + f.Chars(Hex, 64)),
        f => ("slack-webhook", "https://hooks.slack.com/work" + "flows/T" + f.Chars(UpperAlnum, 10) + "/A" + f.Chars(UpperAlnum, 10) + "/" + f.Digits(18) + "/" + f.Chars(Base62, 24)),
        f => ("flyio-token", "fm" + "2_" + f.Chars(Base64, 200) + "="),
        f => ("firebase-cloud-messaging-key", "AA" + "AA" + f.Chars(UrlSafe, 7) + ":APA" + "91b" + f.Chars(UrlSafe, 133) + f.Chars(Base62, 1)),
        f => ("mailchimp-api-key", f.Chars(Hex, 32) + "-u" + "s" + f.Random.Next(1, 22).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        f => ("maxmind-license-key", f.Chars(Base62, 6) + "_" + f.Chars(Base62, 29) + "_m" + "mk"),
        f => ("teams-webhook", $"https://contoso.webhook.office.com/webhook" + $"b2/{Uuid(f)}@{Uuid(f)}/IncomingWebhook/{f.Chars(Hex, 32)}/{Uuid(f)}"),
        f => ("tencent-secret-id", "AK" + "ID" + f.Chars(Base62, 32)),
        f => ("scaleway-access-key", "SC" + "W" + f.Chars(UpperAlnum, 17)),
        f => ("yandex-api-key", "AQ" + "VN" + f.Chars(UrlSafe, 35) + f.Chars(Base62, 1)),
        f => ("clickhouse-cloud-secret", "4b" + "1d" + f.Chars("GHIJKLMNOPQRSTUVWXYZ", 1) + f.Chars(Base62, 37)),
        f => ("doppler-token", "dp" + ".st.prd." + f.Chars(Base62, 43)),
        f => ("tavily-api-key", "tv" + "ly-" + f.Chars(Base62, 32)),
        f => ("woocommerce-consumer-secret", "c" + "s_" + f.Chars(Hex, 40)),
        f => ("instagram-access-token", "IG" + "QV" + f.Chars(UrlSafe, 160) + f.Chars(Base62, 1)),
        f => ("private-key", Convert.ToBase64String(Encoding.ASCII.GetBytes("-----BEGIN EC PRIVATE " + "KEY-----\n" + f.Chars(Base64, 64) + "\n" + f.Chars(Base64, 64) + "\n-----END EC PRIVATE " + "KEY-----\n"))),
        f => ("supabase-secret-key", "sb_" + "secret_" + f.Chars(Base62, 31)),
        f => ("posthog-personal-api-key", "ph" + "x_" + f.Chars(Base62, 47)),
        f => ("intercom-access-token", "dG9r" + Convert.ToBase64String(Encoding.ASCII.GetBytes("tok:" + Uuid(f) + ":1:0"))[4..]),
        f => ("elevenlabs-api-key", "s" + "k_" + f.Chars(Hex, 48)),
        f => ("linear-oauth-token", "lin" + "_oauth_" + f.Chars(Hex, 64)),
        f => ("amazon-mws-auth-token", "amzn" + ".mws." + Uuid(f)),
        f => ("launchdarkly-sdk-key", "sd" + "k-" + Uuid(f)),
        f => ("pinecone-api-key", "pc" + "sk_" + f.Chars(Base62, 6) + "_" + f.Chars(Base62, 64)),
        f => ("neon-api-key", "na" + "pi_" + f.Chars("abcdefghijklmnopqrstuvwxyz0123456789", 64)),
        f => ("akamai-edgegrid-token", "ak" + "ab-" + f.Chars("abcdefghijklmnopqrstuvwxyz0123456789", 16) + "-" + f.Chars("abcdefghijklmnopqrstuvwxyz0123456789", 16)),
        f => ("salesforce-access-token", "00" + "D" + f.Chars(Base62, 15) + "!" + f.Chars(Base62, 30) + "." + f.Chars(Base62, 70)),
        f => ("clickup-api-token", "p" + "k_" + f.Digits(8) + "_" + f.Chars(UpperAlnum, 32)),
        f => ("honeycomb-api-key", "hc" + "aik_" + f.Chars(Base62, 58)),
    ];

    private static string Uuid(Fakes f) => $"{f.Chars(Hex, 8)}-{f.Chars(Hex, 4)}-4{f.Chars(Hex, 3)}-a{f.Chars(Hex, 3)}-{f.Chars(Hex, 12)}";

    private static string OnePassword(Fakes f)
    {
        var json = $"{{\"signInAddress\":\"my.1password.com\",\"userAuth\":{{\"method\":\"SRPg-4096\",\"alg\":\"PBES2g-HS256\",\"iterations\":650000,\"salt\":\"{f.Chars(UrlSafe, 22)}\"}},\"email\":\"{f.Chars(Hex, 13)}@1passwordserviceaccounts.com\",\"srpX\":\"{f.Chars(Hex, 64)}\",\"muk\":{{\"alg\":\"A256GCM\",\"ext\":true,\"k\":\"{f.Chars(UrlSafe, 43)}\",\"key_ops\":[\"encrypt\",\"decrypt\"],\"kty\":\"oct\",\"kid\":\"mp\"}},\"secretKey\":\"A3-{f.Chars(UpperAlnum, 6)}-{f.Chars(UpperAlnum, 11)}-{f.Chars(UpperAlnum, 5)}\"}}";
        return "ops" + "_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static string Mapbox(Fakes f)
    {
        var claims = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"u\":\"user{f.Digits(4)}\",\"a\":\"{f.Chars(Base62, 25)}\"}}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return "sk." + claims + "." + f.Chars(UrlSafe, 21) + f.Chars(Base62, 1);
    }

    private static string AzureSas(Fakes f)
    {
        var mac = new byte[32];
        f.Random.NextBytes(mac);
        return $"https://{f.Chars("abcdefghijklmnopqrstuvwxyz", 10)}.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&spr=https&sig={Uri.EscapeDataString(Convert.ToBase64String(mac))}";
    }

    private static string Jwt(Fakes f)
    {
        static string B64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var payload = B64($"{{\"sub\":\"{f.Digits(10)}\",\"name\":\"user{f.Digits(3)}\",\"iat\":{f.Digits(10)}}}");
        return $"{header}.{payload}.{f.Chars(UrlSafe, 42) + f.Chars(Base62, 1)}";
    }

    /// <summary>Where, inside a secret maker's output, the finding should be (assignments report the value only).</summary>
    public static (int Start, int End) SecretSpan(string kind, string value) => kind switch
    {
        "datadog-api-key" => (value.IndexOf('=', StringComparison.Ordinal) + 1, value.Length),
        "aws-secret-access-key" => (value.IndexOf("= ", StringComparison.Ordinal) + 2, value.Length),
        "password" => (value.IndexOf('=', StringComparison.Ordinal) + 1, value.Length),
        "generic-api-key" => (value.IndexOf('"', StringComparison.Ordinal) + 1, value.Length - 1),
        "azure-storage-connection-string" => (0, value.Length),
        "azure-sas-signature" => (value.IndexOf("&sig=", StringComparison.Ordinal) + 5, value.Length),
        _ => (0, value.Length),
    };
}
