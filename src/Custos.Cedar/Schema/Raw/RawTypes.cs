namespace Custos.Cedar.Schema.Raw;

// The unresolved schema as either syntax writes it: the parsers produce it, SchemaBuilder resolves names and
// common types into a CedarSchema. The node types are small and only meaningful together, so they share this file.
#pragma warning disable CA1050, SA1402, SA1649

/// <summary>A type as written; <see cref="Offset"/> is where it starts in the source, <see cref="Where"/> a JSON path or null.</summary>
internal abstract record RawType
{
    public int Offset { get; init; }

    public string? Where { get; init; }
}

/// <summary>A name that may be a common type or an entity type (all names in <c>.cedarschema</c>, <c>EntityOrCommon</c> in JSON).</summary>
internal sealed record RawNamedType(string Name) : RawType;

/// <summary>JSON <c>{"type": "Entity", "name": …}</c>.</summary>
internal sealed record RawEntityRefType(string Name) : RawType;

/// <summary>JSON <c>{"type": "Foo"}</c> where Foo is not a built-in keyword: a common type.</summary>
internal sealed record RawCommonRefType(string Name) : RawType;

/// <summary>JSON <c>Boolean</c>, <c>Long</c>, <c>String</c> (always the primitive).</summary>
internal sealed record RawPrimitiveType(SchemaType Type) : RawType;

/// <summary>JSON <c>{"type": "Extension", "name": …}</c>.</summary>
internal sealed record RawExtensionType(string Name) : RawType;

internal sealed record RawSetType(RawType Element) : RawType;

internal sealed record RawRecordType(IReadOnlyList<RawAttribute> Attributes, bool AdditionalAttributes) : RawType;

internal sealed record RawAttribute(string Name, RawType Type, bool Required, int Offset);

/// <summary>A name with where it was written.</summary>
internal sealed record RawName(string Name, int Offset, string? Where = null);

internal sealed record RawEntityDecl(
    RawName Name,
    IReadOnlyList<RawName> MemberOf,
    RawType? Shape,
    RawType? Tags,
    IReadOnlyList<string>? EnumIds);

internal sealed record RawActionRef(string? Type, string Id, int Offset, string? Where = null);

internal sealed record RawAppliesTo(IReadOnlyList<RawName> Principals, IReadOnlyList<RawName> Resources, RawType? Context);

internal sealed record RawActionDecl(RawName Name, IReadOnlyList<RawActionRef> MemberOf, RawAppliesTo? AppliesTo);

internal sealed record RawCommonTypeDecl(RawName Name, RawType Type);

/// <summary>A namespace (null or empty name: the empty namespace) and its declarations.</summary>
internal sealed class RawNamespace(string? name, int offset)
{
    public string? Name { get; } = string.IsNullOrEmpty(name) ? null : name;

    public int Offset { get; } = offset;

    public List<RawEntityDecl> Entities { get; } = [];

    public List<RawActionDecl> Actions { get; } = [];

    public List<RawCommonTypeDecl> CommonTypes { get; } = [];
}
