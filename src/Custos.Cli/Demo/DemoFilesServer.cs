using System.CommandLine;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Custos.Cli.Demo;

/// <summary>
/// A tiny MCP server over stdio that <c>custos demo</c> starts as its <c>files</c> system: two read-only tools,
/// <c>read_text_file</c> and <c>list_directory</c>, over one folder. It lets the demo show an agent using a real
/// MCP tool through the gateway without Node, npm or the network. Hidden; not for use outside the demo.
/// </summary>
internal static class DemoFilesServer
{
    public const string CommandName = "demo-files-server";

    /// <summary>The largest file it reads, so a demo folder cannot make it hold a huge file in memory.</summary>
    private const long MaxBytes = 1 << 20;

    private static readonly JsonElement PathSchema = JsonDocument.Parse("""
        {"type": "object", "properties": {"path": {"type": "string", "description": "A path inside the shared folder"}}, "required": ["path"]}
        """).RootElement.Clone();

    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder the tools may read" };
        var command = new Command(CommandName, "The demo's built-in MCP server over stdio (started by 'custos demo')") { folder };
        command.Hidden = true;
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(folder)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string folder, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "custos-demo-files", Version = "1.0.0" },
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability() },
            Handlers = new McpServerHandlers
            {
                ListToolsHandler = (_, _) => ValueTask.FromResult(new ListToolsResult
                {
                    Tools =
                    [
                        new Tool { Name = "read_text_file", Description = "Reads a text file of the shared folder.", InputSchema = PathSchema, Annotations = new ToolAnnotations { ReadOnlyHint = true } },
                        new Tool { Name = "list_directory", Description = "Lists a folder of the shared folder.", InputSchema = PathSchema, Annotations = new ToolAnnotations { ReadOnlyHint = true } },
                    ],
                }),
                CallToolHandler = (request, _) => ValueTask.FromResult(Call(root, request.Params?.Name, request.Params?.Arguments)),
            },
        };
        await using var transport = new StdioServerTransport("custos-demo-files");
        await using var server = McpServer.Create(transport, options);
        await server.RunAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    private static CallToolResult Call(string root, string? tool, IDictionary<string, JsonElement>? arguments)
    {
        if (arguments is null || !arguments.TryGetValue("path", out var pathArgument) || pathArgument.ValueKind != JsonValueKind.String)
        {
            return Error("'path' is required: a path inside the shared folder");
        }

        var requested = pathArgument.GetString()!;
        var full = Path.GetFullPath(Path.IsPathRooted(requested) ? requested : Path.Combine(root, requested.StartsWith("shared/", StringComparison.Ordinal) ? requested["shared/".Length..] : requested));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Error($"'{requested}' is outside the shared folder");
        }

        try
        {
            switch (tool)
            {
                case "read_text_file" when File.Exists(full):
                    return new FileInfo(full).Length > MaxBytes
                        ? Error($"'{requested}' is larger than {MaxBytes} bytes")
                        : Text(File.ReadAllText(full, Encoding.UTF8));
                case "list_directory" when Directory.Exists(full):
                    return Text(string.Join('\n', Directory.EnumerateFileSystemEntries(full).Select(e => (Directory.Exists(e) ? "[DIR] " : "[FILE] ") + Path.GetFileName(e)).Order(StringComparer.Ordinal)));
                case "read_text_file" or "list_directory":
                    return Error($"'{requested}' does not exist");
                default:
                    return Error($"no tool named '{tool}'; the tools are read_text_file and list_directory");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error($"'{requested}' cannot be read: {ex.GetType().Name}");
        }
    }

    private static CallToolResult Text(string text) => new() { Content = [new TextContentBlock { Text = text }] };

    private static CallToolResult Error(string text) => new() { IsError = true, Content = [new TextContentBlock { Text = text }] };
}
