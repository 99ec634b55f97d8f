namespace Custos.Core.Configuration;

public static partial class ConfigLoader
{
    private static readonly string[] McpLogLimitKeys = ["per_second", "burst", "summary_interval"];

    private sealed partial class Binder
    {
        /// <summary><c>server.mcp_log_limit</c>: how many log messages an upstream MCP server's logger may have relayed.</summary>
        private McpLogLimit BindMcpLogLimit(YamlMapping server) =>
            BindMcpLimit(server, "mcp_log_limit", McpLogLimit.Default, "log messages", "a second per server and logger", "how often suppressed log messages are recorded");

        /// <summary><c>server.mcp_roots_limit</c>: how many <c>roots/list</c> requests of an upstream MCP server Custos answers.</summary>
        private McpLogLimit BindMcpRootsLimit(YamlMapping server) =>
            BindMcpLimit(server, "mcp_roots_limit", McpLogLimit.RootsDefault, "roots/list requests", "a second per server", "how often refused roots/list requests are recorded");

        private McpLogLimit BindMcpLimit(YamlMapping server, string key, McpLogLimit settings, string what, string rate, string summary)
        {
            var path = "server." + key;
            var node = server.Find(key);
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, path, out var map))
            {
                return settings;
            }

            CheckKeys(map, path, McpLogLimitKeys);
            var perSecond = GetInt(map, "per_second", path);
            if (perSecond is < 1 or > McpLogLimit.MaxPerSecond)
            {
                Error(map.Find("per_second")!.Start, $"{path}.per_second must be between 1 and {McpLogLimit.MaxPerSecond} {what} {rate} (the default is {settings.PerSecond})");
                perSecond = null;
            }

            var burst = GetInt(map, "burst", path);
            if (burst is < 1 or > McpLogLimit.MaxBurst)
            {
                Error(map.Find("burst")!.Start, $"{path}.burst must be between 1 and {McpLogLimit.MaxBurst} {what} (how many may come at once before the rate applies; the default is {settings.Burst})");
                burst = null;
            }

            var interval = settings.SummaryInterval;
            if (map.Find("summary_interval") is { } intervalNode and not YamlScalar { IsNull: true })
            {
                if (intervalNode is not YamlScalar t || ShortDurationPattern().Match(t.Value) is not { Success: true } match || ShortDuration(match) is var value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromHours(1)))
                {
                    Error(intervalNode.Start, $"{path}.summary_interval must be a duration between 1s and 1h such as 10s ({summary})");
                }
                else
                {
                    interval = value;
                }
            }

            return new McpLogLimit(perSecond ?? settings.PerSecond, burst ?? settings.Burst, interval);
        }

        /// <summary>A system's <c>roots</c>: the <c>file://</c> URIs Custos answers an MCP server's <c>roots/list</c> with.</summary>
        private List<string> BindRoots(YamlMapping map, string path, SystemKind? kind)
        {
            var roots = GetStringList(map, "roots", path);
            if (roots.Count == 0)
            {
                return roots;
            }

            if (kind is not SystemKind.Mcp)
            {
                Error(map.Find("roots")!.Start, $"{path}.roots is only for MCP servers (kind: mcp)");
                return [];
            }

            if (roots.Count > SystemDefinition.MaxRoots)
            {
                Error(map.Find("roots")!.Start, $"{path}.roots lists {roots.Count} roots; at most {SystemDefinition.MaxRoots}");
                return [];
            }

            var valid = new List<string>(roots.Count);
            foreach (var (root, rootNode) in Zip(roots, map.Find("roots")))
            {
                if (!root.StartsWith("file://", StringComparison.Ordinal) || !Uri.TryCreate(root, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeFile || root.Length > 2048)
                {
                    Error(rootNode.Start, $"{path}.roots: '{YamlTreeReader.Truncate(root)}' is not a file:// URI; MCP roots are directories written as file:///absolute/path");
                }
                else
                {
                    valid.Add(root);
                }
            }

            return valid;
        }
    }
}
