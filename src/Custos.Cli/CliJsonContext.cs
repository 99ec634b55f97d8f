using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Cli;

public sealed record DiagnosticView(string File, int Line, int Column, string Severity, string Message);

public sealed record ValidateView(bool Valid, string File, int Agents, int Systems, int Grants, IReadOnlyList<DiagnosticView> Diagnostics);

public sealed record DecisionOutput(string Decision, string Agent, string Action, string Resource, IReadOnlyList<string> Reasons, IReadOnlyList<string> Policies, bool Recorded);

public sealed record TokenView(string Id, string Kind, string Subject, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string Status);

public sealed record IssuedTokenView(string Id, string Subject, DateTimeOffset ExpiresAt, string Token);

public sealed record ErasureView(string Ref, DateTimeOffset ErasedAt, bool Purged);

public sealed record SubjectKeyView(string Ref, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ErasedAt, string? ErasedBy);

public sealed record PruneView(long Payloads, long PersonalData, long Entries, bool DryRun);

public sealed record FindingView(string Type, string? Subtype, int Start, int End, double Score, string Detector, string? Explanation);

public sealed record DetectView(string Source, int Characters, IReadOnlyList<FindingView> Findings);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ValidateView))]
[JsonSerializable(typeof(DetectView))]
[JsonSerializable(typeof(DecisionOutput))]
[JsonSerializable(typeof(List<Commands.DetokenizeView>))]
[JsonSerializable(typeof(List<TokenView>))]
[JsonSerializable(typeof(IssuedTokenView))]
[JsonSerializable(typeof(ErasureView))]
[JsonSerializable(typeof(PruneView))]
[JsonSerializable(typeof(List<SubjectKeyView>))]
[JsonSerializable(typeof(Commands.CostsView))]
[JsonSerializable(typeof(Custos.Server.ControlPlane.AgentView))]
[JsonSerializable(typeof(List<Custos.Server.ControlPlane.AgentView>))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Readable output: apostrophes and non-ASCII text are written as they are. Custos's JSON is never embedded
    /// in an HTML page, which is what the default escaping protects.
    /// </summary>
    public static CliJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
