using Custos.Detection;
using Custos.Detection.Redaction;

namespace Custos.Core.Tokenization;

/// <summary>
/// Token redaction in two passes, so the redactor stays synchronous while the vault is not: a first pass
/// collects the values to tokenize (<see cref="Collecting"/>), the vault issues their tokens at once
/// (<see cref="ResolveAsync"/>), and the second pass writes them.
/// </summary>
public sealed class TokenBatch : IReversibleTokenizer
{
    private readonly List<(string Type, string Value)>? pending;
    private readonly Dictionary<(string Type, string Value), string>? issued;

    private TokenBatch(List<(string, string)>? pending, Dictionary<(string, string), string>? issued)
    {
        this.pending = pending;
        this.issued = issued;
    }

    /// <summary>A first-pass tokenizer: it remembers each value and writes a placeholder that is thrown away.</summary>
    public static TokenBatch Collecting() => new([], null);

    /// <summary>How many values the first pass met.</summary>
    public int Count => pending?.Count ?? issued?.Count ?? 0;

    /// <summary>The second-pass tokenizer, with a token from <paramref name="vault"/> for every value the first pass met.</summary>
    public async Task<TokenBatch> ResolveAsync(TokenVault vault, IReadOnlyList<string>? dataSubjects, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vault);
        if (pending is null)
        {
            throw new InvalidOperationException("only a collecting batch can be resolved");
        }

        var distinct = pending.Distinct().ToList();
        var ids = await vault.TokenizeAsync(distinct, dataSubjects, retention, cancellationToken);
        var map = new Dictionary<(string, string), string>(distinct.Count);
        for (var i = 0; i < distinct.Count; i++)
        {
            map[distinct[i]] = new RedactionToken(distinct[i].Type, ids[i]).ToString();
        }

        return new TokenBatch(null, map);
    }

    public string Tokenize(Finding finding, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (pending is not null)
        {
            pending.Add((finding.Type, value.ToString()));
            return "[pending]";
        }

        // A value the first pass did not meet cannot be tokenized here: fail rather than let it through.
        return issued!.TryGetValue((finding.Type, value.ToString()), out var token)
            ? token
            : throw new InvalidOperationException($"a {finding.Type} value to tokenize was not prepared by the first pass");
    }
}
