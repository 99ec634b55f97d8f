using System.CommandLine;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Detection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos detect [FILE|-] [--json] [--no-classifier]</c> prints what the detectors find in a text; <c>--jsonl</c> reads
/// <c>{"id":…,"text":…}</c> lines and writes one <c>{"id":…,"findings":[…]}</c> line each, for evaluation at scale.
/// Output never repeats the text found, only where it is.
/// </summary>
internal static class DetectCommand
{
    public static Command Create(CliOutput output)
    {
        var file = new Argument<string?>("FILE") { Description = "The text to scan; '-' or nothing reads standard input", Arity = ArgumentArity.ZeroOrOne };
        var json = CommonOptions.Json();
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {\"id\":…,\"text\":…} and write {\"id\":…,\"findings\":[…]} per line" };
        var types = TypesOption();
        var region = RegionOption();
        var classifier = ClassifierOption();
        var noClassifier = NoClassifierOption();
        var command = new Command("detect", "Find PII, secrets, prompt injection and exfiltration in a text (offsets in UTF-16 code units; the text found is never printed)") { file, json, jsonl, types, region, classifier, noClassifier };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(json) && parse.GetValue(jsonl))
            {
                return output.Fail("--json and --jsonl cannot be combined; --jsonl already writes JSON", ExitCodes.Usage);
            }

            if (parse.GetValue(classifier) && parse.GetValue(noClassifier))
            {
                return output.Fail("--classifier and --no-classifier cannot be combined; give one (the classifier is on by default)", ExitCodes.Usage);
            }

            bool? useClassifier = parse.GetValue(classifier) ? true : parse.GetValue(noClassifier) ? false : null;
            var scanner = BuildScanner(parse.GetValue(types), parse.GetValue(region)!, output, parse, out _, useClassifier);
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

            if (parse.GetValue(jsonl))
            {
                return JsonLines(scanner, reader, output, cancellationToken);
            }

            var name = TextInput.Name(path);
            var text = await TextInput.ReadAllAsync(reader, name, output, cancellationToken);
            if (text is null)
            {
                return ExitCodes.Failed;
            }

            var findings = scanner.Scan(text);
            if (parse.GetValue(json))
            {
                var views = findings.Select(f => new FindingView(f.Type, f.Subtype, f.Start, f.End, f.Score, f.Detector, f.Explanation)).ToList();
                output.Json(new DetectView(name, text.Length, views), CliJsonContext.Readable.DetectView);
            }
            else if (findings.Count == 0)
            {
                output.Error.WriteLine($"{name}: nothing found");
            }
            else
            {
                var lines = new LineIndex(text);
                var table = new Table().AddColumns("line:col", "type", "kind", "score", "span", "why");
                foreach (var f in findings)
                {
                    var (line, column) = lines.Position(f.Start);
                    table.AddRow($"{line}:{column}", f.Type, Markup.Escape(f.Subtype ?? string.Empty), f.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), $"{f.Start}-{f.End}",
                        Markup.Escape(EntityTypes.IsRegion(f.Type) ? f.Explanation ?? string.Empty : string.Empty));
                }

