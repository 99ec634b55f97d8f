namespace Custos.Detection.Secrets;

/// <summary>
/// A provider's credential: the literal prefix that triggers it (matched by the scanner's automaton), the body
/// that must follow, and the check that confirms it. <see cref="Kind"/> becomes the finding's subtype.
/// </summary>
internal sealed record SecretRule(string Kind, string Prefix, BodyChars Body, int MinBody, int MaxBody, double Score, SecretCheck Check = SecretCheck.None);
