using Custos.Core.Pipeline;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Custos.Mcp.Tests;

/// <summary>
/// Prompts and resources of the real npm server-everything through the gateway: listed under their system and
/// filtered by Cedar (<c>read</c> on <c>system.prompt/NAME</c> and <c>system.resource/URI</c>), fetched through
/// the whole pipeline, recorded, and screened on the way out.
/// </summary>
public sealed class PromptAndResourceTests : IAsyncLifetime
{
    private GatewayServer server = null!;

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable(GatewayServer.SecretVariable, "test-token-" + Guid.NewGuid().ToString("N"));
        server = await GatewayServer.StartAsync();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Prompts_are_listed_by_policy_and_fetched_through_the_pipeline()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var client = await server.ConnectAsAsync("dev-agent");
        var names = (await client.ListPromptsAsync(cancellationToken: cancel)).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["everything.args-prompt", "everything.simple-prompt"], names);

        var prompt = await client.GetPromptAsync("everything.args-prompt", new Dictionary<string, object?> { ["city"] = "Paris" }, cancellationToken: cancel);
        Assert.Equal("What's weather in Paris?", Assert.IsType<TextContentBlock>(Assert.Single(prompt.Messages).Content).Text);
        var record = await server.RecordOfAsync("everything.prompt/args-prompt");
        Assert.Equal(("dev-agent", "read", ActionOutcome.Success), (record.Principal, record.Action, record.Outcome));
        Assert.Contains("dev-reads-everything", record.Policies);

        // Screened out: the email address the prompt echoes is redacted (screening default for EMAIL_ADDRESS out).
        var screened = await client.GetPromptAsync("everything.args-prompt", new Dictionary<string, object?> { ["city"] = "ada.lovelace@example.com" }, cancellationToken: cancel);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(screened.Messages).Content).Text;
        Assert.DoesNotContain("ada.lovelace@example.com", text, StringComparison.Ordinal);
        Assert.StartsWith("What's weather in ", text, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<McpProtocolException>(async () => await client.GetPromptAsync("everything.resource-prompt", new Dictionary<string, object?> { ["resourceType"] = "Text", ["resourceId"] = "1" }, cancellationToken: cancel));
        Assert.Contains("Custos denied everything.resource-prompt at the authorize stage", refused.Message, StringComparison.Ordinal);
        var denied = await server.RecordOfAsync("everything.prompt/resource-prompt");
        Assert.Equal((ActionOutcome.Denied, StageName.Authorize), (denied.Outcome, denied.StoppedAt));

        var malformed = await Assert.ThrowsAsync<McpProtocolException>(async () => await client.GetPromptAsync("args-prompt", cancellationToken: cancel));
        Assert.Contains("system.prompt", malformed.Message, StringComparison.Ordinal);

        await using var support = await server.ConnectAsAsync("support-agent");
        Assert.Empty(await support.ListPromptsAsync(cancellationToken: cancel));
    }

    [Fact]
    public async Task Resources_and_templates_are_listed_by_policy_and_read_through_the_pipeline()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var client = await server.ConnectAsAsync("dev-agent");
        var resources = await client.ListResourcesAsync(cancellationToken: cancel);
        Assert.NotEmpty(resources);
        Assert.All(resources, r => Assert.StartsWith("everything+demo://resource/static/document/", r.Uri, StringComparison.Ordinal));
        Assert.Contains(resources, r => r.Uri.EndsWith("/features.md", StringComparison.Ordinal));

        var templates = (await client.ListResourceTemplatesAsync(cancellationToken: cancel)).Select(t => t.UriTemplate).ToArray();
        Assert.Equal(["everything+demo://resource/dynamic/text/{resourceId}"], templates);

        var read = await client.ReadResourceAsync("everything+demo://resource/dynamic/text/3", cancellationToken: cancel);
        var content = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents));
        Assert.StartsWith("Resource 3: This is a plaintext resource", content.Text, StringComparison.Ordinal);
        Assert.Equal("everything+demo://resource/dynamic/text/3", content.Uri);
        var record = await server.RecordOfAsync("everything.resource/demo/resource/dynamic/text/3");
        Assert.Equal(("dev-agent", "read", ActionOutcome.Success), (record.Principal, record.Action, record.Outcome));

        var doc = await client.ReadResourceAsync(resources.First(r => r.Uri.EndsWith("/features.md", StringComparison.Ordinal)).Uri, cancellationToken: cancel);
        Assert.NotEmpty(Assert.IsType<TextResourceContents>(Assert.Single(doc.Contents)).Text);

        var blob = await Assert.ThrowsAsync<McpProtocolException>(async () => await client.ReadResourceAsync("everything+demo://resource/dynamic/blob/3", cancellationToken: cancel));
        Assert.Contains("Custos denied everything.resource/demo/resource/dynamic/blob/3 at the authorize stage", blob.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<McpProtocolException>(async () => await client.ReadResourceAsync("demo://resource/dynamic/text/3", cancellationToken: cancel));
        Assert.Contains("system+uri", unknown.Message, StringComparison.Ordinal);
        var nowhere = await Assert.ThrowsAsync<McpProtocolException>(async () => await client.ReadResourceAsync("nowhere+demo://x", cancellationToken: cancel));
        Assert.Contains("nowhere", nowhere.Message, StringComparison.Ordinal);

        await using var support = await server.ConnectAsAsync("support-agent");
        Assert.Empty(await support.ListResourcesAsync(cancellationToken: cancel));
    }
}
