using System.Text.Json.Serialization;
using Custos.Gateway.Authorize;
using Custos.Gateway.Http;

namespace Custos.Gateway;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AuthorizeResponse))]
[JsonSerializable(typeof(FieldError))]
[JsonSerializable(typeof(IReadOnlyList<FieldError>))]
public sealed partial class GatewayJsonContext : JsonSerializerContext;
