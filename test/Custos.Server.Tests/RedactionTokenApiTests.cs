using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Detection.Redaction;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Server.Tests;

/// <summary>
/// Reversible redaction tokens over a real server: values redacted with <c>redaction: token</c> are turned back by
/// POST /v1/detokenize only for agents policy allows, each attempt recorded without the value; forged, garbled,
/// foreign, expired and erased tokens are refused with a reason, and the value never shows up where it should not.
/// </summary>
public sealed class RedactionTokenApiTests
{
    private const string Screening = """

        screening:
          types:
            EMAIL_ADDRESS: {in: redact, out: redact, redaction: token}
          tokens:
            retention: 30d
        """;

    private const string Policy = """
        @id("support-reads-email-tokens")
        permit (principal == Custos::Agent::"support-agent", action == Custos::Action::"detokenize", resource == Custos::Tool::"tokens.EMAIL_ADDRESS");
        @id("support-reads-phone-tokens")
        permit (principal == Custos::Agent::"support-agent", action == Custos::Action::"detokenize", resource == Custos::Tool::"tokens.PHONE_NUMBER");
        """;

    /// <summary>A fresh address per test, so a value found anywhere can only have come from this run.</summary>
    private static string FreshEmail() => $"ada.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}@example.org";

    private static async Task<TestServer> StartAsync(TimeProvider? clock = null)
    {
        var directory = Directory.CreateTempSubdirectory("custos-server-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, CustosConfig.DefaultFileName), StarterWorkspace.Yaml + Screening, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.Combine(directory, "policies"));
        await File.WriteAllTextAsync(Path.Combine(directory, "policies", "tokens.cedar"), Policy, TestContext.Current.CancellationToken);
        return await TestServer.StartAsync(clock, directory: directory);
    }

    /// <summary>Has the finance agent send <paramref name="email"/> through /v1/authorize (redacted on the way in), then returns the token it got.</summary>
    private static async Task<string> RedactThroughThePipelineAsync(TestServer server, string email, string? subject = "customer:42")
    {
        var agent = await server.IssueAsync("finance-agent");
        var subjects = subject is null ? string.Empty : $", \"dataSubjects\": [\"{subject}\"]";
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/authorize", agent, $$"""{"action": "create", "resource": "billing.invoices", "context": {"to": "{{email}}", "amount": 12}{{subjects}}}""");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("allow", body.RootElement.GetProperty("decision").GetString());
        Assert.Equal("redact", Assert.Single(body.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("action").GetString());

        // The same value always has the same token while it lives: asking the vault again gives the one the pipeline wrote.
        var ids = await server.Workspace.RedactionTokens.TokenizeAsync([("EMAIL_ADDRESS", email)], null, TimeSpan.FromDays(30), TestContext.Current.CancellationToken);
        return new RedactionToken("EMAIL_ADDRESS", Assert.Single(ids)).ToString();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string Text)> DetokenizeAsync(TestServer server, string? bearer, params string[] tokens)
    {
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/detokenize", bearer, JsonSerializer.Serialize(new { tokens }));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone(), text);
    }

    private static JsonElement Result(JsonElement body, int index = 0) => body.GetProperty("results")[index];

    [Fact]
    public async Task An_allowed_agent_gets_the_value_back_and_the_detokenize_action_is_recorded_without_it()
    {
        await using var server = await StartAsync();
        var email = FreshEmail();
        var token = await RedactThroughThePipelineAsync(server, email);
        Assert.Matches(@"^\[EMAIL_ADDRESS:tok_[a-z2-7]{26}\]$", token);
        Assert.DoesNotContain(email.Split('@')[0], token, StringComparison.Ordinal);

        var support = await server.IssueAsync("support-agent");
        var (status, body, _) = await DetokenizeAsync(server, support, token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("revealed", email), (Result(body).GetProperty("outcome").GetString(), Result(body).GetProperty("value").GetString()));

        var record = Assert.Single(await server.RecordsAsync(), r => r.Action == "detokenize");
        Assert.Equal(("support-agent", "tokens.EMAIL_ADDRESS", ActionOutcome.Success), (record.Principal, record.Resource, record.Outcome));
        Assert.Contains("support-reads-email-tokens", record.Policies);
        Assert.Equal(Result(body).GetProperty("action_id").GetString(), record.Id.ToString());

        // One row in the vault for the value, however often it was redacted.
        await RedactThroughThePipelineAsync(server, email);
        Assert.Equal(1L, CountRows(server));
        await AssertNowhereAsync(server, email);
    }

    [Fact]
    public async Task An_agent_without_a_permit_is_denied_and_told_how_to_get_access_and_the_refusal_is_recorded()
    {
        await using var server = await StartAsync();
        var email = FreshEmail();
        var token = await RedactThroughThePipelineAsync(server, email);
        var dev = await server.IssueAsync("dev-agent");
        var (status, body, text) = await DetokenizeAsync(server, dev, token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("denied", Result(body).GetProperty("outcome").GetString());
        Assert.False(Result(body).TryGetProperty("value", out var value) && value.ValueKind != JsonValueKind.Null);
        var error = Result(body).GetProperty("error").GetString()!;
        Assert.Contains("permit(principal == Custos::Agent::\"dev-agent\", action == Custos::Action::\"detokenize\", resource == Custos::Tool::\"tokens.EMAIL_ADDRESS\")", error, StringComparison.Ordinal);
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        var record = Assert.Single(await server.RecordsAsync(), r => r.Action == "detokenize");
        Assert.Equal(("dev-agent", ActionOutcome.Denied, StageName.Authorize), (record.Principal, record.Outcome, record.StoppedAt));

        // A type the agent may not see: support may read email and phone tokens, not secrets.
        var support = await server.IssueAsync("support-agent");
        var id = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..^1];
        var (_, secretBody, secretText) = await DetokenizeAsync(server, support, $"[SECRET:{id}]");
        Assert.Equal("denied", Result(secretBody).GetProperty("outcome").GetString());
        Assert.DoesNotContain(email, secretText, StringComparison.Ordinal);

        // A type it may see, on another type's token: the vault does not know it.
        var (_, swapped, swappedText) = await DetokenizeAsync(server, support, $"[PHONE_NUMBER:{id}]");
        Assert.Equal("unknown", Result(swapped).GetProperty("outcome").GetString());
        Assert.DoesNotContain(email, swappedText, StringComparison.Ordinal);
        await AssertNowhereAsync(server, email);
    }

    [Fact]
    public async Task Forged_garbled_truncated_oversized_and_foreign_tokens_are_refused_and_recorded()
    {
        await using var server = await StartAsync();
        await using var other = await StartAsync();
        var email = FreshEmail();
        var token = await RedactThroughThePipelineAsync(server, email);
        var foreign = await RedactThroughThePipelineAsync(other, FreshEmail());
        var support = await server.IssueAsync("support-agent");
        string[] hostile =
        [
            new RedactionToken("EMAIL_ADDRESS", RedactionToken.NewId()).ToString(),  // forged: well formed, never issued
            token[..^3] + "]",                                                           // truncated
            token.Replace("tok_", "tok-", StringComparison.Ordinal),                     // garbled
            "[EMAIL_ADDRESS:" + new string('a', 5000) + "]",                              // oversized
            foreign,                                                                     // another workspace's
            "'; DROP TABLE redaction_tokens; --",
            email,                                                                       // the value itself is not a token
        ];
        var (status, body, text) = await DetokenizeAsync(server, support, hostile);
        Assert.Equal(HttpStatusCode.OK, status);
        string[] expected = ["unknown", "malformed", "malformed", "malformed", "unknown", "malformed", "malformed"];
        Assert.Equal(expected, body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.All(body.GetProperty("results").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("error").GetString())));
        Assert.Contains("not issued by this workspace", Result(body, 4).GetProperty("error").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        Assert.Equal(hostile.Length, (await server.RecordsAsync()).Count(r => r.Action == "detokenize" && r.Outcome == ActionOutcome.Denied));

        // Still there and still working.
        var (_, ok, _) = await DetokenizeAsync(server, support, token);
        Assert.Equal(email, Result(ok).GetProperty("value").GetString());
        await AssertNowhereAsync(server, email);
    }

    [Fact]
    public async Task Bad_requests_are_400_and_a_missing_or_wrong_agent_token_is_401()
    {
        await using var server = await StartAsync();
        var token = await RedactThroughThePipelineAsync(server, FreshEmail());
        var support = await server.IssueAsync("support-agent");
        foreach (var (json, field) in new[]
        {
            ("[]", "$"),
            ("{}", "$.tokens"),
            ("""{"tokens": []}""", "$.tokens"),
            ("""{"tokens": "x"}""", "$.tokens"),
            ("""{"tokens": [42]}""", "$.tokens[0]"),
            ("""{"tokens": ["x"], "agent": "root"}""", "$.agent"),
            (JsonSerializer.Serialize(new { tokens = Enumerable.Repeat(token, 101) }), "$.tokens"),
        })
        {
            using var response = await server.SendAsync(HttpMethod.Post, "/v1/detokenize", support, json);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var (status, _, _) = await DetokenizeAsync(server, null, token);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var (wrong, _, _) = await DetokenizeAsync(server, "cst_" + new string('x', 40), token);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
    }

    [Fact]
    public async Task An_expired_token_refuses_with_when_and_why_also_on_replay_and_the_value_gets_a_new_token()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await using var server = await StartAsync(clock);
        var email = FreshEmail();
        var token = await RedactThroughThePipelineAsync(server, email, subject: null);
        var (_, before, _) = await DetokenizeAsync(server, await server.IssueAsync("support-agent"), token);
        Assert.Equal("revealed", Result(before).GetProperty("outcome").GetString());

        clock.Advance(TimeSpan.FromDays(31));
        var support = await server.IssueAsync("support-agent");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (_, body, text) = await DetokenizeAsync(server, support, token);
            Assert.Equal("expired", Result(body).GetProperty("outcome").GetString());
            Assert.Contains("expired on 2026-12-01", Result(body).GetProperty("error").GetString()!, StringComparison.Ordinal);
            Assert.Contains("screening.tokens.retention", text, StringComparison.Ordinal);
            Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        }

        // Its value was destroyed, not just hidden; redacting the value again gives a new token.
        Assert.Equal(0L, CountRows(server, "ciphertext IS NOT NULL"));
        var again = await RedactThroughThePipelineAsync(server, email, subject: null);
        Assert.NotEqual(token, again);
        var (_, renewed, _) = await DetokenizeAsync(server, support, again);
        Assert.Equal(email, Result(renewed).GetProperty("value").GetString());
    }

    [Fact]
    public async Task Erasing_the_data_subject_makes_the_token_unrecoverable()
    {
        await using var server = await StartAsync();
        var email = FreshEmail();
        var token = await RedactThroughThePipelineAsync(server, email, subject: "customer:42");
        var support = await server.IssueAsync("support-agent");
        var (_, before, _) = await DetokenizeAsync(server, support, token);
        Assert.Equal(email, Result(before).GetProperty("value").GetString());

        var admin = await server.IssueAdminAsync();
        using (var erase = await server.SendAsync(HttpMethod.Post, "/api/dsr/erase", admin, """{"subject": "customer:42"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        }

        var (_, after, text) = await DetokenizeAsync(server, support, token);
        Assert.Equal("erased", Result(after).GetProperty("outcome").GetString());
        Assert.Contains("right to erasure", text, StringComparison.Ordinal);
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        Assert.Equal(0L, CountRows(server, "ciphertext IS NOT NULL"));
        var erasure = Assert.Single(await server.RecordsAsync(), r => r.Action == "dsr.erase");
        Assert.Contains("destroyed 1 redaction token", erasure.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_sealed_for_a_subject_is_unrecoverable_once_the_key_is_gone_even_if_its_row_is_untouched()
    {
        // The erasure's clean-up of token rows aside, the value is sealed under the subject's key: erasing the key
        // alone (as another process might) already makes it unreadable.
        await using var server = await StartAsync();
        var email = FreshEmail();
        var token = await RedactThroughThePipelineAsync(server, email, subject: "customer:7");
        await server.Workspace.Store.SubjectKeys.EraseAsync("customer:7", "test", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Assert.Equal(1L, CountRows(server, "ciphertext IS NOT NULL"));
        var (_, body, text) = await DetokenizeAsync(server, await server.IssueAsync("support-agent"), token);
        Assert.Equal("erased", Result(body).GetProperty("outcome").GetString());
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);

        // Finding the key gone finished the erasure: the ciphertext is destroyed and the value gets a new token.
        Assert.Equal(0L, CountRows(server, "ciphertext IS NOT NULL"));
        Assert.NotEqual(token, await RedactThroughThePipelineAsync(server, email, subject: null));
    }

    [Fact]
    public async Task A_value_redacted_for_two_subjects_keeps_one_token_and_is_unrecoverable_when_either_is_erased()
    {
        await using var server = await StartAsync();
        var email = FreshEmail();
        var vault = server.Workspace.RedactionTokens;
        var cancel = TestContext.Current.CancellationToken;
        var first = Assert.Single(await vault.TokenizeAsync([("EMAIL_ADDRESS", email)], ["customer:1"], TimeSpan.FromDays(1), cancel));
        var second = Assert.Single(await vault.TokenizeAsync([("EMAIL_ADDRESS", email)], ["customer:2"], TimeSpan.FromDays(1), cancel));
        var third = Assert.Single(await vault.TokenizeAsync([("EMAIL_ADDRESS", email)], ["customer:1", "customer:2"], TimeSpan.FromDays(1), cancel));
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(1L, CountRows(server, "layers = 2"));
        var token = new RedactionToken("EMAIL_ADDRESS", first);
        Assert.Equal(email, (await vault.DetokenizeAsync(token, cancel)).Value);

        await server.Workspace.Store.SubjectKeys.EraseAsync("customer:2", "test", DateTimeOffset.UtcNow, cancel);
        var after = await vault.DetokenizeAsync(token, cancel);
        Assert.Equal(Core.Tokenization.DetokenizeStatus.Erased, after.Status);
        Assert.Null(after.Value);
        Assert.DoesNotContain(email, after.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_vault_cannot_store_a_token_the_action_fails_closed_and_the_value_is_not_logged()
    {
        await using var server = await StartAsync();
        server.ExecuteSql("CREATE TRIGGER refuse BEFORE INSERT ON redaction_tokens BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        var email = FreshEmail();
        var agent = await server.IssueAsync("finance-agent");
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/authorize", agent, $$$"""{"action": "create", "resource": "billing.invoices", "context": {"to": "{{{email}}}"}}""");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        var record = Assert.Single(await server.RecordsAsync(), r => r.Resource == "billing.invoices");
        Assert.Equal((ActionOutcome.Failure, StageName.ScreenIn), (record.Outcome, record.StoppedAt));
        Assert.DoesNotContain(server.Logs, line => line.Contains(email, StringComparison.Ordinal));
    }

    private static long CountRows(TestServer server, string where = "1")
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={server.Workspace.Store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM redaction_tokens WHERE {where}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The value is in no log line, no recorded action (as JSON), and no file of the data directory.</summary>
    private static async Task AssertNowhereAsync(TestServer server, string value)
    {
        var records = await server.RecordsAsync();
        foreach (var record in records)
        {
            Assert.DoesNotContain(value, string.Join('\n', record.Reasons), StringComparison.Ordinal);
            Assert.DoesNotContain(value, record.PersonalData ?? string.Empty, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(server.Logs, line => line.Contains(value, StringComparison.Ordinal));
        await server.StopAsync();
        var needle = Encoding.UTF8.GetBytes(value);
        foreach (var file in Directory.GetFiles(Path.Combine(server.Directory, ".custos")))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            Assert.False(bytes.AsSpan().IndexOf(needle) >= 0, $"{Path.GetFileName(file)} holds the value");
        }
    }
}
