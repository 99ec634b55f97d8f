using Custos.Core.Pipeline;

namespace Custos.Core.Storage;

/// <summary>A filter over recorded actions; null fields match everything. Newest first.</summary>
public sealed record ActionQuery(
    string? Principal = null,
    ActionOutcome? Outcome = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 100,
    string? Action = null,
    string? System = null);
