using System.Globalization;
using System.Text;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Rewrites the string escapes of JSON written by <see cref="System.Text.Json.Utf8JsonWriter"/> into the form
/// serde_json (and so Cedar) writes: characters other than controls, <c>"</c> and <c>\</c> appear as themselves,
/// and control characters without a short escape are <c>\u00xx</c> in lower case.
/// </summary>
internal static class SerdeEscapes
{
    public static string Normalize(string json)
    {
        if (!json.Contains("\\u", StringComparison.Ordinal))
            return json;
        var b = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c != '\\' || i + 1 >= json.Length)
            {
                b.Append(c);
                continue;
            }
            var next = json[i + 1];
            if (next != 'u' || i + 5 >= json.Length)
            {
                b.Append(c).Append(next);
                i++;
                continue;
            }
            var unit = int.Parse(json.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (char.IsHighSurrogate((char)unit) && i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u' &&
                int.TryParse(json.AsSpan(i + 8, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low) &&
                char.IsLowSurrogate((char)low))
            {
                b.Append((char)unit).Append((char)low);
                i += 11;
                continue;
            }
            var escape = unit switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when unit < 0x20 || char.IsSurrogate((char)unit) => "\\u" + unit.ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is null)
                b.Append((char)unit);
            else
                b.Append(escape);
            i += 5;
        }
        return b.ToString();
    }
}
