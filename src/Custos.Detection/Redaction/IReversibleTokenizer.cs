namespace Custos.Detection.Redaction;

/// <summary>
/// Swaps a value for a token that a vault outside this library can turn back into the value for authorized roles.
/// The library only calls it; storing the mapping and checking who may reverse it belong to Custos's core.
/// </summary>
public interface IReversibleTokenizer
{
    /// <summary>The token to write in place of <paramref name="value"/>, found as <paramref name="finding"/>.</summary>
    string Tokenize(Finding finding, ReadOnlySpan<char> value);
}
