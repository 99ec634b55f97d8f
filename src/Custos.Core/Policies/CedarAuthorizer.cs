using System.Collections.Immutable;
using System.Text.Json;
using Custos.Cedar.Authorization;
using Custos.Cedar.Entities;
using Custos.Cedar.Json;
using Custos.Cedar.Values;
using Custos.Core.Authorization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Screening;
using CedarDecision = Custos.Cedar.Authorization.Decision;
using Decision = Custos.Core.Pipeline.Decision;

namespace Custos.Core.Policies;

/// <summary>
/// The authorize stage's engine: Cedar over the configuration's <see cref="PolicyBundle"/>. Principal is the
/// agent (in its team), action the action kind, resource the tool or system, and context the action's
/// arguments, the channel, the detectors' findings, the time and the spend so far. Deny by default; forbid
/// overrides permit; a policy that fails to evaluate is skipped and named in the decision.
/// </summary>
public sealed class CedarAuthorizer : IAuthorizer
{
    private static readonly StringValue[] Channels =
        Enum.GetValues<ActionChannel>().Select(c => new StringValue(ConfigLoader.SnakeCase(c.ToString()))).ToArray();

    private static readonly DecimalValue ZeroUsd = new(0);

    // Explains a default deny in terms of the grants (which grants the agent has on the system).
    private readonly GrantAuthorizer grantExplainer = new();

    public Decision Authorize(AuthorizationRequest request, CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(config);
        if (!ActionKinds.IsKnown(request.Action))
            return Decision.Deny($"'{request.Action}' is not an action Custos knows; actions are: {ActionKinds.Describe()}");
        var bundle = config.Policies;
        request = WithFindings(request, config);
        var cedarRequest = BuildRequest(request, out var error, config.Screening);
        if (cedarRequest is null)
            return Decision.Deny(error!);
        var response = Authorizer.IsAuthorized(cedarRequest, bundle.Compiled, EntitiesFor(request, bundle, cedarRequest.Resource));
        return ToDecision(response, request, config, bundle);
    }

    /// <summary>
    /// The bundle's entities, plus the request's tool when no configuration lists it: an agent may name any tool
    /// of a system, and the tool is still a member of that system.
    /// </summary>
    /// <param name="resource">The request's resource as Cedar names it, when the caller has it already (<see cref="CustosCedar.Resource"/>).</param>
    internal static EntityStore EntitiesFor(AuthorizationRequest request, PolicyBundle bundle, EntityUid? resource = null)
    {
        var entities = bundle.Entities;
        if (request.Resource.Tool is { } tool && !entities.TryGet(resource ?? CustosCedar.Tool(request.Resource.System, tool), out _))
            entities = entities.With(CustosEntities.Tool(request.Resource.System, tool));
        return entities;
    }

    private static string? FailedForbid(Response response, PolicyBundle bundle)
    {
        foreach (var error in response.Errors)
        {
            if (bundle.Forbids.Contains(error.PolicyId))
                return error.PolicyId;
        }
        return null;
    }

    // Cedar decimals hold four places; spend is rounded up so a limit written in policy is never undercut.
    private static DecimalValue Usd(decimal usd) => new((long)Math.Ceiling(Math.Min(usd, 900_000_000_000_000m) * 10_000m));

    /// <summary>
    /// <paramref name="request"/> with the findings of its arguments, when the caller (the authorize stage) did
    /// not screen them already: what policy sees must not depend on who asks (policy test, explain, preview).
    /// </summary>
    public static AuthorizationRequest WithFindings(AuthorizationRequest request, CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(config);
        return request.Findings is not null ? request : request with { Findings = Screener.For(config).ScreenArguments(request.Context, request.Principal.Name) };
    }

