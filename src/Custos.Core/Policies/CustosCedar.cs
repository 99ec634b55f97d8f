using Custos.Cedar.Values;
using Custos.Core.Pipeline;

namespace Custos.Core.Policies;

/// <summary>
/// How Custos's world looks to Cedar: the <c>Custos</c> namespace with agents (members of their team), systems,
/// tools (members of their system) and one action per action kind. Policies name these, so the names are stable.
/// </summary>
public static class CustosCedar
{
    public const string Namespace = "Custos";
    public const string AgentType = "Custos::Agent";
    public const string TeamType = "Custos::Team";
    public const string SystemType = "Custos::System";
    public const string ToolType = "Custos::Tool";
    public const string ActionType = "Custos::Action";

    /// <summary>The action group every read-only action kind is in: <c>action in Custos::Action::"readOnly"</c>.</summary>
    public const string ReadOnlyGroup = "readOnly";

    public static EntityUid Agent(string name) => new(AgentType, name);

    public static EntityUid Team(string name) => new(TeamType, name);

    public static EntityUid System(string name) => new(SystemType, name);

    public static EntityUid Tool(string system, string tool) => new(ToolType, system + "." + tool);

    public static EntityUid Action(string kind) => new(ActionType, kind);

    /// <summary>The resource entity for an action: the tool when one is named, else the system.</summary>
    public static EntityUid Resource(ResourceName resource) =>
        resource.Tool is null ? System(resource.System) : Tool(resource.System, resource.Tool);
}
