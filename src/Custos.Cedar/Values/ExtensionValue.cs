namespace Custos.Cedar.Values;

/// <summary>A value of an extension type: <c>ipaddr</c>, <c>decimal</c>, <c>datetime</c>, <c>duration</c>.</summary>
public abstract class ExtensionValue : CedarValue
{
    public sealed override ValueKind Kind => ValueKind.Extension;

    /// <summary>The extension type's name as in a schema: <c>ipaddr</c>, <c>decimal</c>, <c>datetime</c>, <c>duration</c>.</summary>
    public abstract string TypeName { get; }
}
