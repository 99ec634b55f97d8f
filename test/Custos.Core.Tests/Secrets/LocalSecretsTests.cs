using Custos.Core.Configuration;
using Custos.Core.Secrets;

namespace Custos.Core.Tests.Secrets;

public sealed class LocalSecretsTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("custos-local-secrets-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public void An_unset_variable_is_named_with_the_fix()
    {
        var reference = Parse("secret://env/CUSTOS_TEST_UNSET_VARIABLE");
        var error = Assert.Throws<SecretResolutionException>(() => LocalSecrets.ReadEnvironment(reference, _ => null));
        Assert.Equal(SecretFailure.NotFound, error.Failure);
        Assert.Contains("CUSTOS_TEST_UNSET_VARIABLE is not set", error.Message, StringComparison.Ordinal);
        Assert.Equal("s3cr3t-value-123", LocalSecrets.ReadEnvironment(reference, _ => "s3cr3t-value-123"));
    }

    [Fact]
    public void A_mounted_file_loses_its_trailing_newline_and_a_key_picks_a_dotenv_line_or_json_field()
    {
        var path = Write("db", "p@ssw0rd-value\n");
        Assert.Equal("p@ssw0rd-value", LocalSecrets.ReadFile(Parse($"secret://file/{path}"), null));
        Assert.Equal("p@ssw0rd-value", LocalSecrets.ReadFile(Parse("secret://file/db"), directory.FullName));

        var dotenv = Write("app.env", "# comment\nexport USER=app\nPASSWORD=\"quoted value\"\n");
        Assert.Equal("quoted value", LocalSecrets.ReadFile(Parse($"secret://file/{dotenv}#PASSWORD"), null));
        var missing = Assert.Throws<SecretResolutionException>(() => LocalSecrets.ReadFile(Parse($"secret://file/{dotenv}#TOKEN"), null));
        Assert.Contains("the names it holds are: USER, PASSWORD", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("quoted value", missing.Message, StringComparison.Ordinal);

        var json = Write("creds.json", "{\"api_key\":\"json-secret-value\",\"n\":1}");
        Assert.Equal("json-secret-value", LocalSecrets.ReadFile(Parse($"secret://file/{json}#api_key"), null));
        var notString = Assert.Throws<SecretResolutionException>(() => LocalSecrets.ReadFile(Parse($"secret://file/{json}#n"), null));
        Assert.Contains("its fields are: api_key, n", notString.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("json-secret-value", notString.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_others_can_read_a_missing_file_and_an_empty_one_are_refused()
    {
        var missing = Assert.Throws<SecretResolutionException>(() => LocalSecrets.ReadFile(Parse("secret://file/nothing-here"), directory.FullName));
        Assert.Equal(SecretFailure.NotFound, missing.Failure);
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);

        var empty = Write("empty", string.Empty);
        Assert.Contains("is empty", Assert.Throws<SecretResolutionException>(() => LocalSecrets.ReadFile(Parse($"secret://file/{empty}"), null)).Message, StringComparison.Ordinal);

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var open = Write("open", "readable-by-all\n");
        File.SetUnixFileMode(open, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var error = Assert.Throws<SecretResolutionException>(() => LocalSecrets.ReadFile(Parse($"secret://file/{open}"), null));
        Assert.Contains($"chmod 600 {open}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("readable-by-all", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory.FullName, name);
        PrivateKeyFile.CreateNew(path, System.Text.Encoding.UTF8.GetBytes(text));
        return path;
    }

    private static SecretReference Parse(string text)
    {
        Assert.True(SecretReference.TryParse(text, out var reference, out var error), error);
        return reference;
    }
}
