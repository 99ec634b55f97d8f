using Custos.Core.Configuration;
using Custos.Core.Secrets;

namespace Custos.Core.Tests.Secrets;

/// <summary>The env: and file: references whose values screening looks for (known values): every place custos.yaml can name one.</summary>
public sealed class LocalReferencesTests
{
    [Fact]
    public void Credentials_entra_client_secrets_alert_route_keys_scopes_and_the_ledger_key_are_all_looked_for_once()
    {
        const string Yaml = """
            version: 1
            systems:
              - name: github
                kind: mcp
                url: https://mcp.example.com/github
                credentials:
                  token: secret://env/GITHUB_TOKEN
              - name: azure
                kind: llm
                provider: azure-openai
                url: https://res.openai.azure.com
                entra:
                  tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47
                  client_id: 3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b
                  client_secret: secret://file/azure-client-secret
            ledger:
              signing_key: secret://env/CUSTOS_SIGNING_KEY
            alerts:
              routes:
                - name: ops
                  kind: webhook
                  url: https://hooks.example.com/custos
                  secret: secret://env/OPS_WEBHOOK_KEY
                - name: again
                  kind: webhook
                  url: https://hooks.example.com/other
                  secret: secret://env/GITHUB_TOKEN
            """;
        var config = ConfigLoader.Parse(Yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();

        var references = SecretBroker.LocalReferences(config).Select(r => r.ToString()).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["secret://env/CUSTOS_SIGNING_KEY", "secret://env/GITHUB_TOKEN", "secret://env/OPS_WEBHOOK_KEY", "secret://file/azure-client-secret"],
            references);
    }
}
