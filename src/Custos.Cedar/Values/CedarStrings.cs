using System.Globalization;
using System.Text;

namespace Custos.Cedar.Values;

/// <summary>Quoting of strings in Cedar syntax (the inverse of the parser's unescaping).</summary>
public static class CedarStrings
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (Rune.IsControl(rune))
                        builder.Append("\\u{").Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append('}');
                    else
                        builder.Append(rune.ToString());
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
