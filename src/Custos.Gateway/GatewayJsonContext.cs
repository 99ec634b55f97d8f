using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Gateway.Authorize;
using Custos.Gateway.Http;

namespace Custos.Gateway;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AuthorizeResponse))]
[JsonSerializable(typeof(Detokenize.DetokenizeResponse))]
[JsonSerializable(typeof(FieldError))]
[JsonSerializable(typeof(IReadOnlyList<FieldError>))]
public sealed partial class GatewayJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Readable output: apostrophes and non-ASCII text are written as they are. Custos's JSON is never embedded
    /// in an HTML page, which is what the default escaping protects.
    /// </summary>
    public static GatewayJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
