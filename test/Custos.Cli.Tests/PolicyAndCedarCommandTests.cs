namespace Custos.Cli.Tests;

/// <summary><c>custos policy …</c> and <c>custos cedar …</c> as a user runs them.</summary>
public sealed class PolicyAndCedarCommandTests
{
    [Fact]
    public async Task The_starter_workspace_ships_guardrails_and_policy_tests_that_pass()
    {
        using var workspace = await TempWorkspace.InitAsync();
        Assert.True(File.Exists(Path.Combine(workspace.Directory, "policies", "guardrails.cedar")));
        var result = (await workspace.RunAsync("policy", "test", "policy-tests.yaml")).Expect(0);
        Assert.Contains("5 passed, 0 failed", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_policy_test_exits_1_and_names_the_case_and_its_line()
    {
        using var workspace = await TempWorkspace.InitAsync();
        await File.WriteAllTextAsync(Path.Combine(workspace.Directory, "cases.yaml"), """
            cases:
              - name: marketing reads customers
                agent: marketing-agent
                action: call
                resource: crm.get_customer
                expect: allow
            """, TestContext.Current.CancellationToken);
        var result = (await workspace.RunAsync("policy", "test", "cases.yaml")).Expect(1);
        Assert.Contains("FAIL  marketing reads customers (cases.yaml:2): expected allow, got deny", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("0 passed, 1 failed", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_policy_test_file_is_reported_with_its_position()
    {
        using var workspace = await TempWorkspace.InitAsync();
        await File.WriteAllTextAsync(Path.Combine(workspace.Directory, "cases.yaml"), "cases:\n  - agent: dev-agent\n    expect: maybe\n", TestContext.Current.CancellationToken);
        var result = (await workspace.RunAsync("policy", "test", "cases.yaml")).Expect(1);
        Assert.Contains("cases.yaml:2:", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("'action' is required", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_compiled_prints_grants_as_cedar_that_parses_back()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("policy", "show", "--compiled")).Expect(0);
        Assert.Contains("// dev-reads-code: compiled from the grant at custos.yaml:", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("principal == Custos::Agent::\"dev-agent\"", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("@id(\"payments-in-office-hours\")", result.StdOut, StringComparison.Ordinal);
        var parsed = Custos.Cedar.Parsing.PolicyParser.Parse(result.StdOut);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Errors));
        Assert.Equal(17, parsed.PolicySet!.StaticPolicies.Length);

        var schema = (await workspace.RunAsync("policy", "show", "--schema")).Expect(0);
        Assert.Contains("entity Agent in [Team]", schema.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_names_the_forbid_that_decided_and_exits_3()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var result = (await workspace.RunAsync("policy", "explain", "--agent", "finance-agent", "--action", "pay", "--resource", "billing.payments", "--at", "2026-11-27T23:30:00Z")).Expect(3);
        Assert.Contains("decision: deny", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("// payments-in-office-hours (policies/guardrails.cedar:6): forbids", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_tests_reports_mismatches_and_a_summary()
    {
        using var workspace = new TempWorkspace();
        var tests = Path.Combine(workspace.Directory, "tests");
        Directory.CreateDirectory(tests);
        await File.WriteAllTextAsync(Path.Combine(tests, "p.cedar"), "permit (principal == User::\"alice\", action, resource);", TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.Combine(workspace.Directory, "data"));
        await File.WriteAllTextAsync(Path.Combine(workspace.Directory, "data", "e.json"), "[]", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(tests, "broken.json"), "[1, 2]", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(tests, "t.json"), """
            {"policies": "tests/p.cedar", "entities": "data/e.json", "requests": [
              {"description": "alice", "principal": {"type": "User", "id": "alice"}, "action": {"type": "Action", "id": "a"}, "resource": {"type": "R", "id": "r"}, "context": {}, "decision": "allow", "reason": ["policy0"], "errors": []},
              {"description": "bob, wrongly expected", "principal": {"type": "User", "id": "bob"}, "action": {"type": "Action", "id": "a"}, "resource": {"type": "R", "id": "r"}, "context": {}, "decision": "allow", "reason": ["policy0"], "errors": []}
            ]}
            """, TestContext.Current.CancellationToken);
        var result = (await workspace.RunAsync("cedar", "run-tests", workspace.Directory)).Expect(1);
        Assert.Contains("tests/t.json [bob, wrongly expected]: expected allow", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("tests/broken.json: malformed test file", result.StdOut, StringComparison.Ordinal);
        Assert.EndsWith("1 passed, 2 failed", result.StdOut.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_answers_one_line_per_request_and_summarises_on_stderr()
    {
        using var workspace = new TempWorkspace();
        var dir = workspace.Directory;
        await File.WriteAllTextAsync(Path.Combine(dir, "p.cedar"), "permit (principal in Team::\"ops\", action, resource) when { context.risk < 50 };", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, "e.json"), """[{"uid": {"type": "Agent", "id": "a"}, "attrs": {}, "parents": [{"type": "Team", "id": "ops"}]}]""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dir, "r.jsonl"), """
            {"principal": {"type": "Agent", "id": "a"}, "action": {"type": "Action", "id": "call"}, "resource": {"type": "Tool", "id": "t"}, "context": {"risk": 10}}
            {"principal": {"type": "Agent", "id": "a"}, "action": {"type": "Action", "id": "call"}, "resource": {"type": "Tool", "id": "t"}, "context": {"risk": 90}}
            {"principal": {"type": "Agent", "id": "a"}, "action": {"type": "Action", "id": "call"}, "resource": {"type": "Tool", "id": "t"}, "context": {}}
            {"principal": "not a uid"}
            """, TestContext.Current.CancellationToken);
        var result = (await workspace.RunAsync("cedar", "authorize", "--policies", "p.cedar", "--entities", "e.json", "--requests", "r.jsonl")).Expect(1);
        var lines = result.StdOut.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("""{"decision":"allow","reasons":["policy0"],"errors":[]}""", lines[0].Trim());
        Assert.Equal("""{"decision":"deny","reasons":[],"errors":[]}""", lines[1].Trim());
        Assert.Equal("""{"decision":"deny","reasons":[],"errors":["policy0"]}""", lines[2].Trim());
        Assert.StartsWith("""{"error":"line 4:""", lines[3].Trim(), StringComparison.Ordinal);
        Assert.Contains("\"requests\":4,\"allow\":1,\"deny\":2,\"eval_ms\":", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_check_fails_on_unformatted_files_and_write_fixes_them()
    {
        using var workspace = new TempWorkspace();
        var file = Path.Combine(workspace.Directory, "p.cedar");
        await File.WriteAllTextAsync(file, "// keep me\npermit(principal,action,resource)when{context.x<3};", TestContext.Current.CancellationToken);
        (await workspace.RunAsync("cedar", "format", "--check", "p.cedar")).Expect(1);
        (await workspace.RunAsync("cedar", "format", "--write", "p.cedar")).Expect(0);
        Assert.Equal("// keep me\npermit (principal, action, resource)\nwhen { context.x < 3 };\n", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        (await workspace.RunAsync("cedar", "format", "--check", "p.cedar")).Expect(0);
        var broken = (await workspace.RunAsync("cedar", "format", "missing.cedar")).Expect(1);
        Assert.Contains("file not found", broken.StdErr, StringComparison.Ordinal);
    }
}
