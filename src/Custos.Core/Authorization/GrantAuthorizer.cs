using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;

namespace Custos.Core.Authorization;

/// <summary>
/// Decides from the simple grants in <c>custos.yaml</c>: an action is allowed when a grant for the agent names
/// the system, the action and (if it lists tools) the tool. Everything else is denied. Grants are indexed once
/// per configuration.
/// </summary>
public sealed class GrantAuthorizer : IAuthorizer
{
    private readonly ConditionalWeakTable<CustosConfig, FrozenDictionary<string, Grant[]>> indexes = new();

    public Decision Authorize(AuthorizationRequest request, CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(config);
        var agent = request.Principal.Name;
        if (!ActionKinds.IsKnown(request.Action))
        {
            return Decision.Deny($"'{request.Action}' is not an action Custos knows; actions are: {ActionKinds.Describe()}");
        }

        var index = indexes.GetValue(config, static c => Index(c));
        if (!index.TryGetValue(agent, out var grants))
        {
            return Decision.Deny($"{agent} has no grants; deny by default");
        }

        var resource = request.Resource;
        var systemGranted = false;
        foreach (var grant in grants)
        {
            if (grant.System != resource.System)
            {
                continue;
            }

            systemGranted = true;
            if (!grant.Actions.Contains(request.Action))
            {
                continue;
            }

            if (grant.AllTools || (resource.Tool is not null && MatchesAny(grant.Tools, resource.Tool)))
            {
                return new Decision(
                    Effect.Allow,
                    [grant.Id],
                    [$"grant {grant.Id} (custos.yaml line {grant.Location.Line}) lets {agent} {request.Action} {resource}"],
                    []);
            }
        }

        return Decision.Deny(systemGranted
            ? $"no grant lets {agent} {request.Action} {resource}; {agent}'s grants on {resource.System} allow {DescribeGrants(grants, resource.System)}; deny by default"
            : $"no grant lets {agent} use {resource.System}; deny by default");
    }

    /// <summary>Glob match where '*' stands for any run of characters.</summary>
    public static bool Matches(string pattern, string value) => Matches(pattern.AsSpan(), value.AsSpan());

    private static bool MatchesAny(IReadOnlyList<string> patterns, string tool)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (Matches(patterns[i], tool))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        // Iterative wildcard matching with one backtrack point: linear in practice, no regex, no allocation.
        int p = 0, v = 0, star = -1, mark = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = v;
            }
            else if (p < pattern.Length && pattern[p] == value[v])
            {
                p++;
                v++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string DescribeGrants(Grant[] grants, string system)
    {
        var parts = new List<string>();
        foreach (var grant in grants)
        {
            if (grant.System == system)
            {
                var actions = string.Join(", ", grant.Actions.Order(StringComparer.Ordinal));
                parts.Add(grant.AllTools ? actions : $"{actions} on {string.Join(", ", grant.Tools)}");
            }
        }

        return string.Join("; ", parts);
    }

    private static FrozenDictionary<string, Grant[]> Index(CustosConfig config) =>
        config.Grants
            .GroupBy(g => g.Agent, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
