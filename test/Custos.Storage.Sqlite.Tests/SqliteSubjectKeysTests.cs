using System.Text;
using System.Text.Json.Nodes;
using Custos.Ledger.Privacy;
using Microsoft.Data.Sqlite;

namespace Custos.Storage.Sqlite.Tests;

public sealed class SqliteSubjectKeysTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private string DataDirectory => Path.Combine(directory.Path, "data");

    [Fact]
    public async Task The_first_use_of_a_subject_creates_a_key_under_a_pseudonymous_reference()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;
        var sealedData = await store.SubjectKeys.SealAsync(["customer:42", "customer:7"], "{\"email\":\"ada@example.com\"}"u8.ToArray(), ct);

        Assert.Equal(2, sealedData.SubjectRefs.Count);
        Assert.All(sealedData.SubjectRefs, r => Assert.Matches("^ds_[a-z2-7]{26}$", r));
        Assert.DoesNotContain("customer", sealedData.Sealed.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", sealedData.Sealed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(sealedData.SubjectRefs[0], await store.SubjectKeys.FindRefAsync("customer:42", ct));

        var opened = store.SubjectKeys.Open(sealedData.Sealed);
        Assert.True(opened.IsOpened);
        Assert.Equal("{\"email\":\"ada@example.com\"}", Encoding.UTF8.GetString(opened.Plaintext!));
    }

    [Fact]
    public async Task A_subject_named_again_in_another_spelling_reuses_its_key_and_duplicates_are_removed()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;
        var first = await store.SubjectKeys.SealAsync(["Customer:42"], "{}"u8.ToArray(), ct);
        var second = await store.SubjectKeys.SealAsync(["customer:7", " customer:42 ", "CUSTOMER:42"], "{}"u8.ToArray(), ct);

        Assert.Equal(2, second.SubjectRefs.Count);
        Assert.Equal(first.SubjectRefs[0], second.SubjectRefs[1]);
        Assert.Equal(2, (await store.SubjectKeys.ListAsync(ct)).Count);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_lookup_key_file_is_created_readable_by_its_owner_only()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        await using var store = SqliteStore.Open(DataDirectory);
        await store.SubjectKeys.SealAsync(["customer:42"], "{}"u8.ToArray(), TestContext.Current.CancellationToken);
        var path = Path.Combine(DataDirectory, "subjects.key");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(32, new FileInfo(path).Length);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_lookup_key_file_others_can_read_is_refused_with_the_fix()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var ct = TestContext.Current.CancellationToken;
        await using (var store = SqliteStore.Open(DataDirectory))
        {
            await store.SubjectKeys.SealAsync(["customer:42"], "{}"u8.ToArray(), ct);
        }

        var path = Path.Combine(DataDirectory, "subjects.key");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        await using var reopened = SqliteStore.Open(DataDirectory);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reopened.SubjectKeys.FindRefAsync("customer:42", ct));
        Assert.Contains("subjects.key can be read by other users", error.Message, StringComparison.Ordinal);
        Assert.Contains($"chmod 600 {path}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lookup_key_file_of_the_wrong_size_is_refused()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        File.WriteAllBytes(Path.Combine(DataDirectory, "subjects.key"), new byte[7]);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(DataDirectory, "subjects.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SubjectKeys.FindRefAsync("customer:42", TestContext.Current.CancellationToken));
        Assert.Contains("is not a subject lookup key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_uses_of_one_subject_end_with_one_key()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;

        // Two instances over one file stand for two processes (the server and a CLI command).
        var other = new SqliteSubjectKeys(store.Path);
        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(
            async () => await (i % 2 == 0 ? store.SubjectKeys : other).SealAsync(["customer:42"], "{}"u8.ToArray(), ct), ct)));

        Assert.Single(results.Select(r => r.SubjectRefs[0]).Distinct());
        Assert.Single(await store.SubjectKeys.ListAsync(ct));
        Assert.All(results, r => Assert.True(store.SubjectKeys.Open(r.Sealed).IsOpened));
    }

    [Fact]
    public async Task Erasing_a_subject_makes_its_data_unreadable_and_a_later_action_gets_a_fresh_key()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;
        var both = await store.SubjectKeys.SealAsync(["customer:42", "customer:7"], "{\"order\":1}"u8.ToArray(), ct);
        var other = await store.SubjectKeys.SealAsync(["customer:7"], "{\"order\":2}"u8.ToArray(), ct);

        var erasure = await store.SubjectKeys.EraseAsync("Customer:42", "cli:test", Now, ct);

        Assert.NotNull(erasure);
        Assert.Equal(both.SubjectRefs[0], erasure.Ref);
        Assert.True(erasure.Purged);
        var opened = store.SubjectKeys.Open(both.Sealed);
        Assert.Equal(OpenStatus.KeyErased, opened.Status);
        Assert.Equal(erasure.Ref, opened.SubjectRef);
        Assert.True(store.SubjectKeys.Open(other.Sealed).IsOpened);
        Assert.Null(await store.SubjectKeys.FindRefAsync("customer:42", ct));

        var later = await store.SubjectKeys.SealAsync(["customer:42"], "{}"u8.ToArray(), ct);
        Assert.NotEqual(erasure.Ref, later.SubjectRefs[0]);
        var listed = await store.SubjectKeys.ListAsync(ct);
        Assert.Equal(3, listed.Count);
        var erased = Assert.Single(listed, k => k.ErasedAt is not null);
        Assert.Equal((erasure.Ref, Now, "cli:test"), (erased.Ref, erased.ErasedAt!.Value, erased.ErasedBy));
    }

    [Fact]
    public async Task Erasure_removes_the_key_bytes_from_the_database_its_log_and_its_index()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;

        // Enough subjects that the table and its lookup index split over several pages.
        for (var i = 0; i < 300; i++)
        {
            await store.SubjectKeys.SealAsync([$"customer:{i}"], "{}"u8.ToArray(), ct);
        }

        var subjectRef = (await store.SubjectKeys.FindRefAsync("customer:150", ct))!;
        var key = new byte[PersonalDataSeal.KeySize];
        Assert.Equal(SubjectKeyStatus.Found, store.SubjectKeys.LookupKey(subjectRef, key));
        var lookup = Lookup(store.Path, subjectRef);
        Assert.True(Occurs(RawFiles(store.Path), key), "the key should be on disk before the erasure, or this test proves nothing");

        Assert.NotNull(await store.SubjectKeys.EraseAsync("customer:150", "cli:test", Now, ct));

        var raw = RawFiles(store.Path);
        Assert.False(Occurs(raw, key), "the erased key's bytes are still in custos.db, custos.db-wal or custos.db-shm");
        Assert.False(Occurs(raw, lookup), "the erased subject's lookup is still on disk");
        Assert.Equal(SubjectKeyStatus.Erased, store.SubjectKeys.LookupKey(subjectRef, key));
    }

    [Fact]
    public async Task Erasing_an_unknown_subject_changes_nothing()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;
        await store.SubjectKeys.SealAsync(["customer:42"], "{}"u8.ToArray(), ct);

        Assert.Null(await store.SubjectKeys.EraseAsync("customer:43", "cli:test", Now, ct));
        Assert.Null(await store.SubjectKeys.FindRefAsync("customer:43", ct));
        Assert.All(await store.SubjectKeys.ListAsync(ct), k => Assert.Null(k.ErasedAt));
    }

    [Fact]
    public async Task Erasing_twice_finds_nothing_the_second_time()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;
        await store.SubjectKeys.SealAsync(["customer:42"], "{}"u8.ToArray(), ct);
        Assert.NotNull(await store.SubjectKeys.EraseAsync("customer:42", "cli:test", Now, ct));
        Assert.Null(await store.SubjectKeys.EraseAsync("customer:42", "cli:test", Now, ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("customer\n42")]
    public async Task Invalid_subjects_are_refused_before_anything_is_written(string subject)
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var ct = TestContext.Current.CancellationToken;
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.SubjectKeys.SealAsync([subject], "{}"u8.ToArray(), ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.SubjectKeys.EraseAsync(subject, "cli:test", Now, ct));
        Assert.Empty(await store.SubjectKeys.ListAsync(ct));
    }

    [Fact]
    public async Task A_malformed_sealed_object_fails_authentication()
    {
        await using var store = SqliteStore.Open(DataDirectory);
        var result = store.SubjectKeys.Open(new JsonObject { ["version"] = 9 });
        Assert.Equal(OpenStatus.AuthenticationFailed, result.Status);
    }

    private static byte[] Lookup(string databasePath, string subjectRef)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT lookup FROM subject_keys WHERE ref = $ref";
        command.Parameters.AddWithValue("$ref", subjectRef);
        return (byte[])command.ExecuteScalar()!;
    }

    private static byte[] RawFiles(string databasePath)
    {
        var all = new List<byte>();
        foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                all.AddRange(buffer.ToArray());
                all.AddRange(new byte[64]);
            }
        }

        return [.. all];
    }

    private static bool Occurs(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
