namespace Custos.Detection;

/// <summary>
/// One thing a detector found: its <paramref name="Type"/> (Presidio's entity names where it has one), the
/// half-open range [<paramref name="Start"/>, <paramref name="End"/>) in UTF-16 code units of the scanned string,
/// a score in [0, 1], the detector that found it and, for secrets, the credential kind as <paramref name="Subtype"/>.
/// A finding never carries the matched text, so it can be logged and recorded as it is.
/// </summary>
public sealed record Finding(string Type, int Start, int End, double Score, string Detector, string? Subtype = null, string? Explanation = null)
{
    public int Length => End - Start;
}
