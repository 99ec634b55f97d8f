namespace Custos.Cedar.Schema.Json;

internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
