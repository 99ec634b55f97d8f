using Custos.Core.Configuration;

namespace Custos.Core.Tests.Configuration;

public sealed class CredentialLiteralTests
{
    [Theory]
    [InlineData("sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345", "an Anthropic API key")]
    [InlineData("sk-proj-abcdefghijklmnopqrstuvwxyz012345", "an OpenAI API key")]
    [InlineData("ghp_0123456789abcdefghijklmnopqrstuvwxyzAB", "a GitHub token")]
    [InlineData("glpat-abcdefghijklmnopqrst", "a GitLab token")]
    [InlineData("xoxb-1234567890-abcdefghij", "a Slack token")]
    [InlineData("AKIAZ7Q2EXAMPLEKEY12", "an AWS access key id")]
    [InlineData("sk_live_abcdefghijklmnop1234", "a Stripe key")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----", "a PEM private key")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc", "a JSON Web Token")]
    [InlineData("Bearer abcdefghijklmnop", "a bearer credential")]
    [InlineData("postgres://app:s3cretpass@db.internal/app", "a URL with a password in it")]
    [InlineData("cst_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm", "a Custos agent token")]
    public void Known_credential_shapes_are_recognised(string value, string kind) =>
        Assert.Equal(kind, CredentialLiteral.Recognize(value, credentialKey: false));

    [Theory]
    [InlineData("Reads the code base and proposes pull requests.")]
    [InlineData("https://api.githubcopilot.com/mcp/")]
    [InlineData("platform-team@example.com")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("secret://env/OPENAI_API_KEY")]
    [InlineData("@modelcontextprotocol/server-filesystem")]
    [InlineData("OpenAI Ireland Ltd data processing addendum, signed 2026-03-02")]
    public void Ordinary_values_are_not_flagged(string value) =>
        Assert.Null(CredentialLiteral.Recognize(value, credentialKey: false));

    [Fact]
    public void Random_looking_values_count_only_under_a_credential_name()
    {
        const string value = "q8Zt3LmX0vPa7RkE2wYd";
        Assert.Null(CredentialLiteral.Recognize(value, credentialKey: false));
        Assert.Equal("a random-looking secret value", CredentialLiteral.Recognize(value, credentialKey: true));
        Assert.Null(CredentialLiteral.Recognize("aaaaaaaaaaaaaaaaaaaa", credentialKey: true));
        Assert.True(CredentialLiteral.IsCredentialName("DB_PASSWORD"));
        Assert.True(CredentialLiteral.IsCredentialName("api_key"));
        Assert.False(CredentialLiteral.IsCredentialName("description"));
        Assert.False(CredentialLiteral.IsCredentialName("federated_token_file"));
        Assert.True(CredentialLiteral.IsCredentialName("token_profile"));
    }
}
