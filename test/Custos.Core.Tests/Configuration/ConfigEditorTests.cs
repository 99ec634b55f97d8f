using Custos.Core.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Core.Tests.Configuration;

public sealed class ConfigEditorTests
{
    [Fact]
    public void Adding_an_agent_keeps_every_line_of_the_file_and_the_result_is_valid()
    {
        var updated = ConfigEditor.AddAgent(StarterWorkspace.Yaml, Agent("research-agent", "Summarises papers"));
        var original = StarterWorkspace.Yaml.Split('\n');
        var remaining = new Queue<string>(original);
        foreach (var line in updated.Split('\n'))
        {
            if (remaining.Count > 0 && remaining.Peek() == line)
            {
                remaining.Dequeue();
            }
        }

        Assert.Empty(remaining);
        var config = Load(updated);
        Assert.Equal([.. StarterWorkspace.AgentNames, "research-agent"], config.Agents.Select(a => a.Name));
    }

    [Theory]
    [InlineData("version: 1\n")]
    [InlineData("version: 1")]
    [InlineData("version: 1\nagents: []\n")]
    [InlineData("version: 1\nagents:\n# nobody yet\n")]
    public void An_agent_can_be_added_where_there_is_no_list_yet(string yaml)
    {
        var config = Load(ConfigEditor.AddAgent(yaml, Agent("first-agent", "Does one thing")));
        Assert.Equal("first-agent", Assert.Single(config.Agents).Name);
    }

    [Fact]
    public void A_flow_style_list_is_refused_rather_than_rewritten()
    {
        var yaml = "version: 1\nagents: [{name: a, owner: b, purpose: c, gdpr: {lawful_basis: consent, processing_purpose: d}}]\n";
        Assert.Throws<ConfigurationException>(() => ConfigEditor.AddAgent(yaml, Agent("second-agent", "x")));
    }

    [Property(MaxTest = 200)]
    public Property Any_text_in_a_field_round_trips_exactly() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), text =>
        {
            var value = text.Get.Replace("\0", string.Empty, StringComparison.Ordinal);
            if (value.Trim().Length == 0 || value.Length > 4096 || CredentialLiteral.Recognize(value, credentialKey: false) is not null || !IsValidXmlish(value))
            {
                return true;
            }

            var result = ConfigLoader.Parse(ConfigEditor.AddAgent(StarterWorkspace.Yaml, Agent("round-trip", value)), "custos.yaml", "/srv/custos.yaml");
            return result.IsValid && result.Config!.FindAgent("round-trip")!.Purpose == value;
        });

    // YAML cannot carry unpaired surrogates or most C0/C1 controls even escaped through a .NET string round trip.
    private static bool IsValidXmlish(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) || (char.IsControl(value[i]) && value[i] is not '\n' and not '\t' and not '\r') || value[i] is '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    private static AgentDefinition Agent(string name, string purpose) =>
        new(name, "owner@example.com", "research", purpose, RiskTier.Minimal, new GdprProfile(LawfulBasis.Consent, purpose + " #1: \"quoted\""), default);

    private static CustosConfig Load(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "custos.yaml", "/srv/custos.yaml");
        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        return result.Config!;
    }
}
