using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Agents;
using Custos.Core.Storage;
using Custos.Ledger.Verification;
using Custos.Storage.Sqlite;
using Custos.Server.Hosting;
using Custos.Server.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Custos.Cli.Demo;

/// <summary>
/// <c>custos demo</c>: makes a fresh workspace, starts the server in process on a loopback port and plays a
/// short day of five agents through the real HTTP API. Every step states the decision it expects, so the demo
/// doubles as a smoke test: it exits 1 if Custos decided anything differently.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultDirectory = ".custos/demo";
    private const string Marker = ".custos-demo";

    public static Command Create(CliOutput output)
    {
        var dir = new Option<string>("--dir") { Description = "Where to create the demo workspace (recreated on every run)", DefaultValueFactory = _ => DefaultDirectory };
        var command = new Command("demo", "Play a scripted day of five agents through a Custos server, then show what was decided and recorded") { dir };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(dir)!, output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string directory, CliOutput output, CancellationToken cancellationToken)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            if (!File.Exists(Path.Combine(directory, Marker)))
            {
                return output.Fail($"{directory} exists and is not a demo workspace; choose another --dir");
            }

            Directory.Delete(directory, recursive: true);
        }

        if (Commands.InitCommand.Write(directory, force: true) is { } error)
        {
            return output.Fail(error);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, Marker), "This folder is recreated by 'custos demo'.\n", cancellationToken);
        var configPath = Path.Combine(directory, CustosConfig.DefaultFileName);
        if (await UseBuiltInFilesServerAsync(directory, configPath, cancellationToken) is { } problem)
        {
            return output.Fail(problem);
        }

        var config = ConfigLoader.LoadFile(configPath, configPath).GetConfigOrThrow();

        using var host = CustosHost.CreateBuilder(new CustosServerOptions
        {
            Config = config,
            Urls = "http://127.0.0.1:0",
            MinimumLogLevel = LogLevel.Warning,
        }).Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var address = host.ListeningAddress().ToString().TrimEnd('/');
            var workspace = host.Services.GetRequiredService<Workspace>();
            output.Console.MarkupLine($"[bold]Custos demo[/]: workspace [blue]{Markup.Escape(configPath)}[/], server [blue]{Markup.Escape(address)}[/]");

            var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var agent in config.Agents)
            {
                tokens[agent.Name] = (await workspace.Tokens.IssueAsync(TokenKind.Agent, agent.Name, TimeSpan.FromHours(1), "cli:demo", ActionChannel.Cli, cancellationToken)).Token;
            }

            var admin = (await workspace.Tokens.IssueAsync(TokenKind.Admin, "demo-operator", TimeSpan.FromHours(1), "cli:demo", ActionChannel.Cli, cancellationToken)).Token;
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var script = new DemoScript(http, tokens, admin, new Uri(address + Gateway.Mcp.McpGatewayEndpoints.Path));
            var steps = await script.PlayAsync(cancellationToken);

            var recorded = (await workspace.Store.QueryAsync(new ActionQuery(Limit: 10_000), cancellationToken)).Count(r => r.Resource != TokenIssuer.Resource);
            var ledger = await VerifyLedgerAsync(workspace, cancellationToken);
            Print(output, steps, recorded, configPath, workspace.Store.Path, ledger);
            if (!ledger.IsValid)
            {
                output.Error.WriteLine($"custos: the demo's audit ledger does not verify: {ledger.Problem?.Message}");
                return ExitCodes.Failed;
            }

            var wrong = steps.Where(s => !s.AsExpected).ToList();
            foreach (var step in wrong)
            {
                output.Error.WriteLine($"custos: demo step {step.Number} expected {step.Expected} but Custos answered {step.Decision}: {step.Why}");
            }

            return wrong.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Points the demo's <c>files</c> system at the built-in stdio MCP server (this executable, hidden command
    /// <see cref="DemoFilesServer.CommandName"/>) over a <c>shared</c> folder, instead of the npm filesystem server
    /// the starter names: the demo must run on a fresh machine without Node or the network, and quickly.
    /// </summary>
    private static async Task<string?> UseBuiltInFilesServerAsync(string directory, string configPath, CancellationToken cancellationToken)
    {
        const string Starter = "command: [npx, -y, \"@modelcontextprotocol/server-filesystem\", ./shared]";
        var yaml = await File.ReadAllTextAsync(configPath, cancellationToken);
        if (!yaml.Contains(Starter, StringComparison.Ordinal) || Environment.ProcessPath is not { } process)
        {
            return $"the demo cannot set up its files server in {configPath}; the starter workspace changed (this is a bug in custos)";
        }

        List<string> command = [process];
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            command.Add(typeof(DemoCommand).Assembly.Location);
        }

        command.AddRange([DemoFilesServer.CommandName, "./shared"]);
        var quoted = string.Join(", ", command.Select(part => "\"" + part.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
        await File.WriteAllTextAsync(configPath, yaml.Replace(Starter, $"command: [{quoted}]", StringComparison.Ordinal), cancellationToken);
        Directory.CreateDirectory(Path.Combine(directory, "shared"));
        await File.WriteAllTextAsync(Path.Combine(directory, "shared", "README.md"), "# Engineering share\nRelease 4.2 ships on Friday; the retry loop fix is in review.\n", cancellationToken);
        return null;
    }

    /// <summary>Signs a checkpoint for everything recorded, then checks the file the way an auditor would: read-only, with the public key.</summary>
    private static async Task<LedgerVerification> VerifyLedgerAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        var ledger = workspace.Store.Ledger;
        await ledger.CheckpointAsync(cancellationToken);
        using var connection = SqliteLedgerReader.OpenReadOnly(workspace.Store.Path);
        var records = SqliteLedgerReader.ReadRecords(connection).ToList();
        var checkpoints = SqliteLedgerReader.ReadCheckpoints(connection).Select(c => c.Note).ToList();
        return new LedgerVerifier(ledger.Origin, [ledger.VerifierKey]).Verify(records, checkpoints);
    }

    private static void Print(CliOutput output, IReadOnlyList<DemoStep> steps, int recorded, string configPath, string databasePath, LedgerVerification ledger)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("#").AddColumn("who").AddColumn("asks to").AddColumn("decision").AddColumn("why");
        foreach (var step in steps)
        {
            var decision = step.Decision switch
            {
                "allow" => "[green]allow[/]",
                "deny" => "[red]deny[/]",
                _ => $"[yellow]{Markup.Escape(step.Decision)}[/]",
            };
            table.AddRow(
                step.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(step.Who),
                Markup.Escape(step.What),
                decision,
                Markup.Escape(Shorten(step.Why, 72)));
        }

        output.Console.Write(table);
        var allowed = steps.Count(s => s.Decision == "allow");
        output.Console.MarkupLine(
            $"{steps.Count} requests: [green]{allowed} allowed[/], [red]{steps.Count - allowed} refused[/]; {recorded} records in the audit trail, one for every request, allowed or not.");
        output.Console.MarkupLine(ledger.IsValid
            ? $"Audit ledger:  [green]OK[/], {ledger.Size} entries (the requests, the tokens issued, the halt and the resume) under a signed checkpoint, root {ledger.RootHex[..16]}…"
            : $"Audit ledger:  [red]FAILED[/]: {Markup.Escape(ledger.Problem?.Message ?? "unknown")}");
        output.Console.MarkupLine($"Configuration: [blue]{Markup.Escape(configPath)}[/]");
        output.Console.MarkupLine($"Data:          [blue]{Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), databasePath))}[/] (SQLite, WAL)");
        output.Console.MarkupLine($"Look around:   custos --config {Markup.Escape(configPath)} agent list");
        output.Console.MarkupLine($"               custos --config {Markup.Escape(configPath)} authorize --agent dev-agent --action call --resource github.delete_repository");
        output.Console.MarkupLine($"               custos --config {Markup.Escape(configPath)} audit verify");
        output.Console.MarkupLine($"               custos --config {Markup.Escape(configPath)} audit query --agent marketing-agent");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}

