using System.Security.Cryptography;
using System.Text;

namespace Custos.Detection.Redaction;

/// <summary>Writes a text with its findings replaced as a <see cref="RedactionPolicy"/> says.</summary>
public static class Redactor
{
    /// <summary>
    /// The redacted text. Findings may come in any order; where two overlap, the one starting first (then the
    /// longer) is redacted and the part of the other that is left is redacted with it.
    /// </summary>
    public static string Redact(string text, IEnumerable<Finding> findings, RedactionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        var ordered = findings.OrderBy(f => f.Start).ThenByDescending(f => f.End).ToList();
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var finding in ordered)
        {
            if (finding.Start < 0 || finding.End > text.Length || finding.End < finding.Start)
            {
                throw new ArgumentOutOfRangeException(nameof(findings), $"the finding [{finding.Start}, {finding.End}) lies outside the text of {text.Length} characters");
            }

            if (finding.End <= at)
            {
                continue;
            }

            var start = Math.Max(finding.Start, at);
            sb.Append(text, at, start - at);
            var value = text.AsSpan(start, finding.End - start);
            Replace(sb, finding, value, policy);
            at = finding.End;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    private static void Replace(StringBuilder sb, Finding finding, ReadOnlySpan<char> value, RedactionPolicy policy)
    {
        switch (policy.MethodFor(finding.Type))
        {
            case RedactionMethod.Keep:
                sb.Append(value);
                break;
            case RedactionMethod.Mask:
                foreach (var c in value)
                {
                    sb.Append(char.IsLetterOrDigit(c) ? '*' : c);
                }

                break;
            case RedactionMethod.Partial:
                // The last four characters of a date would show its day and month, or its year: a date is masked whole.
                var keep = finding.Type == EntityTypes.DateTime ? 0 : 4;
                var from = value.Length;
                while (from > 0 && keep > 0)
                {
                    from--;
                    keep -= char.IsLetterOrDigit(value[from]) ? 1 : 0;
                }

                foreach (var c in value[..from])
                {
                    sb.Append(char.IsLetterOrDigit(c) ? '*' : c);
                }

                sb.Append(value[from..]);
                break;
            case RedactionMethod.Hash:
                sb.Append('<').Append(finding.Type).Append(":hmac:").Append(Hash(finding.Type, value, policy)).Append('>');
                break;
            case RedactionMethod.Token:
                sb.Append(policy.Tokenizer!.Tokenize(finding, value));
                break;
            default:
                sb.Append('<').Append(finding.Type);
                if (finding.Subtype is { } subtype)
                {
                    sb.Append(':').Append(subtype);
                }

                sb.Append('>');
                break;
        }
    }

    /// <summary>HMAC-SHA256 over "TYPE:value" in UTF-8: the type separates domains, so an email and a name never share a token.</summary>
    private static string Hash(string type, ReadOnlySpan<char> value, RedactionPolicy policy)
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(type, ":", value));
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(policy.HashKey.Span, input, mac);
        var hex = Convert.ToHexStringLower(mac);
        CryptographicOperations.ZeroMemory(input);
        return hex[..policy.HashLength];
    }
}
