using System.Text.Json;
using System.Text.RegularExpressions;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos redact</c> in a workspace follows its per-type methods (tokens included), and <c>custos detokenize</c>
/// turns tokens back for the agent in <c>$CUSTOS_AGENT_TOKEN</c> when policy allows, recording every attempt.
/// </summary>
public sealed partial class RedactionTokenCliTests
{
    private const string Sample = "mail ann@example.org\ncard 4111 1111 1111 1111\nphone +44 20 7946 0958\n";

    private const string Screening = """

        screening:
          types:
            EMAIL_ADDRESS: {out: redact, redaction: token}
            CREDIT_CARD: {redaction: mask}
        """;

    private const string Policy = """
        @id("support-reads-email-tokens")
        permit (principal == Custos::Agent::"support-agent", action == Custos::Action::"detokenize", resource in Custos::System::"tokens")
        when { resource == Custos::Tool::"tokens.EMAIL_ADDRESS" };
        """;

    [GeneratedRegex(@"\[EMAIL_ADDRESS:tok_[a-z2-7]{26}\]")]
    private static partial Regex EmailToken();

    private static async Task<TempWorkspace> WorkspaceAsync()
    {
        var workspace = await TempWorkspace.InitAsync();
        workspace.WriteConfig(workspace.ReadConfig() + Screening);
        Directory.CreateDirectory(Path.Combine(workspace.Directory, "policies"));
        File.WriteAllText(Path.Combine(workspace.Directory, "policies", "tokens.cedar"), Policy);
        File.WriteAllText(Path.Combine(workspace.Directory, "in.txt"), Sample);
        return workspace;
    }

    private static Task<CliResult> RunAsAsync(TempWorkspace workspace, string? agentToken, string? stdin, params string[] args) =>
        CustosExecutable.RunAsync(workspace.Directory, args, stdin, agentToken is null ? null : new Dictionary<string, string> { ["CUSTOS_AGENT_TOKEN"] = agentToken });

    [Fact]
    public async Task Redact_in_a_workspace_uses_each_types_method_and_outside_keeps_replace()
    {
        using var workspace = await WorkspaceAsync();
        var redacted = (await workspace.RunAsync("redact", "in.txt")).Expect(0).StdOut;
        var lines = redacted.Split('\n');
        Assert.Matches(@"^mail \[EMAIL_ADDRESS:tok_[a-z2-7]{26}\]$", lines[0]);
        Assert.Equal("card **** **** **** ****", lines[1]);
        Assert.Equal("phone +** ** **** ****", lines[2]);  // PHONE_NUMBER keeps its default: mask

        // The same value, the same token: records redacted at different times still join.
        var again = (await workspace.RunAsync("redact", "in.txt")).Expect(0).StdOut;
        Assert.Equal(EmailToken().Match(redacted).Value, EmailToken().Match(again).Value);

        // --mode given says how, for every type.
        Assert.StartsWith("mail <EMAIL_ADDRESS>\ncard <CREDIT_CARD:visa>", (await workspace.RunAsync("redact", "in.txt", "--mode", "replace")).Expect(0).StdOut, StringComparison.Ordinal);

        using var outside = new TempWorkspace();
        File.WriteAllText(Path.Combine(outside.Directory, "in.txt"), Sample);
        Assert.StartsWith("mail <EMAIL_ADDRESS>\ncard <CREDIT_CARD:visa>", (await outside.RunAsync("redact", "in.txt")).Expect(0).StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detokenize_reveals_for_an_allowed_agent_refuses_others_with_the_fix_and_records_both()
    {
        using var workspace = await WorkspaceAsync();
        var token = EmailToken().Match((await workspace.RunAsync("redact", "in.txt")).Expect(0).StdOut).Value;
        var (support, _) = await TokenTests.IssueAsync(workspace, "support-agent");
        var (dev, _) = await TokenTests.IssueAsync(workspace, "dev-agent");

        var revealed = (await RunAsAsync(workspace, support, null, "detokenize", token)).Expect(0);
        Assert.Equal("ann@example.org\n", revealed.StdOut);

        var refused = (await RunAsAsync(workspace, dev, null, "detokenize", token)).Expect(3);
        Assert.Empty(refused.StdOut);
        Assert.Contains("permit(principal == Custos::Agent::\"dev-agent\", action == Custos::Action::\"detokenize\"", refused.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.org", refused.StdErr, StringComparison.Ordinal);

        // From standard input, as JSON, with a forged and a garbled token among them.
        var forged = "[EMAIL_ADDRESS:tok_" + new string('a', 26) + "]";
        var mixed = (await RunAsAsync(workspace, support, $"{token}\n{forged}\nnot a token\n", "detokenize", "-", "--json")).Expect(3);
        using var json = JsonDocument.Parse(mixed.StdOut);
        Assert.Equal(["revealed", "unknown", "malformed"], json.RootElement.EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal("ann@example.org", json.RootElement[0].GetProperty("value").GetString());
        Assert.DoesNotContain("ann@example.org", json.RootElement[1].GetRawText() + json.RootElement[2].GetRawText(), StringComparison.Ordinal);

        // Every attempt is in the audit trail, without the value.
        var audit = (await workspace.RunAsync("audit", "query", "--json")).Expect(0).StdOut;
        Assert.DoesNotContain("ann@example.org", audit, StringComparison.Ordinal);
        Assert.Contains("tokens.EMAIL_ADDRESS", audit, StringComparison.Ordinal);
        var verify = await workspace.RunAsync("audit", "verify");
        Assert.Equal(0, verify.ExitCode);
        (await workspace.RunAsync("audit", "export", "--out", "bundle")).Expect(0);
        var files = Directory.GetFiles(Path.Combine(workspace.Directory, "bundle"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotContain("ann@example.org", File.ReadAllText(file), StringComparison.Ordinal));
        Assert.All(Directory.GetFiles(workspace.DataDirectory), file => Assert.False(
            File.ReadAllBytes(file).AsSpan().IndexOf("ann@example.org"u8) >= 0, $"{Path.GetFileName(file)} holds the value"));
    }

    [Fact]
    public async Task Detokenize_without_an_agent_token_or_with_a_bad_one_is_a_usage_error_that_says_what_to_do()
    {
        using var workspace = await WorkspaceAsync();
        var token = EmailToken().Match((await workspace.RunAsync("redact", "in.txt")).Expect(0).StdOut).Value;
        var missing = (await workspace.RunAsync("detokenize", token)).Expect(2);
        Assert.Contains("CUSTOS_AGENT_TOKEN", missing.StdErr, StringComparison.Ordinal);
        var bad = (await RunAsAsync(workspace, "cst_" + new string('z', 49), null, "detokenize", token)).Expect(2);
        Assert.Contains("not a valid agent token", bad.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.org", bad.StdOut + bad.StdErr, StringComparison.Ordinal);
    }
}
