using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Custos.Core.Authorization;

namespace Custos.Core.Configuration;

/// <summary>
/// Reads and checks <c>custos.yaml</c>. Every problem is reported with file, line and column, and the load
/// goes on after a problem so that one run of <c>custos validate</c> shows them all.
/// </summary>
public static partial class ConfigLoader
{
    /// <summary>A configuration file larger than this is refused before it is parsed.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly string[] RootKeys = ["version", "data_dir", "server", "agents", "systems", "grants", "budgets", "retention", "ledger", "secrets", "screening", "approvals", "alerts", "pricing"];
    private static readonly string[] LedgerKeys = ["signing_key", "checkpoint_every", "checkpoint_interval", "durability"];
    private static readonly string[] ServerKeys = ["urls", "max_request_bytes", "failed_auth_limit", "max_mcp_blob_bytes", "mcp_log_limit", "mcp_roots_limit"];
    private static readonly string[] AgentKeys = ["name", "owner", "team", "purpose", "risk_tier", "gdpr"];
    private static readonly string[] GdprKeys = ["lawful_basis", "processing_purpose"];
    private static readonly string[] SystemKeys = ["name", "kind", "description", "url", "command", "env", "headers", "credentials", "provider", "dpa", "tools", "retries", "fallback", "timeout", "idle_timeout", "deployments", "api_version", "roots", "entra"];
    private static readonly string[] GrantKeys = ["id", "agent", "system", "actions", "tools", "approval"];
    private static readonly string[] BudgetKeys = ["agent", "daily_usd", "monthly_usd", "soft_limit_percent"];
    private static readonly string[] RetentionCategories = ["audit", "payloads", "personal_data", "costs"];
    private static readonly string[] LlmProviders = ["openai", "anthropic", "azure-openai", "openai-compatible"];

    public static ConfigLoadResult LoadFile(string path, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var display = displayName ?? path;
        var diagnostics = new List<Diagnostic>();
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            diagnostics.Add(new Diagnostic(display, 1, 1, DiagnosticSeverity.Error, "this is a directory; pass the path of custos.yaml"));
            return new ConfigLoadResult(null, diagnostics);
        }

        if (!File.Exists(fullPath))
        {
            diagnostics.Add(new Diagnostic(display, 1, 1, DiagnosticSeverity.Error, "file not found; run 'custos init' to create a workspace, or pass --config PATH"));
            return new ConfigLoadResult(null, diagnostics);
        }

        var text = ReadText(fullPath, display, MaxFileBytes, "of configuration", diagnostics);
        if (text is null)
        {
            return new ConfigLoadResult(null, diagnostics);
        }

