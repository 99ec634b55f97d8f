using Custos.Cedar.Evaluation;
using Custos.Cedar.Values;

namespace Custos.Cedar.Extensions;

/// <summary>Resolution and application of extension functions, with Cedar's argument checks and errors.</summary>
internal static class ExtensionFunctions
{
    public static ExtensionFunction Resolve(string name) => name switch
    {
        "ip" => ExtensionFunction.Ip,
        "isIpv4" => ExtensionFunction.IsIpv4,
        "isIpv6" => ExtensionFunction.IsIpv6,
        "isLoopback" => ExtensionFunction.IsLoopback,
        "isMulticast" => ExtensionFunction.IsMulticast,
        "isInRange" => ExtensionFunction.IsInRange,
        "decimal" => ExtensionFunction.Decimal,
        "lessThan" => ExtensionFunction.LessThan,
        "lessThanOrEqual" => ExtensionFunction.LessThanOrEqual,
        "greaterThan" => ExtensionFunction.GreaterThan,
        "greaterThanOrEqual" => ExtensionFunction.GreaterThanOrEqual,
        "datetime" => ExtensionFunction.Datetime,
        "duration" => ExtensionFunction.Duration,
        "offset" => ExtensionFunction.Offset,
        "durationSince" => ExtensionFunction.DurationSince,
        "toDate" => ExtensionFunction.ToDate,
        "toTime" => ExtensionFunction.ToTime,
        "toDays" => ExtensionFunction.ToDays,
        "toHours" => ExtensionFunction.ToHours,
        "toMinutes" => ExtensionFunction.ToMinutes,
        "toSeconds" => ExtensionFunction.ToSeconds,
        "toMilliseconds" => ExtensionFunction.ToMilliseconds,
        _ => ExtensionFunction.Unknown,
    };

    /// <summary>
    /// The number of arguments (the receiver of a method counts). <c>isInRange</c> takes exactly one range, as in the
    /// Cedar 4 releases the conformance suite was generated with (newer Cedar sources make it variadic).
    /// </summary>
    public static int Arity(ExtensionFunction function) => function switch
    {
        ExtensionFunction.IsInRange or ExtensionFunction.LessThan or ExtensionFunction.LessThanOrEqual or ExtensionFunction.GreaterThan or
            ExtensionFunction.GreaterThanOrEqual or ExtensionFunction.Offset or ExtensionFunction.DurationSince => 2,
        _ => 1,
    };

    /// <summary>Whether <paramref name="function"/> builds an extension value from a string (so JSON may write the string alone).</summary>
    public static ExtensionFunction ConstructorOf(string typeName) => typeName switch
    {
        "ipaddr" => ExtensionFunction.Ip,
        "decimal" => ExtensionFunction.Decimal,
        "datetime" => ExtensionFunction.Datetime,
        "duration" => ExtensionFunction.Duration,
        _ => ExtensionFunction.Unknown,
    };

