using System.Globalization;
using System.Text.Json;
using Custos.Cedar.Values;

namespace Custos.Core.Policies;

/// <summary>
/// Turns an action's arguments (plain JSON from an agent) into the Cedar record policies see as
/// <c>context.arguments</c>. Agents send ordinary JSON, not Cedar's JSON value syntax: <c>__entity</c> and
/// <c>__extn</c> are ordinary keys here, so an agent can never make an argument into an entity reference or an
/// extension value. Objects become records, arrays sets, strings strings, booleans booleans; whole numbers
/// become <c>Long</c>; other numbers become <c>decimal</c> when Cedar's decimal holds them exactly (at most four
/// fractional digits), else the number's text as a string; <c>null</c> is left out (Cedar has no null), so
/// <c>context.arguments has x</c> is false for it.
/// </summary>
public static class ArgumentValues
{
    /// <summary>The deepest nesting accepted (the HTTP body parser stops at 64 already).</summary>
    public const int MaxDepth = 64;

    /// <summary>The Cedar value of <paramref name="json"/>, or null (with the reason) when it is nested too deeply.</summary>
    public static CedarValue? From(JsonElement json, out string? error)
    {
        error = null;
        return Convert(json, 0, ref error);
    }

    private static CedarValue? Convert(JsonElement json, int depth, ref string? error)
    {
        if (depth > MaxDepth)
        {
            error = $"the arguments are nested more than {MaxDepth} levels deep";
            return null;
        }

        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                return Record(json, depth, ref error);
            case JsonValueKind.Array:
                var elements = new List<CedarValue>(json.GetArrayLength());
                foreach (var item in json.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }

                    var value = Convert(item, depth + 1, ref error);
                    if (value is null)
                    {
                        return null;
                    }

                    elements.Add(value);
                }

                return elements.Count == 0 ? SetValue.Empty : SetValue.Of(elements);
            case JsonValueKind.String:
                try
                {
                    return new StringValue(json.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    error = "an argument's text is not well-formed Unicode (it escapes half a surrogate pair, \\ud800 to \\udfff)";
                    return null;
                }
            case JsonValueKind.True:
                return BoolValue.True;
            case JsonValueKind.False:
                return BoolValue.False;
            case JsonValueKind.Number:
                return Number(json);
            default:
                error = $"a JSON {json.ValueKind} cannot be an argument";
                return null;
        }
    }

    private static RecordValue? Record(JsonElement json, int depth, ref string? error)
    {
        // The usual object has distinct names and no nulls: its attributes go straight into an array, which the
        // record sorts. Otherwise (a null removes a name, a repeated name's last value wins) through a dictionary.
        var count = json.GetPropertyCount();
        if (count == 0)
        {
            return RecordValue.Empty;
        }

        var attributes = new KeyValuePair<string, CedarValue>[count];
        var n = 0;
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null || n == count)
            {
                return RecordThroughDictionary(json, depth, ref error);
            }

            var value = Convert(property.Value, depth + 1, ref error);
            if (value is null)
            {
                return null;
            }

            attributes[n++] = new(property.Name, value);
        }

        if (n != count || HasRepeatedName(attributes))
        {
            return RecordThroughDictionary(json, depth, ref error);
        }

        return RecordValue.Of(attributes);
    }

    private static bool HasRepeatedName(KeyValuePair<string, CedarValue>[] attributes)
    {
        if (attributes.Length > 16)
        {
            var names = new HashSet<string>(attributes.Length, StringComparer.Ordinal);
            foreach (var (name, _) in attributes)
            {
                if (!names.Add(name))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < attributes.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(attributes[i].Key, attributes[j].Key, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static RecordValue? RecordThroughDictionary(JsonElement json, int depth, ref string? error)
    {
        var attributes = new Dictionary<string, CedarValue>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                attributes.Remove(property.Name);
                continue;
            }

            var value = Convert(property.Value, depth + 1, ref error);
            if (value is null)
            {
                return null;
            }

            // A repeated key: the last one wins, as in most JSON readers.
            attributes[property.Name] = value;
        }

        return attributes.Count == 0 ? RecordValue.Empty : RecordValue.Of(attributes);
    }

    private static CedarValue Number(JsonElement json)
    {
        if (json.TryGetInt64(out var whole))
        {
            return LongValue.Of(whole);
        }

        if (json.TryGetDecimal(out var number))
        {
            if (number == decimal.Truncate(number) && number >= long.MinValue && number <= long.MaxValue)
            {
                // 1.0 or 2e3: a whole number written another way.
                return LongValue.Of((long)number);
            }

            if (decimal.Round(number, 4) == number
                && DecimalValue.TryParse(number.ToString("0.0###", CultureInfo.InvariantCulture), out var exact, out _))
            {
                return exact!;
            }
        }

        return new StringValue(json.GetRawText());
    }
}
