using Custos.Core.Agents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Agents;

public sealed class AgentTokenTests
{
    [Fact]
    public void Generated_tokens_are_well_formed_prefixed_and_distinct()
    {
        var a = AgentToken.Generate();
        var b = AgentToken.Generate();
        Assert.StartsWith("cst_", a, StringComparison.Ordinal);
        Assert.Equal(AgentToken.Length, a.Length);
        Assert.True(AgentToken.IsWellFormed(a));
        Assert.NotEqual(a, b);
        Assert.NotEqual(AgentToken.Hash(a), AgentToken.Hash(b));
    }

    [Property(MaxTest = 300)]
    public bool Changing_any_one_character_of_the_body_breaks_the_checksum(PositiveInt position, char replacement)
    {
        var token = AgentToken.Generate();
        var index = 4 + (position.Get % (AgentToken.Length - 4));
        if (token[index] == replacement)
        {
            return true;
        }

        var tampered = string.Concat(token.AsSpan(0, index), replacement.ToString(), token.AsSpan(index + 1));
        return !AgentToken.IsWellFormed(tampered);
    }

    [Property(MaxTest = 500)]
    public bool Arbitrary_strings_are_not_accepted_as_tokens(string? text) =>
        text is null || !AgentToken.IsWellFormed(text) || text.StartsWith("cst_", StringComparison.Ordinal);

    [Property(MaxTest = 200)]
    public bool Base62_encoding_is_fixed_width_and_alphanumeric(byte[] bytes)
    {
        var input = bytes.Length > 32 ? bytes[..32] : bytes;
        var encoded = AgentToken.EncodeBase62(input, 43);
        return encoded.Length == 43 && encoded.All(char.IsAsciiLetterOrDigit);
    }

    [Fact]
    public void Id_is_derived_from_the_hash_and_reveals_nothing_of_the_token()
    {
        var token = AgentToken.Generate();
        var id = AgentToken.IdFromHash(AgentToken.Hash(token));
        Assert.Matches("^tok_[0-9a-f]{12}$", id);
        Assert.DoesNotContain(token[4..16], id, StringComparison.Ordinal);
    }
}