    /// <summary>Applies <paramref name="function"/>; on failure returns null with the error in <paramref name="env"/>.</summary>
    public static CedarValue? Invoke(ExtensionFunction function, string name, ReadOnlySpan<CedarValue> args, ref EvaluationEnvironment env)
    {
        if (function == ExtensionFunction.Unknown)
            return env.Fail(EvaluationErrorKind.UnknownFunction, $"`{name}` is not a known extension function");
        var arity = Arity(function);
        if (arity >= 0 ? args.Length != arity : args.Length < -arity)
        {
            return env.Fail(EvaluationErrorKind.UnknownFunction,
                $"wrong number of arguments in extension function application: `{name}` expects {(arity >= 0 ? arity : -arity)}, got {args.Length}");
        }
        switch (function)
        {
            case ExtensionFunction.Ip:
            {
                if (args[0] is not StringValue s)
                    return env.TypeError("string", args[0]);
                return IpAddrValue.TryParse(s.Value, out var ip, out var error) ? ip : env.Fail(EvaluationErrorKind.ExtensionError, "error while evaluating `ip` extension function: " + error);
            }
            case ExtensionFunction.Decimal:
            {
                if (args[0] is not StringValue s)
                    return env.TypeError("string", args[0]);
                return DecimalValue.TryParse(s.Value, out var d, out var error) ? d : env.Fail(EvaluationErrorKind.ExtensionError, "error while evaluating `decimal` extension function: " + error);
            }
            case ExtensionFunction.Datetime:
            {
                if (args[0] is not StringValue s)
                    return env.TypeError("string", args[0]);
                return DatetimeValue.TryParse(s.Value, out var d, out var error) ? d : env.Fail(EvaluationErrorKind.ExtensionError, "error while evaluating `datetime` extension function: " + error);
            }
            case ExtensionFunction.Duration:
            {
                if (args[0] is not StringValue s)
                    return env.TypeError("string", args[0]);
                return DurationValue.TryParse(s.Value, out var d, out var error) ? d : env.Fail(EvaluationErrorKind.ExtensionError, "error while evaluating `duration` extension function: " + error);
            }
            case ExtensionFunction.IsIpv4:
            case ExtensionFunction.IsIpv6:
            case ExtensionFunction.IsLoopback:
            case ExtensionFunction.IsMulticast:
            {
                if (args[0] is not IpAddrValue ip)
                    return ExpectedExtension(ref env, "ipaddr", "ip", args[0]);
                return BoolValue.Of(function switch
                {
                    ExtensionFunction.IsIpv4 => ip.IsIpv4,
                    ExtensionFunction.IsIpv6 => ip.IsIpv6,
                    ExtensionFunction.IsLoopback => ip.IsLoopback,
                    _ => ip.IsMulticast,
                });
            }
            case ExtensionFunction.IsInRange:
            {
                if (args[0] is not IpAddrValue ip)
                    return ExpectedExtension(ref env, "ipaddr", "ip", args[0]);
                var result = false;
                for (var i = 1; i < args.Length; i++)
                {
                    if (args[i] is not IpAddrValue range)
                        return ExpectedExtension(ref env, "ipaddr", "ip", args[i]);
                    result = result || ip.IsInRange(range);
                }
                return BoolValue.Of(result);
            }
            case ExtensionFunction.LessThan:
            case ExtensionFunction.LessThanOrEqual:
            case ExtensionFunction.GreaterThan:
            case ExtensionFunction.GreaterThanOrEqual:
            {
                if (args[0] is not DecimalValue left)
                    return ExpectedExtension(ref env, "decimal", "decimal", args[0]);
                if (args[1] is not DecimalValue right)
                    return ExpectedExtension(ref env, "decimal", "decimal", args[1]);
                return BoolValue.Of(function switch
                {
                    ExtensionFunction.LessThan => left.Scaled < right.Scaled,
                    ExtensionFunction.LessThanOrEqual => left.Scaled <= right.Scaled,
                    ExtensionFunction.GreaterThan => left.Scaled > right.Scaled,
                    _ => left.Scaled >= right.Scaled,
                });
            }
            case ExtensionFunction.Offset:
            {
                if (args[0] is not DatetimeValue datetime)
                    return ExpectedExtension(ref env, "datetime", "datetime", args[0]);
                if (args[1] is not DurationValue duration)
                    return ExpectedExtension(ref env, "duration", "duration", args[1]);
                return (CedarValue?)datetime.Offset(duration) ??
                    env.Fail(EvaluationErrorKind.ExtensionError, $"error while evaluating `offset` extension function: overflows when adding an offset: {datetime}+({duration})");
            }
            case ExtensionFunction.DurationSince:
            {
                if (args[0] is not DatetimeValue left)
                    return ExpectedExtension(ref env, "datetime", "datetime", args[0]);
                if (args[1] is not DatetimeValue right)
                    return ExpectedExtension(ref env, "datetime", "datetime", args[1]);
                return (CedarValue?)left.DurationSince(right) ??
                    env.Fail(EvaluationErrorKind.ExtensionError, $"error while evaluating `durationSince` extension function: overflows when computing the duration between {left} and {right}");
            }
            case ExtensionFunction.ToDate:
            {
                if (args[0] is not DatetimeValue datetime)
                    return ExpectedExtension(ref env, "datetime", "datetime", args[0]);
                return (CedarValue?)datetime.ToDate() ??
                    env.Fail(EvaluationErrorKind.ExtensionError, $"error while evaluating `toDate` extension function: overflows when computing the date of {datetime}");
            }
            case ExtensionFunction.ToTime:
                return args[0] is DatetimeValue dt ? dt.ToTime() : ExpectedExtension(ref env, "datetime", "datetime", args[0]);
            default:
            {
                if (args[0] is not DurationValue duration)
                    return ExpectedExtension(ref env, "duration", "duration", args[0]);
                var ms = duration.Milliseconds;
                return LongValue.Of(function switch
                {
                    ExtensionFunction.ToMilliseconds => ms,
                    ExtensionFunction.ToSeconds => ms / 1000,
                    ExtensionFunction.ToMinutes => ms / 1000 / 60,
                    ExtensionFunction.ToHours => ms / 1000 / 60 / 60,
                    _ => ms / 1000 / 60 / 60 / 24,
                });
            }
        }
    }

    private static CedarValue? ExpectedExtension(ref EvaluationEnvironment env, string type, string constructor, CedarValue actual) =>
        env.TypeError(type, actual, actual is StringValue ? $"maybe you forgot to apply the `{constructor}` constructor?" : null);
}
