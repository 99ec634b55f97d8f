using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Pipeline.Stages;
using Custos.Core.Screening;

namespace Custos.Core.Tests.Screening;

public sealed class ScreenerTests
{
    private static readonly CustosConfig Starter = ConfigLoader.Parse(StarterWorkspace.Yaml, "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Every_string_and_number_is_screened_with_a_json_pointer_to_it()
    {
        var arguments = Json("""{"to": ["x", "ann@example.com"], "a/b": {"c~d": "call 4111 1111 1111 1111"}, "card": 4111111111111111, "ok": true}""");
        var findings = Screener.For(Starter).ScreenArguments(arguments, "dev-agent");
        Assert.Equal(
            [("EMAIL_ADDRESS", "/to/1", 0, 15), ("CREDIT_CARD", "/a~1b/c~0d", 5, 24), ("CREDIT_CARD", "/card", 0, 16)],
            findings.Select(f => (f.Type, f.Location, f.Start, f.End)));
        Assert.All(findings, f => Assert.Equal(ScreeningDirection.In, f.Direction));
        Assert.Equal([ScreeningAction.Allow, ScreeningAction.Redact, ScreeningAction.Redact], findings.Select(f => f.Action));
    }

    [Fact]
    public void Texts_already_known_clean_are_skipped_yet_every_finding_keeps_its_pointer()
    {
        // A screener of its own, so the texts it remembers as clean are only the ones this test scanned.
        var screener = new Screener(Starter.Screening, Path.GetTempPath());
        var arguments = Json("""{"model": "gpt-4.1-mini", "n": 2, "messages": [{"role": "user", "content": "hi"}, {"role": "user", "content": "mail ann@example.com"}], "a\u002fb": ["x", {"c~d": "card 4111 1111 1111 1111"}], "ann@example.com": "ok", "esc\"aped": "bob@example.org"}""");
        (string, string, int, int)[] expected =
        [
            ("EMAIL_ADDRESS", "/messages/1/content", 5, 20),
            ("CREDIT_CARD", "/a~1b/1/c~0d", 5, 24),
            ("EMAIL_ADDRESS", "/<EMAIL_ADDRESS>#name", 0, 15),
            ("EMAIL_ADDRESS", "/esc\"aped", 0, 15),
        ];
        for (var round = 0; round < 3; round++)
        {
            var findings = screener.ScreenArguments(arguments, "dev-agent");
            Assert.Equal(expected, findings.Select(f => (f.Type, f.Location, f.Start, f.End)));
        }

        Assert.Empty(screener.ScreenArguments(Json("""{"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "hi"}]}"""), "dev-agent"));
    }

    [Fact]
    public void A_member_name_holding_a_finding_is_redacted_in_every_location()
    {
        var arguments = Json("""{"ann@example.com": {"note": "bob@example.org"}}""");
        var findings = Screener.For(Starter).ScreenArguments(arguments, null);
        Assert.Equal(["/<EMAIL_ADDRESS>#name", "/<EMAIL_ADDRESS>/note"], findings.Select(f => f.Location));
        Assert.DoesNotContain("ann@", string.Concat(findings.Select(f => f.Location)), StringComparison.Ordinal);
    }

    [Fact]
    public void Redacting_keeps_the_shape_and_replaces_only_what_the_rules_say()
    {
        var arguments = Json("""{"card": "4111 1111 1111 1111", "n": 4111111111111111, "email": "ann@example.com", "list": [1, null, false]}""");
        var redacted = Screener.For(Starter).RedactArguments(arguments, "finance-agent");
        Assert.Equal("""{"card":"**** **** **** 1111","n":"************1111","email":"ann@example.com","list":[1,null,false]}""", redacted.GetRawText());
    }

    [Fact]
    public async Task The_screen_in_stage_blocks_without_the_text_and_redacts_the_forwarded_arguments()
    {
        var context = Context("""{"card": "4111 1111 1111 1111"}""");
        context.Findings.AddRange(Screener.For(Starter).ScreenArguments(context.Action.Context, "finance-agent"));
        await new ScreenInStage().InvokeAsync(context, CancellationToken.None);
        Assert.False(context.IsDenied);
        Assert.Equal("**** **** **** 1111", context.Arguments!.Value.GetProperty("card").GetString());
        Assert.Equal("4111 1111 1111 1111", context.Action.Context!.Value.GetProperty("card").GetString());

        var blocked = Context("""{"q": "password=hunter2x"}""");
        blocked.Findings.AddRange(Screener.For(Starter).ScreenArguments(blocked.Action.Context, "finance-agent"));
        await new ScreenInStage().InvokeAsync(blocked, CancellationToken.None);
        Assert.Equal((ActionOutcome.Denied, StageName.ScreenIn), (blocked.Outcome, blocked.StoppedAt));
        Assert.Contains("SECRET", blocked.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("/q", blocked.Reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2x", blocked.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_screen_out_stage_redacts_in_place_and_records_each_finding_with_its_action()
    {
        var context = Context("{}");
        var output = new Texts("mail ann@example.com or call", "nothing here");
        context.Output = output;
        context.Result = output;
        await new ScreenOutStage().InvokeAsync(context, CancellationToken.None);
        Assert.False(context.IsDenied);
        Assert.Equal(["mail <EMAIL_ADDRESS> or call", "nothing here"], output.Values);
        var finding = Assert.Single(context.Findings);
        Assert.Equal((ScreeningDirection.Out, "EMAIL_ADDRESS", "content/0", ScreeningAction.Redact), (finding.Direction, finding.Type, finding.Location, finding.Action));
    }

    [Fact]
    public async Task A_finding_to_block_in_the_output_withholds_the_whole_result()
    {
        var config = ConfigLoader.Parse(StarterWorkspace.Yaml + "\nscreening:\n  types:\n    EMAIL_ADDRESS: {out: block}\n", "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
        var context = new ActionContext(AgentAction.Create(ActionChannel.AuthorizeApi, null, "call", "crm.get_customer", null, TimeProvider.System), config)
        {
            Agent = config.FindAgent("support-agent"),
        };
        var output = new Texts("customer: ann@example.com");
        context.Output = output;
        context.Result = output;
        await new ScreenOutStage().InvokeAsync(context, CancellationToken.None);
        Assert.Equal((ActionOutcome.Denied, StageName.ScreenOut), (context.Outcome, context.StoppedAt));
        Assert.Null(context.Result);
        Assert.Contains("withheld", context.Reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain("ann@", context.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Per_agent_overrides_change_only_that_agents_actions()
    {
        var config = ConfigLoader.Parse(StarterWorkspace.Yaml + "\nscreening:\n  agents:\n    support-agent:\n      EMAIL_ADDRESS: {out: allow}\n", "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow();
        Assert.Equal(ScreeningAction.Allow, config.Screening.RuleFor("support-agent", "EMAIL_ADDRESS").Out);
        Assert.Equal(ScreeningAction.Allow, config.Screening.RuleFor("support-agent", "EMAIL_ADDRESS").In);
        Assert.Equal(ScreeningAction.Redact, config.Screening.RuleFor("dev-agent", "EMAIL_ADDRESS").Out);
    }

    [Fact]
    public void Hash_redaction_uses_a_key_kept_in_the_data_directory_and_gives_stable_tokens()
    {
        var directory = Directory.CreateTempSubdirectory("custos-screen-").FullName;
        try
        {
            var yaml = StarterWorkspace.Yaml + "\nscreening:\n  types:\n    EMAIL_ADDRESS: {in: redact, redaction: hash}\n";
            var config = ConfigLoader.Parse(yaml, "custos.yaml", Path.Combine(directory, "custos.yaml")).GetConfigOrThrow();
            var first = Screener.For(config).RedactArguments(Json("""{"e": "ann@example.com"}"""), null).GetProperty("e").GetString()!;
            var again = new Screener(config.Screening, config.DataDirectory).RedactArguments(Json("""{"x": "ann@example.com"}"""), null).GetProperty("x").GetString()!;
            Assert.StartsWith("<EMAIL_ADDRESS:hmac:", first, StringComparison.Ordinal);
            Assert.Equal(first, again);
            Assert.True(File.Exists(Path.Combine(config.DataDirectory, RedactionKey.FileName)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static ActionContext Context(string arguments) =>
        new(AgentAction.Create(ActionChannel.AuthorizeApi, null, "create", "billing.invoices", Json(arguments), TimeProvider.System), Starter)
        {
            Agent = Starter.FindAgent("finance-agent"),
        };

    private sealed class Texts(params string[] values) : IScreenableOutput
    {
        public string[] Values { get; } = values;

        public int Count => Values.Length;

        public string LocationOf(int index) => $"content/{index}";

        public string GetText(int index) => Values[index];

        public void SetText(int index, string text) => Values[index] = text;
    }
}
