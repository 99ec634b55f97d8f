using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Custos.Core.Agents;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Pipeline.Stages;
using Custos.Core.Policies;
using Custos.Core.Screening;
using Custos.Server.Workspaces;
using Microsoft.Data.Sqlite;

namespace Custos.Benchmarks;

/// <summary>
/// The shared stages of one LLM chat call, each alone, in process and on one thread: Cedar authorization, screening
/// the prompt and the answer, building the record, the ledger draft, and the ledger write (<c>durability: os</c> and
/// <c>disk</c>). Bytes are exact (<see cref="GC.GetAllocatedBytesForCurrentThread"/> around synchronous work; the ledger
/// write, whose idle path completes on the caller's thread, through <see cref="GC.GetTotalAllocatedBytes(bool)"/>),
/// times the p50 and p99 of single calls. The inputs are the ones <c>llm-latency</c> sends.
/// </summary>
internal static class SharedStageBytes
{
    private const string Prompt = """{"model":"gpt-4.1-mini","messages":[{"role":"system","content":"You are a concise assistant."},{"role":"user","content":"Summarize the quarterly figures for the board in one line."}]}""";
    private const string PolicyContext = """{"model":"gpt-4.1-mini","stream":false,"messages":2,"tools":false}""";
    private const string Reply = "Revenue rose 12% while costs held flat, so margins reached a record.";

    public static async Task<int> RunAsync(int iterations)
    {
        var directory = Directory.CreateTempSubdirectory("custos-stages-").FullName;
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shared stages of one LLM chat call, alone, one thread, {iterations} calls each after as many warm-up calls, {DateTime.UtcNow:yyyy-MM-dd}"));
            Console.WriteLine($"{"piece",-44} {"bytes",8} {"p50 us",8} {"p99 us",8}");
            foreach (var durability in (string[])["os", "disk"])
            {
                var path = Path.Combine(directory, durability, CustosConfig.DefaultFileName);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var yaml = AllocationsPerRequest.LlmYaml(StarterWorkspace.Yaml, new Uri("http://127.0.0.1:9/"), "CUSTOS_BENCH_PROVIDER_KEY") + $"\nledger:\n  durability: {durability}\n";
                await File.WriteAllTextAsync(path, yaml);
                await using var workspace = Workspace.Open(new FixedConfigSource(ConfigLoader.LoadFile(path).GetConfigOrThrow()));
                await RunPiecesAsync(workspace, durability, iterations);
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task RunPiecesAsync(Workspace workspace, string durability, int iterations)
    {
        var config = workspace.Config;
        var agent = config.FindAgent("dev-agent") ?? throw new InvalidOperationException("the starter workspace has no dev-agent");
        if (!ResourceName.TryParse("openai.gpt-4.1-mini", out var resource, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var prompt = JsonElement.Parse(Prompt);
        var policyContext = JsonElement.Parse(PolicyContext);
        var cedar = new CedarAuthorizer();
        var screener = Screener.For(config);
        var output = new OneText(Reply);
        var clock = TimeProvider.System;
        ActionContext NewContext()
        {
            var action = AgentAction.Create(ActionChannel.Llm, null, "complete", resource.ToString(), policyContext, clock, "127.0.0.1", payload: prompt);
            var context = new ActionContext(action, config) { Agent = agent, CredentialId = "tok_bench", Resource = resource, Outcome = ActionOutcome.Success };
            context.Decision = new Decision(Effect.Allow, ["grant-dev-agent-openai"], ["policy grant permits dev-agent complete openai.gpt-4.1-mini"], []);
            context.Reasons.Add("policy grant permits dev-agent complete openai.gpt-4.1-mini");
            context.Usage = new Custos.Core.Metering.TokenUsage("gpt-4.1-mini", 24, 16, 0.0000352m);
            return context;
        }

        var authorizationRequest = new AuthorizationRequest(agent, "complete", resource, policyContext) { Channel = ActionChannel.Llm, Findings = [] };
        if (!cedar.Authorize(authorizationRequest, config).IsAllowed)
        {
            throw new InvalidOperationException("Cedar denies the benchmark's chat call: " + string.Join("; ", cedar.Authorize(authorizationRequest, config).Reasons));
        }

        if (durability == "os")
        {
            Row("Cedar authorize (CedarAuthorizer)", iterations, () => cedar.Authorize(authorizationRequest with { At = DateTimeOffset.UtcNow }, config));
            Row("screen the prompt (ScreenArguments)", iterations, () => screener.ScreenArguments(prompt, agent.Name));
            Row("screen the answer (ScreenOutput)", iterations, () => screener.ScreenOutput(output, agent.Name));
            var built = NewContext();
            Row("build the record (RecordStage.ToRecord)", iterations, () => RecordStage.ToRecord(built));
            var record = RecordStage.ToRecord(built);
            Row("ledger draft (AuditEntries.ToDraft)", iterations, () => Custos.Core.Audit.AuditEntries.ToDraft(record, null));
        }

        var store = workspace.Store;
        var stage = new RecordStage(store);
        var contexts = new ActionContext[iterations];
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < contexts.Length; i++)
            {
                contexts[i] = NewContext();
            }

            var times = new double[iterations];
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < contexts.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await stage.InvokeAsync(contexts[i], CancellationToken.None);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }

            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)iterations;
            if (round == 1)
            {
                Print($"RecordStage, durability {durability}", bytes, times);
            }
        }
    }

    private static void Row(string name, int iterations, Func<object?> piece)
    {
        for (var i = 0; i < iterations; i++)
        {
            piece();
        }

        var times = new double[iterations];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            piece();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;

        // The timing array's own bytes are allocated before the count starts; Stopwatch allocates nothing.
        Print(name, bytes, times);
    }

    private static void Print(string name, double bytes, double[] times)
    {
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} {bytes,8:N0} {times[times.Length / 2],8:N1} {times[Math.Min(times.Length - 1, (int)(times.Length * 0.99))],8:N1}"));
    }

    private sealed class OneText(string text) : IScreenableOutput
    {
        private string text = text;

        public int Count => 1;

        public string LocationOf(int index) => "choices/0/message/content";

        public string GetText(int index) => text;

        public void SetText(int index, string text) => this.text = text;
    }
}
