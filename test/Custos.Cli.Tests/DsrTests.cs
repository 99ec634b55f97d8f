using System.Text.Json;
using Custos.Core.Storage;
using Custos.Ledger.Privacy;
using Custos.Storage.Sqlite;

namespace Custos.Cli.Tests;

/// <summary><c>custos dsr erase</c> and <c>custos dsr list</c> on a real workspace.</summary>
public sealed class DsrTests
{
    private static async Task<SealedPersonalData> SealAsync(TempWorkspace workspace, params string[] subjects)
    {
        await using var store = SqliteStore.Open(workspace.DataDirectory);
        return await store.SubjectKeys.SealAsync(subjects, "{\"email\":\"ada@example.com\"}"u8.ToArray(), TestContext.Current.CancellationToken);
    }

    private static async Task<T> WithStoreAsync<T>(TempWorkspace workspace, Func<SqliteStore, Task<T>> read)
    {
        await using var store = SqliteStore.Open(workspace.DataDirectory);
        return await read(store);
    }

    [Fact]
    public async Task Erase_with_yes_erases_the_key_and_records_the_reference_only()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var sealedData = await SealAsync(workspace, "customer:42", "customer:7");

        var result = (await workspace.RunAsync("dsr", "erase", "customer:42", "--reason", "ticket 1234", "--yes")).Expect(0);

        var subjectRef = sealedData.SubjectRefs[0];
        Assert.Contains($"Erased the key of {subjectRef}", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(OpenStatus.KeyErased, await WithStoreAsync(workspace, s => Task.FromResult(s.SubjectKeys.Open(sealedData.Sealed).Status)));
        var records = await WithStoreAsync(workspace, s => s.QueryAsync(new ActionQuery(Limit: 100), TestContext.Current.CancellationToken));
        var recorded = Assert.Single(records, r => r.Action == "dsr.erase");
        Assert.Equal("subject:" + subjectRef, recorded.Resource);
        Assert.StartsWith("cli:", recorded.Principal, StringComparison.Ordinal);
        Assert.Contains("ticket 1234", recorded.Reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain("customer:42", JsonSerializer.Serialize(records), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_with_json_prints_the_reference_and_time()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var sealedData = await SealAsync(workspace, "customer:42");
        var result = (await workspace.RunAsync("dsr", "erase", "Customer:42", "--yes", "--json")).Expect(0);
        using var document = JsonDocument.Parse(result.StdOut);
        Assert.Equal(sealedData.SubjectRefs[0], document.RootElement.GetProperty("ref").GetString());
        Assert.True(document.RootElement.GetProperty("purged").GetBoolean());
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("erased_at").ValueKind);
    }

    [Fact]
    public async Task Erase_without_yes_and_without_a_terminal_erases_nothing()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var sealedData = await SealAsync(workspace, "customer:42");
        var result = (await workspace.RunAsync("dsr", "erase", "customer:42")).Expect(2);
        Assert.Contains("pass --yes", result.StdErr, StringComparison.Ordinal);
        Assert.True(await WithStoreAsync(workspace, s => Task.FromResult(s.SubjectKeys.Open(sealedData.Sealed).IsOpened)));
    }

    [Fact]
    public async Task Erasing_an_unknown_subject_says_so_and_fails()
    {
        using var workspace = await TempWorkspace.InitAsync();
        await SealAsync(workspace, "customer:42");
        var result = (await workspace.RunAsync("dsr", "erase", "customer:43", "--yes")).Expect(1);
        Assert.Contains("no data subject by that name has a key", result.StdErr, StringComparison.Ordinal);
        var again = (await workspace.RunAsync("dsr", "erase", "customer:42", "--yes")).Expect(0);
        Assert.Contains("Erased", again.StdOut, StringComparison.Ordinal);
        (await workspace.RunAsync("dsr", "erase", "customer:42", "--yes")).Expect(1);
    }

    [Fact]
    public async Task A_reason_that_names_the_subject_is_refused()
    {
        using var workspace = await TempWorkspace.InitAsync();
        await SealAsync(workspace, "customer:42");
        var result = (await workspace.RunAsync("dsr", "erase", "customer:42", "--reason", "Customer:42 asked", "--yes")).Expect(2);
        Assert.Contains("--reason must not name the data subject", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_references_and_status_but_never_identities_or_keys()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var sealedData = await SealAsync(workspace, "customer:42", "customer:7");
        (await workspace.RunAsync("dsr", "erase", "customer:42", "--yes")).Expect(0);

        var table = (await workspace.RunAsync("dsr", "list")).Expect(0);
        Assert.Contains(sealedData.SubjectRefs[0], table.StdOut, StringComparison.Ordinal);
        Assert.Contains("erased", table.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("customer", table.StdOut, StringComparison.Ordinal);

        var json = (await workspace.RunAsync("dsr", "list", "--json")).Expect(0);
        using var document = JsonDocument.Parse(json.StdOut);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["erased", "active"], items.Select(i => i.GetProperty("status").GetString()).OrderBy(s => s, StringComparer.Ordinal).Reverse());
        Assert.DoesNotContain("customer", json.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_on_a_new_workspace_explains_how_keys_are_made()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("dsr", "list")).Expect(0);
        Assert.Contains("No data subjects yet", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_subject_is_a_usage_error()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("dsr", "erase", " ", "--yes")).Expect(2);
        Assert.Contains("SUBJECT: a data subject is 1 to 256 characters", result.StdErr, StringComparison.Ordinal);
    }
}
