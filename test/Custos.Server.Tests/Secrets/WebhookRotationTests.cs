using System.Text;
using Custos.Core.Pipeline;
using Custos.Core.Secrets;
using Custos.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace Custos.Server.Tests.Secrets;

/// <summary>The webhook rotator against a real Kestrel service that issues the credentials.</summary>
public sealed class WebhookRotationTests
{
    private const string SigningKey = "rotator-signing-key-4c1f9e7b2a";
    private const string Initial = "initial-upstream-key-88d0c2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Scope(Uri url, string timeout = "10s") => $"""
            - secret: secret://builtin/upstream
              systems: [github]
              rotate:
                schedule: 30d
                webhook:
                  url: {url}
                  signing_key: secret://builtin/rotator-key
                  timeout: {timeout}
        """;

    private static async Task<SecretsWorkspace> OpenAsync(Uri url, string timeout = "10s")
    {
        var ws = await SecretsWorkspace.OpenAsync(scopes: Scope(url, timeout));
        await ws.Workspace.Builtin.SetAsync("rotator-key", SigningKey, "test", Ct);
        await ws.Workspace.Builtin.SetAsync("upstream", Initial, "test", Ct);
        return ws;
    }

    [Fact]
    public async Task The_service_issues_the_next_value_which_becomes_the_new_version_and_is_recorded()
    {
        await using var receiver = await RotationReceiver.StartAsync(SigningKey);
        await using var ws = await OpenAsync(new Uri(receiver.Address, "/rotate"));

        var outcome = await ws.Workspace.Rotations.RotateAsync("upstream", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(receiver.Refused);
        var issued = Assert.Single(receiver.Issued);
        var (value, stored) = await ws.Workspace.Builtin.ReadAsync("upstream", null, Ct);
        Assert.Equal((issued, 2), (value, stored.Version));

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(("custos.rotation", "secret://builtin/upstream", 1), (request.GetProperty("type").GetString(), request.GetProperty("secret").GetString(), request.GetProperty("current_version").GetInt32()));
        Assert.DoesNotContain(Initial, request.GetRawText(), StringComparison.Ordinal);

        var record = Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct), r => r.Action == "update" && r.Outcome == ActionOutcome.Success);
        Assert.Contains($"rotated secret://builtin/upstream to version 2 (webhook rotator: issued by {new Uri(receiver.Address, "/rotate")} (request {request.GetProperty("request_id").GetString()}))", record.Reasons.Single(), StringComparison.Ordinal);
        AssertNoValue(ws, await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct), issued, Initial, SigningKey);
    }

    [Fact]
    public async Task Bad_answers_fail_clearly_keep_the_old_version_and_are_recorded()
    {
        await using var receiver = await RotationReceiver.StartAsync(SigningKey);
        const string leaked = "value-in-a-bad-answer-7f2e";
        var cases = new (string Name, string Path, Func<HttpContext, string, Task>? Answer, string Expected)[]
        {
            ("not JSON", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, Encoding.UTF8.GetBytes($"value={leaked}")), "answered with something that is not JSON; it must be a JSON object {\"value\": \"the new credential\"}"),
            ("no value", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, Encoding.UTF8.GetBytes($"{{\"secret\":\"{leaked}\"}}")), "answered JSON without a string \"value\""),
            ("value not a string", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, "{\"value\":42}"u8.ToArray()), "answered JSON without a string \"value\""),
            ("empty value", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, "{\"value\":\"\"}"u8.ToArray()), "an empty value"),
            ("truncated", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, Encoding.UTF8.GetBytes($"{{\"value\":\"{leaked}")), "not JSON"),
            ("same value", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, Encoding.UTF8.GetBytes($"{{\"value\":\"{Initial}\"}}")), "answered with the current value"),
            ("oversized", "/rotate", (c, id) => receiver.WriteSignedAsync(c, id, Encoding.UTF8.GetBytes($"{{\"value\":\"{leaked}{new string('x', 70_000)}\"}}")), "an answer is at most 64 KiB"),
            ("oversized, chunked", "/rotate", async (c, id) =>
            {
                c.Response.ContentType = "application/json";
                for (var i = 0; i < 20; i++)
                {
                    await c.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(new string('x', 8192)), c.RequestAborted);
                    await c.Response.Body.FlushAsync(c.RequestAborted);
                }
            }, "answered with more than 64 KiB"),
            ("unsigned", "/rotate", (c, id) => c.Response.WriteAsync($"{{\"value\":\"{leaked}\"}}", c.RequestAborted), "answered without a valid Custos-Signature header"),
            ("signed for another request", "/rotate", (c, id) => receiver.WriteSignedAsync(c, Guid.NewGuid().ToString(), Encoding.UTF8.GetBytes($"{{\"value\":\"{leaked}\"}}")), "answered without a valid Custos-Signature header"),
            ("server error", "/rotate", (c, id) => { c.Response.StatusCode = 500; return c.Response.WriteAsync(leaked, c.RequestAborted); }, "answered 500 Internal Server Error; it must answer 200"),
            ("slow", "/rotate", (c, id) => Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted), "did not answer within rotate.webhook.timeout (1s)"),
            ("redirect", "/moved", null, "answered 302 Found; it must answer 200 with {\"value\": \"…\"} (redirects are not followed: configure the final URL)"),
        };
        foreach (var (name, path, answer, expected) in cases)
        {
            receiver.Answer = answer;
            await using var ws = await OpenAsync(new Uri(receiver.Address, path), timeout: "1s");
            var outcome = await ws.Workspace.Rotations.RotateAsync("upstream", "ops@example.com", ActionChannel.Cli, Ct);
            Assert.False(outcome.Succeeded, name);
            Assert.True(outcome.Message.Contains(expected, StringComparison.Ordinal), $"{name}: {outcome.Message}");
            var (value, stored) = await ws.Workspace.Builtin.ReadAsync("upstream", null, Ct);
            Assert.Equal((Initial, 1), (value, stored.Version));
            var records = await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct);
            var failure = Assert.Single(records, r => r.Action == "update" && r.Outcome == ActionOutcome.Denied);
            Assert.Contains(expected, failure.Reasons.Single(), StringComparison.Ordinal);
            AssertNoValue(ws, records, leaked, Initial, SigningKey);
        }

        Assert.Empty(receiver.Refused);
    }

    [Fact]
    public async Task Secrets_with_a_rotator_are_rotated_when_their_schedule_is_due_and_failures_back_off()
    {
        await using var receiver = await RotationReceiver.StartAsync(SigningKey);
        var scopes = Scope(new Uri(receiver.Address, "/rotate")) + "\n" + """
                - secret: secret://builtin/github
                  systems: [github]
                  rotate: 1d
            """;
        await using var ws = await SecretsWorkspace.OpenAsync(scopes: scopes);
        await ws.Workspace.Builtin.SetAsync("rotator-key", SigningKey, "test", Ct);
        await ws.Workspace.Builtin.SetAsync("upstream", Initial, "test", Ct);
        await ws.Workspace.Builtin.SetAsync("github", "ghp_ScheduledRotationTestValue0123456789", "test", Ct);

        Assert.Empty(await ws.Workspace.Rotations.RotateDueAsync(Ct));
        ws.Clock.Advance(TimeSpan.FromDays(31));
        var outcome = Assert.Single(await ws.Workspace.Rotations.RotateDueAsync(Ct));
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(("secret://builtin/upstream", 2), (outcome.Reference.ToString(), outcome.Version));
        Assert.Equal(Assert.Single(receiver.Issued), (await ws.Workspace.Builtin.ReadAsync("upstream", null, Ct)).Value);
        var record = Assert.Single(await ws.Workspace.Store.QueryAsync(new ActionQuery(Limit: 100), Ct), r => r.Action == "update" && r.Principal == "custos");
        Assert.Contains("scheduled: every 30d, webhook, due 2026-12-28", record.Reasons.Single(), StringComparison.Ordinal);

        // github has only a schedule: a random value nobody hands its upstream would break it, so it is left to an operator.
        Assert.Equal(1, (await ws.Workspace.Builtin.ReadAsync("github", null, Ct)).Version.Version);
        Assert.Empty(await ws.Workspace.Rotations.RotateDueAsync(Ct));

        // A failing target is retried after 5 minutes, then 10, not at every run.
        receiver.Answer = (c, _) => { c.Response.StatusCode = 503; return Task.CompletedTask; };
        ws.Clock.Advance(TimeSpan.FromDays(31));
        Assert.False(Assert.Single(await ws.Workspace.Rotations.RotateDueAsync(Ct)).Succeeded);
        ws.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await ws.Workspace.Rotations.RotateDueAsync(Ct));
        ws.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(Assert.Single(await ws.Workspace.Rotations.RotateDueAsync(Ct)).Succeeded);
        ws.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Empty(await ws.Workspace.Rotations.RotateDueAsync(Ct));
        receiver.Answer = null;
        ws.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(Assert.Single(await ws.Workspace.Rotations.RotateDueAsync(Ct)).Succeeded);
    }

    [Fact]
    public async Task An_unreachable_service_fails_the_rotation()
    {
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var ws = await OpenAsync(new Uri($"http://127.0.0.1:{port}/rotate"));
        var outcome = await ws.Workspace.Rotations.RotateAsync("upstream", "ops@example.com", ActionChannel.Cli, Ct);
        Assert.False(outcome.Succeeded);
        Assert.Contains($"http://127.0.0.1:{port}/rotate could not be reached (ConnectionError)", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await ws.Workspace.Builtin.ReadAsync("upstream", null, Ct)).Version.Version);
    }

    private static void AssertNoValue(SecretsWorkspace ws, IReadOnlyList<ActionRecord> records, params string[] values)
    {
        var ledger = string.Join("\n", records.Select(r => $"{r.Resource} {string.Join(" ", r.Reasons)}"));
        var logs = string.Join("\n", ws.Logs);
        foreach (var value in values)
        {
            Assert.DoesNotContain(value, ledger, StringComparison.Ordinal);
            Assert.DoesNotContain(value, logs, StringComparison.Ordinal);
        }
    }
}
