using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Custos.Gateway.Llm;

[JsonSerializable(typeof(JsonNode))]
internal sealed partial class LlmJsonContext : JsonSerializerContext;
