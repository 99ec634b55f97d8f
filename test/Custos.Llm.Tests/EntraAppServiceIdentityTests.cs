using System.Text;
using Custos.Core.Configuration;
using Custos.Gateway.Llm;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Llm.Tests;

/// <summary>
/// <c>managed_identity: true</c> on App Service, Functions or Container Apps: no metadata service, but an identity
/// endpoint of the process's own (IDENTITY_ENDPOINT) and a header value proving the caller is that process
/// (IDENTITY_HEADER). Custos uses them when both are set, against the local stand-in that answers as App Service does
/// (only <c>expires_on</c>).
/// </summary>
public sealed class EntraAppServiceIdentityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly EntraSettings Managed = new(null, null, null, new Uri(EntraSettings.DefaultAuthorityHost), EntraSettings.DefaultScope) { IdentityEndpoint = new Uri(EntraSettings.DefaultIdentityEndpoint) };

    private sealed class NoSecrets : Custos.Core.Secrets.ISecretResolver
    {
        public ValueTask<Custos.Core.Secrets.SecretValue> ResolveAsync(SecretReference reference, Custos.Core.Secrets.SecretUse use, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a managed identity resolves no secret");
    }

    [Fact]
    public async Task The_process_identity_endpoint_is_asked_with_its_header_and_the_token_is_reused()
    {
        await using var stub = await EntraTokenStub.StartAsync("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.app-service." + Guid.NewGuid().ToString("N"), "unused-secret");
        var environment = new Dictionary<string, string> { ["IDENTITY_ENDPOINT"] = stub.BaseAddress + "msi/token", ["IDENTITY_HEADER"] = stub.IdentityHeader };
        using var tokens = new EntraTokens(new NoSecrets(), TimeProvider.System, NullLogger<EntraTokens>.Instance, environment: environment.GetValueOrDefault);

        var first = await tokens.GetAsync("azure", Managed, Cancel);
        var second = await tokens.GetAsync("azure", Managed, Cancel);

        Assert.Equal(stub.AccessToken, first.Reveal());
        Assert.Equal(first.Reveal(), second.Reveal());
        var (path, _, query) = Assert.Single(stub.Received);
        Assert.Equal("/msi/token", path);
        Assert.Equal("2019-08-01", query["api-version"]);
        Assert.Equal("https://cognitiveservices.azure.com", query["resource"]);
        Assert.Equal(stub.IdentityHeader, query["X-IDENTITY-HEADER"]);
        Assert.False(query.ContainsKey("client_id"));
    }

    [Fact]
    public async Task A_wrong_header_or_an_endpoint_that_is_not_local_is_an_error_that_quotes_neither_header_nor_token()
    {
        await using var stub = await EntraTokenStub.StartAsync("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.never-issued", "unused-secret");
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string> { ["IDENTITY_ENDPOINT"] = stub.BaseAddress + "msi/token", ["IDENTITY_HEADER"] = wrong };
        using (var tokens = new EntraTokens(new NoSecrets(), TimeProvider.System, NullLogger<EntraTokens>.Instance, environment: environment.GetValueOrDefault))
        {
            var refused = await Assert.ThrowsAsync<EntraTokenException>(async () => await tokens.GetAsync("azure", Managed, Cancel));
            Assert.Contains($"the token endpoint {stub.BaseAddress.Authority} answered 401", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, refused.Message, StringComparison.Ordinal);
        }

        environment["IDENTITY_ENDPOINT"] = "http://identity.example/msi/token";
        using (var tokens = new EntraTokens(new NoSecrets(), TimeProvider.System, NullLogger<EntraTokens>.Instance, environment: environment.GetValueOrDefault))
        {
            var refused = await Assert.ThrowsAsync<EntraTokenException>(async () => await tokens.GetAsync("azure", Managed, Cancel));
            Assert.Contains("IDENTITY_ENDPOINT is not a local token endpoint", refused.Message, StringComparison.Ordinal);
        }

        // A configured identity_endpoint wins over the environment: the metadata stand-in is asked, not /msi/token.
        environment["IDENTITY_ENDPOINT"] = stub.BaseAddress + "msi/token";
        var configured = Managed with { IdentityEndpoint = new Uri(stub.BaseAddress, "metadata/identity/oauth2/token") };
        using (var tokens = new EntraTokens(new NoSecrets(), TimeProvider.System, NullLogger<EntraTokens>.Instance, environment: environment.GetValueOrDefault))
        {
            Assert.Equal(stub.AccessToken, (await tokens.GetAsync("azure", configured, Cancel)).Reveal());
            Assert.Equal("/metadata/identity/oauth2/token", stub.Received.Last().Path);
        }
    }

    [Fact]
    public void An_answer_with_only_expires_on_lasts_until_then_and_one_in_the_past_is_refused()
    {
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var until = now.AddMinutes(90).ToUnixTimeSeconds();
        var (_, lifetime) = EntraTokens.ReadAnswer(Managed, "localhost", 200, Encoding.UTF8.GetBytes($$"""{"access_token":"abc.def.ghi","expires_on":"{{until}}","token_type":"Bearer"}"""), now);
        Assert.Equal(TimeSpan.FromMinutes(90), lifetime);

        var past = now.AddSeconds(-5).ToUnixTimeSeconds();
        var refused = Assert.Throws<EntraTokenException>(() => EntraTokens.ReadAnswer(Managed, "localhost", 200, Encoding.UTF8.GetBytes($$"""{"access_token":"abc.def.ghi","expires_on":{{past}}}"""), now));
        Assert.Contains("expires_on that is not in the future", refused.Message, StringComparison.Ordinal);

        // Without the time it was asked at, expires_on alone cannot be read.
        Assert.Throws<EntraTokenException>(() => EntraTokens.ReadAnswer(Managed, "localhost", 200, Encoding.UTF8.GetBytes($$"""{"access_token":"abc.def.ghi","expires_on":"{{until}}"}""")));
    }
}