        return Parse(text, display, fullPath);
    }

    /// <summary>
    /// Reads a workspace file as strict UTF-8 (a leading byte-order mark dropped), refusing files over
    /// <paramref name="maxBytes"/>; on failure adds a diagnostic naming the file and returns null.
    /// </summary>
    internal static string? ReadText(string path, string display, long maxBytes, string what, List<Diagnostic> diagnostics)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
            {
                diagnostics.Add(new Diagnostic(display, 1, 1, DiagnosticSeverity.Error,
                    $"the file is {info.Length:N0} bytes; Custos reads at most {maxBytes:N0} bytes {what}"));
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Add(new Diagnostic(display, 1, 1, DiagnosticSeverity.Error,
                $"the file is not valid UTF-8 (bad byte at offset {ex.Index}); save it as UTF-8 text"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(display, 1, 1, DiagnosticSeverity.Error, $"cannot read the file: {ex.Message}"));
            return null;
        }
    }

    /// <summary>Parses configuration text; <paramref name="sourcePath"/> anchors the relative data directory.</summary>
    public static ConfigLoadResult Parse(string text, string displayName, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        if (text.Length > MaxFileBytes)
        {
            diagnostics.Add(new Diagnostic(displayName, 1, 1, DiagnosticSeverity.Error,
                $"the configuration is longer than {MaxFileBytes:N0} characters"));
            return new ConfigLoadResult(null, diagnostics);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var root = YamlTreeReader.Read(text, displayName, diagnostics);
        if (diagnostics.Count > 0)
        {
            return new ConfigLoadResult(null, diagnostics);
        }

        var binder = new Binder(displayName, Path.GetDirectoryName(Path.GetFullPath(sourcePath))!, diagnostics);
        var config = binder.Bind(root, Path.GetFullPath(sourcePath));
        if (config is not null && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Policies: the grants compiled to Cedar plus policies/*.cedar beside the file, validated together.
            var policiesDirectory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sourcePath))!, Policies.PolicyBundleLoader.PoliciesFolder);
            var bundle = Policies.PolicyBundleLoader.Load(config, policiesDirectory, diagnostics);
            config = bundle is null ? null : config.WithPolicies(bundle);
        }

        diagnostics.Sort((a, b) =>
            a.File != b.File ? (a.File == displayName ? -1 : b.File == displayName ? 1 : string.CompareOrdinal(a.File, b.File))
            : a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return new ConfigLoadResult(config, diagnostics);
    }

    /// <summary>True for names of agents and systems: 1 to 63 lowercase letters, digits, '-' or '_'.</summary>
    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,62}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.\-/*]{1,128}$")]
    private static partial Regex ToolPattern();

    [GeneratedRegex(@"^(\d{1,5})([dwmy])$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(\d{1,5})(s|m|h)$")]
    private static partial Regex ShortDurationPattern();

    private sealed partial class Binder(string file, string baseDirectory, List<Diagnostic> diagnostics)
    {
        public CustosConfig? Bind(YamlNode? root, string sourcePath)
        {
            if (root is null || root is YamlScalar { IsNull: true })
            {
                Error(new SourceMark(1, 1, 0), "the file is empty; run 'custos init' for a starter configuration");
                return null;
            }

            if (root is not YamlMapping map)
            {
                Error(root.Start, $"the top level must be a mapping of settings (version, agents, systems, grants, …), found {root.KindName}");
                return null;
            }

            CheckKeys(map, string.Empty, RootKeys);
            ScanForCredentialLiterals(map, string.Empty, underCredentials: false);

            var version = GetInt(map, "version", string.Empty, required: true);
            if (version is not null && version != 1)
            {
                Error(map.Find("version")!.Start, $"version {version} is not supported; this Custos reads version: 1");
            }

            var dataDir = GetString(map, "data_dir", string.Empty) ?? CustosConfig.DefaultDataDirectory;
            var server = BindServer(map.Find("server"));
            var agents = BindList(map, "agents", BindAgent);
            var systems = BindList(map, "systems", BindSystem);
            CheckUnique(agents, a => a.Name, a => a.Location, "agent");
            CheckUnique(systems, s => s.Name, s => s.Location, "system");
            CheckFallbacks(systems, map.Find("systems"));
            // Names count as defined even when another field of the agent is wrong, so one mistake is reported once.
            var agentNames = DeclaredNames(map.Find("agents"));
            var systemsByName = new Dictionary<string, SystemDefinition>(StringComparer.Ordinal);
            foreach (var system in systems)
            {
                systemsByName.TryAdd(system.Name, system);
            }

            var systemNames = DeclaredNames(map.Find("systems"));
            var grants = BindList(map, "grants", (node, path, index) => BindGrant(node, path, index, agentNames, systemNames, systemsByName));
            CheckUnique(grants, g => g.Id, g => g.Location, "grant id");
            var budgets = BindList(map, "budgets", (node, path, _) => BindBudget(node, path, agentNames));
            WarnAboutLeastPrivilege(agents, systems, grants);
            var retention = BindRetention(map.Find("retention"));
            var ledger = BindLedger(map.Find("ledger"));
            var secrets = BindSecrets(map.Find("secrets"), agentNames, systemNames);
            var screeningBinder = new ScreeningSectionBinder(file, diagnostics);
            var screening = screeningBinder.BindScreening(map.Find("screening"), agentNames);
            var approvals = screeningBinder.BindApprovals(map.Find("approvals"));
            var alerts = BindAlerts(map.Find("alerts"));
            var prices = BindPricing(map);

            return new CustosConfig
            {
                SourcePath = sourcePath,
                DataDirectory = Path.GetFullPath(Path.Combine(baseDirectory, dataDir)),
                Server = server,
                Agents = agents,
                Systems = systems,
                Grants = grants,
                Budgets = budgets,
                Retention = retention,
                Ledger = ledger,
                Secrets = secrets,
                Screening = screening,
                Approvals = approvals,
                Alerts = alerts,
                Prices = prices,
            };
        }

        private LedgerSettings BindLedger(YamlNode? node)
        {
            var settings = LedgerSettings.Default;
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, "ledger", out var map))
            {
                return settings;
            }

            CheckKeys(map, "ledger", LedgerKeys);
            SecretReference? signingKey = null;
            if (map.Find("signing_key") is YamlScalar { IsNull: false } keyNode)
            {
                if (!SecretReference.TryParse(keyNode.Value, out var reference, out var error))
                {
                    Error(keyNode.Start, $"ledger.signing_key: {error}");
                }
                else if (reference.Provider is not ("env" or "file"))
                {
                    Error(keyNode.Start, $"ledger.signing_key: the {reference.Provider} provider cannot hold the ledger key yet; use secret://env/NAME or secret://file/PATH, or leave it out to keep the key in the data directory");
                }
                else
                {
                    signingKey = reference;
                }
            }

            var every = GetInt(map, "checkpoint_every", "ledger");
            if (every is < 1 or > 1_000_000)
            {
                Error(map.Find("checkpoint_every")!.Start, "ledger.checkpoint_every must be between 1 and 1000000 entries");
                every = null;
            }

            var interval = settings.CheckpointInterval;
            if (map.Find("checkpoint_interval") is { } intervalNode)
            {
                if (intervalNode is not YamlScalar scalar || ShortDurationPattern().Match(scalar.Value) is not { Success: true } match)
                {
                    Error(intervalNode.Start, "ledger.checkpoint_interval must be a duration such as 10s, 5m or 1h");
                }
                else
                {
                    var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                    interval = match.Groups[2].Value switch
                    {
                        "s" => TimeSpan.FromSeconds(amount),
                        "m" => TimeSpan.FromMinutes(amount),
                        _ => TimeSpan.FromHours(amount),
                    };
                    if (interval < TimeSpan.FromSeconds(1) || interval > TimeSpan.FromDays(1))
                    {
                        Error(intervalNode.Start, "ledger.checkpoint_interval must be between 1s and 24h");
                        interval = settings.CheckpointInterval;
                    }
                }
            }

            var durability = settings.Durability;
            if (map.Find("durability") is { } durabilityNode)
            {
                switch ((durabilityNode as YamlScalar)?.Value)
                {
                    case "disk":
                        durability = LedgerDurability.Disk;
                        break;
                    case "os":
                        durability = LedgerDurability.Os;
                        break;
                    default:
                        Error(durabilityNode.Start, "ledger.durability must be 'disk' (every entry synced to the disk before the action is released; the default) or 'os' (handed to the operating system: survives a crash of Custos, not a power loss)");
                        break;
                }
            }

            return new LedgerSettings(signingKey, every ?? settings.CheckpointEvery, interval) { Durability = durability };
        }

        private static HashSet<string> DeclaredNames(YamlNode? list)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (list is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMapping mapping && mapping.Find("name") is YamlScalar { IsNull: false } name && IsValidName(name.Value))
                    {
                        names.Add(name.Value);
                    }
                }
            }

            return names;
        }

        private ServerSettings BindServer(YamlNode? node)
        {
            var settings = new ServerSettings(ServerSettings.DefaultUrls, ServerSettings.DefaultMaxRequestBytes);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return settings;
            }

            if (!ExpectMapping(node, "server", out var map))
            {
                return settings;
            }

            CheckKeys(map, "server", ServerKeys);
            var urls = GetString(map, "urls", "server") ?? settings.Urls;
            foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                {
                    Error(map.Find("urls")!.Start, $"server.urls: '{YamlTreeReader.Truncate(url)}' is not an http:// or https:// URL; write for example http://127.0.0.1:8421");
                }
            }

            var max = GetInt(map, "max_request_bytes", "server");
            if (max is < 1024 or > 16 * 1024 * 1024)
            {
                Error(map.Find("max_request_bytes")!.Start, "server.max_request_bytes must be between 1024 and 16777216");
                max = null;
            }

            var failedAuthLimit = GetInt(map, "failed_auth_limit", "server");
            if (failedAuthLimit is < 0 or > 1_000_000)
            {
                Error(map.Find("failed_auth_limit")!.Start, "server.failed_auth_limit must be between 0 (no limit) and 1000000 failures per minute");
                failedAuthLimit = null;
            }

            var maxBlob = GetInt(map, "max_mcp_blob_bytes", "server");
            if (maxBlob is < 1024 or > ServerSettings.MaxMcpBlobLimit)
            {
                Error(map.Find("max_mcp_blob_bytes")!.Start, $"server.max_mcp_blob_bytes must be between 1024 and {ServerSettings.MaxMcpBlobLimit} (the decoded size of one base64 blob in an MCP result)");
                maxBlob = null;
            }

            return new ServerSettings(urls, max ?? settings.MaxRequestBytes, failedAuthLimit ?? settings.FailedAuthLimit, maxBlob ?? settings.MaxMcpBlobBytes) { McpLogLimit = BindMcpLogLimit(map), McpRootsLimit = BindMcpRootsLimit(map) };
        }

        private AgentDefinition? BindAgent(YamlNode node, string path, int index)
        {
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, AgentKeys);
            var name = GetName(map, path);
            var owner = GetString(map, "owner", path, required: true, hint: "the person or team accountable for the agent");
            var team = GetString(map, "team", path) ?? string.Empty;
            var purpose = GetString(map, "purpose", path, required: true, hint: "what the agent is for, in a sentence");
            var tier = GetEnum(map, "risk_tier", path, RiskTier.Limited);
            var gdpr = BindGdpr(map.Find("gdpr"), path + ".gdpr", map);
            if (name is null || owner is null || purpose is null || gdpr is null)
            {
                return null;
            }

            return new AgentDefinition(name, owner, team, purpose, tier, gdpr, map.Start);
        }

        private GdprProfile? BindGdpr(YamlNode? node, string path, YamlMapping parent)
        {
            if (node is null || node is YamlScalar { IsNull: true })
            {
                Error(parent.Start, $"{path[..path.LastIndexOf('.')]} has no 'gdpr' section; add gdpr: with lawful_basis and processing_purpose (GDPR Art. 6 and 30)");
                return null;
            }

            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, GdprKeys);
            var basisNode = map.Find("lawful_basis");
            LawfulBasis? basis = null;
            if (basisNode is null)
            {
                Error(map.Start, $"{path} is missing 'lawful_basis'; use one of: {DescribeEnum<LawfulBasis>()}");
            }
            else
            {
                basis = ParseEnum<LawfulBasis>(basisNode, path + ".lawful_basis");
            }

            var purpose = GetString(map, "processing_purpose", path, required: true, hint: "why the agent processes personal data");
            return basis is null || purpose is null ? null : new GdprProfile(basis.Value, purpose);
        }

        private SystemDefinition? BindSystem(YamlNode node, string path, int index)
        {
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, SystemKeys);
            var name = GetName(map, path);
            if (name == BuiltInSystem.Name)
            {
                Error(map.Find("name")!.Start, $"the system name '{BuiltInSystem.Name}' is reserved for Custos itself; choose another name");
                name = null;
            }

            SystemKind? kind = null;
            var kindNode = map.Find("kind");
            if (kindNode is null)
            {
                Error(map.Start, $"{path} is missing 'kind'; use one of: {DescribeEnum<SystemKind>()}");
            }
            else
            {
                kind = ParseEnum<SystemKind>(kindNode, path + ".kind");
            }

            var description = GetString(map, "description", path);
            var url = GetString(map, "url", path);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                Error(map.Find("url")!.Start, $"{path}.url is not an absolute URL; write it with its scheme, as in https://host/path");
            }

            var command = GetStringList(map, "command", path);
            var env = GetStringMap(map, "env", path);
            var headers = GetStringMap(map, "headers", path);
            var credentials = BindCredentials(map.Find("credentials"), path + ".credentials");
            var provider = GetString(map, "provider", path);
            var dpa = GetString(map, "dpa", path);
            var tools = GetStringList(map, "tools", path);
            foreach (var (tool, toolNode) in Zip(tools, map.Find("tools")))
            {
                if (!ToolPattern().IsMatch(tool) || tool.Contains('*', StringComparison.Ordinal))
                {
                    Error(toolNode.Start, $"{path}.tools: '{YamlTreeReader.Truncate(tool)}' is not a tool name (letters, digits, '_', '-', '.', '/')");
                }
            }

            switch (kind)
            {
                case SystemKind.Mcp:
                    if (url is null && command.Count == 0)
                    {
                        Error(map.Start, $"{path} is an MCP server with neither 'url' (Streamable HTTP or SSE) nor 'command' (stdio); give one of them");
                    }
                    else if (url is not null && command.Count > 0)
                    {
                        Error(map.Find("command")!.Start, $"{path} has both 'url' and 'command'; an MCP server is reached one way, keep one");
                    }

                    break;
                case SystemKind.Llm:
                    if (provider is null)
                    {
                        Error(map.Start, $"{path} is an LLM provider without 'provider'; use one of: {string.Join(", ", LlmProviders)}");
                    }
                    else if (!LlmProviders.Contains(provider))
                    {
                        Error(map.Find("provider")!.Start, $"{path}.provider '{YamlTreeReader.Truncate(provider)}' is unknown; use one of: {string.Join(", ", LlmProviders)}");
                    }

                    break;
                case SystemKind.Database:
                case SystemKind.Http:
                    if (url is null)
                    {
                        Error(map.Start, $"{path} needs a 'url'");
                    }

                    break;
            }

            if (kind is not SystemKind.Mcp && command.Count > 0)
            {
                Error(map.Find("command")!.Start, $"{path}.command is only for MCP servers started over stdio");
            }

            if (kind is not SystemKind.Llm && provider is not null)
            {
                Error(map.Find("provider")!.Start, $"{path}.provider is only for LLM systems (kind: llm)");
            }

            var upstream = BindUpstreamRetry(map, path, kind);
            var azure = BindAzure(map, path, provider, url, credentials);
            var roots = BindRoots(map, path, kind);
            if (name is null || kind is null)
            {
                return null;
            }

            return new SystemDefinition(name, kind.Value, description, url, command, provider, dpa, tools, env, headers, credentials, map.Start, upstream, azure) { Roots = roots };
        }

        private Dictionary<string, SecretReference> BindCredentials(YamlNode? node, string path)
        {
            var result = new Dictionary<string, SecretReference>(StringComparer.Ordinal);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return result;
            }

            if (!ExpectMapping(node, path, out var map))
            {
                return result;
            }

            foreach (var (key, value) in map.Entries)
            {
                if (value is not YamlScalar scalar || scalar.IsNull)
                {
                    Error(value.Start, $"{path}.{key.Value} must be a secret reference such as secret://builtin/{key.Value}, found {value.KindName}");
                    continue;
                }

                if (!scalar.Value.StartsWith(SecretReference.Scheme, StringComparison.Ordinal))
                {
                    // Never echo the value: it may be the credential itself.
                    Error(scalar.Start, $"{path}.{key.Value} is a literal value; credentials never go in custos.yaml. Keep the value in an environment variable or a secrets provider and write a reference such as secret://env/{EnvironmentName(key.Value)}");
                    continue;
                }

                if (!SecretReference.TryParse(scalar.Value, out var reference, out var error))
                {
                    Error(scalar.Start, $"{path}.{key.Value}: {error}");
                    continue;
                }

                result[key.Value] = reference;
            }

            return result;
        }

        private Grant? BindGrant(YamlNode node, string path, int index, HashSet<string> agents, HashSet<string> systemNames, Dictionary<string, SystemDefinition> systems)
        {
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, GrantKeys);
            var id = GetString(map, "id", path) ?? $"grants[{index}]";
            var agent = GetString(map, "agent", path, required: true, hint: "the agent this grant is for");
            if (agent is not null && !agents.Contains(agent))
            {
                Error(map.Find("agent")!.Start, $"{path}.agent '{YamlTreeReader.Truncate(agent)}' is not defined under agents{Suggest(agent, agents)}");
            }

            var system = GetString(map, "system", path, required: true, hint: "the system the agent may use");
            SystemDefinition? systemDefinition = null;
            IReadOnlyList<string>? knownTools = null;
            if (system == BuiltInSystem.Name)
            {
                knownTools = BuiltInSystem.Tools;
            }
            else if (system is not null && !systems.TryGetValue(system, out systemDefinition) && !systemNames.Contains(system))
            {
                Error(map.Find("system")!.Start, $"{path}.system '{YamlTreeReader.Truncate(system)}' is not defined under systems{Suggest(system, systems.Keys.Append(BuiltInSystem.Name))}");
            }
            else if (systemDefinition is { Tools.Count: > 0 })
            {
                knownTools = systemDefinition.Tools;
            }

            var actionsNode = map.Find("actions");
            var actions = GetStringList(map, "actions", path);
            if (actionsNode is null)
            {
                Error(map.Start, $"{path} is missing 'actions'; list what the agent may do, for example actions: [read, list]");
            }
            else if (actions.Count == 0 && actionsNode is YamlSequence)
            {
                Error(actionsNode.Start, $"{path}.actions is empty; a grant must allow at least one action");
            }

            foreach (var (action, actionNode) in Zip(actions, actionsNode))
            {
                if (!ActionKinds.IsKnown(action))
                {
                    Error(actionNode.Start, $"{path}.actions: '{YamlTreeReader.Truncate(action)}' is not an action{Suggest(action, ActionKinds.All)}; actions are: {ActionKinds.Describe()}");
                }
            }

            var tools = GetStringList(map, "tools", path);
            var toolsNode = map.Find("tools");
            foreach (var (tool, toolNode) in Zip(tools, toolsNode))
            {
                if (!ToolPattern().IsMatch(tool))
                {
                    Error(toolNode.Start, $"{path}.tools: '{YamlTreeReader.Truncate(tool)}' is not a tool name or pattern (letters, digits, '_', '-', '.', '/', and '*' as a wildcard)");
                }
                else if (knownTools is not null && !tool.Contains('*', StringComparison.Ordinal) && !knownTools.Contains(tool))
                {
                    Error(toolNode.Start, $"{path}.tools: '{YamlTreeReader.Truncate(tool)}' is not a tool of {system}{Suggest(tool, knownTools)}; its tools are: {string.Join(", ", knownTools)}");
                }
            }

            if (toolsNode is YamlSequence { Items.Count: 0 })
            {
                Error(toolsNode.Start, $"{path}.tools is empty; leave 'tools' out to grant every tool of the system, or name the tools");
            }

            var approval = GetString(map, "approval", path);
            if (approval is not null && approval is not ("required" or "none"))
            {
                Error(map.Find("approval")!.Start, $"{path}.approval must be 'required' (each action waits for a person) or 'none', found '{YamlTreeReader.Truncate(approval)}'{Suggest(approval, ["required", "none"])}");
            }

            if (agent is null || system is null)
            {
                return null;
            }

            return new Grant(id, agent, system, actions.ToFrozenSet(StringComparer.Ordinal), tools, map.Start, approval == "required");
        }

        private Budget? BindBudget(YamlNode node, string path, HashSet<string> agents)
        {
            if (!ExpectMapping(node, path, out var map))
            {
                return null;
            }

            CheckKeys(map, path, BudgetKeys);
            var agent = GetString(map, "agent", path, required: true, hint: "the agent the budget limits");
            if (agent is not null && !agents.Contains(agent))
            {
                Error(map.Find("agent")!.Start, $"{path}.agent '{YamlTreeReader.Truncate(agent)}' is not defined under agents{Suggest(agent, agents)}");
            }

            var daily = GetDecimal(map, "daily_usd", path);
            var monthly = GetDecimal(map, "monthly_usd", path);
            var soft = GetInt(map, "soft_limit_percent", path) ?? 80;
            if (soft is < 1 or > 100)
            {
                Error(map.Find("soft_limit_percent")!.Start, $"{path}.soft_limit_percent must be between 1 and 100");
            }

            if (daily is null && monthly is null)
            {
                Error(map.Start, $"{path} sets no limit; give daily_usd, monthly_usd or both");
            }

            if (daily is not null && monthly is not null && daily > monthly)
            {
                Error(map.Find("daily_usd")!.Start, $"{path}.daily_usd is larger than monthly_usd");
            }

            return agent is null ? null : new Budget(agent, daily, monthly, soft);
        }

        private FrozenDictionary<string, TimeSpan> BindRetention(YamlNode? node)
        {
            var result = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, "retention", out var map))
            {
                return result.ToFrozenDictionary(StringComparer.Ordinal);
            }

            CheckKeys(map, "retention", RetentionCategories);
            foreach (var (key, value) in map.Entries)
            {
                if (!RetentionCategories.Contains(key.Value))
                {
                    continue;
                }

                if (value is not YamlScalar scalar || DurationPattern().Match(scalar.Value) is not { Success: true } match)
                {
                    Error(value.Start, $"retention.{key.Value} must be a duration such as 90d, 12w, 24m or 7y");
                    continue;
                }

                var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var days = match.Groups[2].Value switch
                {
                    "d" => amount,
                    "w" => amount * 7,
                    "m" => amount * 30,
                    _ => amount * 365,
                };
                if (days is < 1 or > 36500)
                {
                    Error(value.Start, $"retention.{key.Value} must be between 1 day and 100 years");
                    continue;
                }

                result[key.Value] = TimeSpan.FromDays(days);
            }

            return result.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private List<T> BindList<T>(YamlMapping root, string key, Func<YamlNode, string, int, T?> bind)
            where T : class
        {
            var result = new List<T>();
            var node = root.Find(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return result;
            }

            if (node is not YamlSequence sequence)
            {
                Error(node.Start, $"'{key}' must be a list (items start with '- '), found {node.KindName}");
                return result;
            }

            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var item = bind(sequence.Items[i], $"{key}[{i}]", i);
                if (item is not null)
                {
                    result.Add(item);
                }
            }

            return result;
        }

        private string? GetName(YamlMapping map, string path)
        {
            var name = GetString(map, "name", path, required: true, hint: "a short lowercase name such as dev-agent");
            if (name is not null && !NamePattern().IsMatch(name))
            {
                Error(map.Find("name")!.Start, $"{path}.name '{YamlTreeReader.Truncate(name)}' is not a valid name; use 1 to 63 lowercase letters, digits, '-' or '_', starting with a letter or digit");
                return null;
            }

            return name;
        }

        private void CheckUnique<T>(List<T> items, Func<T, string> key, Func<T, SourceMark> location, string what)
        {
            var seen = new Dictionary<string, SourceMark>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!seen.TryAdd(key(item), location(item)))
                {
                    Error(location(item), $"duplicate {what} '{key(item)}' (first defined at line {seen[key(item)].Line}); names must be unique");
                }
            }
        }

        private void CheckKeys(YamlMapping map, string path, string[] known)
        {
            foreach (var (key, _) in map.Entries)
            {
                if (!known.Contains(key.Value))
                {
                    var where = path.Length == 0 ? "at the top level" : $"in {path}";
                    Error(key.Start, $"unknown key '{YamlTreeReader.Truncate(key.Value)}' {where}{Suggest(key.Value, known)}; known keys: {string.Join(", ", known)}");
                }
            }
        }

        private bool ExpectMapping(YamlNode node, string path, out YamlMapping map)
        {
            if (node is YamlMapping m)
            {
                map = m;
                return true;
            }

            Error(node.Start, $"{path} must be a mapping of key: value lines, found {node.KindName}");
            map = null!;
            return false;
        }

        private string? GetString(YamlMapping map, string key, string path, bool required = false, string? hint = null)
        {
            var node = map.Find(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                if (required)
                {
                    var where = path.Length == 0 ? "the file" : path;
                    Error(node?.Start ?? map.Start, $"{where} is missing '{key}'{(hint is null ? string.Empty : $" ({hint})")}");
                }

                return null;
            }

            if (node is not YamlScalar scalar)
            {
                Error(node.Start, $"{Join(path, key)} must be a single value, found {node.KindName}");
                return null;
            }

            if (scalar.Value.Length > 4096)
            {
                Error(node.Start, $"{Join(path, key)} is longer than 4096 characters");
                return null;
            }

            return scalar.Value;
        }

        private int? GetInt(YamlMapping map, string key, string path, bool required = false)
        {
            var text = GetString(map, key, path, required);
            if (text is null)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Error(map.Find(key)!.Start, $"{Join(path, key)} must be a whole number, found '{YamlTreeReader.Truncate(text)}'");
                return null;
            }

            return value;
        }

        private decimal? GetDecimal(YamlMapping map, string key, string path)
        {
            var text = GetString(map, key, path);
            if (text is null)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0 || value > 1_000_000_000m)
            {
                Error(map.Find(key)!.Start, $"{Join(path, key)} must be an amount in US dollars such as 25 or 12.50, found '{YamlTreeReader.Truncate(text)}'");
                return null;
            }

            return value;
        }

        private List<string> GetStringList(YamlMapping map, string key, string path)
        {
            var result = new List<string>();
            var node = map.Find(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return result;
            }

            if (node is not YamlSequence sequence)
            {
                Error(node.Start, $"{Join(path, key)} must be a list such as [a, b], found {node.KindName}");
                return result;
            }

            foreach (var item in sequence.Items)
            {
                if (item is YamlScalar { IsNull: false } scalar)
                {
                    result.Add(scalar.Value);
                }
                else
                {
                    Error(item.Start, $"{Join(path, key)} must hold single values, found {item.KindName}");
                }
            }

            return result;
        }

        private Dictionary<string, string> GetStringMap(YamlMapping map, string key, string path)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var node = map.Find(key);
            if (node is null || node is YamlScalar { IsNull: true } || !ExpectMapping(node, Join(path, key), out var inner))
            {
                return result;
            }

            foreach (var (entryKey, value) in inner.Entries)
            {
                if (value is YamlScalar scalar)
                {
                    result[entryKey.Value] = scalar.Value;
                }
                else
                {
                    Error(value.Start, $"{Join(path, key)}.{entryKey.Value} must be a single value, found {value.KindName}");
                }
            }

            return result;
        }

        private T GetEnum<T>(YamlMapping map, string key, string path, T fallback)
            where T : struct, Enum
        {
            var node = map.Find(key);
            return node is null || node is YamlScalar { IsNull: true } ? fallback : ParseEnum<T>(node, Join(path, key)) ?? fallback;
        }

        private T? ParseEnum<T>(YamlNode node, string path)
            where T : struct, Enum
        {
            if (node is YamlScalar scalar)
            {
                foreach (var value in Enum.GetValues<T>())
                {
                    if (SnakeCase(value.ToString()) == scalar.Value)
                    {
                        return value;
                    }
                }
            }

            var found = node is YamlScalar s ? $", found '{YamlTreeReader.Truncate(s.Value)}'" : $", found {node.KindName}";
            Error(node.Start, $"{path} must be one of: {DescribeEnum<T>()}{found}");
            return null;
        }

        private void ScanForCredentialLiterals(YamlNode node, string path, bool underCredentials)
        {
            switch (node)
            {
                case YamlMapping map:
                    foreach (var (key, value) in map.Entries)
                    {
                        var childPath = Join(path, key.Value);
                        if (value is YamlScalar scalar)
                        {
                            // Values under 'credentials' are checked by the binder, which wants references only.
                            if (!underCredentials && key.Value != "credentials")
                            {
                                CheckLiteral(scalar, childPath, CredentialLiteral.IsCredentialName(key.Value));
                            }
                        }
                        else
                        {
                            ScanForCredentialLiterals(value, childPath, key.Value == "credentials");
                        }
                    }

                    break;
                case YamlSequence sequence:
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        var item = sequence.Items[i];
                        if (item is YamlScalar scalar)
                        {
                            CheckLiteral(scalar, $"{path}[{i}]", credentialKey: false);
                        }
                        else
                        {
                            ScanForCredentialLiterals(item, $"{path}[{i}]", underCredentials);
                        }
                    }

                    break;
            }
        }

        private void CheckLiteral(YamlScalar scalar, string path, bool credentialKey)
        {
            var kind = CredentialLiteral.Recognize(scalar.Value, credentialKey);
            if (kind is not null)
            {
                Error(scalar.Start, $"{path} looks like {kind}; credentials never go in custos.yaml. Keep the value in a secrets provider and write a secret:// reference where a credential belongs (under 'credentials')");
            }
        }

        /// <summary>Warnings do not fail validation; they point at grants broader than a job usually needs.</summary>
        private void WarnAboutLeastPrivilege(List<AgentDefinition> agents, List<SystemDefinition> systems, List<Grant> grants)
        {
            foreach (var agent in agents)
            {
                if (!grants.Exists(g => g.Agent == agent.Name))
                {
                    Warning(agent.Location, $"agent '{agent.Name}' has no grants, so everything it asks for is denied; add grants for what its job needs");
                }
            }

            foreach (var grant in grants)
            {
                if (grant.System != BuiltInSystem.Name && (grant.AllTools || grant.Tools.Contains("*")))
                {
                    Warning(grant.Location, $"grant {grant.Id} lets {grant.Agent} use every tool of {grant.System}; list the tools it needs (least privilege)");
                }
            }

            foreach (var system in systems)
            {
                if (system.Kind == SystemKind.Llm && system.DataProcessingAgreement is null)
                {
                    Warning(system.Location, $"LLM system '{system.Name}' names no data processing agreement (dpa); prompts with personal data will not be sent to it");
                }
            }
        }

        private void Warning(SourceMark mark, string message) =>
            diagnostics.Add(new Diagnostic(file, Math.Max(1, mark.Line), Math.Max(1, mark.Column), DiagnosticSeverity.Warning, message));

        private void Error(SourceMark mark, string message) =>
            diagnostics.Add(new Diagnostic(file, Math.Max(1, mark.Line), Math.Max(1, mark.Column), DiagnosticSeverity.Error, message));

        private static string EnvironmentName(string key)
        {
            var name = new StringBuilder(key.Length);
            foreach (var c in key)
            {
                name.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
            }

            return name.Length == 0 ? "SECRET" : name.ToString();
        }

        private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

        private static IEnumerable<(string Value, YamlNode Node)> Zip(List<string> values, YamlNode? node)
        {
            if (node is not YamlSequence sequence)
            {
                yield break;
            }

            var i = 0;
            foreach (var item in sequence.Items)
            {
                if (item is YamlScalar { IsNull: false } && i < values.Count)
                {
                    yield return (values[i++], item);
                }
            }
        }

        private static string DescribeEnum<T>()
            where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => SnakeCase(v.ToString())));
    }

    /// <summary>The spelling custos.yaml uses for an enum value: LegitimateInterests becomes legitimate_interests.</summary>
    public static string SnakeCase(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>" (did you mean 'x'?)" when a known word is within two edits, else nothing.</summary>
    internal static string Suggest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = Levenshtein(typed, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is null ? string.Empty : $" (did you mean '{best}'?)";
    }

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
