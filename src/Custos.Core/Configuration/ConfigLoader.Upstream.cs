namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private sealed partial class Binder
    {
        private UpstreamRetry? BindUpstreamRetry(YamlMapping map, string path, SystemKind? kind)
        {
            var retriesNode = map.Find("retries");
            var fallbackNode = map.Find("fallback");
            var timeoutNode = map.Find("timeout");
            var idleNode = map.Find("idle_timeout");
            if (retriesNode is null && fallbackNode is null && timeoutNode is null && idleNode is null)
            {
                return null;
            }

            if (kind is not SystemKind.Llm)
            {
                var first = retriesNode ?? fallbackNode ?? timeoutNode ?? idleNode!;
                Error(first.Start, $"{path}: retries, fallback, timeout and idle_timeout are only for LLM systems (kind: llm)");
                return null;
            }

            var retries = GetInt(map, "retries", path) ?? 0;
            if (retries is < 0 or > UpstreamRetry.MaxRetries)
            {
                Error(retriesNode!.Start, $"{path}.retries must be between 0 and {UpstreamRetry.MaxRetries} (tries after the first, on 429, 5xx, refused connections and timeouts)");
                retries = 0;
            }

            var fallback = GetString(map, "fallback", path);
            if (fallback is not null && (fallback.Length > 260 || fallback.Split('/', 2) is not [var system, ..] || !IsValidName(system) || fallback.EndsWith('/')))
            {
                Error(fallbackNode!.Start, $"{path}.fallback '{YamlTreeReader.Truncate(fallback)}' must name another LLM system, as in backup or backup/gpt-4.1-mini");
                fallback = null;
            }

            TimeSpan? timeout = null;
            if (timeoutNode is not null and not YamlScalar { IsNull: true })
            {
                if (timeoutNode is not YamlScalar t || ShortDurationPattern().Match(t.Value) is not { Success: true } match || ShortDuration(match) is var value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromMinutes(10)))
                {
                    Error(timeoutNode.Start, $"{path}.timeout must be a duration between 1s and 10m such as 30s (per attempt: until the answer, or a stream's first event)");
                }
                else
                {
                    timeout = value;
                }
            }

            TimeSpan? idle = null;
            if (idleNode is not null and not YamlScalar { IsNull: true })
            {
                if (idleNode is not YamlScalar t || ShortDurationPattern().Match(t.Value) is not { Success: true } match || ShortDuration(match) is var value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromHours(1)))
                {
                    Error(idleNode.Start, $"{path}.idle_timeout must be a duration between 1s and 1h such as 2m (once a stream has started: the longest wait for its next event)");
                }
                else
                {
                    idle = value;
                }
            }

            return new UpstreamRetry(retries, fallback, timeout, idle);
        }

        /// <summary>Each fallback names another LLM system speaking the same API; chains may not loop.</summary>
        private void CheckFallbacks(List<SystemDefinition> systems, YamlNode? systemsNode)
        {
            var byName = new Dictionary<string, SystemDefinition>(StringComparer.Ordinal);
            foreach (var system in systems)
            {
                byName.TryAdd(system.Name, system);
            }

            foreach (var system in systems)
            {
                if (system.Upstream?.FallbackSystem is not { } target)
                {
                    continue;
                }

                var mark = FallbackMark(systemsNode, system) ?? system.Location;
                if (!byName.TryGetValue(target, out var fallback))
                {
                    Error(mark, $"systems.{system.Name}.fallback '{target}' is not defined under systems{Suggest(target, byName.Keys)}");
                }
                else if (fallback.Kind != SystemKind.Llm)
                {
                    Error(mark, $"systems.{system.Name}.fallback '{target}' is not an LLM system");
                }
                else if (target == system.Name)
                {
                    Error(mark, $"systems.{system.Name}.fallback names the system itself; use retries to try it again");
                }
                else if ((fallback.Provider == "anthropic") != (system.Provider == "anthropic"))
                {
                    Error(mark, $"systems.{system.Name}.fallback '{target}' is a {fallback.Provider} provider and {system.Name} a {system.Provider} one; a fallback must speak the same API");
                }
                else
                {
                    // Follow the chain: a loop would never end.
                    var seen = new HashSet<string>(StringComparer.Ordinal) { system.Name };
                    var next = fallback;
                    while (next is not null && next.Upstream?.FallbackSystem is { } after)
                    {
                        if (!seen.Add(next.Name))
                        {
                            Error(mark, $"systems.{system.Name}.fallback makes a loop ({string.Join(" -> ", seen)} -> {next.Name}); end the chain at a system without a fallback");
                            break;
                        }

                        next = byName.GetValueOrDefault(after);
                    }
                }
            }
        }

        private static SourceMark? FallbackMark(YamlNode? systemsNode, SystemDefinition system)
        {
            if (systemsNode is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMapping mapping && mapping.Start == system.Location && mapping.Find("fallback") is { } node)
                    {
                        return node.Start;
                    }
                }
            }

            return null;
        }
    }
}
