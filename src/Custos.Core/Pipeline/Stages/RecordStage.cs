using System.Security.Cryptography;
using Custos.Core.Storage;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Writes the action to the audit trail. Only a durable write marks the action recorded. The record is then
/// posted to the observers (anomaly and incident rules), which never delay the action.
/// </summary>
public sealed class RecordStage(IActionRecorder recorder, Observation.ActionObservers? observers = null) : IPipelineStage
{
    public StageName Stage => StageName.Record;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = ToRecord(context);
        await recorder.RecordAsync(record, cancellationToken);
        context.Recorded = true;
        observers?.Post(record);
    }

    public static ActionRecord ToRecord(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var action = context.Action;
        string? digest = null;
        if (action.Context is { } json)
        {
            // The hash of the context's raw UTF-8 (the bytes GetRawText would give back), hashed where it lies.
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(json), hash);
            digest = Convert.ToHexStringLower(hash);
        }

        return new ActionRecord(
            action.Id,
            action.ReceivedAt,
            action.Channel,
            context.Agent?.Name ?? ActionRecord.Unauthenticated,
            context.CredentialId,
            Truncate(action.Action, 64),
            Truncate(action.Resource, 256),
            context.Decision?.Effect ?? Effect.Deny,
            context.Outcome,
            context.StoppedAt,
            context.Decision?.Policies ?? [],
            context.Reasons.Count == 0 ? [] : context.Reasons.ToArray(),
            digest,
            (long)context.Elapsed.TotalMicroseconds,
            action.Origin,
            action.DataSubjects,
            action.DataSubjects is { Count: > 0 } && action.Context is { } personal ? personal.GetRawText() : null,
            Usage: context.Usage,
            Secrets: context.Credentials.Count == 0 ? null : SecretsOf(context.Credentials),
            Findings: context.Findings.Count == 0 ? null : context.Findings.ToArray());
    }

    // NAME=secret://… for each injected credential, in ordinal order; no LINQ on the record path.
    private static string[] SecretsOf(IReadOnlyDictionary<string, Secrets.SecretValue> credentials)
    {
        var secrets = new string[credentials.Count];
        var i = 0;
        foreach (var (name, value) in credentials)
        {
            secrets[i++] = $"{name}={value.Reference}"; // the reference's own text, never the value
        }

        Array.Sort(secrets, StringComparer.Ordinal);
        return secrets;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