                output.Console.Write(table);
                output.Error.WriteLine($"{name}: {findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")}");
            }

            // Like grep and secret scanners: 1 when something was found, so CI can fail a build on it.
            return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    internal static Option<string[]> TypesOption() => new("--types")
    {
        Description = $"Only these types, comma-separated (default all: {string.Join(", ", EntityTypes.All)})",
        AllowMultipleArgumentsPerToken = true,
    };

    internal static Option<string> RegionOption() => new("--region")
    {
        Description = "Region for phone numbers written without a country code (ISO 3166 alpha-2)",
        DefaultValueFactory = _ => "US",
    };

    /// <summary><c>--classifier</c>: the trained injection classifier reads beside the heuristics, whatever custos.yaml says.</summary>
    internal static Option<bool> ClassifierOption() => new("--classifier")
    {
        Description = "Add the trained injection classifier to the heuristics (the default, unless custos.yaml sets screening.injection_classifier: false)",
    };

    /// <summary><c>--no-classifier</c>: the heuristics alone, whatever custos.yaml says.</summary>
    internal static Option<bool> NoClassifierOption() => new("--no-classifier")
    {
        Description = "Find prompt injection with the heuristics alone, without the trained classifier",
    };

    internal static Scanner? BuildScanner(string[]? types, string region, CliOutput output, ParseResult? parse = null) =>
        BuildScanner(types, region, output, parse, out _);

    /// <param name="workspace">The workspace's configuration when the command runs in one; null outside.</param>
    /// <param name="classifier">Whether the injection classifier reads beside the heuristics; null: as custos.yaml says (screening.injection_classifier), on by default.</param>
    internal static Scanner? BuildScanner(string[]? types, string region, CliOutput output, ParseResult? parse, out CustosConfig? workspace, bool? classifier = null)
    {
        workspace = null;
        var enabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in (types ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var known = EntityTypes.All.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                output.Fail($"--types: '{type}' is not a finding type; use one of {string.Join(", ", EntityTypes.All)}", ExitCodes.Usage);
                return null;
            }

            enabled.Add(known);
        }

        if (region.Length != 2 || !region.All(char.IsAsciiLetter))
        {
            output.Fail($"--region: '{region}' is not a two-letter region code such as US, GB or FR", ExitCodes.Usage);
            return null;
        }

        // In a workspace (./custos.yaml, --config or $CUSTOS_CONFIG) its screening types of your own and
        // allowed domains apply, as they do in the pipeline.
        IReadOnlyList<CustomEntityType> custom = [];
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var useClassifier = true;
        if (parse is not null && (parse.GetValue(CommonOptions.Config) is not null || Environment.GetEnvironmentVariable("CUSTOS_CONFIG") is not null || File.Exists(CustosConfig.DefaultFileName)))
        {
            if (CommonOptions.LoadConfig(parse, output) is not { } config)
            {
                output.Fail($"{CommonOptions.ConfigPath(parse)} has errors (above); fix them, or run outside the workspace", ExitCodes.Usage);
                return null;
            }

            custom = config.Screening.CustomTypes;
            allowed.UnionWith(config.Screening.AllowedDomains);
            useClassifier = config.Screening.InjectionClassifier;
            workspace = config;
        }

        return new Scanner(new ScannerOptions { EnabledTypes = enabled, DefaultRegion = region.ToUpperInvariant(), CustomTypes = custom, AllowedDomains = allowed, UseInjectionClassifier = classifier ?? useClassifier });
    }

    private static int JsonLines(Scanner scanner, TextReader reader, CliOutput output, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var malformed = 0;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (line, tooLong, end) = TextInput.ReadBoundedLine(reader);
            if (end)
            {
                break;
            }

            lineNumber++;
            if (line is not null && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.Clear();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                if (!WriteLine(scanner, line, tooLong, lineNumber, writer))
                {
                    malformed++;
                }
            }

            output.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        output.Out.Flush();
        if (malformed > 0)
        {
            output.Error.WriteLine($"{malformed} of {lineNumber} lines could not be read; each has an \"error\" line in the output");
            return ExitCodes.Failed;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes the result line for one input line; false when the line was malformed (an error line is written).</summary>
    private static bool WriteLine(Scanner scanner, string? line, bool tooLong, int lineNumber, Utf8JsonWriter writer)
    {
        if (tooLong || line is null)
        {
            WriteError(writer, null, lineNumber, $"line {lineNumber} is longer than {TextInput.MaxLineCharacters} characters; split the text");
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            WriteError(writer, null, lineNumber, $"line {lineNumber} is not JSON: {ex.Message}");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                WriteError(writer, null, lineNumber, $"line {lineNumber} is not a JSON object; write {{\"id\":…,\"text\":\"…\"}}");
                return false;
            }

            root.TryGetProperty("id", out var id);
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                WriteError(writer, id, lineNumber, $"line {lineNumber} has no \"text\" string");
                return false;
            }

            var findings = scanner.Scan(textElement.GetString()!);
            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteStartArray("findings");
            foreach (var f in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("type", f.Type);
                writer.WriteNumber("start", f.Start);
                writer.WriteNumber("end", f.End);
                writer.WriteNumber("score", f.Score);
                if (f.Subtype is not null)
                {
                    writer.WriteString("subtype", f.Subtype);
                }

                if (f.Explanation is not null && EntityTypes.IsRegion(f.Type))
                {
                    writer.WriteString("explanation", f.Explanation);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            return true;
        }
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement? id, int lineNumber, string message)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteNumber("line", lineNumber);
        writer.WriteString("error", message);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { ValueKind: not JsonValueKind.Undefined } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Line and column (1-based, UTF-16) of an offset, for people reading the table.</summary>
    private sealed class LineIndex(string text)
    {
        private readonly List<int> _starts = Starts(text);

        public (int Line, int Column) Position(int offset)
        {
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, offset - _starts[line] + 1);
        }

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}
