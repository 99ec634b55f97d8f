namespace Custos.Cedar.Ast;

/// <summary>
/// The extension functions and methods Cedar 4 knows (cedar-policy-core's <c>ExtStyles</c>). In the JSON format a
/// call is <c>{"name": [arguments]}</c>; for a method the receiver is the first argument.
/// </summary>
internal static class ExtensionNames
{
    public static readonly HashSet<string> Functions = new(StringComparer.Ordinal) { "ip", "decimal", "datetime", "duration" };

    public static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual",
        "isIpv4", "isIpv6", "isLoopback", "isMulticast", "isInRange",
        "offset", "durationSince", "toDate", "toTime", "toDays", "toHours", "toMinutes", "toSeconds", "toMilliseconds",
    };

    public static bool IsKnown(string name) => Functions.Contains(name) || Methods.Contains(name);
}
