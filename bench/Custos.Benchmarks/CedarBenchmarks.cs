using BenchmarkDotNet.Attributes;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;

namespace Custos.Benchmarks;

/// <summary>
/// The Cedar engine on the agent workload (bench/workloads/agents): one decision, a thousand decisions, and
/// the one-off costs (parsing and compiling the policy set, parsing the entities).
/// </summary>
[MemoryDiagnoser]
public class CedarBenchmarks
{
    private string policyText = null!;
    private string entitiesJson = null!;
    private CedarSchema schema = null!;
    private CompiledPolicySet policies = null!;
    private EntityStore entities = null!;
    private Request[] requests = null!;
    private Request allowed = null!;
    private Request denied = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Workload.Folder("agents");
        policyText = File.ReadAllText(Path.Combine(folder, "policies.cedar"));
        entitiesJson = File.ReadAllText(Path.Combine(folder, "entities.json"));
        schema = CedarSchemaParser.Parse(File.ReadAllText(Path.Combine(folder, "schema.cedarschema"))).Schema!;
        policies = new CompiledPolicySet(PolicyParser.ParsePolicySet(policyText));
        entities = CedarJson.ParseEntities(entitiesJson, schema).Value!;
        requests = File.ReadLines(Path.Combine(folder, "requests.jsonl")).Select(line => CedarJson.ParseRequest(line, schema).Value!).ToArray();
        allowed = requests.First(r => Authorizer.IsAuthorized(r, policies, entities).IsAllowed);
        denied = requests.First(r => !Authorizer.IsAuthorized(r, policies, entities).IsAllowed);
    }

    [Benchmark(Description = "one decision (allow)")]
    public Response AllowOne() => Authorizer.IsAuthorized(allowed, policies, entities);

    [Benchmark(Description = "one decision (deny)")]
    public Response DenyOne() => Authorizer.IsAuthorized(denied, policies, entities);

    [Benchmark(Description = "1,000 mixed decisions", OperationsPerInvoke = 1000)]
    public int Mixed()
    {
        var allowCount = 0;
        foreach (var request in requests)
        {
            if (Authorizer.IsAuthorized(request, policies, entities).IsAllowed)
                allowCount++;
        }
        return allowCount;
    }

    [Benchmark(Description = "parse and compile 60 policies")]
    public CompiledPolicySet ParseAndCompile() => new(PolicyParser.ParsePolicySet(policyText));

    [Benchmark(Description = "parse 76 entities with the schema")]
    public EntityStore ParseEntities() => CedarJson.ParseEntities(entitiesJson, schema).Value!;
}
