using System.Collections.Immutable;

namespace Custos.Cedar.Validation.Types;

// The validator's types (Cedar's validator::types::Type). They are small and only meaningful together, so they
// share this file. Equality is structural: use VTypes.Same.
#pragma warning disable CA1050, SA1402, SA1649

internal abstract class VType
{
    public abstract override string ToString();
}

/// <summary>The type of an expression that never returns (no expression of the surface language has it).</summary>
internal sealed class NeverType : VType
{
    public static readonly NeverType Instance = new();

    public override string ToString() => "__cedar::internal::Never";
}

internal enum BoolKind
{
    AnyBool,
    True,
    False,
}

internal sealed class BoolType : VType
{
    public static readonly BoolType Any = new(BoolKind.AnyBool);
    public static readonly BoolType True = new(BoolKind.True);
    public static readonly BoolType False = new(BoolKind.False);

    private BoolType(BoolKind kind) => Kind = kind;

    public BoolKind Kind { get; }

    public static BoolType Of(bool value) => value ? True : False;

    public override string ToString() => Kind switch
    {
        BoolKind.True => "__cedar::internal::True",
        BoolKind.False => "__cedar::internal::False",
        _ => "Bool",
    };
}

internal sealed class LongType : VType
{
    public static readonly LongType Instance = new();

    public override string ToString() => "Long";
}

internal sealed class StringType : VType
{
    public static readonly StringType Instance = new();

    public override string ToString() => "String";
}

/// <summary>An entity of one of the types in <see cref="Lub"/>, or of any type when it is null.</summary>
internal sealed class EntityType : VType
{
    public static readonly EntityType AnyEntity = new(null);

    public EntityType(ImmutableSortedSet<string>? lub) => Lub = lub;

    public ImmutableSortedSet<string>? Lub { get; }

    public static EntityType Of(string name) => new(ImmutableSortedSet.Create(StringComparer.Ordinal, name));

    /// <summary>The single entity type, or null for a union or any entity.</summary>
    public string? Single => Lub is { Count: 1 } lub ? lub.Min : null;

    public override string ToString() =>
        Lub is null ? "__cedar::internal::AnyEntity" : Lub.Count == 1 ? Lub.Min! : $"__cedar::internal::Union<{string.Join(", ", Lub)}>";
}

/// <summary>A set of <see cref="Element"/>s; null element: a set of anything (only as an expected type).</summary>
internal sealed class SetType(VType? element) : VType
{
    public static readonly SetType AnySet = new(null);

    public VType? Element { get; } = element;

    public override string ToString() => Element is null ? "Set<__cedar::internal::Any>" : $"Set<{Element}>";
}

internal sealed record VAttribute(VType Type, bool Required);

internal sealed class RecordType(ImmutableSortedDictionary<string, VAttribute> attributes, bool open) : VType
{
    public static readonly RecordType AnyRecord = new(ImmutableSortedDictionary<string, VAttribute>.Empty.WithComparers(StringComparer.Ordinal), true);

    public ImmutableSortedDictionary<string, VAttribute> Attributes { get; } = attributes;

    public bool Open { get; } = open;

    public override string ToString() =>
        (Open ? "__cedar::internal::OpenRecord" : "") + "{" +
        string.Concat(Attributes.Select(a => $"{a.Key}{(a.Value.Required ? "" : "?")}: {a.Value.Type},")) + "}";
}

internal sealed class ExtensionType(string name) : VType
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
