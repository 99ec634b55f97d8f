using System.Collections.Immutable;

namespace Custos.Cedar.Schema;

/// <summary>
/// An entity type: the types its entities may be members of (<c>in</c>), its attributes, its tag type (null when
/// it has no tags), and for an enumerated type the only ids it has.
/// </summary>
public sealed record EntityTypeSchema(
    string Name,
    ImmutableArray<string> MemberOfTypes,
    RecordSchemaType Attributes,
    SchemaType? Tags = null,
    ImmutableArray<string>? EnumIds = null);
