namespace Custos.Cedar.Schema.Text;

internal enum SchemaTokenKind
{
    Identifier,
    String,
    Number,
    Punctuation,
    End,
}
