namespace Custos.Core.Metering;

/// <summary>A model's list price in US dollars per million tokens; <paramref name="Model"/> may end in <c>*</c>.</summary>
public sealed record ModelPrice(string Model, decimal InputPerMillion, decimal OutputPerMillion);
