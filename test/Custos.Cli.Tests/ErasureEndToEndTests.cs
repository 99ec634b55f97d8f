using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Core.Audit;
using Custos.Ledger.Entries;
using Custos.Ledger.Notes;
using Custos.Ledger.Privacy;
using Custos.Ledger.Verification;
using Custos.Storage.Sqlite;

namespace Custos.Cli.Tests;

/// <summary>
/// The right to erasure end to end: an agent names a data subject through the authorize API of a running
/// <c>custos serve</c>; the ledger keeps the context sealed; <c>custos dsr erase</c> beside the server makes it
/// unreadable; the ledger still verifies.
/// </summary>
public sealed class ErasureEndToEndTests
{
    private const string Context = """{"customer": 42, "email": "ada@example.com"}""";

    [Fact]
    public async Task An_action_about_a_subject_is_sealed_opens_until_erased_and_the_ledger_still_verifies()
    {
        var ct = TestContext.Current.CancellationToken;
        using var workspace = await TempWorkspace.InitAsync();
        var (token, _) = await TokenTests.IssueAsync(workspace, "support-agent");
        var database = Path.Combine(workspace.DataDirectory, SqliteStore.FileName);
        var server = await CustosServer.StartAsync(workspace);
        string subjectRef;
        JsonNode sealedObject;
        try
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            using (var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/authorize", UriKind.Relative)))
            {
                request.Content = new StringContent(
                    $$"""{"action": "call", "resource": "crm.get_customer", "context": {{Context}}, "dataSubjects": ["customer:42"]}""", Encoding.UTF8, "application/json");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, body);
                Assert.Contains("\"decision\":\"allow\"", body, StringComparison.Ordinal);
            }

            // The entry names the subject only by reference; the payload holds the context only sealed.
            (subjectRef, sealedObject) = FindSealed(database);
            Assert.Matches("^ds_[a-z2-7]{26}$", subjectRef);
            Assert.False(RawContains(database, "ada@example.com"), "the personal data is stored in the clear");
            Assert.False(RawContains(database, "customer:42"), "the subject's identity is stored in the clear");
            var keys = new SqliteSubjectKeys(database);
            var opened = keys.Open(sealedObject);
            Assert.True(opened.IsOpened, opened.Status.ToString());
            Assert.Equal(Context, Encoding.UTF8.GetString(opened.Plaintext!));

            // Erased from the CLI while the server runs.
            var erase = (await workspace.RunAsync("dsr", "erase", "customer:42", "--reason", "erasure request 17", "--yes")).Expect(0);
            Assert.Contains(subjectRef, erase.StdOut, StringComparison.Ordinal);
            var after = keys.Open(sealedObject);
            Assert.Equal((OpenStatus.KeyErased, subjectRef), (after.Status, after.SubjectRef));
        }
        finally
        {
            await server.KillAsync();
        }

        // Sign a checkpoint over everything (the store checks the ledger against its last checkpoint on open), then
        // verify the file as an auditor would: every entry, every payload against its digest, every checkpoint.
        await using (var store = SqliteStore.Open(workspace.DataDirectory))
        {
            await store.Ledger.CheckpointAsync(ct);
        }

        var vkey = NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(workspace.DataDirectory, LedgerKeys.VerifierFileName)).Trim()).Value!;
        using var connection = SqliteLedgerReader.OpenReadOnly(database);
        var records = SqliteLedgerReader.ReadRecords(connection).ToList();
        var verification = new LedgerVerifier(vkey.Name, [vkey]).Verify(records, SqliteLedgerReader.ReadCheckpoints(connection).Select(c => c.Note));
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(records.Count, verification.PayloadsPresent);
        Assert.All(records, r => Assert.True(LedgerEntry.Decode(r.Entry!).Value!.Matches(r.Payload!)));
        var erasure = records.Select(r => LedgerEntry.Decode(r.Entry!).Value!).Single(e => e.Action == "dsr.erase");
        Assert.Equal(["subject:" + subjectRef], erasure.Resources);
        Assert.Contains("erasure request 17", erasure.Reasons[0], StringComparison.Ordinal);
        Assert.False(RawContains(database, "customer:42"), "the erasure event names the subject");
    }

    private static (string Ref, JsonNode Sealed) FindSealed(string database)
    {
        using var connection = SqliteLedgerReader.OpenReadOnly(database);
        foreach (var record in SqliteLedgerReader.ReadRecords(connection))
        {
            var entry = LedgerEntry.Decode(record.Entry!).Value!;
            if (entry.DataSubjects.Count > 0)
            {
                var payload = JsonNode.Parse(record.Payload!)!;
                Assert.True(entry.Matches(record.Payload!));
                return (Assert.Single(entry.DataSubjects), payload["sealed"]!);
            }
        }

        Assert.Fail("no ledger entry names a data subject");
        return default;
    }

    private static bool RawContains(string database, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { database, database + "-wal" })
        {
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                if (buffer.ToArray().AsSpan().IndexOf(needle) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
