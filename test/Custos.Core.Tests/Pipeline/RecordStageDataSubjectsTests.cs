using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Pipeline.Stages;
using Microsoft.Extensions.Time.Testing;

namespace Custos.Core.Tests.Pipeline;

public sealed class RecordStageDataSubjectsTests
{
    private static readonly CustosConfig Starter = ConfigLoader.Parse(StarterWorkspace.Yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-24T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void An_action_that_names_data_subjects_carries_them_and_its_context_as_personal_data()
    {
        using var document = JsonDocument.Parse("""{"email": "ada@example.com"}""");
        var action = AgentAction.Create(ActionChannel.AuthorizeApi, null, "read", "crm.get_customer", document.RootElement, clock, null, ["customer:42"]);
        var record = RecordStage.ToRecord(new ActionContext(action, Starter));
        Assert.Equal(["customer:42"], record.DataSubjects!);
        Assert.Equal("""{"email": "ada@example.com"}""", record.PersonalData);
        Assert.NotNull(record.ContextSha256);
    }

    [Fact]
    public void An_action_without_data_subjects_keeps_no_personal_data()
    {
        using var document = JsonDocument.Parse("""{"repo": "acme/api"}""");
        var action = AgentAction.Create(ActionChannel.AuthorizeApi, null, "call", "github.get_file_contents", document.RootElement, clock);
        var record = RecordStage.ToRecord(new ActionContext(action, Starter));
        Assert.Null(record.DataSubjects);
        Assert.Null(record.PersonalData);
    }
}
