namespace Custos.Detection.Scanning;

/// <summary>A finding before context scoring and overlap resolution.</summary>
internal struct Candidate
{
    public string Type;
    public int Start;
    public int End;
    public double Score;
    public string Detector;
    public string? Subtype;
    public string? Explanation;

    /// <summary>Context words of these kinds near the candidate raise its score.</summary>
    public ContextKind Boost;

    /// <summary>Context words of these kinds near the candidate lower its score (an order number is not a card).</summary>
    public ContextKind Dampen;

    public readonly int Length => End - Start;
}
