using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Custos.Gateway.Llm;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Llm.Tests;

/// <summary>Each system's token is got with its own use of the client secret, so secrets.scopes holds per system.</summary>
public sealed class EntraTokenScopeTests
{
    private const string ClientSecret = "entra-scope-test-client-secret-value";

    /// <summary>Resolves the client secret only for the systems it is scoped to, as the broker does; a honeytoken for the rest when asked.</summary>
    private sealed class ScopedSecret(string allowedSystem, bool honeytoken = false) : ISecretResolver
    {
        public List<string?> Uses { get; } = [];

        public ValueTask<SecretValue> ResolveAsync(SecretReference reference, SecretUse use, CancellationToken cancellationToken)
        {
            lock (Uses)
            {
                Uses.Add(use.System);
            }

            if (honeytoken)
            {
                throw new SecretResolutionException($"{reference} is a honeytoken: its use was refused and an alert recorded") { Failure = SecretFailure.Honeytoken };
            }

            return use.System == allowedSystem
                ? ValueTask.FromResult(new SecretValue(reference, ClientSecret))
                : throw new SecretResolutionException($"{reference} is not scoped to system {use.System}") { Failure = SecretFailure.OutOfScope };
        }
    }

    private static EntraSettings Settings(Uri authority) =>
        new("72f988bf-86f1-41af-91ab-2d7cd011db47", "3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b", SecretReference.TryParse("secret://env/AZURE_CLIENT_SECRET", out var reference, out _) ? reference : throw new InvalidOperationException(), authority, EntraSettings.DefaultScope);

    [Fact]
    public async Task Two_systems_with_one_app_registration_each_pass_the_secret_scope_before_getting_a_token()
    {
        await using var stub = await EntraTokenStub.StartAsync("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.scope-test-token", ClientSecret);
        var secret = new ScopedSecret("azure-a");
        using var tokens = new EntraTokens(secret, TimeProvider.System, NullLogger<EntraTokens>.Instance);
        var entra = Settings(stub.BaseAddress);

        var token = await tokens.GetAsync("azure-a", entra, TestContext.Current.CancellationToken);
        Assert.Equal("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.scope-test-token", token.Reveal());

        // The same entra: block under a system the secret is not scoped to gets no token, cached or fresh.
        var refused = await Assert.ThrowsAsync<EntraTokenException>(async () => await tokens.GetAsync("azure-b", entra, TestContext.Current.CancellationToken));
        Assert.Contains("not scoped to system azure-b", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["azure-a", "azure-b"], secret.Uses);
        Assert.Equal(1, stub.Requests);

        // The first system's token is still cached for it.
        Assert.Equal(token.Reveal(), (await tokens.GetAsync("azure-a", entra, TestContext.Current.CancellationToken)).Reveal());
        Assert.Equal(2, secret.Uses.Count);
    }

    [Fact]
    public async Task A_honeytoken_client_secret_is_not_named_as_one_in_the_error()
    {
        await using var stub = await EntraTokenStub.StartAsync("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.never-issued", ClientSecret);
        using var tokens = new EntraTokens(new ScopedSecret("azure-a", honeytoken: true), TimeProvider.System, NullLogger<EntraTokens>.Instance);

        var refused = await Assert.ThrowsAsync<EntraTokenException>(async () => await tokens.GetAsync("azure-a", Settings(stub.BaseAddress), TestContext.Current.CancellationToken));

        Assert.DoesNotContain("honeytoken", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("an operator was alerted", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, stub.Requests);
    }
}
