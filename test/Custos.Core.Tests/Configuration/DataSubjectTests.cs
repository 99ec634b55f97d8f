using Custos.Core.Privacy;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Configuration;

public sealed class DataSubjectTests
{
    [Theory]
    [InlineData("customer:42")]
    [InlineData("ada@example.com")]
    [InlineData("Zoë Ångström 👩‍🔬")]
    public void Ordinary_identities_are_accepted(string identity) => Assert.Null(DataSubject.Check(identity));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\tb")]
    [InlineData("a\0b")]
    public void Empty_and_control_identities_are_refused(string identity) => Assert.NotNull(DataSubject.Check(identity));

    [Fact]
    public void Lone_surrogates_are_refused()
    {
        Assert.NotNull(DataSubject.Check(new string([(char)0xd800, 'x'])));
        Assert.NotNull(DataSubject.Check(new string(['x', (char)0xdc00])));
        Assert.NotNull(DataSubject.Check(new string(['x', (char)0xd800])));
    }

    [Fact]
    public void Spelling_variants_normalize_to_one_subject() =>
        Assert.Equal(DataSubject.Normalize("ada@example.com"), DataSubject.Normalize("  Ada@Example.COM "));

    [Property(MaxTest = 300)]
    public bool Normalizing_is_idempotent_and_never_throws(string? identity) =>
        identity is null || DataSubject.Normalize(DataSubject.Normalize(identity)) == DataSubject.Normalize(identity);
}
