using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Pipeline;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// Notifications from upstream servers reach agents only through Custos's judgement: the hostile server (over
/// stdio, one long session) logs secrets and injections, changes its tools, prompts and resources mid-session and
/// announces resource updates; server-everything does the same for real. Each path is checked for the right
/// session only, nothing to a halted agent, and nothing unscreened.
/// </summary>
public sealed class NotificationTests : IAsyncLifetime
{
    public const string TokenVariable = "CUSTOS_MCP_TEST_HOSTILE_TOKEN";

    // The hostile server holds the poisoned texts (an agent's arguments carrying them would be stopped at screen-in).
    private const string Poisoned = "POISON";

    private GatewayServer server = null!;
    private string token = null!;

    public static string Yaml(string dir) => $"""
        version: 1
        data_dir: .custos
        server:
          failed_auth_limit: 0
          max_mcp_blob_bytes: 65536
        agents:
          - name: dev-agent
            owner: platform@example.com
            purpose: Uses a server that cannot be trusted.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Software development.
          - name: ops-agent
            owner: ops@example.com
            purpose: Watches the same server.
            gdpr:
              lawful_basis: legitimate_interests
              processing_purpose: Operations.
          - name: support-agent
            owner: support@example.com
            purpose: Logs through the server but sees none of its tools.
            gdpr:
              lawful_basis: contract
              processing_purpose: Customer support.
        systems:
          - name: hostile
            kind: mcp
            command: ["node", "{Path.Combine(McpPeers.Folder, "hostile-server.mjs").Replace("\\", "\\\\", StringComparison.Ordinal)}", "stdio"]
            credentials:
              HOSTILE_TOKEN: secret://env/{TokenVariable}
          - name: everything
            kind: mcp
            command: {McpPeers.Command("server-everything", "stdio")}
        grants:
          - id: dev-hostile
            agent: dev-agent
            system: hostile
            actions: [call]
            tools: [shifty, mutate, mutate-catalog, log, touch, blob]
          - id: dev-hostile-read
            agent: dev-agent
            system: hostile
            actions: [read]
            tools: ["log/*", "prompt/*", "resource/hostile/notes/*"]
          - id: ops-hostile
            agent: ops-agent
            system: hostile
            actions: [call]
            tools: [shifty, log]
          - id: ops-hostile-read
            agent: ops-agent
            system: hostile
            actions: [read]
            tools: ["log/*", "resource/hostile/notes/*"]
          - id: support-hostile
            agent: support-agent
            system: hostile
            actions: [call]
            tools: [log]
          - id: dev-everything
            agent: dev-agent
            system: everything
            actions: [call]
            tools: [toggle-simulated-logging, toggle-subscriber-updates, trigger-sampling-request, trigger-elicitation-request, get-tiny-image]
          - id: dev-everything-read
            agent: dev-agent
            system: everything
            actions: [read]
            tools: ["log/*", "resource/demo/resource/static/*", "resource/demo/resource/dynamic/blob/*"]
          - id: dev-everything-sampling
            agent: dev-agent
            system: everything
            actions: [complete]
            tools: ["sampling/trigger-sampling-request"]
          - id: dev-everything-elicitation
            agent: dev-agent
            system: everything
            actions: [send]
            tools: ["elicitation/trigger-elicitation-request"]
          - id: ops-everything
            agent: ops-agent
            system: everything
            actions: [call]
            tools: [trigger-sampling-request, trigger-elicitation-request]
        """;

    public async ValueTask InitializeAsync()
    {
        token = "hostile-token-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(TokenVariable, token);
        server = await GatewayServer.StartAsync(Yaml);
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            // What the gateway logged, to see where a notification went.
            foreach (var line in server.Logs.Where(l => l.Contains("Custos.Gateway", StringComparison.Ordinal)).TakeLast(60))
            {
                TestContext.Current.SendDiagnosticMessage(line.Length > 400 ? line[..400] : line);
            }
        }