/// <summary>One step of the demo as it happened.</summary>
internal sealed record DemoStep(int Number, string Who, string What, string Expected, string Decision, string Why)
{
    public bool AsExpected => Expected == Decision;
}

/// <summary>The scripted day, played over HTTP exactly as agents and an operator would.</summary>
internal sealed class DemoScript(HttpClient http, IReadOnlyDictionary<string, string> tokens, string adminToken, Uri mcpEndpoint)
{
    private readonly List<DemoStep> steps = [];

    public async Task<IReadOnlyList<DemoStep>> PlayAsync(CancellationToken ct)
    {
        await AuthorizeAsync("dev-agent", "call", "files.read_text_file", """{"path": "shared/README.md"}""", "allow", ct);
        await CallToolAsync("dev-agent", "files.read_text_file", "shared/README.md", "allow", ct);
        await CallToolAsync("dev-agent", "files.write_file", "shared/README.md", "deny", ct);
        await AuthorizeAsync("dev-agent", "call", "github.create_pull_request", """{"repo": "acme/api", "title": "Fix the retry loop"}""", "allow", ct);
        await AuthorizeAsync("dev-agent", "call", "github.delete_repository", """{"repo": "acme/api"}""", "deny", ct);
        await AuthorizeAsync("marketing-agent", "call", "cms.create_draft", """{"title": "Spring launch"}""", "allow", ct);
        await AuthorizeAsync("marketing-agent", "call", "cms.publish_post", """{"post": 118}""", "deny", ct);
        await AuthorizeAsync("marketing-agent", "call", "crm.export_customers", """{"format": "csv"}""", "deny", ct);
        await AuthorizeAsync("support-agent", "call", "crm.get_customer", """{"customer_id": "C-1042"}""", "allow", ct);
        await AuthorizeAsync("support-agent", "call", "memory.add_observations", """{"entity": "C-1042"}""", "allow", ct);
        await AuthorizeAsync("finance-agent", "read", "billing.invoices", """{"month": "2026-11"}""", "allow", ct);
        await AuthorizeAsync("finance-agent", "delete", "billing.invoices", """{"invoice": "INV-2026-311"}""", "deny", ct);
        await AuthorizeWithTokenAsync("someone with a forged token", "cst_" + new string('A', 49), "call", "crm.export_customers", "401", ct);
        await ReadAuditAsync("security-agent", "marketing-agent", ct);
        await ChangeStatusAsync("security-agent", tokens["security-agent"], "marketing-agent", "halt", "tried to export the customer list", "allow", ct);
        await AuthorizeAsync("marketing-agent", "call", "cms.create_draft", """{"title": "Spring launch, take 2"}""", "deny", ct);
        await ChangeStatusAsync("dev-agent", tokens["dev-agent"], "security-agent", "halt", "no reason", "deny", ct);
        await ChangeStatusAsync("operator (admin token)", adminToken, "marketing-agent", "resume", "reviewed with the marketing lead", "allow", ct);
        await AuthorizeAsync("marketing-agent", "call", "cms.create_draft", """{"title": "Spring launch, take 2"}""", "allow", ct);
        return steps;
    }

