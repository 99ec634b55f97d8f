using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Pipeline.Stages;
using Custos.Core.Secrets;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Core.Tests.Pipeline;

public sealed class RecordStageSecretsTests
{
    private static readonly CustosConfig Starter = ConfigLoader.Parse(StarterWorkspace.Yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private static SecretValue Secret(string reference, string value) =>
        new(SecretReference.TryParse(reference, out var parsed, out var error) ? parsed : throw new InvalidOperationException(error), value);

    [Fact]
    public void Injected_credentials_are_recorded_as_name_and_reference_in_ordinal_order_never_their_values()
    {
        var action = AgentAction.Create(ActionChannel.Llm, null, "complete", "openai.gpt-4.1-mini", null, clock);
        var context = new ActionContext(action, Starter)
        {
            Credentials = new Dictionary<string, SecretValue>
            {
                ["token"] = Secret("secret://builtin/github", "ghp_value-one"),
                ["Authorization"] = Secret("secret://file/keys.json#openai", "sk-value-two"),
                ["api_key"] = Secret("secret://env/OPENAI_API_KEY", "sk-value-three"),
            },
        };

        var record = RecordStage.ToRecord(context);

        Assert.Equal(["Authorization=secret://file/keys.json#openai", "api_key=secret://env/OPENAI_API_KEY", "token=secret://builtin/github"], record.Secrets!);
        Assert.Equal(context.Credentials.Select(c => $"{c.Key}={c.Value.Reference}").Order(StringComparer.Ordinal), record.Secrets!);
        Assert.DoesNotContain(record.Secrets!, s => s.Contains("value", StringComparison.Ordinal));
    }
}
