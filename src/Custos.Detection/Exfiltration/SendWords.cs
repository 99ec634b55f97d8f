namespace Custos.Detection.Exfiltration;

/// <summary>
/// What an instruction to send is made of, as found in one pass: verbs of sending, verbs of placing (which send only
/// private data), and public places that are destinations without an address.
/// </summary>
internal readonly record struct SendWords(List<(int Start, int End)> Verbs, List<(int Start, int End)> Placements, List<(int Start, int End)> Places);
