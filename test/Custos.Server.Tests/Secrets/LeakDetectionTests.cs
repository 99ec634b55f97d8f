using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Core.Screening;
using Custos.Core.Storage;

namespace Custos.Server.Tests.Secrets;

/// <summary>The values Custos holds are screened for everywhere: in arguments before authorize and in results before the agent sees them.</summary>
public sealed class LeakDetectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A value made up at run time, so no secret-looking literal sits in the repository.</summary>
    private static string FreshValue()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = new char[36];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return "lk-" + new string(chars);
    }

    [Fact]
    public async Task An_agent_pasting_a_held_secret_into_authorize_arguments_is_blocked_alerted_and_recorded_without_the_value()
    {
        await using var server = await TestServer.StartAsync();
        var value = FreshValue();
        await server.Workspace.Builtin.SetAsync("deploy-key", value, "test", Ct);
        var token = await server.IssueAsync("dev-agent");
        // Base64-encoded inside a Basic credential: the encoded form is known too.
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"ci:{value}"));
        var context = JsonSerializer.Serialize(new { repo = "acme/api", note = $"Authorization: Basic {basic}" });

        using var response = await server.AuthorizeAsync(token, "call", "github.create_pull_request", context);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(text);
        Assert.Equal("deny", body.RootElement.GetProperty("decision").GetString());
        Assert.Contains(body.RootElement.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("KNOWN_SECRET (secret://builtin/deploy-key) at /note", StringComparison.Ordinal));

        var records = await server.RecordsAsync();
        var action = Assert.Single(records, r => r.Principal == "dev-agent");
        Assert.Equal(ActionOutcome.Denied, action.Outcome);
        var finding = Assert.Single(action.Findings!, f => f.Type == Screener.KnownSecret);
        Assert.Equal((ScreeningDirection.In, "/note", ScreeningAction.Block, "secret://builtin/deploy-key"), (finding.Direction, finding.Location, finding.Action, finding.Subtype));
        var alert = Assert.Single(records, r => r.Action == "alert");
        Assert.Equal("secret.leak:secret://builtin/deploy-key", alert.Resource);
        Assert.Contains("rotate it: custos secrets rotate deploy-key", string.Join(" ", alert.Reasons), StringComparison.Ordinal);
        Assert.Contains("/note", string.Join(" ", alert.Reasons), StringComparison.Ordinal);
        Assert.Single(records, r => r.Action == "incident.open" && r.Resource == alert.Resource);

        await server.StopAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(server.Directory, ".custos")))
        {
            var bytes = await File.ReadAllBytesAsync(file, Ct);
            Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0, $"{Path.GetFileName(file)} holds the secret");
        }

        Assert.DoesNotContain(server.Logs, line => line.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tool_result_quoting_a_held_secret_is_withheld_and_alerted()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        var value = FreshValue();
        await ws.Workspace.Builtin.SetAsync("github", value, "test", Ct);
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));
        var output = new Texts("the file says:", $"config dump: {hex}");
        var action = AgentAction.Create(ActionChannel.Mcp, new AgentCredential(await ws.TokenAsync("dev-agent")), "read", "github.repos", null, ws.Clock);
        var context = await ws.Workspace.Pipeline.RunAsync(action, (ctx, _) =>
        {
            ctx.Result = output;
            ctx.Output = output;
            return ValueTask.CompletedTask;
        }, Ct);

        Assert.Equal(ActionOutcome.Denied, context.Outcome);
        Assert.Equal(StageName.ScreenOut, context.StoppedAt);
        Assert.Null(context.Output);
        Assert.Null(context.Result);
        Assert.Contains(context.Reasons, r => r.Contains("KNOWN_SECRET (secret://builtin/github) at content/1", StringComparison.Ordinal));
        var records = await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct);
        var alert = Assert.Single(records, r => r.Action == "alert");
        Assert.Equal("secret.leak:secret://builtin/github", alert.Resource);
        Assert.Contains("the result of read on github.repos at content/1", string.Join(" ", alert.Reasons), StringComparison.Ordinal);
        Assert.Single(records, r => r.Action == "incident.open");
        Assert.DoesNotContain(ws.Logs, line => line.Contains(value, StringComparison.Ordinal) || line.Contains(hex, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_honeytoken_value_seen_in_a_result_raises_a_honeytoken_alert()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("github", FreshValue(), "test", Ct);
        await ws.Workspace.Builtin.CreateHoneytokenAsync("decoy", "generic", "test", Ct);
        var (value, _) = await ws.Workspace.Builtin.ReadAsync("decoy", null, Ct);
        var output = new Texts($"found in a pastebin: {Uri.EscapeDataString(value)}");
        var action = AgentAction.Create(ActionChannel.Mcp, new AgentCredential(await ws.TokenAsync("dev-agent")), "read", "github.repos", null, ws.Clock);
        var context = await ws.Workspace.Pipeline.RunAsync(action, (ctx, _) =>
        {
            ctx.Output = output;
            return ValueTask.CompletedTask;
        }, Ct);

        Assert.Equal((ActionOutcome.Denied, StageName.ScreenOut), (context.Outcome, context.StoppedAt));
        Assert.Null(context.Output);
        var records = await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct);
        var alert = Assert.Single(records, r => r.Action == "alert");
        Assert.Equal("secret.honeytoken:secret://builtin/decoy", alert.Resource);
        Assert.Single(records, r => r.Action == "incident.open");
    }

    [Fact]
    public async Task Text_without_held_values_raises_no_alert()
    {
        await using var ws = await SecretsWorkspace.OpenAsync();
        await ws.Workspace.Builtin.SetAsync("github", FreshValue(), "test", Ct);
        var output = new Texts("nothing to see here, lk-but-not-the-value");
        var action = AgentAction.Create(ActionChannel.Mcp, new AgentCredential(await ws.TokenAsync("dev-agent")), "read", "github.repos", null, ws.Clock);
        var context = await ws.Workspace.Pipeline.RunAsync(action, (ctx, _) =>
        {
            ctx.Output = output;
            return ValueTask.CompletedTask;
        }, Ct);

        Assert.Equal(ActionOutcome.Success, context.Outcome);
        Assert.NotNull(context.Output);
        Assert.DoesNotContain(await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct), r => r.Action == "alert");
    }

    private sealed class Texts(params string[] values) : IScreenableOutput
    {
        public int Count => values.Length;

        public string LocationOf(int index) => $"content/{index}";

        public string GetText(int index) => values[index];

        public void SetText(int index, string text) => values[index] = text;
    }
}