    private Task AuthorizeAsync(string agent, string action, string resource, string context, string expected, CancellationToken ct) =>
        AuthorizeWithTokenAsync(agent, tokens[agent], action, resource, expected, ct, context);

    private async Task AuthorizeWithTokenAsync(string who, string token, string action, string resource, string expected, CancellationToken ct, string context = "{}")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/authorize")
        {
            Content = new StringContent($$"""{"action": "{{action}}", "resource": "{{resource}}", "context": {{context}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        string decision, why;
        if (response.IsSuccessStatusCode)
        {
            decision = body.RootElement.GetProperty("decision").GetString()!;
            why = string.Join("; ", body.RootElement.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        }
        else
        {
            decision = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            why = body.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : response.ReasonPhrase ?? string.Empty;
        }

        steps.Add(new DemoStep(steps.Count + 1, who, $"{action} {resource}", expected, decision, why));
    }

    /// <summary>A real MCP tools/call through the gateway (the official C# SDK client), as an agent's MCP client makes it.</summary>
    private async Task CallToolAsync(string agent, string tool, string path, string expected, CancellationToken ct)
    {
        var transport = new ModelContextProtocol.Client.HttpClientTransport(new ModelContextProtocol.Client.HttpClientTransportOptions
        {
            Endpoint = mcpEndpoint,
            TransportMode = ModelContextProtocol.Client.HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + tokens[agent] },
        });
        await using var client = await ModelContextProtocol.Client.McpClient.CreateAsync(transport, cancellationToken: ct);
        var result = await client.CallToolAsync(tool, tool.EndsWith("write_file", StringComparison.Ordinal) ? new Dictionary<string, object?> { ["path"] = path, ["content"] = "planted" } : new Dictionary<string, object?> { ["path"] = path }, cancellationToken: ct);
        var text = string.Concat(result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(b => b.Text)).Replace('\n', ' ').Trim();
        steps.Add(new DemoStep(steps.Count + 1, agent, $"MCP {tool}", expected, result.IsError == true ? "deny" : "allow", result.IsError == true ? text : "got: " + text));
    }

    private async Task ReadAuditAsync(string agent, string about, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/decisions?agent={about}&outcome=denied&limit=20");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[agent]);
        using var response = await http.SendAsync(request, ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var decision = response.IsSuccessStatusCode ? "allow" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var why = response.IsSuccessStatusCode
            ? $"finds {body.RootElement.GetArrayLength()} refused actions of {about}: {string.Join(", ", body.RootElement.EnumerateArray().Select(d => d.GetProperty("resource").GetString()))}"
            : body.RootElement.GetProperty("detail").GetString() ?? string.Empty;
        steps.Add(new DemoStep(steps.Count + 1, agent, "read custos.audit", "allow", decision, why));
    }

    private async Task ChangeStatusAsync(string who, string token, string target, string verb, string reason, string expected, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/agents/{target}/{verb}")
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["reason"] = reason }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var decision = response.IsSuccessStatusCode ? "allow" : response.StatusCode == System.Net.HttpStatusCode.Forbidden ? "deny" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var why = response.IsSuccessStatusCode
            ? $"{target} is now {body.RootElement.GetProperty("status").GetString()}: {reason}"
            : body.RootElement.GetProperty("detail").GetString() ?? string.Empty;
        steps.Add(new DemoStep(steps.Count + 1, who, $"{verb} {target}", expected, decision, why));
    }
}
