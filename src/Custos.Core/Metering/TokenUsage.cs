namespace Custos.Core.Metering;

/// <summary>
/// What one LLM call consumed, from the provider's own usage fields, and what it cost by Custos's price table.
/// </summary>
/// <param name="Model">The model the provider says answered (it may name a dated snapshot of the one asked for).</param>
/// <param name="CostUsd">The cost in US dollars, or null when the price table has no price for the model.</param>
public sealed record TokenUsage(string Model, long InputTokens, long OutputTokens, decimal? CostUsd = null);
