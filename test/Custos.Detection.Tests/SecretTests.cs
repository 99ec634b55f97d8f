using FsCheck;
using FsCheck.Fluent;
using Custos.Detection.Tests.Evaluation;

namespace Custos.Detection.Tests;

public sealed class SecretTests
{
    private static readonly Scanner Scanner = new();

    public static TheoryData<int> Kinds()
    {
        var data = new TheoryData<int>();
        for (var k = 0; k < Fakes.SecretKinds; k++)
        {
            data.Add(k);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_provider_kind_is_found_with_its_subtype_and_exact_span(int kind)
    {
        var fakes = new Fakes(1000 + kind);
        for (var n = 0; n < 20; n++)
        {
            var (subtype, value) = fakes.Secret(kind);
            var prefix = "config follows\n  ";
            var text = prefix + value + "\nend of config";
            var (s, e) = Fakes.SecretSpan(subtype, value);
            var findings = Scanner.Scan(text);
            var finding = Assert.Single(findings, f => f.Type == EntityTypes.Secret);
            Assert.Equal((subtype, prefix.Length + s, prefix.Length + e), (finding.Subtype!, finding.Start, finding.End));
        }
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("api_key = \"<your-key>\"")]
    [InlineData("password: changeme")]
    [InlineData("password: ${DB_PASSWORD}")]
    [InlineData("token = os.environ.get_token")]
    [InlineData("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("commit da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("request id 123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("postgres://user:password@localhost:5432/db")]
    [InlineData("export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")]
    [InlineData("<link rel=\"icon\" href=\"https://cdn.example.org/img/favicon.ico-9c3b2f8e10d4a6b7c5e2f1a0d9e8c7b6.png\">")]
    [InlineData("SLACK_CONFIG_TOKEN=xoxe.xoxp-1-SlackConfigurationTokenHere")]
    [InlineData("export SERVICE_ACCESS_KEY=`vault kv get -field=key secret/service`")]
    [InlineData("adversarial inputs (`-----BEGIN PRIVATE KEY-----`, `password=`, …) and property tests check that generated cards, IBANs, SSNs, emails, phones and addresses are found")]
    public void Examples_placeholders_hashes_and_ids_are_not_secrets(string text)
    {
        Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
    }

    [Theory]
    [InlineData("password=hunter2", 9, 16)]
    [InlineData("  db_password: \"S3cr3t!x9\"", 16, 25)]
    [InlineData("Authorization: Bearer abcDEF123ghiJKL456mnoPQR789", 22, 49)]
    public void Values_assigned_to_secret_names_are_found_without_their_names(string text, int start, int end)
    {
        var finding = Assert.Single(Scanner.Scan(text));
        Assert.Equal((EntityTypes.Secret, start, end), (finding.Type, finding.Start, finding.End));
    }

    [Fact]
    public void A_private_key_in_an_environment_variable_with_escaped_newlines_is_found_whole()
    {
        var fakes = new Fakes(11);
        var body = string.Join("\\n", Enumerable.Range(0, 4).Select(_ => fakes.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64)));
        var key = "-----BEGIN PRIVATE " + "KEY-----\\n" + body + "\\n-----END PRIVATE " + "KEY-----";
        var text = "PRIVATE_KEY=\"" + key + "\"";
        var finding = Assert.Single(Scanner.Scan(text));
        Assert.Equal(key, text[finding.Start..finding.End]);
    }

    [Fact]
    public void A_github_token_with_a_wrong_checksum_is_reported_at_a_lower_score_and_says_so()
    {
        var fakes = new Fakes(7);
        var (_, token) = fakes.Secret(1);
        var broken = token[..^1] + (token[^1] == 'a' ? 'b' : 'a');
        var verified = Assert.Single(Scanner.Scan(token));
        var unverified = Assert.Single(Scanner.Scan(broken));
        Assert.Equal((1.0, "checksum verified"), (verified.Score, verified.Explanation));
        Assert.Equal((verified.Subtype, 0, broken.Length), (unverified.Subtype, unverified.Start, unverified.End));
        Assert.True(unverified.Score is > 0.5 and < 1.0, $"score {unverified.Score}");
        Assert.Contains("checksum does not verify", unverified.Explanation, StringComparison.Ordinal);

        // A screen that asks for certainty (minimum score above it) still passes the unverified one.
        Assert.Empty(new Scanner(new ScannerOptions { MinimumScore = 0.9 }).Scan(broken));

        // Random bodies of the right shape, as a test corpus would make them, are found; made-up low-entropy ones are not.
        foreach (var prefix in new[] { "ghp_", "gho_", "ghs_", "npm_" })
        {
            var random = prefix + fakes.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 36);
            Assert.Equal(EntityTypes.Secret, Assert.Single(Scanner.Scan($"export TOKEN={random}")).Type);
            Assert.Empty(Scanner.Scan($"export TOKEN={prefix}{new string('x', 36)}"));
            Assert.Empty(Scanner.Scan($"export TOKEN={prefix}{"0123456789abcdef0123456789abcdef0123"}"));
        }
    }

    [Fact]
    public void A_bearer_value_of_random_letters_alone_is_a_secret_and_a_name_is_not()
    {
        var fakes = new Fakes(11);
        for (var i = 0; i < 200; i++)
        {
            var value = fakes.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 40);
            var finding = Assert.Single(Scanner.Scan($"Authorization: Bearer {value}"));
            Assert.Equal(EntityTypes.Secret, finding.Type);
            Assert.Equal(value.Length, finding.End - finding.Start);
        }

        foreach (var name in new[] { "accessTokenFromEnvironmentVariable", "XMLHttpRequestFactoryImplementation", "GetUserAccessTokenForTheCurrentTenant", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh", "AaBbCcDdEeFfGgHhIiJjKkLlMm", "QwErTyUiOpAsDfGhJkLzXcVbNm", "YOURACCESSTOKENGOESRIGHTHERE", "settings.AccessTokenFromEnvironment" })
        {
            Assert.Empty(Scanner.Scan($"Authorization: Bearer {name}"));
        }
    }

    [Fact]
    public void A_password_on_a_curl_command_line_is_a_secret_and_variables_and_placeholders_are_not()
    {
        (string Text, string Value)[] found =
        [
            ("curl -u admin:Vq7#rT2pLm https://search.internal:9200/_cat/indices", "Vq7#rT2pLm"),
            ("curl -s --user 'deploy:k8Pw2xQz~9' https://registry.example.org/v2/", "k8Pw2xQz~9"),
            ("curl -sS --user \"ops@example.org:Hn4vB7qX2s\" https://api.example.org/me", "Hn4vB7qX2s"),
            ("curl -X POST \\\n  -H 'Accept: application/json' \\\n  -u builder:Zt5mW8cR3y https://ci.example.org/job/build", "Zt5mW8cR3y"),
            ("curl -u \"sk_live_9fKq2LmZx7Rt:\" https://payments.example.org/v1/charges", "sk_live_9fKq2LmZx7Rt"),
            ("curl --user \"svc\":\"Lp3qR8vN2w\" https://api.example.org", "Lp3qR8vN2w"),
            ("curl --user svc:'Wq2xE5rT8y' https://api.example.org", "Wq2xE5rT8y"),
            ("CURL --proxy-user proxyuser:Gh6jK9lM2n -x http://proxy.example.org:3128 https://example.org", "Gh6jK9lM2n"),
        ];
        foreach (var (text, value) in found)
        {
            var finding = Assert.Single(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
            Assert.Equal(value, text[finding.Start..finding.End]);
            Assert.Equal("command-line-password", finding.Subtype);
        }

        string[] clean =
        [
            "curl -u \"$API_USER:$API_PASSWORD\" https://api.example.org",
            "curl -u \"${{ secrets.USER }}:${{ secrets.PASS }}\" https://api.example.org",
            "curl --user \"$(cat user.txt):$(cat pass.txt)\" https://api.example.org",
            "curl -u <user:password> https://api.example.org",
            "curl -u username:password https://api.example.org",
            "curl -u user:pass --digest http://localhost:5000/file",
            "curl -u test:test http://localhost",
            "curl -u \"myusername\" http://localhost:8080/",
            "curl -u xxx:yyy https://example.org",
            "curl --user {{ .Values.user }}:{{ .Values.pass }} https://example.org",
            "git push -u origin feature/Vq7rT2pLm-fix",
            "python -u train.py --user admin:Vq7rT2pLm",
            "ssh -u deploy:Vq7#rT2pLm host",
        ];
        foreach (var text in clean)
        {
            Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.Secret && f.Subtype == "command-line-password");
        }
    }

    [Fact]
    public void A_key_in_an_authorization_header_under_its_own_scheme_or_none_is_a_secret()
    {
        (string Text, string Value)[] found =
        [
            ("curl -H \"Authorization: Api-Token 7d1f0c9a2b4e6f8a0c2e4a6b8d0f2a4c6e8b0d2f\" https://api.example.org", "7d1f0c9a2b4e6f8a0c2e4a6b8d0f2a4c6e8b0d2f"),
            ("Authorization: GenieKey 4b7e2a91-3c5d-4f60-8a1b-9c2d3e4f5a6b", "4b7e2a91-3c5d-4f60-8a1b-9c2d3e4f5a6b"),
            ("curl --header 'Authorization:  4b7e2a91-3c5d-4f60-8a1b-9c2d3e4f5a6b'", "4b7e2a91-3c5d-4f60-8a1b-9c2d3e4f5a6b"),
            ("authorization: Zq8xK2mP7vL4tR9wB3nC6yH1", "Zq8xK2mP7vL4tR9wB3nC6yH1"),
            ("Authorization: MacroKey 7d1f0c9a2b4e6f8a0c2e4a6b8d0f2a4c", "7d1f0c9a2b4e6f8a0c2e4a6b8d0f2a4c"),
        ];
        foreach (var (text, value) in found)
        {
            var finding = Assert.Single(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
            Assert.Equal(value, text[finding.Start..finding.End]);
        }

        string[] clean =
        [
            "Authorization: required for every call",
            "Authorization: Digest username=\"Mufasa\", realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"",
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request",
            "Authorization: Api-Token {{API_TOKEN}}",
            "Authorization: Api-Token $API_TOKEN",
            "Authorization: the caller needs the reader role",
            "Authorization: Api-Token 00000000-0000-0000-0000-000000000000",
        ];
        foreach (var text in clean)
        {
            Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.Secret);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_generated_curl_password_is_found_at_its_exact_span(NonNegativeInt seed, bool quoted)
    {
        var fakes = new Fakes(seed.Get);
        var password = fakes.Chars("abcdefghijkmnopqrstuvwxyz", 4) + fakes.Chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + fakes.Chars("23456789", 3) + fakes.Chars("!#%+,.~^", 2);
        var word = quoted ? $"'ops:{password}'" : $"ops:{password}";
        var text = $"run this: curl -sS -u {word} https://api.example.org/status";
        var start = text.IndexOf(password, StringComparison.Ordinal);
        var findings = Scanner.Scan(text).Where(f => f.Type == EntityTypes.Secret).ToList();
        return (findings.Count == 1 && findings[0].Start == start && findings[0].End == start + password.Length).Label($"{text} -> {string.Join(", ", findings)}");
    }

    [Fact]
    public void Custos_own_tokens_are_found_by_their_checksum()
    {
        var token = Custos.Detection.Secrets.SecretMatcher.Base62Crc32("x");
        Assert.Equal(6, token.Length);
        var fakes = new Fakes(3);
        var (kind, value) = fakes.Secret(33);
        Assert.Equal("custos-token", kind);
        var finding = Assert.Single(Scanner.Scan($"Authorization: Bearer {value}"));
        Assert.Equal("custos-token", finding.Subtype);
        Assert.Equal(1.0, finding.Score);
    }
}
