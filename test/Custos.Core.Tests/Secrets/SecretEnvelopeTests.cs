using Custos.Core.Secrets;

namespace Custos.Core.Tests.Secrets;

public sealed class SecretEnvelopeTests : IDisposable
{
    private const string Value = "ghp_EnvelopeTestValue0123456789abcdefXYZ";
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("custos-envelope-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public void A_sealed_value_opens_with_the_same_key_name_and_version()
    {
        using var key = Key(MasterKey.NewBase64());
        var sealedSecret = SecretEnvelope.Seal(key, "github", 3, Value);
        Assert.Equal(key.Id, sealedSecret.MasterKeyId);
        Assert.Equal(Value, SecretEnvelope.Open(key, "github", 3, sealedSecret));
        Assert.DoesNotContain(System.Text.Encoding.UTF8.GetBytes("EnvelopeTestValue"), [sealedSecret.Ciphertext, sealedSecret.WrappedKey], new ContainsBytes());
    }

    [Fact]
    public void Each_seal_uses_a_fresh_data_key_and_nonce()
    {
        using var key = Key(MasterKey.NewBase64());
        var first = SecretEnvelope.Seal(key, "github", 1, Value);
        var second = SecretEnvelope.Seal(key, "github", 1, Value);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.NotEqual(first.WrappedKey, second.WrappedKey);
    }

    [Fact]
    public void A_wrong_master_key_is_named_as_such_without_the_value()
    {
        using var right = Key(MasterKey.NewBase64());
        using var wrong = Key(MasterKey.NewBase64());
        var sealedSecret = SecretEnvelope.Seal(right, "github", 1, Value);
        var error = Assert.Throws<SecretResolutionException>(() => SecretEnvelope.Open(wrong, "github", 1, sealedSecret));
        Assert.Equal(SecretFailure.Integrity, error.Failure);
        Assert.Contains($"sealed under master key {right.Id}", error.Message, StringComparison.Ordinal);
        Assert.Contains(MasterKey.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Value, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_key_that_claims_the_right_id_still_fails_the_integrity_check()
    {
        using var right = Key(MasterKey.NewBase64());
        using var wrong = Key(MasterKey.NewBase64());
        var sealedSecret = SecretEnvelope.Seal(right, "github", 1, Value) with { MasterKeyId = wrong.Id };
        var error = Assert.Throws<SecretResolutionException>(() => SecretEnvelope.Open(wrong, "github", 1, sealedSecret));
        Assert.Contains("failed its integrity check", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tampered_ciphertext_wrapped_key_or_truncation_is_refused()
    {
        using var key = Key(MasterKey.NewBase64());
        var sealedSecret = SecretEnvelope.Seal(key, "github", 1, Value);
        var candidates = new List<SealedSecret>();
        for (var i = 0; i < sealedSecret.Ciphertext.Length; i += 7)
        {
            var bytes = (byte[])sealedSecret.Ciphertext.Clone();
            bytes[i] ^= 0x01;
            candidates.Add(sealedSecret with { Ciphertext = bytes });
        }

        var wrapped = (byte[])sealedSecret.WrappedKey.Clone();
        wrapped[^1] ^= 0x80;
        candidates.Add(sealedSecret with { WrappedKey = wrapped });
        candidates.Add(sealedSecret with { Ciphertext = sealedSecret.Ciphertext[..10] });
        candidates.Add(sealedSecret with { Ciphertext = [] });
        candidates.Add(sealedSecret with { WrappedKey = sealedSecret.WrappedKey[..^1] });
        foreach (var candidate in candidates)
        {
            var error = Assert.Throws<SecretResolutionException>(() => SecretEnvelope.Open(key, "github", 1, candidate));
            Assert.Equal(SecretFailure.Integrity, error.Failure);
            Assert.Contains("failed its integrity check", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_ciphertext_moved_to_another_name_or_version_does_not_open()
    {
        using var key = Key(MasterKey.NewBase64());
        var sealedSecret = SecretEnvelope.Seal(key, "github", 2, Value);
        Assert.Throws<SecretResolutionException>(() => SecretEnvelope.Open(key, "gitlab", 2, sealedSecret));
        Assert.Throws<SecretResolutionException>(() => SecretEnvelope.Open(key, "github", 1, sealedSecret));
    }

    [Fact]
    public void The_master_key_comes_from_the_environment_when_set()
    {
        var text = MasterKey.NewBase64();
        using var key = Key(text);
        Assert.Equal(MasterKey.EnvironmentVariable, key.Source);
        Assert.False(File.Exists(Path.Combine(directory.FullName, MasterKey.FileName)));
        using var again = Key(text);
        Assert.Equal(key.Id, again.Id);
        Assert.DoesNotContain(text, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_master_key_in_the_environment_is_refused_without_echoing_it()
    {
        foreach (var text in new[] { "not base64 at all!", Convert.ToBase64String(new byte[16]), Convert.ToBase64String(new byte[33]) })
        {
            var error = Assert.Throws<InvalidOperationException>(() => Key(text));
            Assert.Contains("32 random bytes in base64", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_key_file_is_created_owner_only_and_refused_once_others_can_read_it()
    {
        using (var created = MasterKey.Load(directory.FullName, _ => null))
        using (var loaded = MasterKey.Load(directory.FullName, _ => null))
        {
            Assert.Equal(created.Id, loaded.Id);
        }

        var path = Path.Combine(directory.FullName, MasterKey.FileName);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var error = Assert.Throws<InvalidOperationException>(() => MasterKey.Load(directory.FullName, _ => null));
        Assert.Contains($"chmod 600 {path}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllText(path).Trim(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_key_file_is_refused_with_how_to_make_one()
    {
        var path = Path.Combine(directory.FullName, MasterKey.FileName);
        PrivateKeyFile.CreateNew(path, "c2hvcnQ=\n"u8);
        var error = Assert.Throws<InvalidOperationException>(() => MasterKey.Load(directory.FullName, _ => null));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("head -c 32 /dev/urandom | base64", error.Message, StringComparison.Ordinal);
    }

    private MasterKey Key(string base64) => MasterKey.Load(directory.FullName, name => name == MasterKey.EnvironmentVariable ? base64 : null);

    private sealed class ContainsBytes : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x is not null && y is not null && y.AsSpan().IndexOf(x) >= 0;

        public int GetHashCode(byte[] obj) => 0;
    }
}
