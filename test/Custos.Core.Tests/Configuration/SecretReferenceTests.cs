using Custos.Core.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Configuration;

public sealed class SecretReferenceTests
{
    [Theory]
    [InlineData("secret://env/OPENAI_API_KEY", "env", "OPENAI_API_KEY", null)]
    [InlineData("secret://builtin/crm#authorization", "builtin", "crm", "authorization")]
    [InlineData("secret://vault/kv/team-a/billing#api_key", "vault", "kv/team-a/billing", "api_key")]
    [InlineData("secret://file//run/secrets/db#password", "file", "/run/secrets/db", "password")]
    [InlineData("secret://file/relative/token", "file", "relative/token", null)]
    public void Valid_references_are_parsed(string text, string provider, string path, string? key)
    {
        Assert.True(SecretReference.TryParse(text, out var reference, out _));
        Assert.Equal(new SecretReference(provider, path, key), reference);
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData("env/OPENAI", "starts with 'secret://'")]
    [InlineData("secret://nowhere/x", "unknown secret provider 'nowhere'")]
    [InlineData("secret://env", "names a provider and a path")]
    [InlineData("secret://vault/../etc/passwd", "no '..'")]
    [InlineData("secret://vault//x", "no leading or trailing '/'")]
    [InlineData("secret://env//x", "no leading or trailing '/'")]
    [InlineData("secret://file///etc/x", "no '//'")]
    [InlineData("secret://file//", "letters, digits")]
    [InlineData("secret://file//run//x", "no '//'")]
    [InlineData("secret://builtin/crm#", "the key after '#'")]
    [InlineData("secret://builtin/a b", "letters, digits")]
    public void Invalid_references_say_what_is_wrong(string text, string message)
    {
        Assert.False(SecretReference.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500)]
    public bool Parsing_never_throws_and_what_parses_prints_back_the_same(string? text)
    {
        var input = "secret://" + (text ?? string.Empty);
        return !SecretReference.TryParse(input, out var reference, out _) || reference.ToString() == input;
    }

    [Property(MaxTest = 300)]
    public Property Generated_references_round_trip() =>
        Prop.ForAll(
            Gen.Elements([.. SecretReference.Providers]).ToArbitrary(),
            Gen.Elements("a", "b-c", "d_e", "f.g", "h/i", "J9").ListOf().Where(l => l.Count > 0).Select(l => string.Join('/', l)).ToArbitrary(),
            (provider, path) =>
            {
                var text = $"secret://{provider}/{path}#key";
                return SecretReference.TryParse(text, out var reference, out _) && reference.ToString() == text;
            });

    [Property(MaxTest = 500)]
    public bool Only_a_file_reference_may_be_absolute_and_no_parsed_path_climbs_or_doubles_slashes(string? text, bool file)
    {
        var input = (file ? "secret://file/" : "secret://vault/") + (text ?? string.Empty);
        if (!SecretReference.TryParse(input, out var reference, out var error))
        {
            return error.Length > 0;
        }

        return !reference.Path.Contains("..", StringComparison.Ordinal)
            && !reference.Path.Contains("//", StringComparison.Ordinal)
            && !reference.Path.EndsWith('/')
            && (file || !reference.Path.StartsWith('/'));
    }
}
