using Custos.Detection.Secrets;
using Custos.Detection.Tests.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

/// <summary>
/// The provider rules read hostile text around their prefixes without failing, and a fixed-length credential
/// that loses or gains a character is no longer reported as its kind.
/// </summary>
public sealed class SecretRulePropertyTests
{
    private static readonly Scanner Scanner = new();

    // Characters the rule readers treat specially, plus text that is not ASCII.
    private const string Hostile = "aA0zZ9_-.=%+/:@$~?&;\"' \n\\AAAAsig=sv=.atlasv1.:APA91b-us_mmk\u00e9\u65e5\ud83d\ude00";

    private static Gen<string> Text() =>
        Gen.Elements(SecretRules.All.Select(r => r.Prefix).ToArray())
            .SelectMany(prefix => Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Gen.Elements(Hostile.ToCharArray()), n))
                .SelectMany(tail => Gen.Choose(0, 20).SelectMany(m => Gen.ArrayOf(Gen.Elements(Hostile.ToCharArray()), m))
                    .Select(head => new string(head) + prefix + new string(tail))));

    [Property(MaxTest = 2000)]
    public Property Hostile_text_around_any_prefix_is_read_without_failing_and_findings_stay_in_bounds() =>
        Prop.ForAll(Text().ToArbitrary(), text =>
        {
            var findings = Scanner.Scan(text);
            return findings.All(f => f.Start >= 0 && f.Start < f.End && f.End <= text.Length);
        });

    // Kinds whose value has one exact length (index into Fakes, from the second batch on).
    private static readonly HashSet<string> FixedLength = new(StringComparer.Ordinal)
    {
        "dockerhub-pat", "contentful-token", "rubygems-api-key", "nuget-api-key", "bitbucket-app-password",
        "sourcegraph-token", "brevo-api-key", "shippo-api-token", "easypost-api-key", "duffel-api-token", "typeform-token",
        "readme-api-key", "prefect-api-key", "sonarqube-token", "infracost-api-key", "render-api-key",
        "jfrog-api-key", "jfrog-reference-token", "plaid-access-token", "braintree-access-token", "azure-sas-signature",
        "cloudflare-origin-ca-key", "adobe-client-secret", "openrouter-api-key", "langsmith-api-key", "airtable-pat",
        "hubspot-pat", "circleci-token", "harness-token", "openshift-user-token", "octopus-deploy-api-key",
        "flutterwave-secret-key", "new-relic-insert-key", "frameio-token", "scalingo-token", "onepassword-secret-key",
        "gitlab-session-cookie", "firebase-cloud-messaging-key", "maxmind-license-key", "tencent-secret-id",
        "scaleway-access-key", "clickhouse-cloud-secret", "woocommerce-consumer-secret", "elevenlabs-api-key",
    };

    [Property(MaxTest = 300)]
    public Property A_fixed_length_credential_one_character_short_or_long_is_not_its_kind() =>
        Prop.ForAll(
            Gen.Choose(44, Fakes.SecretKinds - 1).SelectMany(k => Gen.Choose(0, 10_000).Select(seed => (k, seed))).ToArbitrary(),
            t =>
            {
                var (kind, value) = new Fakes(t.seed).Secret(t.k);
                if (!FixedLength.Contains(kind))
                {
                    return true;
                }

                var shorter = value[..^1];
                var longer = value + (char.IsAsciiDigit(value[^1]) ? "7" : "q");
                // A random body that happens to spell a placeholder ("your", "fake") is not found in the first place;
                // SecretTests and ProviderFormatTests check that valid values are found.
                return !Scanner.Scan($"x {value} y").Any(f => f.Subtype == kind)
                    || (!Scanner.Scan($"x {shorter} y").Any(f => f.Subtype == kind)
                        && !Scanner.Scan($"x {longer} y").Any(f => f.Subtype == kind));
            });
}
