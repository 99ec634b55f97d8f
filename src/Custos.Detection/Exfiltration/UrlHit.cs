namespace Custos.Detection.Exfiltration;

/// <summary>A URL found in the text: where it is, how it is embedded and what in it looks like carried data.</summary>
internal readonly record struct UrlHit(int Start, int End, bool Image, bool Link, string? Data);
