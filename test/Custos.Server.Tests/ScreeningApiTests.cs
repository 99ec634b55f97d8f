using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Screening;

namespace Custos.Server.Tests;

/// <summary>Screening over POST /v1/authorize: findings reach policy, block or redact, and are recorded without their text.</summary>
public sealed class ScreeningApiTests
{
    /// <summary>A bearer credential made up at run time, so no secret-looking literal sits in the repository.</summary>
    /// <summary>
    /// A random bearer token with at least one digit: a value of letters alone reads as an identifier in code
    /// (<c>Bearer accessTokenFromEnv</c>) and is not reported, and one draw in about 400 would have none.
    /// </summary>
    private static string FreshBearer()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = new char[40];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        chars[RandomNumberGenerator.GetInt32(chars.Length)] = (char)('2' + RandomNumberGenerator.GetInt32(8));
        return new string(chars);
    }

    [Fact]
    public async Task A_secret_in_the_arguments_is_blocked_named_by_type_and_place_and_recorded_without_its_value()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        var secret = FreshBearer();
        var context = JsonSerializer.Serialize(new { repo = "acme/api", headers = new[] { $"Authorization: Bearer {secret}" } });

        using var response = await server.AuthorizeAsync(token, "call", "github.create_pull_request", context);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("deny", body.RootElement.GetProperty("decision").GetString());
        var reason = body.RootElement.GetProperty("reasons")[0].GetString()!;
        Assert.Contains("SECRET", reason, StringComparison.Ordinal);
        Assert.Contains("/headers/0", reason, StringComparison.Ordinal);
        Assert.Contains("blocked by screening", reason, StringComparison.Ordinal);
        var finding = Assert.Single(body.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("in", "SECRET", "/headers/0", "block"), (finding.GetProperty("direction").GetString(), finding.GetProperty("type").GetString(), finding.GetProperty("location").GetString(), finding.GetProperty("action").GetString()));

        var record = Assert.Single(await server.RecordsAsync(), r => r.Principal == "dev-agent");
        Assert.Equal((ActionOutcome.Denied, StageName.ScreenIn), (record.Outcome, record.StoppedAt));
        var recorded = Assert.Single(record.Findings!);
        Assert.Equal((ScreeningDirection.In, "SECRET", "/headers/0", ScreeningAction.Block), (recorded.Direction, recorded.Type, recorded.Location, recorded.Action));
        Assert.Equal(secret, JsonDocument.Parse(context).RootElement.GetProperty("headers")[0].GetString()![recorded.Start..recorded.End]);

        // Nowhere in the database file (entries, payloads, WAL) nor in the logs.
        await server.StopAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(server.Directory, ".custos")))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0, $"{Path.GetFileName(file)} holds the secret");
        }

        Assert.DoesNotContain(server.Logs, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forbid_policy_on_findings_denies_and_counts_are_available_to_policy()
    {
        var directory = Directory.CreateTempSubdirectory("custos-server-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, CustosConfig.DefaultFileName), StarterWorkspace.Yaml, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.Combine(directory, "policies"));
        await File.WriteAllTextAsync(Path.Combine(directory, "policies", "findings.cedar"), """
            @id("no-customer-emails-in-pull-requests")
            forbid (principal, action == Custos::Action::"call", resource == Custos::Tool::"github.create_pull_request")
            when { context.findings.contains("pii") && context.findingCounts.EMAIL_ADDRESS >= 2 };
            """, TestContext.Current.CancellationToken);
        await using var server = await TestServer.StartAsync(directory: directory);
        var token = await server.IssueAsync("dev-agent");

        using (var one = await server.AuthorizeAsync(token, "call", "github.create_pull_request", """{"body": "reported by ann@example.com"}"""))
        {
            using var body = JsonDocument.Parse(await one.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("allow", body.RootElement.GetProperty("decision").GetString());
            Assert.Equal("EMAIL_ADDRESS", body.RootElement.GetProperty("findings")[0].GetProperty("type").GetString());
        }

        using var two = await server.AuthorizeAsync(token, "call", "github.create_pull_request", """{"body": "ann@example.com and bob@example.org"}""");
        using var denied = JsonDocument.Parse(await two.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("deny", denied.RootElement.GetProperty("decision").GetString());
        Assert.Equal(["no-customer-emails-in-pull-requests"], denied.RootElement.GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
        var record = (await server.RecordsAsync()).First(r => r.Principal == "dev-agent");
        Assert.Equal(StageName.Authorize, record.StoppedAt);
        Assert.Equal(2, record.Findings!.Count);
    }

    [Fact]
    public async Task A_card_number_is_redacted_for_the_upstream_and_the_action_is_allowed()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("finance-agent");
        using var response = await server.AuthorizeAsync(token, "create", "billing.invoices", """{"card": "4111 1111 1111 1111", "amount": 12}""");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("allow", body.RootElement.GetProperty("decision").GetString());
        var finding = Assert.Single(body.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("CREDIT_CARD", "/card", "redact"), (finding.GetProperty("type").GetString(), finding.GetProperty("location").GetString(), finding.GetProperty("action").GetString()));
    }
}