        await server.DisposeAsync();
    }

    private static Dictionary<string, object?> Args(string name, object? value) => new() { [name] = value };

    private static async Task<string[]> HostileResourcesAsync(SessionClient session) =>
        [.. (await session.Client.ListResourcesAsync(cancellationToken: TestContext.Current.CancellationToken)).Select(r => r.Uri).Where(u => u.StartsWith("hostile+", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private async Task<int> CountAsync(Func<Core.Storage.ActionRecord, bool> match) => (await server.RecordsAsync()).Count(match);

    [Fact(Timeout = 90_000)]
    public async Task Log_messages_reach_only_sessions_that_asked_and_may_read_the_log_screened_and_recorded()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var asked = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var silent = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var unallowed = await SessionClient.ConnectAsync(server, "support-agent");
        await asked.Client.SetLoggingLevelAsync(LoggingLevel.Warning, cancellationToken: cancel);
        await unallowed.Client.SetLoggingLevelAsync(LoggingLevel.Debug, cancellationToken: cancel);

        // Its level is honoured (warning and error of the four), the e-mail address in the message is redacted,
        // the logger is named by its system, and each delivery is recorded.
        await asked.CallAsync("hostile.log", Args("text", "mail ada.lovelace@example.com about it"));
        await asked.WaitForAsync(s => s.Logs.Count >= 2, "two log messages");
        await SessionClient.SettleAsync();
        var logs = asked.Logs;
        // The SDK client hands each notification to its handler on its own task, so they may be seen out of order.
        Assert.Equal([LoggingLevel.Warning, LoggingLevel.Error], logs.Select(l => l.Level).Order());
        Assert.All(logs, l => Assert.Equal("hostile.audit", l.Logger));
        Assert.All(logs, l => Assert.DoesNotContain("ada.lovelace@example.com", l.Data.GetString(), StringComparison.Ordinal));
        Assert.All(logs, l => Assert.Contains("mail ", l.Data.GetString(), StringComparison.Ordinal));
        Assert.Empty(silent.Logs);
        Assert.Empty(unallowed.Logs);
        Assert.Equal(2, await CountAsync(r => r.Resource == "hostile.log/audit" && r.Principal == "dev-agent" && r.Outcome == ActionOutcome.Success));
        Assert.Equal(0, await CountAsync(r => r.Resource == "hostile.log/audit" && r.Principal == "support-agent"));

        // A log message holding a secret Custos keeps is withheld, recorded as stopped at screen-out and alerted.
        await asked.CallAsync("hostile.log", Args("text", "SECRET"));
        var leak = $"secret.leak:secret://env/{TokenVariable}";
        for (var i = 0; i < 100 && await CountAsync(r => r.Action == "alert" && r.Resource == leak) == 0; i++)
        {
            await Task.Delay(50, cancel);
        }

        await SessionClient.SettleAsync();
        Assert.Equal(2, asked.Logs.Count);
        Assert.True(await CountAsync(r => r.Action == "alert" && r.Resource == leak) >= 1);
        Assert.Contains(await server.RecordsAsync(), r => r.Resource == "hostile.log/audit" && r.Outcome == ActionOutcome.Denied && r.StoppedAt == StageName.ScreenOut
            && r.Findings!.Any(f => f.Type == Core.Screening.Screener.KnownSecret));

        // An injection planted in a log message is blocked like one in a result.
        await asked.CallAsync("hostile.log", Args("text", "INJECT"));
        await SessionClient.SettleAsync();
        Assert.Equal(2, asked.Logs.Count);
        Assert.Contains(await server.RecordsAsync(), r => r.Resource == "hostile.log/audit" && r.Outcome == ActionOutcome.Denied && r.Findings!.Any(f => f.Type == "PROMPT_INJECTION"));
        Assert.DoesNotContain(asked.Received.Concat(silent.Received).Concat(unallowed.Received), n => n.Params?.ToJsonString().Contains(token, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(server.Logs, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact(Timeout = 90_000)]
    public async Task Log_level_of_a_real_server_is_set_through_custos_and_its_messages_arrive()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        await dev.Client.SetLoggingLevelAsync(LoggingLevel.Debug, cancellationToken: cancel);
        await dev.CallAsync("everything.toggle-simulated-logging");
        await dev.WaitForAsync(s => s.Logs.Count >= 1, "a log message from server-everything", seconds: 15);
        Assert.All(dev.Logs, l => Assert.Equal("everything", l.Logger));
        Assert.Contains(await server.RecordsAsync(), r => r.Resource.StartsWith("everything.log/", StringComparison.Ordinal) && r.Principal == "dev-agent" && r.Outcome == ActionOutcome.Success);
        await dev.CallAsync("everything.toggle-simulated-logging");
    }

    [Fact(Timeout = 90_000)]
    public async Task Tools_list_changed_is_rescreened_before_and_reaches_only_sessions_whose_list_changed()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var ops = await SessionClient.ConnectAsync(server, "ops-agent");
        await using var support = await SessionClient.ConnectAsync(server, "support-agent");
        await using var unlisted = await SessionClient.ConnectAsync(server, "dev-agent");
        Assert.Contains("hostile.shifty", (await dev.Client.ListToolsAsync(cancellationToken: cancel)).Select(t => t.Name));
        Assert.Contains("hostile.shifty", (await ops.Client.ListToolsAsync(cancellationToken: cancel)).Select(t => t.Name));
        Assert.Equal(["hostile.log"], (await support.Client.ListToolsAsync(cancellationToken: cancel)).Select(t => t.Name));

        // The alert for the poisoned definition exists by the time any agent hears of the change.
        var alertedFirst = new TaskCompletionSource<bool>();
        await using var check = dev.Client.RegisterNotificationHandler(NotificationMethods.ToolListChangedNotification, async (_, _) =>
            alertedFirst.TrySetResult((await server.RecordsAsync()).Any(r => r.Action == "alert" && r.Resource == "mcp.tool_poisoned:hostile.shifty")));
        await dev.CallAsync("hostile.mutate", Args("description", Poisoned));
        Assert.True(await alertedFirst.Task.WaitAsync(TimeSpan.FromSeconds(10), cancel));
        await ops.WaitForAsync(s => s.Of(NotificationMethods.ToolListChangedNotification).Count == 1, "tools/list_changed");
        await SessionClient.SettleAsync();
        Assert.Single(dev.Of(NotificationMethods.ToolListChangedNotification));
        Assert.Empty(support.Of(NotificationMethods.ToolListChangedNotification));
        Assert.Empty(unlisted.Of(NotificationMethods.ToolListChangedNotification));
        Assert.DoesNotContain("hostile.shifty", (await dev.Client.ListToolsAsync(cancellationToken: cancel)).Select(t => t.Name));

        // A change that leaves the list the agents see as it was (shifty is still blocked) tells no one.
        await dev.CallAsync("hostile.mutate", Args("description", "POISON2"));
        await SessionClient.SettleAsync();
        Assert.Single(dev.Of(NotificationMethods.ToolListChangedNotification));
        Assert.Single(ops.Of(NotificationMethods.ToolListChangedNotification));
        Assert.Equal(2, await CountAsync(r => r.Action == "alert" && r.Resource == "mcp.tool_poisoned:hostile.shifty"));
    }

    [Fact(Timeout = 90_000)]
    public async Task Nothing_reaches_a_halted_agent()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var ops = await SessionClient.ConnectAsync(server, "ops-agent");
        foreach (var session in new[] { dev, ops })
        {
            await session.Client.SetLoggingLevelAsync(LoggingLevel.Debug, cancellationToken: cancel);
            await session.Client.ListToolsAsync(cancellationToken: cancel);
            await session.Client.SubscribeToResourceAsync("hostile+hostile://notes/1", cancellationToken: cancel);
        }

        var halted = DateTimeOffset.UtcNow;
        await server.Workspace.Control.ChangeAsync(server.Workspace.Config.FindAgent("ops-agent")!, AgentStatus.Halted, "test", "test-operator", ActionChannel.Cli, cancel);
        await dev.CallAsync("hostile.log", Args("text", "after the halt"));
        await dev.CallAsync("hostile.touch", Args("uri", "hostile://notes/1"));
        await dev.CallAsync("hostile.mutate", Args("description", "Returns a warm greeting."));
        // Only the hostile server's four (server-everything logs too: that it got Custos's roots when it connected).
        await dev.WaitForAsync(s => s.Logs.Count(l => l.Logger == "hostile.audit") == 4 && s.Of(NotificationMethods.ResourceUpdatedNotification).Count == 1 && s.Of(NotificationMethods.ToolListChangedNotification).Count == 1, "a log, an update and a list change");
        await SessionClient.SettleAsync();
        Assert.Empty(ops.Received);
        Assert.Equal(0, await CountAsync(r => r.Resource == "hostile.log/audit" && r.Principal == "ops-agent" && r.At >= halted && r.Outcome == ActionOutcome.Success));
    }

    [Fact(Timeout = 90_000)]
    public async Task Resource_updates_go_only_to_sessions_subscribed_and_allowed_to_read()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var subscribed = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var other = await SessionClient.ConnectAsync(server, "dev-agent");
        await subscribed.Client.SubscribeToResourceAsync("hostile+hostile://notes/1", cancellationToken: cancel);
        var record = await server.RecordOfAsync("hostile.resource/hostile/notes/1");
        Assert.Equal(("dev-agent", "read", ActionOutcome.Success), (record.Principal, record.Action, record.Outcome));

        var refused = await Assert.ThrowsAsync<McpProtocolException>(async () => await subscribed.Client.SubscribeToResourceAsync("hostile+hostile://secret/1", cancellationToken: cancel));
        Assert.Contains("at the authorize stage", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StageName.Authorize, (await server.RecordOfAsync("hostile.resource/hostile/secret/1")).StoppedAt);

        await other.CallAsync("hostile.touch", Args("uri", "hostile://notes/1"));
        await other.CallAsync("hostile.touch", Args("uri", "hostile://secret/1"));
        await subscribed.WaitForAsync(s => s.Of(NotificationMethods.ResourceUpdatedNotification).Count == 1, "resources/updated");
        await SessionClient.SettleAsync();
        var updated = Assert.Single(subscribed.Of(NotificationMethods.ResourceUpdatedNotification));
        Assert.Equal("hostile+hostile://notes/1", updated.Params!["uri"]!.GetValue<string>());
        Assert.Empty(other.Received);

        await subscribed.Client.UnsubscribeFromResourceAsync("hostile+hostile://notes/1", cancellationToken: cancel);
        await other.CallAsync("hostile.touch", Args("uri", "hostile://notes/1"));
        await SessionClient.SettleAsync();
        Assert.Single(subscribed.Of(NotificationMethods.ResourceUpdatedNotification));

        // A stateless client (the 2026-07-28 protocol) has no stream to send updates on, and is told so.
        await using var stateless = await server.ConnectAsAsync("dev-agent");
        var noSession = await Assert.ThrowsAnyAsync<Exception>(async () => await stateless.SubscribeToResourceAsync("hostile+hostile://notes/1", cancellationToken: cancel));
        Assert.Contains("resources/subscribe", noSession.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 90_000)]
    public async Task Resource_updates_of_a_real_server_reach_the_subscribed_session()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        var doc = (await dev.Client.ListResourcesAsync(cancellationToken: cancel)).First(r => r.Uri.StartsWith("everything+demo://resource/static/", StringComparison.Ordinal)).Uri;
        await dev.Client.SubscribeToResourceAsync(doc, cancellationToken: cancel);
        await dev.CallAsync("everything.toggle-subscriber-updates");
        await dev.WaitForAsync(s => s.Of(NotificationMethods.ResourceUpdatedNotification).Count >= 1, "resources/updated from server-everything", seconds: 15);
        Assert.All(dev.Of(NotificationMethods.ResourceUpdatedNotification), n => Assert.Equal(doc, n.Params!["uri"]!.GetValue<string>()));
        await dev.CallAsync("everything.toggle-subscriber-updates");
    }

    [Fact(Timeout = 90_000)]
    public async Task Prompt_and_resource_changes_are_screened_pinned_and_alerted_before_sessions_are_told()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");
        await using var ops = await SessionClient.ConnectAsync(server, "ops-agent");
        Assert.Equal(["hostile.brief"], (await dev.Client.ListPromptsAsync(cancellationToken: cancel)).Select(p => p.Name));
        Assert.Equal(["hostile+hostile://notes/1", "hostile+hostile://notes/2"], await HostileResourcesAsync(dev));
        Assert.Empty(await ops.Client.ListPromptsAsync(cancellationToken: cancel));
        Assert.Equal(2, (await HostileResourcesAsync(ops)).Length);

        await dev.CallAsync("hostile.mutate-catalog", Args("description", Poisoned));
        await dev.WaitForAsync(s => s.Of(NotificationMethods.PromptListChangedNotification).Count == 1 && s.Of(NotificationMethods.ResourceListChangedNotification).Count == 1, "prompts and resources list_changed");
        await ops.WaitForAsync(s => s.Of(NotificationMethods.ResourceListChangedNotification).Count == 1, "resources/list_changed");
        await SessionClient.SettleAsync();
        Assert.Empty(ops.Of(NotificationMethods.PromptListChangedNotification));
        Assert.Equal(1, await CountAsync(r => r.Action == "alert" && r.Resource == "mcp.prompt_poisoned:hostile.prompt/brief"));
        Assert.Equal(1, await CountAsync(r => r.Action == "alert" && r.Resource == "mcp.resource_poisoned:hostile.resource/hostile/notes/2"));
        Assert.Empty(await dev.Client.ListPromptsAsync(cancellationToken: cancel));
        Assert.Equal(["hostile+hostile://notes/1"], await HostileResourcesAsync(dev));
        var refused = await Assert.ThrowsAsync<McpProtocolException>(async () => await dev.Client.GetPromptAsync("hostile.brief", cancellationToken: cancel));
        Assert.Contains("prompt is blocked as poisoned", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("id_rsa", refused.Message, StringComparison.Ordinal);

        // The operator sees it with the tools, and may accept that definition alone.
        var list = (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "list"])).Expect(0);
        Assert.Contains(list.StdOut.Split('\n'), line => line.StartsWith("hostile.prompt/brief", StringComparison.Ordinal) && line.Contains("POISONED", StringComparison.Ordinal));
        Assert.Contains(list.StdOut.Split('\n'), line => line.StartsWith("hostile.resource/hostile/notes/2", StringComparison.Ordinal) && line.Contains("POISONED", StringComparison.Ordinal));
        (await Cli.Tests.CustosExecutable.RunAsync(server.Directory, ["tools", "approve", "hostile.prompt/brief", "--accept-poisoned"])).Expect(0);
        Assert.Contains(await server.RecordsAsync(), r => r.Action == "approve" && r.Resource == "hostile.prompt/brief");
        await using var again = await SessionClient.ConnectAsync(server, "dev-agent");
        Assert.Equal(["hostile.brief"], (await again.Client.ListPromptsAsync(cancellationToken: cancel)).Select(p => p.Name));
        Assert.NotEmpty((await again.Client.GetPromptAsync("hostile.brief", cancellationToken: cancel)).Messages);
    }

    [Fact(Timeout = 90_000)]
    public async Task Sampling_goes_to_the_calling_session_only_as_an_authorized_recorded_and_screened_action()
    {
        var cancel = TestContext.Current.CancellationToken;
        CreateMessageResult Answer(CreateMessageRequestParams request) => new()
        {
            Model = "test-model",
            Content = [new TextContentBlock { Text = "Paris is lovely; write to ada.lovelace@example.com" }],
        };
        await using var caller = await SessionClient.ConnectAsync(server, "dev-agent", Answer);
        await using var bystander = await SessionClient.ConnectAsync(server, "dev-agent", Answer);
        await using var ops = await SessionClient.ConnectAsync(server, "ops-agent", Answer);

        var text = await caller.CallAsync("everything.trigger-sampling-request", new Dictionary<string, object?> { ["prompt"] = "Say something about Paris", ["maxTokens"] = 20 });
        Assert.Contains("Paris is lovely", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada.lovelace@example.com", text, StringComparison.Ordinal);
        Assert.Equal(1, caller.SamplingRequests);
        Assert.Equal(0, bystander.SamplingRequests);
        var record = await server.RecordOfAsync("everything.sampling/trigger-sampling-request");
        Assert.Equal(("dev-agent", "complete", ActionOutcome.Success), (record.Principal, record.Action, record.Outcome));
        Assert.Contains("dev-everything-sampling", record.Policies);

        // An agent may call the tool, but policy does not let the server sample through it: refused and recorded.
        var refused = await ops.Client.CallToolAsync("everything.trigger-sampling-request", new Dictionary<string, object?> { ["prompt"] = "hi", ["maxTokens"] = 5 }, cancellationToken: cancel);
        Assert.True(refused.IsError);
        Assert.Equal(0, ops.SamplingRequests);
        Assert.Contains(await server.RecordsAsync(), r => r.Principal == "ops-agent" && r.Resource == "everything.sampling/trigger-sampling-request" && r.Outcome == ActionOutcome.Denied && r.StoppedAt == StageName.Authorize);
    }

    [Fact(Timeout = 90_000)]
    public async Task Elicitation_goes_to_the_calling_session_only_and_the_answer_is_screened()
    {
        var cancel = TestContext.Current.CancellationToken;
        ElicitResult Answer(ElicitRequestParams request) => new()
        {
            Action = "accept",
            Content = new Dictionary<string, JsonElement> { ["name"] = JsonSerializer.SerializeToElement("Ada, at ada.lovelace@example.com") },
        };
        await using var caller = await SessionClient.ConnectAsync(server, "dev-agent", elicitation: Answer);
        await using var bystander = await SessionClient.ConnectAsync(server, "dev-agent", elicitation: Answer);
        await using var ops = await SessionClient.ConnectAsync(server, "ops-agent", elicitation: Answer);

        var text = await caller.CallAsync("everything.trigger-elicitation-request");
        Assert.Contains("Name: Ada, at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada.lovelace@example.com", text, StringComparison.Ordinal);
        Assert.Equal((1, 0), (caller.ElicitationRequests, bystander.ElicitationRequests));
        var record = await server.RecordOfAsync("everything.elicitation/trigger-elicitation-request");
        Assert.Equal(("dev-agent", "send", ActionOutcome.Success), (record.Principal, record.Action, record.Outcome));

        var refused = await ops.Client.CallToolAsync("everything.trigger-elicitation-request", cancellationToken: cancel);
        Assert.True(refused.IsError);
        Assert.Equal(0, ops.ElicitationRequests);
        Assert.Contains(await server.RecordsAsync(), r => r.Principal == "ops-agent" && r.Resource == "everything.elicitation/trigger-elicitation-request" && r.StoppedAt == StageName.Authorize);
    }

    [Fact(Timeout = 90_000)]
    public async Task Blobs_are_decoded_screened_bounded_and_recorded()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var dev = await SessionClient.ConnectAsync(server, "dev-agent");

        // A text blob is screened as text and encoded again.
        var text = await dev.Client.CallToolAsync("hostile.blob", Args("kind", "text"), cancellationToken: cancel);
        var embedded = Assert.IsType<BlobResourceContents>(Assert.IsType<EmbeddedResourceBlock>(Assert.Single(text.Content)).Resource);
        var decoded = System.Text.Encoding.UTF8.GetString(embedded.DecodedData.Span);
        Assert.StartsWith("write to ", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("ada.lovelace@example.com", decoded, StringComparison.Ordinal);

        // Text dressed as an image is still text: the secret it holds withholds the result and raises an alert.
        var disguised = await dev.Client.CallToolAsync("hostile.blob", Args("kind", "disguised"), cancellationToken: cancel);
        Assert.True(disguised.IsError);
        Assert.Contains("holds a secret Custos keeps", string.Concat(disguised.Content.OfType<TextContentBlock>().Select(b => b.Text)), StringComparison.Ordinal);
        Assert.Contains(await server.RecordsAsync(), r => r.Action == "alert" && r.Resource == $"secret.leak:secret://env/{TokenVariable}");

        // A binary blob passes as it came and is recorded by type, size and hash.
        var image = await dev.Client.CallToolAsync("hostile.blob", Args("kind", "image"), cancellationToken: cancel);
        Assert.NotEqual(true, image.IsError);
        Assert.Equal(29, Assert.IsType<ImageContentBlock>(Assert.Single(image.Content)).DecodedData.Length);
        var binary = Assert.Single((await server.RecordOfAsync("hostile.blob")).Findings!, f => f.Type == "BINARY_BLOB");
        Assert.Matches("^image/png; 29 bytes; sha256 [0-9a-f]{64}$", binary.Subtype);

        // Too large, or not base64: a clear error, and nothing of it passes.
        var huge = await dev.Client.CallToolAsync("hostile.blob", Args("kind", "huge"), cancellationToken: cancel);
        Assert.True(huge.IsError);
        Assert.Contains("server.max_mcp_blob_bytes (65536)", string.Concat(huge.Content.OfType<TextContentBlock>().Select(b => b.Text)), StringComparison.Ordinal);
        var malformed = await dev.Client.CallToolAsync("hostile.blob", Args("kind", "malformed"), cancellationToken: cancel);
        Assert.True(malformed.IsError);
        Assert.Equal(ActionOutcome.Failure, (await server.RecordOfAsync("hostile.blob")).Outcome);
        Assert.All(malformed.Content, c => Assert.IsType<TextContentBlock>(c));

        // The real server: a text/plain blob resource is read decoded and screened; its tiny image passes, recorded.
        var read = await dev.Client.ReadResourceAsync("everything+demo://resource/dynamic/blob/3", cancellationToken: cancel);
        Assert.StartsWith("Resource 3: This is a base64 blob", System.Text.Encoding.UTF8.GetString(Assert.IsType<BlobResourceContents>(Assert.Single(read.Contents)).DecodedData.Span), StringComparison.Ordinal);
        var tiny = await dev.Client.CallToolAsync("everything.get-tiny-image", cancellationToken: cancel);
        Assert.Contains(tiny.Content, c => c is ImageContentBlock);
        Assert.Contains((await server.RecordOfAsync("everything.get-tiny-image")).Findings!, f => f.Type == "BINARY_BLOB" && f.Subtype!.StartsWith("image/png; ", StringComparison.Ordinal));
    }
}
