using System.Text.Json.Nodes;

namespace Custos.Cedar.Tests.Differential;

/// <summary>The reference process itself: the answers the properties rely on, and recovery from a crash.</summary>
[Collection(CedarWasmCollection.Name)]
public sealed class CedarWasmPeerTests(CedarWasmPeer peer)
{
    private bool Parses(string text) =>
        peer.Send(new JsonObject { ["op"] = "parse", ["policies"] = text }).GetProperty("ok").GetBoolean();

    [Fact]
    public void The_peer_is_cedar_wasm_4_13_and_tells_valid_from_invalid_policies()
    {
        Assert.Equal("4.13.0", peer.Version);
        Assert.True(Parses("permit(principal, action, resource);"));
        Assert.False(Parses("permit(principal, action, resource)"));
    }

    [Fact]
    public void A_job_that_overflows_the_wasm_stack_is_reported_and_later_jobs_still_get_answers()
    {
        // From about 150 nested parentheses (more once V8 has optimised the module) cedar-wasm's parser overflows the wasm stack, after which that wasm
        // instance fails every call; the fixture restarts it.
        var deep = "permit(principal,action,resource) when { " + new string('(', 20_000) + "true" + new string(')', 20_000) + " };";
        var crash = Assert.Throws<InvalidOperationException>(() => Parses(deep));
        Assert.Contains("wasm stack overflow", crash.Message, StringComparison.Ordinal);
        Assert.True(Parses("permit(principal, action, resource) when { ((true)) };"));
    }
}
