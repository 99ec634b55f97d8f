using System.Collections.Frozen;
using Custos.Cedar.Validation.Types;

namespace Custos.Cedar.Validation;

/// <summary>The signatures of Cedar's extension functions and methods (ipaddr, decimal, datetime, duration).</summary>
internal static class ExtensionFunctions
{
    internal sealed record Signature(VType[] Parameters, VType Returns, bool IsConstructor);

    private static readonly ExtensionType IpAddr = new("ipaddr");
    private static readonly ExtensionType Decimal = new("decimal");
    private static readonly ExtensionType Datetime = new("datetime");
    private static readonly ExtensionType Duration = new("duration");

    private static readonly FrozenDictionary<string, Signature> Functions = new Dictionary<string, Signature>(StringComparer.Ordinal)
    {
        ["ip"] = new([StringType.Instance], IpAddr, true),
        ["isIpv4"] = new([IpAddr], BoolType.Any, false),
        ["isIpv6"] = new([IpAddr], BoolType.Any, false),
        ["isLoopback"] = new([IpAddr], BoolType.Any, false),
        ["isMulticast"] = new([IpAddr], BoolType.Any, false),
        ["isInRange"] = new([IpAddr, IpAddr], BoolType.Any, false),
        ["decimal"] = new([StringType.Instance], Decimal, true),
        ["lessThan"] = new([Decimal, Decimal], BoolType.Any, false),
        ["lessThanOrEqual"] = new([Decimal, Decimal], BoolType.Any, false),
        ["greaterThan"] = new([Decimal, Decimal], BoolType.Any, false),
        ["greaterThanOrEqual"] = new([Decimal, Decimal], BoolType.Any, false),
        ["datetime"] = new([StringType.Instance], Datetime, true),
        ["duration"] = new([StringType.Instance], Duration, true),
        ["offset"] = new([Datetime, Duration], Datetime, false),
        ["durationSince"] = new([Datetime, Datetime], Duration, false),
        ["toDate"] = new([Datetime], Datetime, false),
        ["toTime"] = new([Datetime], Duration, false),
        ["toDays"] = new([Duration], LongType.Instance, false),
        ["toHours"] = new([Duration], LongType.Instance, false),
        ["toMinutes"] = new([Duration], LongType.Instance, false),
        ["toSeconds"] = new([Duration], LongType.Instance, false),
        ["toMilliseconds"] = new([Duration], LongType.Instance, false),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static Signature? Find(string name) => Functions.GetValueOrDefault(name);
}
