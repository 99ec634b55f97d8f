using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Gateway.Mcp.Upstreams;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Custos.Gateway.Mcp.Notifications;

/// <summary>
/// Requests an upstream server makes of the agent: <c>sampling/createMessage</c> (the server asks the agent's
/// model to write something) and <c>elicitation/create</c> (the server asks the agent's user for input). Both are
/// ways for an untrusted server to reach the agent's model or user, so each is an action of the agent whose call
/// asked for it, through the whole pipeline and recorded:
/// <list type="bullet">
/// <item>sampling is action <c>complete</c> on <c>system.sampling/TOOL</c>; elicitation is action <c>send</c> on
/// <c>system.elicitation/TOOL</c> (TOOL the tool being called). Deny by default: a grant must allow it.</item>
/// <item>the request (its messages, system prompt, question) is screened in like arguments, so an injection
/// planted in it is caught by the screening rules; the agent's answer is screened out before the server gets it.</item>
/// <item>it goes only to the agent whose call is in flight on that server, on that call's own stream. When the
/// server has no call in flight, or calls from more than one, Custos cannot tell whose it is (stdio carries no
/// link between the two), so the request is refused with an error saying so, and recorded.</item>
/// </list>
/// A third, <c>roots/list</c>, is answered by Custos itself from custos.yaml (<see cref="ListRootsAsync"/>).
/// </summary>
public sealed class UpstreamRequestRelay(UpstreamEvents events, ActionPipeline pipeline, IActionRecorder recorder, LogFloodGuard floods, TimeProvider clock) : IHostedService
{
    public const string SampleAction = "complete";
    public const string ElicitAction = "send";
    public const string SamplingPrefix = "sampling/";
    public const string ElicitationPrefix = "elicitation/";
    public const string RootsAction = "send";
    public const string RootsResource = "roots";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        events.Sampling = SampleAsync;
        events.Elicitation = ElicitAsync;
        events.Roots = ListRootsAsync;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        events.Sampling = null;
        events.Elicitation = null;
        events.Roots = null;
        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>roots/list</c> from an upstream: answered with the system's <c>roots</c> from custos.yaml (none by
    /// default), never passed to the agent. The agent's filesystem is not the upstream's business: roots tell a
    /// server where it may work, and that is the operator's decision, made once for every agent that shares the
    /// server; asking the agent would show one agent's workspace to a server that serves them all. Recorded before
    /// it is answered (action <c>send</c> on <c>system.roots</c>); if it cannot be recorded, it is not answered.
    /// A server that asks faster than <c>server.mcp_roots_limit</c> gets a JSON-RPC error instead, unrecorded one
    /// by one but counted into a summary entry with one <c>mcp.roots_flood</c> alert (<see cref="LogFloodGuard"/>),
    /// so a loop of requests cannot grow the ledger.
    /// </summary>
    public async ValueTask<ListRootsResult> ListRootsAsync(UpstreamServer upstream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        var system = upstream.System.Name;
        if (!await floods.AdmitRootsAsync(system, cancellationToken))
        {
            throw new McpException($"Custos refused roots/list from the MCP server '{system}': it asks faster than server.mcp_roots_limit allows; ask again later");
        }

        var roots = upstream.System.Roots;
        var description = roots.Count == 0
            ? $"the MCP server '{system}' asked for roots (roots/list); Custos answered none (no roots: for it in custos.yaml), not the agent's"
            : $"the MCP server '{system}' asked for roots (roots/list); Custos answered the {roots.Count} in custos.yaml, not the agent's: {string.Join(", ", roots)}";
        await recorder.RecordAsync(ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.Mcp, "custos", RootsAction, $"{system}.{RootsResource}", description), cancellationToken);
        return new ListRootsResult { Roots = [.. roots.Select(uri => new Root { Uri = uri })] };
    }

    public ValueTask<CreateMessageResult> SampleAsync(UpstreamServer upstream, CreateMessageRequestParams request, CancellationToken cancellationToken) =>
        RelayAsync(upstream, request, SampleAction, SamplingPrefix, "sampling/createMessage", McpInfo.Of<CreateMessageRequestParams>(),
            async (caller, token) => caller.AgentRequest is { } agent ? await agent.SampleAsync(request, token) : throw Stateless("Sampling"),
            result =>
            {
                var output = new McpTextsOutput();
                for (var i = 0; i < result.Content.Count; i++)
                {
                    var index = i;
                    output.AddContent($"content/{index}", result.Content[index], block => result.Content[index] = block, Core.Configuration.ServerSettings.DefaultMaxMcpBlobBytes);
                }

                return output;
            },
            cancellationToken);

    public ValueTask<ElicitResult> ElicitAsync(UpstreamServer upstream, ElicitRequestParams request, CancellationToken cancellationToken) =>
        RelayAsync(upstream, request, ElicitAction, ElicitationPrefix, "elicitation/create", McpInfo.Of<ElicitRequestParams>(),
            async (caller, token) => caller.AgentRequest is { } agent ? await agent.ElicitAsync(request, token) : throw Stateless("Elicitation"),
            result =>
            {
                var output = new McpTextsOutput();
                if (result.Content is { } content)
                {
                    foreach (var key in content.Keys.ToArray())
                    {
                        if (content[key].ValueKind == JsonValueKind.String)
                        {
                            var name = key;
                            output.Add($"content/{name}", () => content[name].GetString() ?? string.Empty, value => content[name] = JsonSerializer.SerializeToElement(value, McpInfo.Of<string>()));
                        }
                    }
                }

                return output;
            },
            cancellationToken);

    private async ValueTask<TResult> RelayAsync<TRequest, TResult>(
        UpstreamServer upstream,
        TRequest request,
        string verb,
        string prefix,
        string method,
        JsonTypeInfo<TRequest> requestInfo,
        Func<ToolCaller, CancellationToken, Task<TResult>> ask,
        Func<TResult, McpTextsOutput> textsOf,
        CancellationToken cancellationToken)
        where TResult : class
    {
        var system = upstream.System.Name;
        var callers = upstream.CallsInFlight.Select(c => c.Caller).OfType<ToolCaller>().ToArray();
        if (callers.Length != 1 || callers.Select(c => c.Principal.Agent).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            var why = callers.Length == 0
                ? $"Custos refused {method} from the MCP server '{system}': no call of an agent is in flight on it, and a server may ask an agent only while answering that agent's call"
                : $"Custos refused {method} from the MCP server '{system}': calls of more than one agent are in flight on it, and Custos cannot tell whose call asked";
            await recorder.RecordAsync(ActionRecord.ForEvent(clock.GetUtcNow(), ActionChannel.Mcp, "custos", verb, $"{system}.{prefix}unknown", why, denied: true), CancellationToken.None);
            throw new McpException(why);
        }

        var caller = callers[0];
        var resource = $"{system}.{prefix}{caller.Tool}";
        var arguments = JsonSerializer.SerializeToElement(request, requestInfo);
        var action = AgentAction.Create(ActionChannel.Mcp, caller.Principal.Credential, verb, resource, arguments, clock, caller.Principal.Origin);
        var context = await pipeline.RunAsync(action, async (ctx, token) =>
        {
            try
            {
                var result = await ask(caller, token);
                var output = textsOf(result);
                ctx.Findings.AddRange(output.Binaries);
                ctx.Result = result;
                ctx.Output = output;
            }
            catch (McpBlobException ex)
            {
                ctx.Fail(StageName.Forward, $"the agent answered {method} with content Custos cannot screen: {ex.Message}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                ctx.Fail(StageName.Forward, $"the agent of the call did not answer {method} ({(ex is McpException ? UpstreamServer.Truncate(ex.Message, 300) : ex.GetType().Name)})");
            }
        }, cancellationToken);
        if (context.Outcome == ActionOutcome.Success && context.Result is TResult answered)
        {
            return answered;
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new McpException(McpToolGateway.Explain(context, resource));
    }

    /// <summary>What the SDK's stateless server throws when asked for <paramref name="feature"/>: a call served without one is refused alike.</summary>
    private static InvalidOperationException Stateless(string feature) => new($"{feature} is not supported in stateless mode.");
}
