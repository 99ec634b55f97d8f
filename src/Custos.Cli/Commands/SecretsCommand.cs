using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Secrets;
using Custos.Core.Storage;
using Custos.Server.Workspaces;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos secrets</c>: the built-in encrypted store (set, rotate, reveal, honeytokens) and a view of every secret
/// custos.yaml refers to. Values are read from a file, a variable or standard input, never from the command line,
/// and are printed only by <c>get --reveal</c>, which is recorded in the audit ledger first.
/// </summary>
internal static class SecretsCommand
{
    private const int MaxValueCharacters = 64 * 1024;

    public static Command Create(CliOutput output) => new("secrets", "Keep credentials in the built-in encrypted store, rotate and reveal them, plant honeytokens, see their scopes and uses")
    {
        Set(output),
        List(output),
        Get(output),
        Rotate(output),
        Usage(output),
        Overdue(output),
        new Command("honeytoken", "Plant fake credentials whose any use raises an alert") { HoneytokenCreate(output) },
    };

    private static Command Set(CliOutput output)
    {
        var name = new Argument<string>("NAME") { Description = "The secret's name: what follows secret://builtin/ in references (github, crm#authorization)" };
        var fromFile = new Option<string?>("--from-file") { Description = "Read the value from this file (one trailing newline is dropped)" };
        var fromEnv = new Option<string?>("--from-env") { Description = "Read the value from this environment variable" };
        var value = new Option<string?>("--value") { Hidden = true };
        var command = new Command("set", "Store a new version of a secret; the value comes from --from-file, --from-env or standard input, never the command line")
        {
            name, fromFile, fromEnv, value,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetResult(value) is not null)
            {
                // Never echo it: the value is now in the shell's history and the process list, which is the problem.
                return output.Fail("a secret's value is never given on the command line (it stays in shell history and the process list); use --from-file FILE, --from-env VARIABLE, or pipe it to standard input. Rotate the secret if it was real", ExitCodes.Usage);
            }

            var secretName = parse.GetValue(name)!;
            if (BuiltinSecrets.CheckName(secretName) is { } problem)
            {
                return output.Fail(problem, ExitCodes.Usage);
            }

            var file = parse.GetValue(fromFile);
            var variable = parse.GetValue(fromEnv);
            if (file is not null && variable is not null)
            {
                return output.Fail("give --from-file or --from-env, not both", ExitCodes.Usage);
            }

            var secret = await ReadValueAsync(file, variable, output, cancellationToken);
            if (secret is null)
            {
                return ExitCodes.Failed;
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var config = workspace.Config;
            if (await workspace.Store.Secrets.GetAsync(secretName, null, cancellationToken) is { Kind: SecretKind.Honeytoken })
            {
                return output.Fail($"'{secretName}' is a honeytoken; choose another name for a real secret");
            }

            int version;
            try
            {
                version = await workspace.Builtin.SetAsync(secretName, secret, CommonOptions.OperatorName(), cancellationToken);
            }
            catch (SecretResolutionException ex)
            {
                return output.Fail(ex.Message);
            }

            await RecordAsync(workspace, "update", $"{CommonOptions.OperatorName()} set {BuiltinSecrets.ReferenceOf(secretName)} (version {version})", cancellationToken);
            output.Out.WriteLine($"Stored {BuiltinSecrets.ReferenceOf(secretName)} version {version} (sealed under master key {MasterKeyId(workspace, config)}). Refer to it from custos.yaml credentials; a running server picks it up within secrets.cache_ttl.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliOutput output)
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the secrets: built-in ones with versions and last rotation, and every reference in custos.yaml with its scope (never values)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var config = workspace.Config;
            var views = await ViewsAsync(workspace, config, cancellationToken);
            if (parse.GetValue(json))
            {
                output.Json(views, SecretsJsonContext.Default.ListSecretView);
                return ExitCodes.Ok;
            }

            if (views.Count == 0)
            {
                output.Out.WriteLine("No secrets yet. Store one with 'custos secrets set NAME --from-file FILE' and refer to it as secret://builtin/NAME.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("reference", "kind", "version", "last rotated", "rotation", "agents", "systems");
            foreach (var view in views)
            {
                var rotation = view.Rotation is null ? "-" : Markup.Escape(view.Rotation) + (view.Overdue ? " [red]OVERDUE[/]" : string.Empty);
                table.AddRow(
                    Markup.Escape(view.Reference),
                    view.Kind == "honeytoken" ? "[yellow]honeytoken[/]" : view.Kind,
                    view.Version is null ? "-" : $"{view.Version} of {view.Versions}",
                    view.RotatedAt is null ? "-" : Markup.Escape($"{view.RotatedAt:u} by {view.RotatedBy}"),
                    rotation,
                    Markup.Escape(view.Agents.Count == 0 ? "(any granted)" : string.Join(", ", view.Agents)),
                    Markup.Escape(string.Join(", ", view.Systems)));
            }

            output.Console.Write(table);
            var overdue = views.Count(v => v.Overdue);
            if (overdue > 0)
            {
                output.Error.WriteLine($"{overdue} secret(s) overdue for rotation: run 'custos secrets rotate NAME' (built-in) or rotate them in their provider.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Get(CliOutput output)
    {
        var name = new Argument<string>("NAME") { Description = "The built-in secret's name" };
        var reveal = new Option<bool>("--reveal") { Description = "Print the value on standard output; the reveal is recorded in the audit ledger first" };
        var version = new Option<int?>("--version") { Description = "An older version (default: the current one)" };
        var command = new Command("get", "Show a built-in secret's version and, with --reveal, its value (recorded)") { name, reveal, version };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var secretName = parse.GetValue(name)!;
            if (BuiltinSecrets.CheckName(secretName) is { } problem)
            {
                return output.Fail(problem, ExitCodes.Usage);
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var wanted = parse.GetValue(version);
            var stored = await workspace.Store.Secrets.GetAsync(secretName, wanted, cancellationToken);
            if (stored is null)
            {
                return output.Fail(wanted is null
                    ? $"there is no built-in secret '{secretName}'; 'custos secrets list' shows what there is, 'custos secrets set {secretName}' creates it"
                    : $"built-in secret '{secretName}' has no version {wanted}");
            }

            if (!parse.GetValue(reveal))
            {
                output.Out.WriteLine($"{BuiltinSecrets.ReferenceOf(secretName)}: {stored.Kind.ToString().ToLowerInvariant()} version {stored.Version}, set {stored.CreatedAt:u} by {stored.CreatedBy}. Add --reveal to print the value (recorded in the audit ledger).");
                return ExitCodes.Ok;
            }

            string value;
            try
            {
                (value, _) = await workspace.Builtin.ReadAsync(secretName, stored.Version, cancellationToken);
            }
            catch (SecretResolutionException ex)
            {
                return output.Fail(ex.Message);
            }

            // Recorded before it is shown: a reveal that cannot be recorded does not happen.
            await RecordAsync(workspace, "read", $"{CommonOptions.OperatorName()} revealed {BuiltinSecrets.ReferenceOf(secretName)} version {stored.Version}", cancellationToken);
            output.Out.WriteLine(value);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Rotate(CliOutput output)
    {
        var name = new Argument<string>("NAME") { Description = "The built-in secret's name" };
        var command = new Command("rotate", "Give a built-in secret a new version with its configured rotator (postgres, webhook) or a new random value (256 bits, base64url); older versions are kept, every attempt is recorded") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var secretName = parse.GetValue(name)!;
            if (BuiltinSecrets.CheckName(secretName) is { } problem)
            {
                return output.Fail(problem, ExitCodes.Usage);
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var outcome = await workspace.Rotations.RotateAsync(secretName, CommonOptions.OperatorName(), ActionChannel.Cli, cancellationToken);
            if (!outcome.Succeeded)
            {
                return output.Fail($"{outcome.Reference} was not rotated: {outcome.Message}. The current version stays in use; the failure is recorded in the audit ledger");
            }

            output.Out.WriteLine(outcome.Rotator == "random"
                ? $"Rotated {outcome.Reference} to version {outcome.Version}. Give the upstream the new value ('custos secrets get {secretName} --reveal', recorded) if it checks it."
                : $"Rotated {outcome.Reference} to version {outcome.Version} ({outcome.Message}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Usage(CliOutput output)
    {
        var days = new Option<int>("--days") { Description = "How many days back (default 7)", DefaultValueFactory = _ => 7 };
        var json = CommonOptions.Json();
        var command = new Command("usage", "Show how often each secret was used, by which agent, for which system, per day; refused uses and honeytokens included") { days, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var back = parse.GetValue(days);
            if (back is < 1 or > 3660)
            {
                return output.Fail("--days must be between 1 and 3660", ExitCodes.Usage);
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }
            var since = DateOnly.FromDateTime(workspace.Clock.GetUtcNow().UtcDateTime.AddDays(1 - back));
            var rows = await workspace.Store.Secrets.UsageAsync(since, cancellationToken);
            if (parse.GetValue(json))
            {
                output.Json([.. rows.Select(r => new SecretUsageView(r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Reference, r.Agent, r.System, r.Outcome.ToString().ToLowerInvariant(), r.Count, r.LastAt, r.LastActionId))], SecretsJsonContext.Default.ListSecretUsageView);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("day", "reference", "agent", "system", "outcome", "uses", "last action");
            foreach (var row in rows)
            {
                var outcome = row.Outcome switch { SecretUseOutcome.Denied => "[red]denied[/]", SecretUseOutcome.Honeytoken => "[red]HONEYTOKEN[/]", _ => "used" };
                table.AddRow(row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(row.Reference), Markup.Escape(row.Agent), Markup.Escape(row.System), outcome, row.Count.ToString(CultureInfo.InvariantCulture), row.LastActionId?.ToString() ?? "-");
            }

            output.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Overdue(CliOutput output)
    {
        var rotate = new Option<bool>("--rotate") { Description = "Rotate every overdue built-in secret now with its configured rotator (each attempt recorded)" };
        var json = CommonOptions.Json();
        var command = new Command("overdue", "List the secrets past their rotation schedule (secrets.scopes[].rotate); exit 1 when any is, so a cron job or CI can act") { rotate, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var config = workspace.Config;
            var overdue = (await ViewsAsync(workspace, config, cancellationToken)).Where(v => v.Overdue).ToList();
            var untracked = config.Secrets.Scopes.Where(s => s.Rotate is not null && s.Secret.Provider != "builtin").Select(s => s.Secret.ToString()).ToList();
            if (parse.GetValue(rotate))
            {
                var left = new List<SecretView>();
                foreach (var view in overdue)
                {
                    var name = view.Reference["secret://builtin/".Length..];
                    var outcome = await workspace.Rotations.RotateAsync(name, CommonOptions.OperatorName(), ActionChannel.Cli, cancellationToken, $"overdue since {view.DueAt:u}");
                    if (!outcome.Succeeded)
                    {
                        output.Error.WriteLine($"custos: error: {outcome.Reference} was not rotated: {outcome.Message}");
                        left.Add(view);
                        continue;
                    }

                    output.Out.WriteLine($"Rotated {view.Reference} to version {outcome.Version} (was due {view.DueAt:u}).");
                }

                overdue = left;
            }

            if (parse.GetValue(json))
            {
                output.Json(overdue, SecretsJsonContext.Default.ListSecretView);
            }
            else
            {
                foreach (var view in overdue)
                {
                    output.Out.WriteLine($"OVERDUE {view.Reference}: {view.Rotation}, last rotated {view.RotatedAt:u}, due {view.DueAt:u}");
                }

                foreach (var reference in untracked)
                {
                    output.Error.WriteLine($"note: {reference} has a rotation schedule, but Custos cannot see when it was last rotated in its provider; rotate it there");
                }

                if (overdue.Count == 0)
                {
                    output.Out.WriteLine("No built-in secret is overdue for rotation.");
                }
            }

            return overdue.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static Command HoneytokenCreate(CliOutput output)
    {
        var name = new Argument<string>("NAME") { Description = "A name for the honeytoken, as for any built-in secret" };
        var style = new Option<string>("--style") { Description = "What it looks like", DefaultValueFactory = _ => "github" };
        style.AcceptOnlyFromAmong([.. Honeytokens.Styles]);
        var command = new Command("create", "Create a realistic fake credential: any use by an agent is refused and alerts, and leak detection flags its text anywhere") { name, style };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var secretName = parse.GetValue(name)!;
            if (BuiltinSecrets.CheckName(secretName) is { } problem)
            {
                return output.Fail(problem, ExitCodes.Usage);
            }

            await using var workspace = CommonOptions.OpenWorkspace(parse, output);
            if (workspace is null)
            {
                return ExitCodes.Failed;
            }

            var config = workspace.Config;
            int version;
            try
            {
                version = await workspace.Builtin.CreateHoneytokenAsync(secretName, parse.GetValue(style)!, CommonOptions.OperatorName(), cancellationToken);
            }
            catch (SecretResolutionException ex)
            {
                return output.Fail(ex.Message);
            }

            await RecordAsync(workspace, "create", $"{CommonOptions.OperatorName()} created honeytoken {BuiltinSecrets.ReferenceOf(secretName)} ({parse.GetValue(style)} style)", cancellationToken);
            output.Out.WriteLine($"Created honeytoken {BuiltinSecrets.ReferenceOf(secretName)} (version {version}). Plant its value where only an intruder would look ('custos secrets get {secretName} --reveal', recorded); any use raises an alert.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<string?> ReadValueAsync(string? file, string? variable, CliOutput output, CancellationToken cancellationToken)
    {
        string? text;
        string from;
        if (variable is not null)
        {
            from = $"the environment variable {variable}";
            text = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(text))
            {
                output.Fail($"{from} is not set or empty; export it first, or use --from-file or standard input");
                return null;
            }
        }
        else if (file is not null)
        {
            from = file;
            if (!File.Exists(file))
            {
                output.Fail($"{file}: no such file; name the file that holds the value");
                return null;
            }

            if (new FileInfo(file).Length > MaxValueCharacters * 4L)
            {
                output.Fail($"{file} is larger than a secret can be ({MaxValueCharacters} characters); name the file that holds just the value");
                return null;
            }

            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await File.ReadAllBytesAsync(file, cancellationToken)).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                output.Fail($"{file} is not UTF-8 text; a secret's value is text (base64-encode binary keys)");
                return null;
            }
        }
        else
        {
            from = "standard input";
            if (ReferenceEquals(output.In, Console.In) && !Console.IsInputRedirected)
            {
                output.Fail("no value given: pipe it to standard input (printf %s \"$VALUE\" | custos secrets set NAME), or use --from-file FILE or --from-env VARIABLE", ExitCodes.Usage);
                return null;
            }

            var buffer = new char[MaxValueCharacters + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await output.In.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
            }

            text = new string(buffer, 0, length);
            Array.Clear(buffer);
        }

        text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        if (text.Length == 0)
        {
            output.Fail($"the value read from {from} is empty; a secret needs a value");
            return null;
        }

        if (text.Length > MaxValueCharacters)
        {
            output.Fail($"the value read from {from} is longer than {MaxValueCharacters} characters; a secret is a credential, not a document");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            output.Fail($"the value read from {from} holds a NUL character; base64-encode binary keys");
            return null;
        }

        return text;
    }

    private static async Task<List<SecretView>> ViewsAsync(Workspace workspace, CustosConfig config, CancellationToken cancellationToken)
    {
        var now = workspace.Clock.GetUtcNow();
        var stored = (await workspace.Store.Secrets.ListAsync(cancellationToken)).ToDictionary(s => BuiltinSecrets.ReferenceOf(s.Name).ToString(), StringComparer.Ordinal);
        var references = new SortedSet<string>(stored.Keys, StringComparer.Ordinal);
        var parsed = new Dictionary<string, SecretReference>(StringComparer.Ordinal);
        foreach (var reference in config.Systems.SelectMany(s => s.Credentials.Values).Concat(config.Secrets.Scopes.Select(s => s.Secret)))
        {
            references.Add(reference.ToString());
            parsed[reference.ToString()] = reference;
        }

        var views = new List<SecretView>();
        foreach (var text in references)
        {
            var reference = parsed.GetValueOrDefault(text) ?? (SecretReference.TryParse(text, out var r, out _) ? r : null);
            if (reference is null)
            {
                continue;
            }

            var scope = config.Secrets.FindScope(reference);
            var systems = scope?.Systems ?? [.. config.Systems.Where(s => s.Credentials.Values.Contains(reference)).Select(s => s.Name)];
            var info = stored.GetValueOrDefault(text);
            DateTimeOffset? due = scope?.Rotate is { } rotate && info is not null ? rotate.DueAfter(info.RotatedAt) : null;
            var overdue = due is { } when && when < now;
            views.Add(new SecretView(
                text,
                reference.Provider,
                info is null ? (reference.Provider == "builtin" ? "missing" : "secret") : info.Kind.ToString().ToLowerInvariant(),
                info?.CurrentVersion,
                info?.Versions,
                info?.RotatedAt,
                info?.RotatedBy,
                scope?.Agents ?? [],
                systems,
                scope?.Rotate?.ToString(),
                due,
                overdue));
        }

        return views;
    }

    private static string MasterKeyId(Workspace workspace, CustosConfig config)
    {
        using var key = MasterKey.Load(config.DataDirectory);
        return key.Id;
    }

    private static async Task RecordAsync(Workspace workspace, string verb, string description, CancellationToken cancellationToken) =>
        await workspace.Store.RecordAsync(ActionRecord.ForEvent(workspace.Clock.GetUtcNow(), ActionChannel.Cli, CommonOptions.OperatorName(), verb, SecretBroker.Resource, description), cancellationToken);
}

/// <param name="Kind">secret, honeytoken, or missing (a built-in reference in custos.yaml not yet set).</param>
internal sealed record SecretView(string Reference, string Provider, string Kind, int? Version, int? Versions, DateTimeOffset? RotatedAt, string? RotatedBy, IReadOnlyList<string> Agents, IReadOnlyList<string> Systems, string? Rotation, DateTimeOffset? DueAt, bool Overdue);

internal sealed record SecretUsageView(string Day, string Reference, string Agent, string System, string Outcome, long Count, DateTimeOffset LastAt, Guid? LastAction);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(List<SecretView>))]
[JsonSerializable(typeof(List<SecretUsageView>))]
internal sealed partial class SecretsJsonContext : JsonSerializerContext;
