using Custos.Detection.Redaction;

namespace Custos.Core.Screening;

/// <summary>What custos.yaml says to do about one finding type: in each direction an action, and how to redact it.</summary>
public sealed record ScreeningRule(ScreeningAction In, ScreeningAction Out, RedactionMethod Redaction)
{
    public ScreeningAction For(ScreeningDirection direction) => direction == ScreeningDirection.In ? In : Out;
}
