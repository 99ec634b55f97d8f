namespace Custos.Detection.Secrets;

/// <summary>A secret-looking name (lowercase, matched case-insensitively) and what a value assigned to it must look like.</summary>
internal sealed record AssignmentKeyword(string Word, string Kind, ValueShape Shape, double Score);
