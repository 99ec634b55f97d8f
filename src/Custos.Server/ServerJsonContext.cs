using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Server.ControlPlane;

namespace Custos.Server;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(AgentView))]
[JsonSerializable(typeof(List<AgentView>))]
[JsonSerializable(typeof(DecisionView))]
[JsonSerializable(typeof(List<DecisionView>))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(ErasureView))]
[JsonSerializable(typeof(ApprovalView))]
[JsonSerializable(typeof(List<ApprovalView>))]
public sealed partial class ServerJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Readable output: apostrophes and non-ASCII text are written as they are. Custos's JSON is never embedded
    /// in an HTML page, which is what the default escaping protects.
    /// </summary>
    public static ServerJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
