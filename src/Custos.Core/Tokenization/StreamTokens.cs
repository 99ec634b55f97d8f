using Custos.Detection;
using Custos.Detection.Redaction;

namespace Custos.Core.Tokenization;

/// <summary>
/// Token redaction for a stream, whose screen is synchronous and cannot wait for the vault: the screen writes a
/// stand-in of the same shape (<c>[TYPE:tok_…]</c>, a random identifier the vault never issued), the relay asks the
/// vault for the real tokens of the values met since its last event (<see cref="ResolveAsync"/>) and swaps them in
/// (<see cref="Apply"/>) before the event reaches the client. A stand-in is 128 random bits: it cannot occur in the
/// provider's text by chance, and it is never released (an event still holding one is not written).
/// </summary>
public sealed class StreamTokens : IReversibleTokenizer
{
    private readonly Dictionary<(string Type, string Value), string> standIns = [];
    private readonly List<(string StandIn, string Type, string Value)> pending = [];
    private readonly Dictionary<string, string> resolved = new(StringComparer.Ordinal);

    /// <summary>How many values wait for their tokens.</summary>
    public int Pending => pending.Count;

    public string Tokenize(Finding finding, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = (finding.Type, value.ToString());
        if (!standIns.TryGetValue(key, out var standIn))
        {
            standIn = new RedactionToken(finding.Type, RedactionToken.NewId()).ToString();
            standIns[key] = standIn;
            pending.Add((standIn, key.Type, key.Item2));
        }

        return standIn;
    }

    /// <summary>Issues (or finds) the vault's token for every value met since the last call.</summary>
    public async Task ResolveAsync(TokenVault vault, IReadOnlyList<string>? dataSubjects, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vault);
        if (pending.Count == 0)
        {
            return;
        }

        var ids = await vault.TokenizeAsync([.. pending.Select(p => (p.Type, p.Value))], dataSubjects, retention, cancellationToken);
        for (var i = 0; i < pending.Count; i++)
        {
            resolved[pending[i].StandIn] = new RedactionToken(pending[i].Type, ids[i]).ToString();
        }

        pending.Clear();
    }

    /// <summary>
    /// <paramref name="text"/> with every resolved stand-in replaced by its token. Throws when a stand-in is
    /// still unresolved, so none is ever released in place of a token.
    /// </summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException("stream tokens must be resolved before an event is released");
        }

        foreach (var (standIn, token) in resolved)
        {
            if (text.Contains(standIn, StringComparison.Ordinal))
            {
                text = text.Replace(standIn, token, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
