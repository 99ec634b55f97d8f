using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Custos.Cli.Tests;

/// <summary>Agent and admin tokens: shown once, listed by id, revoked by id, never stored in clear.</summary>
public sealed partial class TokenTests
{
    [Fact]
    public async Task Issue_prints_the_token_once_on_stdout_and_the_id_on_stderr()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("agent", "token", "issue", "dev-agent")).Expect(0);
        var token = result.StdOut.Trim();
        Assert.Matches(TokenPattern(), token);
        Assert.Single(Regex.Matches(result.StdOut + result.StdErr, Regex.Escape(token)));
        Assert.Matches(@"Token tok_[0-9a-f]+ for dev-agent", result.StdErr);
    }

    [Fact]
    public async Task List_shows_the_id_and_status_but_never_the_token()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (token, id) = await IssueAsync(workspace, "dev-agent");

        var table = (await workspace.RunAsync("agent", "token", "list")).Expect(0);
        Assert.Contains(id, table.StdOut);
        Assert.DoesNotContain(token, table.StdOut + table.StdErr);
        Assert.DoesNotContain("cst_", table.StdOut);

        var json = (await workspace.RunAsync("agent", "token", "list", "--json")).Expect(0);
        Assert.DoesNotContain(token, json.StdOut);
        using var document = JsonDocument.Parse(json.StdOut);
        var listed = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.Equal("active", listed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revoke_by_id_shows_the_token_as_revoked()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (_, id) = await IssueAsync(workspace, "dev-agent");

        (await workspace.RunAsync("agent", "token", "revoke", id)).Expect(0);
        var list = (await workspace.RunAsync("agent", "token", "list", "dev-agent", "--json")).Expect(0);
        using var document = JsonDocument.Parse(list.StdOut);
        var listed = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("revoked", listed.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revoked_at").ValueKind);

        var again = (await workspace.RunAsync("agent", "token", "revoke", id)).Expect(1);
        Assert.Contains($"no active agent token with id '{id}'", again.StdErr);
    }

    [Fact]
    public async Task Revoking_with_the_token_itself_is_refused_without_echoing_it()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (token, _) = await IssueAsync(workspace, "dev-agent");

        var result = (await workspace.RunAsync("agent", "token", "revoke", token)).Expect(2);
        Assert.Contains("pass the token's id (tok_…), not the token itself", result.StdErr);
        Assert.DoesNotContain(token, result.StdOut + result.StdErr);
    }

    [Fact]
    public async Task The_token_never_reaches_the_database_files()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (token, id) = await IssueAsync(workspace, "dev-agent");

        var files = new[] { "custos.db", "custos.db-wal" }.Select(f => Path.Combine(workspace.DataDirectory, f)).Where(File.Exists).ToList();
        var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(id)) >= 0, "the id should be stored, or these are not the right files");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)) < 0, "the token is stored in clear");
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token[4..])) < 0, "the token's secret part is stored in clear");
    }

    [Fact]
    public async Task Issue_for_an_unknown_agent_fails_and_names_the_known_agents()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("agent", "token", "issue", "ghost-agent")).Expect(1);
        Assert.Contains("no agent named 'ghost-agent' in custos.yaml; agents are: dev-agent", result.StdErr);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public async Task Admin_tokens_are_listed_and_revoked_apart_from_agent_tokens()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var (_, agentTokenId) = await IssueAsync(workspace, "dev-agent");
        var wrongKind = (await workspace.RunAsync("admin", "token", "revoke", agentTokenId)).Expect(1);
        Assert.Contains("no active admin token", wrongKind.StdErr, StringComparison.Ordinal);
        var issued = (await workspace.RunAsync("admin", "token", "issue", "ops-oncall", "--ttl", "12h", "--json")).Expect(0);
        using var document = JsonDocument.Parse(issued.StdOut);
        Assert.Matches(TokenPattern(), document.RootElement.GetProperty("token").GetString());
        var id = document.RootElement.GetProperty("id").GetString()!;

        var admins = (await workspace.RunAsync("admin", "token", "list", "--json")).Expect(0);
        using var listed = JsonDocument.Parse(admins.StdOut);
        var admin = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal(id, admin.GetProperty("id").GetString());
        Assert.Equal("ops-oncall", admin.GetProperty("subject").GetString());
        (await workspace.RunAsync("admin", "token", "revoke", id)).Expect(0);
        (await workspace.RunAsync("agent", "token", "revoke", agentTokenId)).Expect(0);
    }

    internal static async Task<(string Token, string Id)> IssueAsync(TempWorkspace workspace, string agent)
    {
        var result = (await workspace.RunAsync("agent", "token", "issue", agent, "--json")).Expect(0);
        using var document = JsonDocument.Parse(result.StdOut);
        return (document.RootElement.GetProperty("token").GetString()!, document.RootElement.GetProperty("id").GetString()!);
    }

    [GeneratedRegex("^cst_[A-Za-z0-9]{49}$")]
    private static partial Regex TokenPattern();
}
