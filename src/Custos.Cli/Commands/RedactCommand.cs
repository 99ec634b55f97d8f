using System.CommandLine;
using System.Text;
using Custos.Detection.Redaction;

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
            Description = $"replace (<TYPE>), mask (***), hash (<TYPE:hmac:…>, key from ${KeyVariable}) or partial (last four kept)",
            DefaultValueFactory = _ => "replace",
        };
        mode.AcceptOnlyFromAmong("replace", "mask", "hash", "partial");
        var types = DetectCommand.TypesOption();
        var region = DetectCommand.RegionOption();
        var command = new Command("redact", "Print a text with the PII and secrets in it replaced") { file, mode, types, region };
        command.SetAction(async (parse, cancellationToken) =>
        {
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

            var scanner = DetectCommand.BuildScanner(parse.GetValue(types), parse.GetValue(region)!, output, parse);
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
            output.Out.Write(Redactor.Redact(text, findings, new RedactionPolicy { Default = method, HashKey = key }));
            output.Out.Flush();
            output.Error.WriteLine($"{TextInput.Name(path)}: {findings.Count} redacted");
            return ExitCodes.Ok;
        });
        return command;
    }
}
