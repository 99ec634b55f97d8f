using System.Text.Json.Serialization;
using Custos.Server.ControlPlane;

namespace Custos.Server;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(AgentView))]
[JsonSerializable(typeof(List<AgentView>))]
[JsonSerializable(typeof(DecisionView))]
[JsonSerializable(typeof(List<DecisionView>))]
[JsonSerializable(typeof(HealthView))]
public sealed partial class ServerJsonContext : JsonSerializerContext;
