namespace Custos.Core.Configuration;

/// <summary>
/// Custos itself, as a system agents can be granted actions on: <c>custos.audit</c> (the audit trail) and
/// <c>custos.agents</c> (halting, quarantining and resuming agents). Its name is reserved.
/// </summary>
public static class BuiltInSystem
{
    public const string Name = "custos";
    public const string AuditTool = "audit";
    public const string AgentsTool = "agents";

    public static readonly IReadOnlyList<string> Tools = [AuditTool, AgentsTool];
}
