using System.Text;
using System.Text.Json;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Custos.Ledger.Entries;
using Custos.Ledger.Sequencing;

namespace Custos.Core.Audit;

/// <summary>
/// How an <see cref="ActionRecord"/> becomes a ledger entry and its payload, and back. The entry holds what
/// auditors query and what must outlive retention (who, what, decision, outcome, why); the payload holds the
/// details (channel, credential id, origin, timings, the context digest) and, sealed under the data subjects'
/// keys, their personal data. See docs/ledger.md.
/// </summary>
public static class AuditEntries
{
    /// <summary>The retention category of entries without personal data.</summary>
    public const string PayloadsCategory = "payloads";

    /// <summary>The retention category of entries that name data subjects.</summary>
    public const string PersonalDataCategory = "personal_data";

    /// <summary>The payload format version.</summary>
    public const int PayloadVersion = 1;

    /// <summary>The draft for <paramref name="record"/>; <paramref name="sealedData"/> when it names data subjects.</summary>
    public static LedgerEntryDraft ToDraft(ActionRecord record, SealedPersonalData? sealedData)
    {
        ArgumentNullException.ThrowIfNull(record);
        var payload = WritePayload(record, sealedData);
        return new LedgerEntryDraft(
            record.At,
            WellFormed(record.Principal),
            WellFormed(record.Action),
            [WellFormed(record.Resource)],
            EffectOf(record),
            WellFormedAll(record.Policies),
            record.Outcome.ToString(),
            WellFormedAll(record.Reasons),
            CostOf(record.Usage),
            record.Id.ToString(),
            sealedData?.SubjectRefs ?? [],
            payload,
            sealedData is null ? PayloadsCategory : PersonalDataCategory);
    }

