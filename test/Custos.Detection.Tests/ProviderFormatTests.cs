using System.Text;

namespace Custos.Detection.Tests;

/// <summary>
/// The second batch of provider formats, one row per prefix: a value of the documented shape is reported with its
/// kind and exact span, and near misses (a character short or long, the wrong alphabet, glued to a word, a
/// placeholder, a missing separator) are not. Values are assembled at run time so the repository holds none.
/// </summary>
public sealed class ProviderFormatTests
{
    private static readonly Scanner Scanner = new();

    private const string Hex = "0123456789abcdef";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string UpperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string NotHex = "ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ";

    private static readonly Random Random = new(20261128);

    private static string R(string alphabet, int length)
    {
        lock (Random)
        {
            var sb = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                sb.Append(alphabet[Random.Next(alphabet.Length)]);
            }

            return sb.ToString();
        }
    }

    private static string Uuid() => $"{R(Hex, 8)}-{R(Hex, 4)}-4{R(Hex, 3)}-a{R(Hex, 3)}-{R(Hex, 12)}";

    private static string B64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string SasUrl(string sig, bool version = true) =>
        $"https://acct{R(Lower, 4)}.blob.core.windows.net/c/f.txt?{(version ? "sv=2022-11-02&" : "")}ss=b&sp=r&se=2027-01-01T00:00:00Z&sig={sig}";

    private static string Mac(int bytes)
    {
        var b = new byte[bytes];
        lock (Random)
        {
            Random.NextBytes(b);
        }

        return Uri.EscapeDataString(Convert.ToBase64String(b));
    }

    /// <summary>Kind, a valid value, and near misses that must not be reported as that kind (or at all).</summary>
    private static IEnumerable<(string Kind, string Valid, string[] NearMisses)> Rows()
    {
        static string P(string a, string b) => a + b;

        yield return ("dockerhub-pat", P("dckr_", "pat_") + R(Base62, 27), [P("dckr_", "pat_") + R(Base62, 26), P("dckr_", "pat_") + R(Base62, 28), P("xdckr_", "pat_") + R(Base62, 27), P("dckr_", "pat_") + new string('X', 27)]);
        yield return ("planetscale-token", P("pscale_", "tkn_") + R(Base62, 43), [P("pscale_", "tkn_") + R(Base62, 31), P("pscale_", "tkn_") + "your_token_" + R(Base62, 30)]);
        yield return ("planetscale-password", P("pscale_", "pw_") + R(Base62, 43), [P("pscale_", "pw_") + R(Base62, 65)]);
        yield return ("planetscale-oauth-token", P("pscale_", "oauth_") + R(Base62, 43), [P("pscale_", "oauth_") + R(Base62, 20)]);
        yield return ("gitlab-feed-token", P("gl", "ft-") + R(Base62, 20), [P("gl", "ft-") + R(Base62, 19), P("gl", "ft-") + "xxxxxxxxxxxxxxxxxxxx"]);
        yield return ("gitlab-cicd-job-token", P("gl", "cbt-") + "64_" + R(Base62, 20), [P("gl", "cbt-") + "64_" + R(Base62, 10)]);
        yield return ("gitlab-oauth-app-secret", P("gl", "oas-") + R(Base62, 64), [P("gl", "oas-") + R(Base62, 63)]);
        yield return ("gitlab-incoming-mail-token", P("gl", "imt-") + R(Base62, 25), [P("gl", "imt-") + R(Base62, 24)]);
        yield return ("gitlab-kubernetes-agent-token", P("gl", "agent-") + R(Base62, 50), [P("gl", "agent-") + R(Base62, 49)]);
        yield return ("gitlab-scim-token", P("gl", "soat-") + R(Base62, 20), [P("gl", "soat-") + R(Base62, 12)]);
        yield return ("gitlab-feature-flag-client-token", P("gl", "ffct-") + R(Base62, 20), [P("gl", "ffct-") + R(Base62, 19)]);
        yield return ("contentful-token", P("CF", "PAT-") + R(Base62, 43), [P("CF", "PAT-") + R(Base62, 42), P("CF", "PAT-") + R(Base62, 44)]);
        yield return ("netlify-token", P("nf", "p_") + R(Base62, 36), [P("nf", "p_") + R(Base62, 35), P("nf", "p_") + R(Base62, 20) + "-" + R(Base62, 16)]);
        yield return ("rubygems-api-key", P("rubygems", "_") + R(Hex, 48), [P("rubygems", "_") + R(Hex, 47), P("rubygems", "_") + R(Hex, 40) + R(NotHex, 8)]);
        yield return ("nuget-api-key", P("oy", "2") + R(Lower, 43), [P("oy", "2") + R(Lower, 42), P("oy", "2") + R(UpperAlnum, 43), P("toy", "2") + R(Lower, 43)]);
        yield return ("bitbucket-app-password", P("AT", "BB") + R(Base62, 32), [P("AT", "BB") + R(Base62, 31), P("AT", "BB") + "XXXXXXXX" + R(Base62, 24)]);
        yield return ("sourcegraph-token", P("sg", "p_") + R(Hex, 16) + "_" + R(Hex, 40), [P("sg", "p_") + R(Hex, 39), P("sg", "p_") + R(NotHex, 40), P("sg", "p_") + R(Hex, 15) + "_" + R(Hex, 40)]);
        yield return ("sourcegraph-token", P("sg", "p_") + R(Hex, 40), []);
        yield return ("brevo-api-key", P("xkey", "sib-") + R(Hex, 64) + "-" + R(Base62, 16), [P("xkey", "sib-") + R(Hex, 63) + "-" + R(Base62, 17), P("xkey", "sib-") + R(Hex, 64) + "_" + R(Base62, 16)]);
        yield return ("brevo-smtp-key", P("xsmtp", "sib-") + R(Hex, 64) + "-" + R(Base62, 16), [P("xsmtp", "sib-") + R(Hex, 64) + "-" + R(Base62, 15)]);
        yield return ("shippo-api-token", P("shippo", "_live_") + R(Hex, 40), [P("shippo", "_live_") + R(NotHex, 40), P("shippo", "_live_") + R(Hex, 39)]);
        yield return ("shippo-api-token", P("shippo", "_test_") + R(Hex, 40), []);
        yield return ("easypost-api-key", P("EZ", "AK") + R(Base62, 54), [P("EZ", "AK") + R(Base62, 53), P("EZ", "AK") + R(Base62, 55)]);
        yield return ("easypost-api-key", P("EZ", "TK") + R(Base62, 54), []);
        yield return ("duffel-api-token", P("duffel", "_live_") + R(Base62, 43), [P("duffel", "_live_") + R(Base62, 42)]);
        yield return ("duffel-api-token", P("duffel", "_test_") + R(Base62, 43), []);
        yield return ("typeform-token", P("tf", "p_") + R(Base62, 44) + "_" + R(Base62, 14), [P("tf", "p_") + R(Base62, 44) + "_" + R(Base62, 13)]);
        yield return ("readme-api-key", P("rd", "me_") + R(Lower, 70), [P("rd", "me_") + R(Lower, 69), P("rd", "me_") + R(Base62, 70)]);
        yield return ("prefect-api-key", P("pn", "u_") + R(Base62, 36), [P("pn", "u_") + R(Base62, 35)]);
        yield return ("sonarqube-token", P("sq", "u_") + R(Hex, 40), [P("sq", "u_") + R(Hex, 40).ToUpperInvariant(), P("sq", "u_") + R(Hex, 39)]);
        yield return ("sonarqube-token", P("sq", "p_") + R(Hex, 40), []);
        yield return ("sonarqube-token", P("sq", "a_") + R(Hex, 40), []);
        yield return ("onepassword-service-account-token", P("ops", "_") + Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"signInAddress\":\"my.1password.com\",\"srpX\":\"" + R(Hex, 64) + "\",\"muk\":{\"k\":\"" + R(Base62, 43) + "\"},\"secretKey\":\"" + R(UpperAlnum, 34) + "\",\"deviceUuid\":\"" + R(Lower, 26) + "\"}")), [P("ops", "_") + B64Url("{\"a\":\"" + R(Base62, 40) + "\"}")]);
        yield return ("infracost-api-key", P("ic", "o-") + R(Base62, 32), [P("ic", "o-") + R(Base62, 31), P("bic", "o-") + R(Base62, 32)]);
        yield return ("render-api-key", P("rn", "d_") + R(Base62, 28), [P("rn", "d_") + R(Base62, 27), P("rn", "d_") + R(Base62, 29)]);
        yield return ("alibaba-access-key-id", P("LT", "AI") + R(Base62, 20), [P("LT", "AI") + R(Base62, 11), P("LT", "AI") + R(Base62, 21), P("LT", "AI") + "xxxxxxxxxxxxxxxxxxxx", P("XLT", "AI") + R(Base62, 20)]);
        yield return ("jfrog-api-key", P("AK", "Cp") + R(Base62, 69), [P("AK", "Cp") + R(Base62, 68)]);
        yield return ("jfrog-reference-token", P("cmVm", "dGtu") + R(Base62, 56), [P("cmVm", "dGtu") + R(Base62, 55)]);
        yield return ("plaid-access-token", P("access", "-production-") + Uuid(), [P("access", "-production-") + R(Base62, 36), P("access", "-production-") + Uuid()[..35]]);
        yield return ("plaid-access-token", P("access", "-sandbox-") + Uuid(), []);
        yield return ("plaid-access-token", P("access", "-development-") + Uuid(), []);
        yield return ("braintree-access-token", P("access_token$", "production$") + R(Lower, 16) + "$" + R(Hex, 32), [P("access_token$", "production$") + R(Lower, 16), P("access_token$", "production$") + R(Lower, 16) + "$" + R(Hex, 31)]);
        yield return ("mapbox-secret-token", "sk." + B64Url("{\"u\":\"someone\",\"a\":\"" + R(Base62, 25) + "\"}") + "." + R(Base62, 22), ["pk." + B64Url("{\"u\":\"someone\",\"a\":\"" + R(Base62, 25) + "\"}") + "." + R(Base62, 22), "sk." + B64Url("{\"x\":\"someone\",\"a\":\"" + R(Base62, 25) + "\"}") + "." + R(Base62, 22), "sk." + B64Url("{\"u\":\"someone\",\"a\":\"" + R(Base62, 25) + "\"}") + "." + R(Base62, 21)]);
        yield return ("twitter-bearer-token", new string('A', 22) + "M" + R(Base62, 40) + "%2B" + R(Base62, 40) + "%3D" + R(Base62, 10), [new string('A', 22) + R(Base62, 60), new string('A', 110), new string('A', 30) + R(Base62, 80)]);
        yield return ("facebook-access-token", P("EA", "AC") + R(Base62, 160), [P("EA", "AC") + R(Base62, 99)]);
        yield return ("facebook-access-token", P("EA", "AM") + R(Base62, 160), []);
        yield return ("azure-sas-signature", SasUrl(Mac(32)), [SasUrl(Mac(32), version: false), SasUrl(Mac(31)), SasUrl("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D")]);
        yield return ("cloudflare-origin-ca-key", P("v1", ".0-") + R(Hex, 24) + "-" + R(Hex, 146), [P("v1", ".0-") + R(Hex, 23) + "-" + R(Hex, 147), P("v1", ".0-") + R(Hex, 24) + "-" + R(Hex, 145)]);
        yield return ("adobe-client-secret", P("p8", "e-") + R(Base62, 32), [P("p8", "e-") + R(Base62, 31)]);
        yield return ("openrouter-api-key", P("sk-or", "-v1-") + R(Hex, 64), [P("sk-or", "-v1-") + R(Hex, 63), P("sk-or", "-v1-") + R(NotHex, 64)]);
        yield return ("langsmith-api-key", P("lsv2", "_pt_") + R(Hex, 32) + "_" + R(Hex, 10), [P("lsv2", "_pt_") + R(Hex, 43), P("lsv2", "_pt_") + R(Hex, 32) + "_" + R(Hex, 9)]);
        yield return ("langsmith-api-key", P("lsv2", "_sk_") + R(Hex, 32) + "_" + R(Hex, 10), []);
        yield return ("airtable-pat", P("pa", "t") + R(Base62, 14) + "." + R(Hex, 64), [P("pa", "t") + R(Base62, 14) + "." + R(Hex, 63), P("pa", "t") + R(Base62, 13) + "." + R(Hex, 64), P("spa", "t") + R(Base62, 14) + "." + R(Hex, 64)]);
        yield return ("hubspot-pat", P("pat", "-na1-") + Uuid(), [P("pat", "-na1-") + R(Base62, 36)]);
        yield return ("hubspot-pat", P("pat", "-eu1-") + Uuid(), []);
        yield return ("circleci-token", P("CCI", "PAT_") + R(Base62, 22) + "_" + R(Hex, 40), [P("CCI", "PAT_") + R(Base62, 22) + "_" + R(Hex, 39), P("CCI", "PAT_") + R(Base62, 63)]);
        yield return ("harness-token", P("pa", "t.") + R(Base62, 22) + "." + R(Base62, 24) + "." + R(Base62, 20), [P("pa", "t.") + R(Base62, 22) + "." + R(Base62, 23) + "." + R(Base62, 21)]);
        yield return ("harness-token", P("sa", "t.") + R(Base62, 22) + "." + R(Base62, 24) + "." + R(Base62, 20), []);
        yield return ("terraform-cloud-token", R(Base62, 14) + P(".atlas", "v1.") + R(Base62, 67), [R(Base62, 13) + P(".atlas", "v1.") + R(Base62, 67), R(Base62, 14) + P(".atlas", "v1.") + R(Base62, 59)]);
        yield return ("openshift-user-token", P("sha256", "~") + R(Base62, 43), [P("sha256", "~") + R(Base62, 42), P("sha256", "~") + R(Base62, 44)]);
        yield return ("octopus-deploy-api-key", P("AP", "I-") + R(UpperAlnum, 26), [P("AP", "I-") + R(UpperAlnum, 25), P("AP", "I-") + R(Lower, 26), "API-DOCUMENTATION-REFERENCE"]);
        yield return ("flutterwave-secret-key", P("FLW", "SECK-") + R(Hex, 32) + "-X", [P("FLW", "SECK-") + R(Hex, 32) + "-Y", P("FLW", "SECK-") + R(Hex, 31) + "-X"]);
        yield return ("flutterwave-secret-key", P("FLW", "SECK_TEST-") + R(Hex, 32) + "-X", []);
        yield return ("new-relic-insert-key", P("NR", "II-") + R(Base62, 32), [P("NR", "II-") + R(Base62, 31)]);
        yield return ("frameio-token", P("fio", "-u-") + R(Base62, 64), [P("fio", "-u-") + R(Base62, 63)]);
        yield return ("scalingo-token", P("tk-", "us-") + R(Base62, 48), [P("tk-", "us-") + R(Base62, 47)]);
        yield return ("intra42-client-secret", P("s-s4t2", "ud-") + R(Hex, 64), [P("s-s4t2", "ud-") + R(Hex, 63)]);
        yield return ("intra42-client-secret", P("s-s4t2", "af-") + R(Hex, 64), []);
        yield return ("onepassword-secret-key", P("A3", "-") + R(UpperAlnum, 6) + "-" + R(UpperAlnum, 11) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 5), [P("A3", "-") + R(UpperAlnum, 6) + "-" + R(UpperAlnum, 10) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 6), P("A3", "-") + R(Lower, 6) + "-" + R(Lower, 11) + "-" + R(Lower, 5) + "-" + R(Lower, 5) + "-" + R(Lower, 5)]);
        yield return ("onepassword-secret-key", P("A3", "-") + R(UpperAlnum, 6) + "-" + R(UpperAlnum, 6) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 5) + "-" + R(UpperAlnum, 5), []);
        yield return ("aws-bedrock-api-key", P("AB", "SK") + R(Base62, 120), [P("AB", "SK") + R(Base62, 100)]);
        yield return ("aws-bedrock-api-key", P("bedrock-api-key-", "YmVkcm9jay5hbWF6b25hd3MuY29t") + R(Base62, 400), [P("bedrock-api-key-", "YmVkcm9jay5hbWF6b25hd3MuY29t") + R(Base62, 20)]);
        yield return ("gitlab-session-cookie", P("_gitlab", "_session=") + R(Lower, 32), [P("_gitlab", "_session=") + R(Lower, 31)]);
        yield return ("grafana-api-key", P("eyJr", "Ijoi") + R(Base62, 90), [P("eyJr", "Ijoi") + R(Base62, 60)]);
        yield return ("sentry-org-token", P("sntr", "ys_") + "eyJpYXQiO" + R(Base62, 120) + "_" + R(Base62, 43), [P("sntr", "ys_") + R(Base62, 40)]);
        yield return ("slack-legacy-token", P("xo", "xs-") + R("0123456789", 11) + "-" + R("0123456789", 11) + "-" + R("0123456789", 12) + "-" + R(Hex, 64), [P("xo", "xs-") + "abc-" + R(Hex, 64)]);
        yield return ("slack-legacy-token", P("xo", "xo-") + R("0123456789", 11) + "-" + R("0123456789", 11) + "-" + R("0123456789", 12) + "-" + R(Hex, 64), []);
        yield return ("slack-webhook", "https://hooks.slack.com/trig" + "gers/T" + R(UpperAlnum, 10) + "/" + R("0123456789", 13) + "/" + R(Hex, 32), ["https://hooks.slack.com/trig" + "gers/T" + R(UpperAlnum, 10)]);
        yield return ("flyio-token", P("fm", "2_") + R(Base62, 200), [P("fm", "2_") + R(Base62, 99)]);
        yield return ("flyio-token", P("fm1", "a_") + R(Base62, 200), []);
        yield return ("firebase-cloud-messaging-key", P("AA", "AA") + R(Base62, 7) + P(":APA", "91b") + R(Base62, 134), [P("AA", "AA") + R(Base62, 7) + P(":APA", "91b") + R(Base62, 133), P("AA", "AB") + R(Base62, 7) + P(":APA", "91b") + R(Base62, 134)]);
        yield return ("mailchimp-api-key", R(Hex, 32) + P("-u", "s14"), [R(Hex, 31) + P("-u", "s14"), R(Hex, 32) + P("-u", "s"), R(Hex, 32) + P("-u", "sa"), "en-us", "a" + R(Hex, 32) + P("-u", "s6")]);
        yield return ("maxmind-license-key", R(Base62, 6) + "_" + R(Base62, 29) + P("_m", "mk"), [R(Base62, 6) + "_" + R(Base62, 28) + P("_m", "mk")]);
        yield return ("teams-webhook", "https://contoso.webhook.office.com/webhook" + $"b2/{Uuid()}@{Uuid()}/IncomingWebhook/{R(Hex, 32)}/{Uuid()}", ["https://contoso.webhook.office.com/webhook" + $"b2/{Uuid()}@{Uuid()}/IncomingWebhook/"]);
        yield return ("tencent-secret-id", P("AK", "ID") + R(Base62, 32), [P("AK", "ID") + R(Base62, 31)]);
        yield return ("scaleway-access-key", P("SC", "W") + R(UpperAlnum, 17), [P("SC", "W") + R(UpperAlnum, 16), P("SC", "W") + R(Lower, 17)]);
        yield return ("yandex-api-key", P("AQ", "VN") + R(Base62, 36), [P("AQ", "VN") + R(Base62, 34)]);
        yield return ("clickhouse-cloud-secret", P("4b", "1d") + "Q" + R(Base62, 37), [P("4b", "1d") + R(Hex, 38), P("4b", "1d") + "Q" + R(Base62, 36)]);
        yield return ("doppler-token", P("dp", ".st.") + R(Base62, 43), [P("dp", ".st.") + R(Base62, 39), P("dp", ".st.") + "Prod." + R(Base62, 43)]);
        yield return ("doppler-token", P("dp", ".ct.") + R(Base62, 43), []);
        yield return ("tavily-api-key", P("tv", "ly-") + R(Base62, 32), [P("tv", "ly-") + R(Base62, 31)]);
        yield return ("woocommerce-consumer-secret", P("c", "s_") + R(Hex, 40), [P("c", "s_") + R(Hex, 39), P("c", "s_") + R(NotHex, 40)]);
        yield return ("woocommerce-consumer-key", P("c", "k_") + R(Hex, 40), []);
        yield return ("instagram-access-token", P("IG", "QV") + R(Base62, 160), [P("IG", "QV") + R(Base62, 99)]);
        yield return ("private-key", Convert.ToBase64String(Encoding.ASCII.GetBytes("-----BEGIN PRIVATE " + "KEY-----\n" + R(Base62, 64) + "\n" + R(Base62, 64) + "\n-----END PRIVATE " + "KEY-----\n")), [Convert.ToBase64String(Encoding.ASCII.GetBytes("-----BEGIN PUBLIC " + "KEY-----\n" + R(Base62, 64) + "\n" + R(Base62, 64) + "\n-----END PUBLIC " + "KEY-----\n"))]);
        yield return ("supabase-secret-key", P("sb_", "secret_") + R(Base62, 31), [P("sb_", "secret_") + R(Base62, 20)]);
        yield return ("posthog-personal-api-key", P("ph", "x_") + R(Base62, 47), [P("ph", "x_") + R(Base62, 39)]);
        yield return ("intercom-access-token", "dG9r" + Convert.ToBase64String(Encoding.ASCII.GetBytes("tok:" + Uuid() + ":1:0"))[4..], ["dG9r" + Convert.ToBase64String(Encoding.ASCII.GetBytes("tok:" + R(Hex, 8)))[4..]]);
        yield return ("elevenlabs-api-key", P("s", "k_") + R(Hex, 48), [P("s", "k_") + R(Hex, 47), P("s", "k_") + R(Hex, 49)]);
        yield return ("facebook-access-token", P("EA", "AG") + R(Base62, 180), [P("EA", "AG") + R(Base62, 80)]);
        yield return ("launchdarkly-sdk-key", P("sd", "k-") + Uuid(), [P("sd", "k-") + R(Base62, 36), P("aws-sd", "k-") + Uuid()]);
        yield return ("linear-oauth-token", P("lin", "_oauth_") + R(Hex, 64), [P("lin", "_oauth_") + R(Hex, 63)]);
        yield return ("amazon-mws-auth-token", P("amzn", ".mws.") + Uuid(), [P("amzn", ".mws.") + R(Base62, 36)]);
        yield return ("azure-sas-signature", $"SharedAccessSignature sr=https%3a%2f%2fns.servicebus.windows.net%2fq&sig={Mac(32)}&se=1767225600&skn=RootManageSharedAccessKey", [$"SharedAccessSignature sr=https%3a%2f%2fns.servicebus.windows.net%2fq&sig={Mac(32)}&se=1767225600"]);
        yield return ("pinecone-api-key", P("pc", "sk_") + R(Base62, 6) + "_" + R(Base62, 64), [P("pc", "sk_") + R(Base62, 30)]);
        yield return ("together-api-key", P("tgp", "_v1_") + R(Base62, 43), [P("tgp", "_v1_") + R(Base62, 30)]);
        yield return ("anyscale-api-key", P("esec", "ret_") + R(Base62, 26), [P("esec", "ret_") + R(Base62, 12)]);
        yield return ("firecrawl-api-key", P("f", "c-") + R(Hex, 32), [P("f", "c-") + R(Hex, 31), P("f", "c-") + R(NotHex, 32)]);
        yield return ("browserbase-api-key", P("bb", "_live_") + R(Base62, 27), [P("bb", "_live_") + R(Base62, 12)]);
        yield return ("neon-api-key", P("na", "pi_") + R(Lower, 64), [P("na", "pi_") + R(Lower, 63), "napi_create_string_utf8"]);
        yield return ("akamai-edgegrid-token", P("ak", "ab-") + R(Lower, 16) + "-" + R(Lower, 16), [P("ak", "ab-") + R(Lower, 33), P("ak", "ab-") + R(Lower, 16) + "-" + R(Lower, 15)]);
        yield return ("honeycomb-api-key", P("hca", "ik_") + R(Base62, 58), [P("hca", "ik_") + R(Base62, 30)]);
        yield return ("clickup-api-token", P("p", "k_") + R("0123456789", 8) + "_" + R(UpperAlnum, 32), [P("p", "k_") + R("0123456789", 8) + "_" + R(UpperAlnum, 31), P("p", "k_live_") + R(Base62, 24)]);
        yield return ("salesforce-access-token", P("00", "D") + R(Base62, 15) + "!" + R(Base62, 20) + "." + R(Base62, 80), [P("00", "D") + R(Base62, 15) + "!" + R(Base62, 40), P("00", "D") + R(Base62, 15)]);
        yield return ("defined-networking-token", P("dn", "key-") + R(Lower, 26) + "-" + R(Lower, 52), [P("dn", "key-") + R(Lower, 27) + R(Lower, 52)]);
    }

    [Fact]
    public void Each_new_format_is_found_with_its_kind_and_span_and_its_near_misses_are_not()
    {
        var failures = new List<string>();
        var rows = 0;
        foreach (var (kind, valid, nearMisses) in Rows())
        {
            rows++;
            foreach (var frame in (string[])["{0}", "export TOKEN=\"{0}\"", "the key {0}, rotate it"])
            {
                // A quoted value with spaces under a secret name is reported whole, as a generic token.
                if (valid.Contains(' ', StringComparison.Ordinal) && frame.StartsWith("export", StringComparison.Ordinal))
                {
                    continue;
                }

                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, valid);
                var at = text.IndexOf(valid, StringComparison.Ordinal);
                var sig = valid.IndexOf("&sig=", StringComparison.Ordinal) + 5;
                var (s, e) = kind == "azure-sas-signature" ? (at + sig, at + sig + valid[sig..].TakeWhile(c => c != '&').Count()) : (at, at + valid.Length);
                var secrets = Scanner.Scan(text).Where(f => f.Type == EntityTypes.Secret).ToList();
                if (secrets.Count != 1 || secrets[0].Subtype != kind || secrets[0].Start != s || secrets[0].End != e)
                {
                    failures.Add($"{kind} in '{frame}': found {string.Join(", ", secrets.Select(f => $"{f.Subtype}[{f.Start},{f.End})"))}, expected [{s},{e}) (length {valid.Length})");
                }
            }

            foreach (var miss in nearMisses)
            {
                var found = Scanner.Scan($"value: {miss} end").Where(f => f.Type == EntityTypes.Secret && f.Subtype == kind).ToList();
                if (found.Count > 0)
                {
                    failures.Add($"{kind} near miss of length {miss.Length} was reported");
                }
            }
        }

        Assert.True(rows >= 95, $"{rows} rows");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Values_under_more_secret_names_and_in_basic_and_token_authorization_are_found()
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.ASCII.GetBytes(s));
        (string Text, string Value, string Kind)[] found =
        [
            ("AZURE_DEVOPS_PAT=" + "{0}", R("abcdefghijklmnopqrstuvwxyz234567", 52), "generic-token"),
            ("SNYK_TOKEN={0}", Uuid(), "generic-token"),
            ("ENCRYPTION_KEY={0}", R(Base62, 32), "generic-secret"),
            ("signing_key: \"{0}\"", R(Base62, 40), "generic-secret"),
            ("ALGOLIA_ADMIN_KEY={0}", R(Hex, 32), "generic-api-key"),
            ("client_credentials: {0}", R(Base62, 32), "generic-secret"),
            ("Authorization: token {0}", R(Hex, 40), "bearer-token"),
            ("Authorization: SSWS {0}", "00" + R(Base62 + "_-", 40), "okta-api-token"),
            ("<server><id>central</id><password>{0}</password></server>", R(Base62, 10) + "!" + R(Base62, 5), "password"),
            ("<add key=\"ClearTextPassword\" value=\"{0}\" />", R(Base62, 12) + "#" + R(Base62, 3), "password"),
            ("Authorization: Basic {0}", B64("deploy:" + R(Base62, 14)), "basic-auth"),
            ("-H 'authorization: basic {0}'", B64("ci-bot:" + R(Base62, 10) + "!"), "basic-auth"),
            ("GET /v1/search?api_key={0}&page=2 HTTP/1.1", R(Base62, 32), "generic-api-key"),
            ("https://api.example.net/items?access_token={0}&sort=asc", R(Base62, 40), "generic-token"),
        ];
        foreach (var (frame, value, kind) in found)
        {
            var text = frame.Replace("{0}", value, StringComparison.Ordinal);
            var finding = Assert.Single(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
            Assert.Equal((kind, value), (finding.Subtype!, text[finding.Start..finding.End]));
        }

        string[] notFound =
        [
            "request_id=" + Uuid(),
            "{\"id\": \"" + Uuid() + "\", \"token_type\": \"bearer\"}",
            "Authorization: Basic " + B64("user:password"),
            "Authorization: Basic " + B64("admin:"),
            "Authorization: Basic " + B64("no colon here at all"),
            "WWW-Authenticate: Basic realm=\"staging\"",
            "The basic idea is simple.",
            "Authorization: token <your-token>",
            "primary_key: true",
            "encryption_key = os.environ[\"KEY\"]",
            "<password>${env.REPO_PASSWORD}</password>",
            "<add key=\"ClearTextPassword\" value=\"changeme\" />",
            "<passwordPolicy>strict</passwordPolicy>",
            "{\"next_page_token\": \"" + Uuid() + "\"}",
            "idempotency_token=" + Uuid(),
        ];
        foreach (var text in notFound)
        {
            Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
        }
    }

    [Fact]
    public void Facebook_app_access_tokens_are_an_app_id_a_bar_and_the_secret_part_and_nothing_shorter_or_plainer()
    {
        for (var i = 0; i < 50; i++)
        {
            var token = R("123456789", 1) + R("0123456789", 14 + (i % 2)) + (i % 3 == 0 ? "%7C" : "|") + R(Base62 + "_-", 27 + (i % 14));
            foreach (var frame in new[] { "facebook {0}", "FB_APP_TOKEN=\"{0}\"", "https://graph.facebook.com/v19.0/me?access_token={0}&fields=id", "{0}" })
            {
                var text = frame.Replace("{0}", token, StringComparison.Ordinal);
                var finding = Assert.Single(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
                Assert.Equal(token, text[finding.Start..finding.End]);
            }
        }

        string[] notFound =
        [
            "| 123456789012345 | abcdefghijklmnopqrstuvwxyz01 |", // a table row
            "123456789012345|" + new string('x', 27),
            "12345678901234|" + R(Base62, 30), // 14 digits
            "1234567890123456789|" + R(Base62, 30), // a longer number
            "order 100000000000001|ABCDEFGHIJKLMNOPQRSTUVWXYZA", // letters only
            "grep -E 'foo|bar' file.txt | sort | uniq -c",
            "x123456789012345|" + R(Base62, 30),
        ];
        foreach (var text in notFound)
        {
            Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
        }
    }

    [Fact]
    public void Keys_of_an_unambiguous_prefix_but_without_their_inner_marker_are_found_at_a_lower_score()
    {
        (string Value, string Kind, double Score)[] cases =
        [
            ("AK" + "IA" + "Z0189" + R(UpperAlnum, 11), "aws-access-key-id", 0.95),
            ("sk" + "-" + R(Base62, 48), "openai-api-key", 0.8),
            ("sk" + "-" + R(Base62, 20) + "T3Blbk" + "FJ" + R(Base62, 20), "openai-api-key", 0.95),
            ("sk-ant" + "-api03-" + R(Base62, 95), "anthropic-api-key", 0.85),
        ];
        foreach (var (value, kind, score) in cases)
        {
            var finding = Assert.Single(Scanner.Scan($"key: {value}"), f => f.Type == EntityTypes.Secret);
            Assert.Equal((kind, score, value), (finding.Subtype!, finding.Score, $"key: {value}"[finding.Start..finding.End]));
        }

        Assert.DoesNotContain(Scanner.Scan("sk" + "-" + R(Base62, 47)), f => f.Subtype == "openai-api-key");
        Assert.DoesNotContain(Scanner.Scan("AK" + "IA" + R(UpperAlnum, 9) + "EXAMPLE"), f => f.Subtype == "aws-access-key-id");
        Assert.DoesNotContain(Scanner.Scan("Authorization: Basic " + string.Concat("czZCaGRSa3F0Mzpn", "WDFmQmF0M2JW")), f => f.Type == EntityTypes.Secret);
        Assert.DoesNotContain(Scanner.Scan("Authorization: Basic " + string.Concat("YWxhZGRpbjpvcGVu", "c2VzYW1l")), f => f.Type == EntityTypes.Secret);
        Assert.DoesNotContain(Scanner.Scan("SLACK_BOT_TOKEN=" + string.Concat("xoxb-17653672481-", "19874698323-pdFZKVeTuE8sk7oOcBrzbqgy")), f => f.Type == EntityTypes.Secret);
        var jwtIo = string.Concat("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        Assert.DoesNotContain(Scanner.Scan("e.g. " + jwtIo), f => f.Type == EntityTypes.Secret);
        Assert.Contains(Scanner.Scan("e.g. " + jwtIo[..^1] + "d"), f => f.Subtype == "jwt");
    }
}
