namespace Custos.Core.Metering;

/// <summary>
/// Prices per model. The shipped defaults are the providers' published list prices as of
/// <see cref="DefaultsAsOf"/>; <c>pricing:</c> in custos.yaml overrides or adds entries (contract prices, local
/// models at zero) and win over them. Within each, the most specific match wins: an exact name, then the longest <c>prefix*</c>.
/// </summary>
public sealed class PriceTable
{
    /// <summary>The date the shipped list prices were taken; check them against your provider's price page.</summary>
    public const string DefaultsAsOf = "2025-06-01";

    public static readonly IReadOnlyList<ModelPrice> Defaults =
    [
        new("gpt-4o", 2.50m, 10.00m),
        new("gpt-4o-*", 2.50m, 10.00m),
        new("gpt-4o-mini", 0.15m, 0.60m),
        new("gpt-4o-mini-*", 0.15m, 0.60m),
        new("gpt-4.1", 2.00m, 8.00m),
        new("gpt-4.1-*", 2.00m, 8.00m),
        new("gpt-4.1-mini", 0.40m, 1.60m),
        new("gpt-4.1-mini-*", 0.40m, 1.60m),
        new("gpt-4.1-nano", 0.10m, 0.40m),
        new("gpt-4.1-nano-*", 0.10m, 0.40m),
        new("o3", 2.00m, 8.00m),
        new("o3-*", 2.00m, 8.00m),
        new("o4-mini", 1.10m, 4.40m),
        new("o4-mini-*", 1.10m, 4.40m),
        new("text-embedding-3-small", 0.02m, 0m),
        new("text-embedding-3-large", 0.13m, 0m),
        new("claude-opus-4*", 15.00m, 75.00m),
        new("claude-sonnet-4*", 3.00m, 15.00m),
        new("claude-3-7-sonnet*", 3.00m, 15.00m),
        new("claude-3-5-sonnet*", 3.00m, 15.00m),
        new("claude-3-5-haiku*", 0.80m, 4.00m),
    ];

    private readonly Tier overrides;
    private readonly Tier defaults;

    public PriceTable(IEnumerable<ModelPrice> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        this.overrides = new Tier(overrides);
        defaults = new Tier(Defaults);
    }

    public static PriceTable Default { get; } = new([]);

    /// <summary>
    /// The price for <paramref name="model"/>: custos.yaml's entries first (exact, then the longest prefix), so a
    /// contract price for <c>gpt-4.1-mini*</c> beats the shipped <c>gpt-4.1-mini-*</c>; then the shipped list.
    /// </summary>
    public ModelPrice? Find(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return overrides.Find(model) ?? defaults.Find(model);
    }

    private sealed class Tier
    {
        private readonly Dictionary<string, ModelPrice> exact = new(StringComparer.Ordinal);
        private readonly List<ModelPrice> prefixes = [];

        public Tier(IEnumerable<ModelPrice> prices)
        {
            foreach (var price in prices)
            {
                if (price.Model.EndsWith('*'))
                {
                    prefixes.RemoveAll(p => p.Model == price.Model);
                    prefixes.Add(price);
                }
                else
                {
                    exact[price.Model] = price;
                }
            }

            prefixes.Sort((a, b) => b.Model.Length.CompareTo(a.Model.Length));
        }

        public ModelPrice? Find(string model)
        {
            if (exact.TryGetValue(model, out var price))
            {
                return price;
            }

            foreach (var prefix in prefixes)
            {
                if (model.StartsWith(prefix.Model.AsSpan(0, prefix.Model.Length - 1), StringComparison.Ordinal))
                {
                    return prefix;
                }
            }

            return null;
        }
    }

    /// <summary>The cost of <paramref name="usage"/>, or null when no price is known for its model.</summary>
    public decimal? CostOf(TokenUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return Find(usage.Model) is { } price
            ? Math.Round(((usage.InputTokens * price.InputPerMillion) + (usage.OutputTokens * price.OutputPerMillion)) / 1_000_000m, 8)
            : null;
    }
}