    /// <summary>
    /// <c>context.findings</c> (each type found, and its category: pii, secret, injection, exfiltration) and
    /// <c>context.findingCounts</c> (how many of each known type and each type of custos.yaml's own; zero when none).
    /// </summary>
    internal static (SetValue Names, RecordValue Counts) FindingsValues(IReadOnlyList<ScreeningFinding>? findings, ScreeningSettings? screening = null)
    {
        var counted = screening?.CountedTypes ?? ScreeningSettings.KnownTypes;
        if (findings is null || findings.Count == 0)
            return (SetValue.Empty, screening is null || screening.CustomTypes.Count == 0 ? ZeroCounts : ZeroCountsOf.GetValue(screening, static s => Zeros(s.CountedTypes)));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            names.Add(finding.Type);
            names.Add(FindingCategories.Of(finding.Type));
            counts[finding.Type] = counts.GetValueOrDefault(finding.Type) + 1;
        }
        return (
            SetValue.Of(names.Order(StringComparer.Ordinal).Select(n => (CedarValue)new StringValue(n))),
            RecordValue.Of(counted.Select(t => new KeyValuePair<string, CedarValue>(t, LongValue.Of(counts.GetValueOrDefault(t))))));
    }

    private static readonly RecordValue ZeroCounts = Zeros(ScreeningSettings.KnownTypes);

    // The zero counts of a configuration with types of its own, built once per configuration.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ScreeningSettings, RecordValue> ZeroCountsOf = [];

    private static RecordValue Zeros(IReadOnlyList<string> types) =>
        RecordValue.Of(types.Select(t => new KeyValuePair<string, CedarValue>(t, LongValue.Of(0))));

    /// <summary>The Cedar request for an action; null (with the reason) when its context cannot be one.</summary>
    /// <param name="screening">The configuration's screening, whose types of its own are counted too; the known types alone when null.</param>
    public static Request? BuildRequest(AuthorizationRequest request, out string? error, ScreeningSettings? screening = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        error = null;
        CedarValue arguments = RecordValue.Empty;
        if (request.Context is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } json)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                error = "context must be a JSON object of the action's arguments";
                return null;
            }
            var parsed = ArgumentValues.From(json, out var conversionError);
            if (parsed is null)
            {
                error = $"context cannot be given to policy: {conversionError}";
                return null;
            }
            arguments = parsed;
        }
        var at = request.At.ToUniversalTime();
        var (findings, findingCounts) = FindingsValues(request.Findings, screening);
        var context = RecordValue.Of(
        [
            new("channel", Channels[(int)request.Channel]),
            new("arguments", arguments),
            new("findings", findings),
            new("findingCounts", findingCounts),
            new("now", new DatetimeValue(at.ToUnixTimeMilliseconds())),
            new("hour", LongValue.Of(at.Hour)),
            new("spendTodayUsd", request.SpendTodayUsd == 0 ? ZeroUsd : Usd(request.SpendTodayUsd)),
        ]);
        return new Request(
            AgentUids.GetValue(request.Principal, static agent => CustosCedar.Agent(agent.Name)),
            ActionUids.TryGetValue(request.Action, out var action) ? action : CustosCedar.Action(request.Action),
            CustosCedar.Resource(request.Resource),
            context);
    }

    // The principal and action of a request, made once per agent definition and per action kind, not per request.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AgentDefinition, EntityUid> AgentUids = [];

    private static readonly System.Collections.Frozen.FrozenDictionary<string, EntityUid> ActionUids =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(ActionKinds.All, kind => kind, CustosCedar.Action, StringComparer.Ordinal);

    private Decision ToDecision(Response response, AuthorizationRequest request, CustosConfig config, PolicyBundle bundle)
    {
        if (response.Decision == CedarDecision.Allow && response.Errors.IsDefaultOrEmpty)
        {
            // The common case: written without a string until someone reads the reasons.
            return new Decision(Effect.Allow, response.Reasons, new PermitReasons(bundle, response.Reasons, request.Principal.Name, request.Action, request.Resource), []);
        }

        var what = $"{request.Principal.Name} {request.Action} {request.Resource}";
        var errors = response.Errors.IsDefaultOrEmpty
            ? []
            : response.Errors.Select(e => $"{bundle.Describe(e.PolicyId)}: {e.Message}").ToImmutableArray();
        var reasons = new List<string>();
        if (response.Decision == CedarDecision.Allow && FailedForbid(response, bundle) is { } failed)
        {
            // Cedar skips a policy that fails to evaluate. For a forbid that would let through what a guardrail
            // exists to stop, so Custos fails closed: a forbid that cannot be evaluated denies.
            reasons.Add($"policy {bundle.Describe(failed)} is a forbid that could not be evaluated, so {what} is denied (fail closed)");
            reasons.Add($"{errors.Length} {(errors.Length == 1 ? "policy" : "policies")} could not be evaluated: {string.Join("; ", errors)}");
            return new Decision(Effect.Deny, [failed], reasons, errors);
        }
        if (response.Decision == CedarDecision.Allow)
        {
            foreach (var id in response.Reasons)
                reasons.Add($"policy {bundle.Describe(id)} permits {what}");
            return new Decision(Effect.Allow, response.Reasons, reasons, errors);
        }
        if (response.Reasons.IsEmpty)
        {
            var grants = grantExplainer.Authorize(request, config);
            reasons.Add(grants.IsAllowed
                ? $"no policy permits {what}; deny by default"
                : $"no policy permits {what}: {string.Join("; ", grants.Reasons)}");
        }
        else
        {
            foreach (var id in response.Reasons)
                reasons.Add($"policy {bundle.Describe(id)} forbids {what}");
        }
        if (!errors.IsEmpty)
            reasons.Add($"{errors.Length} {(errors.Length == 1 ? "policy" : "policies")} could not be evaluated and were skipped: {string.Join("; ", errors)}");
        return new Decision(Effect.Deny, response.Reasons, reasons, errors);
    }
}
