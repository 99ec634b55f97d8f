namespace Custos.Core.Metering;

/// <summary>A model's list price in US dollars per million tokens; <paramref name="Model"/> may end in <c>*</c>.</summary>
/// <param name="AsOf">The date (YYYY-MM-DD) a custos.yaml price was taken; null for the shipped list prices (see <see cref="PriceTable.DefaultsAsOf"/>).</param>
public sealed record ModelPrice(string Model, decimal InputPerMillion, decimal OutputPerMillion, string? AsOf = null);
