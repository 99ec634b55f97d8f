using System.Text.Json;
using Custos.Core.Screening;

namespace Custos.Core.Audit;

/// <summary>
/// Findings as the ledger payload keeps them: <c>{"dir":"in","type":"SECRET","subtype":"github-pat",
/// "location":"/token","start":4,"end":44,"detector":"…","score":1,"action":"block"}</c>. No text.
/// </summary>
public static class FindingsJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ScreeningFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        writer.WriteStartArray();
        foreach (var f in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("dir", f.Direction == ScreeningDirection.In ? "in" : "out");
            writer.WriteString("type", AuditEntries.WellFormed(f.Type));
            if (f.Subtype is not null)
            {
                writer.WriteString("subtype", AuditEntries.WellFormed(f.Subtype));
            }

            writer.WriteString("location", AuditEntries.WellFormed(f.Location));
            writer.WriteNumber("start", f.Start);
            writer.WriteNumber("end", f.End);
            writer.WriteString("detector", AuditEntries.WellFormed(f.Detector));
            writer.WriteNumber("score", f.Score);
            writer.WriteString("action", NameOf(f.Action));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The findings of a payload; malformed items are skipped (the payload is Custos's own, but may be old).</summary>
    public static IReadOnlyList<ScreeningFinding>? Read(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var result = new List<ScreeningFinding>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || Text(item, "type") is not { } type
                || Text(item, "location") is not { } location
                || !item.TryGetProperty("start", out var start) || !start.TryGetInt32(out var s)
                || !item.TryGetProperty("end", out var end) || !end.TryGetInt32(out var e))
            {
                continue;
            }

            var direction = Text(item, "dir") == "out" ? ScreeningDirection.Out : ScreeningDirection.In;
            var score = item.TryGetProperty("score", out var sc) && sc.TryGetDouble(out var d) ? d : 0;
            result.Add(new ScreeningFinding(direction, type, Text(item, "subtype"), location, s, e, score, Text(item, "detector") ?? string.Empty, ParseAction(Text(item, "action"))));
        }

        return result;
    }

    public static string NameOf(ScreeningAction action) => action switch
    {
        ScreeningAction.Redact => "redact",
        ScreeningAction.Block => "block",
        ScreeningAction.Escalate => "escalate",
        _ => "allow",
    };

    private static ScreeningAction ParseAction(string? name) => name switch
    {
        "redact" => ScreeningAction.Redact,
        "block" => ScreeningAction.Block,
        "escalate" => ScreeningAction.Escalate,
        _ => ScreeningAction.Allow,
    };

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
