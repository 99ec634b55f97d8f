using Custos.Core.Storage;

namespace Custos.Server.ControlPlane;

/// <summary>A recorded action as the API shows it.</summary>
public sealed record DecisionView(
    string Id,
    DateTimeOffset At,
    string Channel,
    string Principal,
    string? CredentialId,
    string Action,
    string Resource,
    string Decision,
    string Outcome,
    string? StoppedAt,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> Reasons,
    long DurationMicroseconds,
    string? Origin)
{
    public static DecisionView From(ActionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DecisionView(
            record.Id.ToString(),
            record.At,
            record.Channel.ToString(),
            record.Principal,
            record.CredentialId,
            record.Action,
            record.Resource,
            record.Effect.ToString().ToLowerInvariant(),
            record.Outcome.ToString().ToLowerInvariant(),
            record.StoppedAt?.ToString(),
            record.Policies,
            record.Reasons,
            record.DurationMicroseconds,
            record.Origin);
    }
}

public sealed record StatusChangeRequest(string? Reason);

public sealed record HealthView(string Status, int? SchemaVersion = null, string? Config = null);
