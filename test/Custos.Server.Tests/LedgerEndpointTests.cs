using System.Net;
using Custos.Core.Audit;
using Custos.Ledger.Checkpoints;
using Custos.Ledger.Notes;

namespace Custos.Server.Tests;

/// <summary>GET /api/ledger/checkpoint over real HTTP.</summary>
public sealed class LedgerEndpointTests
{
    [Fact]
    public async Task The_checkpoint_is_a_signed_note_that_verifies_with_the_published_key_and_covers_the_actions()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        var support = await server.IssueAsync("support-agent");
        Assert.Equal("allow", await server.DecideAsync(support, "call", "crm.get_customer"));
        await server.Workspace.Store.Ledger.CheckpointAsync(TestContext.Current.CancellationToken);

        using var response = await server.SendAsync(HttpMethod.Get, "/api/ledger/checkpoint", admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var note = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var vkeyPath = Path.Combine(server.Workspace.Config.DataDirectory, LedgerKeys.VerifierFileName);
        var vkey = NoteVerifierKey.Parse(File.ReadAllText(vkeyPath).Trim()).Value!;
        var checkpoint = Checkpoint.Open(note, [vkey], vkey.Name);
        Assert.True(checkpoint.IsSuccess, checkpoint.Error);
        // The checkpoint covers the action; the operator's read of it is recorded after.
        Assert.InRange(checkpoint.Value!.Size, 2, server.Workspace.Store.Ledger.Size - 1);
    }

    [Fact]
    public async Task An_operator_reading_the_audit_trail_is_itself_recorded_and_refused_when_it_cannot_be()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.IssueAdminAsync();
        using (var response = await server.SendAsync(HttpMethod.Get, "/api/decisions?limit=5", admin))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var read = Assert.Single(await server.RecordsAsync(), r => r.Action == "read" && r.Resource == "custos.audit");
        Assert.StartsWith("operator:", read.Principal, StringComparison.Ordinal);
        Assert.Contains("read the audit trail (/api/decisions)", Assert.Single(read.Reasons), StringComparison.Ordinal);

        server.ExecuteSql("CREATE TRIGGER refuse BEFORE INSERT ON ledger_entries BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        using var refused = await server.SendAsync(HttpMethod.Get, "/api/decisions?limit=5", admin);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.DoesNotContain("\"principal\"", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checkpoint_needs_a_token()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.SendAsync(HttpMethod.Get, "/api/ledger/checkpoint", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
