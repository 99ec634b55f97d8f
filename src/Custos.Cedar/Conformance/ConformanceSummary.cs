namespace Custos.Cedar.Conformance;

/// <summary>How a conformance run went: one test per request, plus one per <c>shouldValidate</c>.</summary>
public sealed record ConformanceSummary(int Passed, int Failed, int Files)
{
    public override string ToString() => $"{Passed} passed, {Failed} failed";
}
