namespace Custos.Cedar.Authorization;

/// <summary>A policy that could not be evaluated for a request (it was skipped), and why.</summary>
public sealed record AuthorizationError(string PolicyId, string Message);
