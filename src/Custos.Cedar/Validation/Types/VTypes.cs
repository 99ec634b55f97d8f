using System.Collections.Immutable;
using Custos.Cedar.Schema;

namespace Custos.Cedar.Validation.Types;

/// <summary>Subtyping and least upper bounds of validator types, as Cedar's <c>types.rs</c> defines them.</summary>
internal static class VTypes
{
    public static bool Same(VType? a, VType? b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (a is null || b is null)
            return false;
        return (a, b) switch
        {
            (BoolType x, BoolType y) => x.Kind == y.Kind,
            (LongType, LongType) or (StringType, StringType) or (NeverType, NeverType) => true,
            (EntityType x, EntityType y) => SameLub(x.Lub, y.Lub),
            (SetType x, SetType y) => Same(x.Element, y.Element),
            (RecordType x, RecordType y) => x.Open == y.Open && x.Attributes.Count == y.Attributes.Count &&
                x.Attributes.All(kv => y.Attributes.TryGetValue(kv.Key, out var other) &&
                    other.Required == kv.Value.Required && Same(kv.Value.Type, other.Type)),
            (ExtensionType x, ExtensionType y) => x.Name == y.Name,
            _ => false,
        };
    }

    private static bool SameLub(ImmutableSortedSet<string>? a, ImmutableSortedSet<string>? b) =>
        a is null ? b is null : b is not null && a.SetEquals(b);

    public static bool IsSubtype(VType t0, VType t1, bool strict)
    {
        switch (t0, t1)
        {
            case (NeverType, _):
                return true;
            case (BoolType b0, BoolType b1):
                return b1.Kind == BoolKind.AnyBool || b0.Kind == b1.Kind;
            case (LongType, LongType):
            case (StringType, StringType):
                return true;
            case (SetType s0, SetType s1):
                return (s0.Element, s1.Element) switch
                {
                    (not null, not null) => IsSubtype(s0.Element, s1.Element, strict),
                    (_, null) => true,
                    _ => false,
                };
            case (RecordType r0, RecordType r1):
                return (!r0.Open || r1.Open) &&
                    ((r1.Open && !strict && AttributesSubtype(r0, r1, strict)) ||
                     (SameKeys(r0, r1) && AttributesSubtype(r0, r1, strict)));
            case (EntityType e0, EntityType e1):
                if (e0.Lub is null)
                    return e1.Lub is null;
                if (e1.Lub is null)
                    return !strict;
                return strict ? e0.Lub.SetEquals(e1.Lub) : e0.Lub.IsSubsetOf(e1.Lub);
            case (ExtensionType x0, ExtensionType x1):
                return x0.Name == x1.Name;
            default:
                return false;
        }
    }

    private static bool SameKeys(RecordType r0, RecordType r1) =>
        r0.Attributes.Count == r1.Attributes.Count && r0.Attributes.Keys.All(r1.Attributes.ContainsKey);

    private static bool AttributesSubtype(RecordType r0, RecordType r1, bool strict) =>
        r1.Attributes.All(kv => r0.Attributes.TryGetValue(kv.Key, out var a0) && AttributeSubtype(a0, kv.Value, strict));

    private static bool AttributeSubtype(VAttribute a0, VAttribute a1, bool strict) =>
        (strict ? a0.Required == a1.Required : a0.Required || !a1.Required) && IsSubtype(a0.Type, a1.Type, strict);

    /// <summary>The least upper bound, or null with <paramref name="hint"/> saying why there is none.</summary>
    public static VType? Lub(VType t0, VType t1, bool strict, out string? hint)
    {
        hint = null;
        if (IsSubtype(t0, t1, strict))
            return t1;
        if (IsSubtype(t1, t0, strict))
            return t0;
        switch (t0, t1)
        {
            case (BoolType, BoolType):
                return BoolType.Any;
            case (SetType s0, SetType s1):
                if (s0.Element is null || s1.Element is null)
                    return SetType.AnySet;
                var element = Lub(s0.Element, s1.Element, strict, out hint);
                return element is null ? null : new SetType(element);
            case (RecordType r0, RecordType r1):
                {
                    var attrs = AttributesLub(r0, r1, strict, out hint);
                    if (attrs is null)
                        return null;
                    var open = r0.Open || r1.Open || attrs.Count != r0.Attributes.Keys.Union(r1.Attributes.Keys).Count();
                    return new RecordType(attrs, open);
                }
            case (EntityType e0, EntityType e1):
                if (strict)
                {
                    hint = "in strict validation, expressions must have exactly the same entity type";
                    return null;
                }
                return e0.Lub is null || e1.Lub is null ? EntityType.AnyEntity : new EntityType(e0.Lub.Union(e1.Lub));
            case (EntityType, RecordType) or (RecordType, EntityType):
                hint = "entities and records are different types";
                return null;
            default:
                return null;
        }
    }

    private static ImmutableSortedDictionary<string, VAttribute>? AttributesLub(RecordType r0, RecordType r1, bool strict, out string? hint)
    {
        hint = null;
        if (strict && !SameKeys(r0, r1))
        {
            hint = "in strict validation, records must have the same attributes";
            return null;
        }
        var builder = ImmutableSortedDictionary.CreateBuilder<string, VAttribute>(StringComparer.Ordinal);
        foreach (var (key, a0) in r0.Attributes)
        {
            if (!r1.Attributes.TryGetValue(key, out var a1))
                continue;
            var type = Lub(a0.Type, a1.Type, strict, out hint);
            if (type is null || (strict && a0.Required != a1.Required))
            {
                if (strict)
                {
                    hint ??= $"the attribute '{key}' is required in one record and optional in the other";
                    return null;
                }
                continue;
            }
            builder[key] = new VAttribute(type, a0.Required && a1.Required);
        }
        return builder.ToImmutable();
    }

    /// <summary>Least upper bound of many types (Never for none).</summary>
    public static VType? Lub(IEnumerable<VType> types, bool strict, out string? hint)
    {
        hint = null;
        VType lub = NeverType.Instance;
        foreach (var type in types)
        {
            var next = Lub(lub, type, strict, out hint);
            if (next is null)
                return null;
            lub = next;
        }
        return lub;
    }

    public static bool AreDisjoint(VType t0, VType t1) =>
        t0 is EntityType { Lub: { } l0 } && t1 is EntityType { Lub: { } l1 } && !l0.Overlaps(l1);

    public static VType FromSchema(SchemaType type) => type switch
    {
        BoolSchemaType => BoolType.Any,
        LongSchemaType => LongType.Instance,
        StringSchemaType => StringType.Instance,
        EntitySchemaType e => EntityType.Of(e.Name),
        SetSchemaType s => new SetType(FromSchema(s.Element)),
        ExtensionSchemaType x => new ExtensionType(x.Name),
        RecordSchemaType r => FromSchema(r),
        _ => throw new InvalidOperationException("unknown schema type " + type.GetType().Name),
    };

    public static RecordType FromSchema(RecordSchemaType record) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                record.Attributes.Select(a => KeyValuePair.Create(a.Key, new VAttribute(FromSchema(a.Value.Type), a.Value.Required)))),
            record.AdditionalAttributes);
}
