namespace Custos.Mcp.Tests;

/// <summary>
/// The real MCP servers the tests run, from the npm packages pinned in test/peers/mcp (installed by
/// <c>npm ci</c> there, as .ci/run does).
/// </summary>
internal static class McpPeers
{
    public static string Folder { get; } = FindFolder();

    public static string Server(string package) => Path.Combine(Folder, "node_modules", "@modelcontextprotocol", package, "dist", "index.js");

    /// <summary>A YAML flow list that starts <paramref name="package"/> with node, with extra arguments.</summary>
    public static string Command(string package, params string[] arguments) =>
        "[" + string.Join(", ", new[] { "node", Server(package) }.Concat(arguments).Select(a => "\"" + a.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "]";

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "test", "peers", "mcp");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                if (!Directory.Exists(Path.Combine(candidate, "node_modules", "@modelcontextprotocol")))
                {
                    throw new InvalidOperationException($"the MCP test servers are not installed; run 'npm ci' in {candidate}");
                }

                return candidate;
            }
        }

        throw new InvalidOperationException("test/peers/mcp not found above " + AppContext.BaseDirectory);
    }
}
