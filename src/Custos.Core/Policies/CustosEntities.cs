using Custos.Cedar.Entities;
using Custos.Cedar.Values;
using Custos.Core.Configuration;

namespace Custos.Core.Policies;

/// <summary>
/// The Cedar entities of a configuration, built once per configuration: each agent (in its team), each team,
/// each system, and each tool a system lists or a grant names (in its system).
/// </summary>
public static class CustosEntities
{
    public static EntityStore Build(CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var entities = new Dictionary<EntityUid, Entity>();
        foreach (var agent in config.Agents)
        {
            var team = CustosCedar.Team(agent.Team);
            entities.TryAdd(team, new Entity(team, Record(("name", agent.Team))));
            var uid = CustosCedar.Agent(agent.Name);
            entities[uid] = new Entity(uid, Record(
                ("name", agent.Name),
                ("owner", agent.Owner),
                ("team", agent.Team),
                ("purpose", agent.Purpose),
                ("riskTier", agent.RiskTier.ToString().ToLowerInvariant()),
                ("lawfulBasis", ConfigLoader.SnakeCase(agent.Gdpr.LawfulBasis.ToString())),
                ("processingPurpose", agent.Gdpr.ProcessingPurpose)), [team]);
        }
        foreach (var system in config.Systems)
        {
            var uid = CustosCedar.System(system.Name);
            entities[uid] = new Entity(uid, Record(("name", system.Name), ("kind", system.Kind.ToString().ToLowerInvariant())));
            foreach (var tool in system.Tools)
                AddTool(entities, system.Name, tool);
        }
        var builtIn = CustosCedar.System(BuiltInSystem.Name);
        if (entities.TryAdd(builtIn, new Entity(builtIn, Record(("name", BuiltInSystem.Name), ("kind", "custos")))))
        {
            foreach (var tool in BuiltInSystem.Tools)
                AddTool(entities, BuiltInSystem.Name, tool);
        }
        foreach (var grant in config.Grants)
        {
            foreach (var tool in grant.Tools)
            {
                if (!tool.Contains('*', StringComparison.Ordinal))
                    AddTool(entities, grant.System, tool);
            }
        }
        return EntityStore.Create(entities.Values);
    }

    /// <summary>The entity for a tool no configuration names (an agent may call any tool of a system it reaches).</summary>
    public static Entity Tool(string system, string tool) =>
        new(CustosCedar.Tool(system, tool), Record(("name", tool), ("system", system)), [CustosCedar.System(system)]);

    private static void AddTool(Dictionary<EntityUid, Entity> entities, string system, string tool)
    {
        var uid = CustosCedar.Tool(system, tool);
        entities.TryAdd(uid, Tool(system, tool));
    }

    private static RecordValue Record(params (string Name, string Value)[] attributes) =>
        RecordValue.Of(attributes.Select(a => new KeyValuePair<string, CedarValue>(a.Name, new StringValue(a.Value))));
}
