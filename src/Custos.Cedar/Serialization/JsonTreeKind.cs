namespace Custos.Cedar.Serialization;

/// <summary>The kind of a <see cref="JsonTree"/> node.</summary>
internal enum JsonTreeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
