using System.Text;
using Custos.Detection.Scanning;

namespace Custos.Detection;

/// <summary>
/// The secret values Custos itself holds, compiled once into one automaton over every form a value travels in:
/// as it is, base64, base64url, hex (both cases) and URL-encoded. A finding names the secret and the encoding,
/// never the value. Build it when the set of secrets changes, not per scan.
/// </summary>
public sealed class KnownSecrets
{
    /// <summary>Shorter values match too much ordinary text to be worth reporting.</summary>
    public const int MinimumLength = 8;

    private readonly List<(string Name, string Encoding)> _labels = [];

    public KnownSecrets(IEnumerable<KeyValuePair<string, string>> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var patterns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in secrets)
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(value);
            if (value.Length < MinimumLength)
            {
                throw new ArgumentException($"the secret '{name}' is shorter than {MinimumLength} characters; such values cannot be told apart from ordinary text", nameof(secrets));
            }

            foreach (var (encoding, form) in Forms(value))
            {
                if (seen.Add(form))
                {
                    patterns.Add(form);
                    _labels.Add((name, encoding));
                }
            }
        }

        Automaton = patterns.Count == 0 ? null : new AhoCorasick(patterns, ignoreCase: false);
    }

    public int Count => _labels.Count;

    internal AhoCorasick? Automaton { get; }

    internal (string Name, string Encoding) Label(int pattern) => _labels[pattern];

    /// <summary>The base64 characters fully determined by <paramref name="bytes"/> when <paramref name="offset"/> bytes precede them.</summary>
    private static string Base64Core(byte[] bytes, int offset)
    {
        var shifted = new byte[offset + bytes.Length];
        bytes.CopyTo(shifted, offset);
        var encoded = Convert.ToBase64String(shifted);
        var first = ((8 * offset) + 5) / 6;
        var last = (8 * (offset + bytes.Length) / 6) - 1;
        return last >= first ? encoded[first..(last + 1)] : string.Empty;
    }

    private static IEnumerable<(string Encoding, string Form)> Forms(string value)
    {
        yield return ("plain", value);
        var bytes = Encoding.UTF8.GetBytes(value);
        var base64 = Convert.ToBase64String(bytes);
        yield return ("base64", base64.TrimEnd('='));
        yield return ("base64url", base64.TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        // Inside a longer base64 text (a Basic credential "user:password", a JSON blob) the value starts at any of
        // three byte offsets; the characters that depend on its bytes alone are matched for each.
        for (var offset = 0; offset < 3; offset++)
        {
            var core = Base64Core(bytes, offset);
            if (core.Length >= MinimumLength)
            {
                yield return ("base64", core);
                yield return ("base64url", core.Replace('+', '-').Replace('/', '_'));
            }
        }

        yield return ("hex", Convert.ToHexStringLower(bytes));
        yield return ("hex", Convert.ToHexString(bytes));
        var url = Uri.EscapeDataString(value);
        if (url != value)
        {
            yield return ("url", url);
        }
    }
}