    /// <summary>The entry's cost: tokens, and money as a canonical decimal (<c>0</c> when no price is known).</summary>
    public static LedgerCost CostOf(Metering.TokenUsage? usage) =>
        usage is null
            ? LedgerCost.Zero
            : new LedgerCost(usage.InputTokens, usage.OutputTokens, (usage.CostUsd ?? 0m).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// <paramref name="text"/> with every lone surrogate replaced by U+FFFD. Agents' strings reach the record
    /// as JSON decoded them, and JSON may escape half a surrogate pair (<c>\ud800</c>), which has no UTF-8
    /// encoding: left in, the entry could not be written and the action would go unrecorded.
    /// </summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (!span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    destination[i] = c;
                    destination[i + 1] = source[i + 1];
                    i++;
                }
                else
                {
                    destination[i] = char.IsSurrogate(c) ? '\uFFFD' : c;
                }
            }
        });
    }

    // A copy of the list with each text well-formed, without LINQ.
    private static string[] WellFormedAll(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var copy = new string[texts.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = WellFormed(texts[i]);
        }

        return copy;
    }

    private static DecisionEffect EffectOf(ActionRecord record) =>
        record.Effect == Effect.Deny ? DecisionEffect.Deny : record.IsEvent ? DecisionEffect.None : DecisionEffect.Allow;

    /// <summary>The system an entry's resource names (<c>crm</c> for <c>crm.lookup</c>).</summary>
    public static string SystemOf(IReadOnlyList<string> resources)
    {
        if (resources.Count == 0)
        {
            return string.Empty;
        }

        var resource = resources[0];
        var dot = resource.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? resource : resource[..dot];
    }

    /// <summary>
    /// The record an entry and its payload describe. A pruned payload leaves the details empty; a pruned entry
    /// leaves only what the index columns hold (<paramref name="fallback"/>).
    /// </summary>
    public static ActionRecord ToRecord(LedgerEntry? entry, byte[]? payload, IndexedEntry fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var details = ReadPayload(payload);
        var outcome = Enum.TryParse<ActionOutcome>(entry?.Outcome ?? fallback.Outcome, out var o) ? o : ActionOutcome.Failure;
        var effect = entry is null
            ? (outcome == ActionOutcome.Success ? Effect.Allow : Effect.Deny)
            : (entry.Effect == DecisionEffect.Deny ? Effect.Deny : Effect.Allow);
        return new ActionRecord(
            Guid.TryParse(entry?.TraceId ?? fallback.RecordId, out var id) ? id : Guid.Empty,
            details.At ?? entry?.Timestamp ?? fallback.At,
            details.Channel ?? ActionChannel.AuthorizeApi,
            entry?.Agent ?? fallback.Agent,
            details.Credential,
            entry?.Action ?? fallback.Action,
            entry is { Resources.Count: > 0 } ? entry.Resources[0] : fallback.System,
            effect,
            outcome,
            details.StoppedAt,
            entry?.PolicyIds ?? [],
            entry?.Reasons ?? [],
            details.ContextSha256,
            details.DurationMicroseconds,
            details.Origin,
            entry is { DataSubjects.Count: > 0 } ? entry.DataSubjects : null,
            IsEvent: entry?.Effect == DecisionEffect.None,
            Usage: UsageOf(entry?.Cost, details),
            Secrets: details.Secrets,
            Findings: details.Findings);
    }

    // One buffer and writer per thread, reset for each payload: the only allocation left is the payload itself.
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? payloadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? payloadWriter;

    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("v");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText AtName = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText ChannelName = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText PrincipalName = JsonEncodedText.Encode("principal");
    private static readonly JsonEncodedText CredentialName = JsonEncodedText.Encode("credential");
    private static readonly JsonEncodedText OriginName = JsonEncodedText.Encode("origin");
    private static readonly JsonEncodedText StoppedAtName = JsonEncodedText.Encode("stoppedAt");
    private static readonly JsonEncodedText DurationName = JsonEncodedText.Encode("durationUs");
    private static readonly JsonEncodedText ContextName = JsonEncodedText.Encode("contextSha256");
    private static readonly JsonEncodedText SealedName = JsonEncodedText.Encode("sealed");
    private static readonly JsonEncodedText ModelName = JsonEncodedText.Encode("model");
    private static readonly JsonEncodedText PricedName = JsonEncodedText.Encode("priced");
    private static readonly JsonEncodedText SecretsName = JsonEncodedText.Encode("secrets");
    private static readonly JsonEncodedText FindingsName = JsonEncodedText.Encode("findings");

    private static byte[] WritePayload(ActionRecord record, SealedPersonalData? sealedData)
    {
        var buffer = payloadBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = payloadWriter;
        if (writer is null)
        {
            writer = payloadWriter = new Utf8JsonWriter(buffer);
        }
        else
        {
            writer.Reset(buffer);
        }

        try
        {
            writer.WriteStartObject();
            writer.WriteNumber(VersionName, PayloadVersion);
            writer.WriteString(IdName, record.Id);
            writer.WriteString(AtName, record.At.UtcDateTime);
            writer.WriteString(ChannelName, record.Channel.ToString());
            writer.WriteString(PrincipalName, record.Principal);
            WriteOptional(writer, CredentialName, record.CredentialId);
            WriteOptional(writer, OriginName, record.Origin);
            WriteOptional(writer, StoppedAtName, record.StoppedAt?.ToString());
            writer.WriteNumber(DurationName, record.DurationMicroseconds);
            WriteOptional(writer, ContextName, record.ContextSha256);
            if (record.Usage is { } usage)
            {
                writer.WriteString(ModelName, WellFormed(usage.Model));
                writer.WriteBoolean(PricedName, usage.CostUsd is not null);
            }

            if (record.Secrets is { Count: > 0 } secrets)
            {
                writer.WriteStartArray(SecretsName);
                foreach (var secret in secrets)
                {
                    writer.WriteStringValue(WellFormed(secret));
                }

                writer.WriteEndArray();
            }

            if (record.Findings is { Count: > 0 } findings)
            {
                writer.WritePropertyName(FindingsName);
                FindingsJson.Write(writer, findings);
            }

            if (sealedData is not null)
            {
                writer.WritePropertyName(SealedName);
                sealedData.Sealed.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        catch
        {
            // A writer left mid-object is not reused.
            payloadWriter = null;
            throw;
        }
        finally
        {
            if (buffer.Capacity > 64 * 1024)
            {
                payloadBuffer = null;
                payloadWriter = null;
            }
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static PayloadDetails ReadPayload(byte[]? payload)
    {
        if (payload is null)
        {
            return new PayloadDetails();
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new PayloadDetails();
            }

            return new PayloadDetails
            {
                At = root.TryGetProperty("at", out var at) && at.TryGetDateTimeOffset(out var when) ? when : null,
                Channel = String(root, "channel") is { } channel && Enum.TryParse<ActionChannel>(channel, out var c) ? c : null,
                Credential = String(root, "credential"),
                Origin = String(root, "origin"),
                StoppedAt = String(root, "stoppedAt") is { } stopped && Enum.TryParse<StageName>(stopped, out var s) ? s : null,
                DurationMicroseconds = root.TryGetProperty("durationUs", out var d) && d.TryGetInt64(out var us) ? us : 0,
                ContextSha256 = String(root, "contextSha256"),
                Model = String(root, "model"),
                Priced = !root.TryGetProperty("priced", out var priced) || priced.ValueKind != JsonValueKind.False,
                Secrets = root.TryGetProperty("secrets", out var secrets) && secrets.ValueKind == JsonValueKind.Array
                    ? [.. secrets.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
                    : null,
                Findings = root.TryGetProperty("findings", out var findings) ? FindingsJson.Read(findings) : null,
            };
        }
        catch (JsonException)
        {
            return new PayloadDetails();
        }
    }

    private static Metering.TokenUsage? UsageOf(LedgerCost? cost, PayloadDetails details)
    {
        if (cost is null || (details.Model is null && cost == LedgerCost.Zero))
        {
            return null;
        }

        var amount = decimal.TryParse(cost.Amount, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var usd) ? usd : 0m;
        return new Metering.TokenUsage(details.Model ?? string.Empty, cost.TokensIn, cost.TokensOut, details.Priced ? amount : null);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The payload's UTF-8 JSON as text, for display.</summary>
    public static string PayloadText(byte[] payload) => Encoding.UTF8.GetString(payload);

    private sealed record PayloadDetails
    {
        public DateTimeOffset? At { get; init; }

        public ActionChannel? Channel { get; init; }

        public string? Credential { get; init; }

        public string? Origin { get; init; }

        public StageName? StoppedAt { get; init; }

        public long DurationMicroseconds { get; init; }

        public string? ContextSha256 { get; init; }

        public string? Model { get; init; }

        public bool Priced { get; init; } = true;

        public IReadOnlyList<string>? Secrets { get; init; }

        public IReadOnlyList<Screening.ScreeningFinding>? Findings { get; init; }
    }
}

/// <summary>What a store indexes each entry by, which stays when the entry itself is pruned.</summary>
public sealed record IndexedEntry(long Index, DateTimeOffset At, string Agent, string Action, string Outcome, string System, string RecordId);
