namespace Custos.Cedar.Extensions;

/// <summary>The extension functions of Cedar 4 (ipaddr, decimal, datetime, duration).</summary>
internal enum ExtensionFunction
{
    Unknown,
    Ip,
    IsIpv4,
    IsIpv6,
    IsLoopback,
    IsMulticast,
    IsInRange,
    Decimal,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    Datetime,
    Duration,
    Offset,
    DurationSince,
    ToDate,
    ToTime,
    ToDays,
    ToHours,
    ToMinutes,
    ToSeconds,
    ToMilliseconds,
}
