using Custos.Cedar.Schema;

namespace Custos.Cedar.Tests.Schema;

/// <summary>Structural equality of schemas for round-trip tests.</summary>
internal static class SchemaAssert
{
    public static string? Difference(CedarSchema expected, CedarSchema actual)
    {
        if (!expected.EntityTypes.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.EntityTypes.Keys.Order(StringComparer.Ordinal)))
            return "entity type names differ";
        foreach (var (name, e) in expected.EntityTypes)
        {
            var a = actual.EntityTypes[name];
            if (!e.MemberOfTypes.ToHashSet().SetEquals(a.MemberOfTypes))
                return $"{name}: parents differ";
            if (!e.Attributes.Equals(a.Attributes))
                return $"{name}: attributes differ";
            if (!Equals(e.Tags, a.Tags))
                return $"{name}: tags differ";
            if (e.EnumIds.HasValue != a.EnumIds.HasValue || (e.EnumIds.HasValue && !e.EnumIds.Value.SequenceEqual(a.EnumIds!.Value)))
                return $"{name}: enumerated ids differ";
        }
        if (!expected.Actions.Keys.ToHashSet().SetEquals(actual.Actions.Keys))
            return "action names differ";
        foreach (var (uid, e) in expected.Actions)
        {
            var a = actual.Actions[uid];
            if (!e.MemberOf.ToHashSet().SetEquals(a.MemberOf) || e.AppliesTo != a.AppliesTo ||
                !e.PrincipalTypes.ToHashSet().SetEquals(a.PrincipalTypes) || !e.ResourceTypes.ToHashSet().SetEquals(a.ResourceTypes) ||
                !e.Context.Equals(a.Context))
                return $"{uid}: action differs";
        }
        return null;
    }

    public static void Equal(CedarSchema expected, CedarSchema actual)
    {
        var difference = Difference(expected, actual);
        Assert.True(difference is null, difference);
    }
}
