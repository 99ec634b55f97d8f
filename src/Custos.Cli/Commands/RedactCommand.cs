using System.CommandLine;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Screening;
using Custos.Core.Tokenization;
using Custos.Detection;
using Custos.Detection.Redaction;
using Custos.Server.Workspaces;

namespace Custos.Cli.Commands;

/// <summary><c>custos redact [FILE|-]</c>: prints the text with what the detectors found replaced.</summary>
internal static class RedactCommand
{
    /// <summary>The environment variable holding the key for --mode hash; a key never goes on a command line.</summary>
    public const string KeyVariable = "CUSTOS_REDACTION_KEY";

    public static Command Create(CliOutput output)
    {
        var file = new Argument<string?>("FILE") { Description = "The text to redact; '-' or nothing reads standard input", Arity = ArgumentArity.ZeroOrOne };
        var mode = new Option<string>("--mode")
        {
            Description = $"replace (<TYPE>), mask (***), hash (<TYPE:hmac:…>, key from ${KeyVariable}) or partial (last four kept); in a workspace each type is redacted as its screening rule says unless this is given",
            DefaultValueFactory = _ => "replace",
        };
        mode.AcceptOnlyFromAmong("replace", "mask", "hash", "partial");
        var types = DetectCommand.TypesOption();
        var region = DetectCommand.RegionOption();
        var command = new Command("redact", "Print a text with the PII and secrets in it replaced") { file, mode, types, region };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // In a workspace, each type is redacted as its screening rule says (redaction: …), unless --mode is given.
            var modeGiven = parse.GetResult(mode) is { Implicit: false };
            var method = parse.GetValue(mode) switch
            {
                "mask" => RedactionMethod.Mask,
                "hash" => RedactionMethod.Hash,
                "partial" => RedactionMethod.Partial,
                _ => RedactionMethod.Replace,
            };
            ReadOnlyMemory<byte> key = default;
            if (method == RedactionMethod.Hash)
            {
                var value = Environment.GetEnvironmentVariable(KeyVariable);
                if (string.IsNullOrEmpty(value) || Encoding.UTF8.GetByteCount(value) < 16)
                {
                    return output.Fail($"--mode hash needs a key of at least 16 bytes in ${KeyVariable}; the same key gives the same tokens, so keep it stable and secret", ExitCodes.Usage);
                }

                key = Encoding.UTF8.GetBytes(value);
            }

            var scanner = DetectCommand.BuildScanner(parse.GetValue(types), parse.GetValue(region)!, output, parse, out var workspace);
            if (scanner is null)
            {
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(file);
            using var reader = TextInput.Open(path, output);
            if (reader is null)
            {
                return ExitCodes.Failed;
            }

            var text = await TextInput.ReadAllAsync(reader, TextInput.Name(path), output, cancellationToken);
            if (text is null)
            {
                return ExitCodes.Failed;
            }

            var findings = scanner.Scan(text);
            var redacted = workspace is null || modeGiven
                ? Redactor.Redact(text, findings, new RedactionPolicy { Default = method, HashKey = key })
                : await RedactAsWorkspaceAsync(workspace, text, findings, cancellationToken);
            output.Out.Write(redacted);
            output.Out.Flush();
            output.Error.WriteLine($"{TextInput.Name(path)}: {findings.Count} redacted");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The workspace's per-type methods; <c>token</c> values get tokens from the workspace's vault.</summary>
    private static async Task<string> RedactAsWorkspaceAsync(CustosConfig config, string text, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var screener = Screener.For(config);
        if (!screener.UsesTokens(null))
        {
            return screener.RedactText(text, findings, null);
        }

        await using var workspace = Workspace.Open(new FixedConfigSource(config));
        var batch = TokenBatch.Collecting();
        screener.RedactText(text, findings, null, batch);
        var tokens = batch.Count == 0 ? null : await batch.ResolveAsync(workspace.RedactionTokens, null, config.Screening.TokenRetention, cancellationToken);
        return screener.RedactText(text, findings, null, tokens);
    }
}
