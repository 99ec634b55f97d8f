namespace Custos.Cedar.Values;

public sealed class StringValue : CedarValue
{
    public static readonly StringValue Empty = new(string.Empty);

    public StringValue(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    public string Value { get; }

    public override ValueKind Kind => ValueKind.String;

    public override bool Equals(CedarValue? other) => other is StringValue s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => CedarStrings.Quote(Value);
}
