namespace Custos.Detection.Redaction;

/// <summary>How each type of finding is redacted. Build once per configuration.</summary>
public sealed class RedactionPolicy
{
    /// <summary>The method for types not named in <see cref="Methods"/>.</summary>
    public RedactionMethod Default { get; init; } = RedactionMethod.Replace;

    /// <summary>The method per finding type (EMAIL_ADDRESS, SECRET, …).</summary>
    public IReadOnlyDictionary<string, RedactionMethod> Methods { get; init; } = new Dictionary<string, RedactionMethod>(StringComparer.Ordinal);

    /// <summary>The HMAC key for <see cref="RedactionMethod.Hash"/>; at least 16 bytes. Keep it secret and stable.</summary>
    public ReadOnlyMemory<byte> HashKey { get; init; }

    /// <summary>How many hex digits of the HMAC a hash token shows (8 to 64).</summary>
    public int HashLength { get; init; } = 8;

    /// <summary>Used for <see cref="RedactionMethod.Token"/>; required when any type uses it.</summary>
    public IReversibleTokenizer? Tokenizer { get; init; }

    public RedactionMethod MethodFor(string type) => Methods.TryGetValue(type, out var method) ? method : Default;

    internal void Validate()
    {
        var methods = Methods.Values.Append(Default).ToHashSet();
        if (methods.Contains(RedactionMethod.Hash) && HashKey.Length < 16)
        {
            throw new InvalidOperationException("keyed-hash redaction needs a key of at least 16 bytes; set RedactionPolicy.HashKey");
        }

        if (methods.Contains(RedactionMethod.Token) && Tokenizer is null)
        {
            throw new InvalidOperationException("token redaction needs a tokenizer; set RedactionPolicy.Tokenizer");
        }

        if (HashLength is < 8 or > 64)
        {
            throw new InvalidOperationException("the hash length must be between 8 and 64 hex digits");
        }
    }
}
