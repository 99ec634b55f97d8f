using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Cli.Audit;

public sealed record ProblemView(string Kind, long? EntryIndex, int? CheckpointIndex, string Message);

public sealed record VerifyView(
    bool Valid, string Source, string Key, long Size, string Root, int Checkpoints, long CheckpointedSize, long EntriesPruned, long PayloadsPresent, ProblemView? Problem);

public sealed record ProofView(long LeafIndex, long TreeSize, string LeafHash, IReadOnlyList<string> Path, string Root, string Checkpoint, string Key, bool Verified);

public sealed record EntryView(
    long Seq, DateTimeOffset At, string? Agent, string? Action, string? System, string? Outcome, bool Pruned, string? Effect,
    IReadOnlyList<string>? Resources, IReadOnlyList<string>? Policies, IReadOnlyList<string>? Reasons, string? TraceId, string? Problem,
    IReadOnlyList<LedgerFindingView>? Findings = null);

/// <summary>A screening finding as the entry's payload keeps it: no text, only type, place and the action taken.</summary>
public sealed record LedgerFindingView(string Direction, string Type, string? Subtype, string Location, int Start, int End, string Detector, double Score, string Action);

public sealed record ExportView(string Directory, long Size, string Root, int Checkpoints, VerifyView Verification);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(VerifyView))]
[JsonSerializable(typeof(ProofView))]
[JsonSerializable(typeof(List<EntryView>))]
[JsonSerializable(typeof(ExportView))]
internal sealed partial class AuditJsonContext : JsonSerializerContext
{
    /// <summary>Readable output, as <see cref="CliJsonContext.Readable"/>: never embedded in HTML.</summary>
    public static AuditJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
