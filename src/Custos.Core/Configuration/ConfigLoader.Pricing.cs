using System.Globalization;
using Custos.Core.Metering;

namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private static readonly string[] PricingKeys = ["model", "input_per_million", "output_per_million", "as_of"];

    private sealed partial class Binder
    {
        /// <summary><c>pricing:</c> a list of models with their USD prices per million tokens and the date they were taken.</summary>
        private PriceTable BindPricing(YamlMapping root)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var prices = BindList(root, "pricing", (node, path, index) =>
            {
                var price = BindPrice(node, path, index);
                if (price is not null && !seen.Add(price.Model))
                {
                    Error(node.Start, $"{path}: model '{price.Model}' is priced twice; keep one entry");
                }

                return price;
            });
            return prices.Count == 0 ? PriceTable.Default : new PriceTable(prices);
        }

        private ModelPrice? BindPrice(YamlNode node, string path, int index)
        {
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, PricingKeys);
            var model = GetString(map, "model", path, required: true, hint: "a model name such as gpt-4.1, or a prefix such as llama3*");
            if (model is not null && (model.Length is 0 or > 200 || model.AsSpan(0, model.Length - 1).Contains('*') || model.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '*'))))
            {
                Error(map.Find("model")!.Start, $"{path}.model '{YamlTreeReader.Truncate(model)}' is not a model name; use letters, digits, '-', '_', '.', ':', '/', and '*' only at the end for a prefix");
                model = null;
            }

            var input = Price(map, "input_per_million", path);
            var output = Price(map, "output_per_million", path);
            var asOf = GetString(map, "as_of", path, required: true, hint: "the date the price was taken, as in 2026-11-01, so a stale price shows");
            if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Error(map.Find("as_of")!.Start, $"{path}.as_of must be a date written YYYY-MM-DD, found '{YamlTreeReader.Truncate(asOf)}'");
                asOf = null;
            }

            return model is null || input is null || output is null || asOf is null ? null : new ModelPrice(model, input.Value, output.Value, asOf);
        }

        private decimal? Price(YamlMapping map, string key, string path)
        {
            var text = GetString(map, key, path, required: true, hint: "US dollars per million tokens, such as 2.50 (0 for a local model)");
            if (text is null)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100_000m)
            {
                Error(map.Find(key)!.Start, $"{path}.{key} must be US dollars per million tokens between 0 and 100000, such as 2.50, found '{YamlTreeReader.Truncate(text)}'");
                return null;
            }

            return value;
        }
    }
}
