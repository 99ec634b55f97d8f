using Custos.Core.Audit;
using Custos.Core.Screening;

namespace Custos.Gateway.Authorize;

/// <summary>A finding as the authorize API answers it: where, what type, and what Custos did; never the text.</summary>
public sealed record AuthorizeFinding(string Direction, string Type, string? Subtype, string Location, int Start, int End, double Score, string Action)
{
    public static AuthorizeFinding From(ScreeningFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Direction == ScreeningDirection.In ? "in" : "out", finding.Type, finding.Subtype, finding.Location, finding.Start, finding.End, finding.Score, FindingsJson.NameOf(finding.Action));
    }
}
