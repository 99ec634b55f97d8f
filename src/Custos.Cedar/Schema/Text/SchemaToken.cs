namespace Custos.Cedar.Schema.Text;

/// <summary>A token of the human-readable schema syntax; <see cref="Value"/> is the unescaped text of a string.</summary>
internal readonly record struct SchemaToken(SchemaTokenKind Kind, string Text, int Offset, string Value)
{
    public bool Is(string punctuationOrWord) =>
        (Kind == SchemaTokenKind.Punctuation || Kind == SchemaTokenKind.Identifier) && Text == punctuationOrWord;

    public string Describe() => Kind switch
    {
        SchemaTokenKind.End => "the end of the input",
        SchemaTokenKind.String => "a string",
        SchemaTokenKind.Number => $"the number {Text}",
        _ => $"'{Text}'",
    };
}
