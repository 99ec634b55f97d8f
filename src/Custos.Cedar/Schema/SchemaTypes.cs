using System.Collections.Immutable;

namespace Custos.Cedar.Schema;

#pragma warning disable CA1050

public sealed record BoolSchemaType : SchemaType
{
    public static readonly BoolSchemaType Instance = new();
}

public sealed record LongSchemaType : SchemaType
{
    public static readonly LongSchemaType Instance = new();
}

public sealed record StringSchemaType : SchemaType
{
    public static readonly StringSchemaType Instance = new();
}

/// <summary>An entity reference of the fully qualified type <paramref name="Name"/>.</summary>
public sealed record EntitySchemaType(string Name) : SchemaType;

public sealed record SetSchemaType(SchemaType Element) : SchemaType;

/// <summary>An extension type: <c>ipaddr</c>, <c>decimal</c>, <c>datetime</c> or <c>duration</c>.</summary>
public sealed record ExtensionSchemaType(string Name) : SchemaType;

/// <summary>One attribute of a record type.</summary>
public sealed record AttributeSchema(SchemaType Type, bool Required = true);

/// <summary>
/// A record type. <paramref name="AdditionalAttributes"/> is false for every type written in a schema (Cedar
/// records are closed); it is true only for an entity type that the schema does not define attributes for.
/// </summary>
public sealed record RecordSchemaType(ImmutableSortedDictionary<string, AttributeSchema> Attributes, bool AdditionalAttributes = false) : SchemaType
{
    public static readonly RecordSchemaType Empty = new(ImmutableSortedDictionary<string, AttributeSchema>.Empty.WithComparers(StringComparer.Ordinal));

    public bool Equals(RecordSchemaType? other) =>
        other is not null && other.AdditionalAttributes == AdditionalAttributes && other.Attributes.Count == Attributes.Count &&
        Attributes.All(a => other.Attributes.TryGetValue(a.Key, out var b) && a.Value == b);

    public override int GetHashCode() => HashCode.Combine(Attributes.Count, AdditionalAttributes);
}
