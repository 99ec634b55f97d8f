namespace Custos.Detection.Tests.Evaluation;

/// <summary>
/// Reads a text whose labelled values are marked inline as <c>⟦TYPE|value⟧</c>, as the held-out entity writers write
/// them: the markers are removed and each value becomes a <see cref="Label"/> over its span in the plain text.
/// </summary>
internal static class MarkedText
{
    private const char Open = '⟦';
    private const char Close = '⟧';

    /// <summary>The plain text and its labels; a malformed marker throws, naming the case and the character offset.</summary>
    public static LabelledCase Parse(string id, string marked)
    {
        var plain = new System.Text.StringBuilder(marked.Length);
        var labels = new List<Label>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf(Open, i);
            var stray = marked.IndexOf(Close, i);
            if (stray >= 0 && (open < 0 || stray < open))
            {
                throw new FormatException($"{id}: '{Close}' at offset {stray} closes no marker; write markers as {Open}TYPE|value{Close}.");
            }

            if (open < 0)
            {
                plain.Append(marked, i, marked.Length - i);
                break;
            }

            plain.Append(marked, i, open - i);
            var bar = marked.IndexOf('|', open + 1);
            var close = marked.IndexOf(Close, open + 1);
            var nested = marked.IndexOf(Open, open + 1);
            if (close < 0 || bar < 0 || bar > close || (nested >= 0 && nested < close))
            {
                throw new FormatException($"{id}: the marker opened at offset {open} is not of the form {Open}TYPE|value{Close} (missing '|' or '{Close}', or nested).");
            }

            var type = marked[(open + 1)..bar];
            if (type.Length == 0 || !type.All(c => c is (>= 'A' and <= 'Z') or '_'))
            {
                throw new FormatException($"{id}: the marker at offset {open} has type '{type}'; a type is upper-case letters and '_', such as EMAIL_ADDRESS.");
            }

            var value = marked[(bar + 1)..close];
            if (value.Length == 0)
            {
                throw new FormatException($"{id}: the marker at offset {open} has an empty value.");
            }

            labels.Add(new Label(type, plain.Length, plain.Length + value.Length));
            plain.Append(value);
            i = close + 1;
        }

        return new LabelledCase(id, labels.Count == 0 ? "negative" : "positive", plain.ToString(), labels);
    }
}
