using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Custos.Cedar.Ast;
using Custos.Cedar.Authorization;
using Custos.Cedar.Conformance;
using Custos.Cedar.Entities;
using Custos.Cedar.Formatting;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;
using Custos.Cedar.Serialization;
using Custos.Cedar.Validation;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos cedar …</c>: the Cedar engine on its own, without a workspace: run conformance suites, authorize a
/// file of requests, validate policies against a schema, format policy files.
/// </summary>
internal static class CedarCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("cedar", "The Cedar policy engine on its own: conformance tests, batch authorization, validation, formatting")
        {
            RunTests(output),
            Authorize(output),
            Validate(output),
            Format(output),
        };
        return command;
    }

    private static Command RunTests(CliOutput output)
    {
        var root = new Argument<DirectoryInfo>("ROOT") { Description = "Folder holding corpus-tests/ and tests/ (Cedar's integration test layout); paths in the tests are relative to it" };
        var command = new Command("run-tests", "Run Cedar integration tests; prints one line per mismatch, then 'N passed, N failed'") { root };
        command.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(root)!;
            if (!folder.Exists)
                return Task.FromResult(output.Fail($"{folder.FullName} does not exist; pass the folder the test archives were extracted into"));
            var summary = ConformanceRunner.Run(folder.FullName, output.Out, cancellationToken);
            if (summary.Files == 0)
                return Task.FromResult(output.Fail($"no test files under {folder.FullName}/corpus-tests or {folder.FullName}/tests"));
            output.Out.WriteLine(summary.ToString());
            return Task.FromResult(summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failed);
        });
        return command;
    }

    private static Command Authorize(CliOutput output)
    {
        var policies = new Option<FileInfo>("--policies") { Description = "Policy file (.cedar, or Cedar's JSON policy-set format if it ends in .json)", Required = true };
        var entities = new Option<FileInfo>("--entities") { Description = "Entities in Cedar's JSON format", Required = true };
        var schema = new Option<FileInfo?>("--schema") { Description = "Schema (.cedarschema or .json); types the entities and contexts" };
        var requests = new Option<FileInfo>("--requests") { Description = "One request per line: {\"principal\", \"action\", \"resource\", \"context\"}", Required = true };
        var warmup = new Option<int>("--warmup") { Description = "Evaluate the whole file this many times, untimed, before the timed pass (lets the JIT settle)" };
        var command = new Command("authorize", "Authorize a file of requests; one answer per line on stdout, a summary on stderr") { policies, entities, schema, requests, warmup };
        command.SetAction(parse =>
        {
            var loaded = Load(output, parse.GetValue(policies)!, parse.GetValue(schema));
            if (loaded is null)
                return ExitCodes.Failed;
            var (policySet, cedarSchema) = loaded.Value;
            var entitiesFile = parse.GetValue(entities)!;
            var store = CedarJson.ParseEntities(ReadText(entitiesFile), cedarSchema);
            if (store.Value is null)
                return output.Fail($"{entitiesFile.Name}: {store.Error}");

            // Parse every request first so the timer covers evaluation only.
            var parsed = new List<(Request? Request, string? Error)>();
            var lineNumber = 0;
            foreach (var line in File.ReadLines(parse.GetValue(requests)!.FullName))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                var request = CedarJson.ParseRequest(line, cedarSchema);
                parsed.Add(request.Value is null ? (null, $"line {lineNumber}: {request.Error}") : (request.Value, null));
            }
            var compiled = new CompiledPolicySet(policySet);
            var responses = new Response?[parsed.Count];
            var latencies = new long[parsed.Count];
            for (var round = 0; round < parse.GetValue(warmup); round++)
            {
                foreach (var (request, _) in parsed)
                {
                    if (request is not null)
                        Authorizer.IsAuthorized(request, compiled, store.Value);
                }
            }
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < parsed.Count; i++)
            {
                if (parsed[i].Request is { } request)
                {
                    var start = Stopwatch.GetTimestamp();
                    responses[i] = Authorizer.IsAuthorized(request, compiled, store.Value);
                    latencies[i] = Stopwatch.GetTimestamp() - start;
                }
            }
            clock.Stop();
            Array.Sort(latencies);

            int allow = 0, deny = 0, errors = 0;
            var target = output.Out;
            using var buffer = new MemoryStream();
            for (var i = 0; i < parsed.Count; i++)
            {
                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer))
                {
                    json.WriteStartObject();
                    if (responses[i] is { } response)
                    {
                        json.WriteString("decision", response.IsAllowed ? "allow" : "deny");
                        json.WriteStartArray("reasons");
                        foreach (var reason in response.Reasons)
                            json.WriteStringValue(reason);
                        json.WriteEndArray();
                        json.WriteStartArray("errors");
                        foreach (var error in response.Errors)
                            json.WriteStringValue(error.PolicyId);
                        json.WriteEndArray();
                        if (response.IsAllowed)
                            allow++;
                        else
                            deny++;
                    }
                    else
                    {
                        json.WriteString("error", parsed[i].Error);
                        errors++;
                    }
                    json.WriteEndObject();
                }
                target.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            target.Flush();
            var summary = $"{{\"requests\":{parsed.Count},\"allow\":{allow},\"deny\":{deny},\"eval_ms\":{clock.Elapsed.TotalMilliseconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}" +
                $",\"p50_us\":{Micros(Percentile(latencies, 0.50))},\"p99_us\":{Micros(Percentile(latencies, 0.99))}" +
                (errors > 0 ? $",\"unreadable\":{errors}" : string.Empty) + "}";
            output.Error.WriteLine(summary);
            return errors > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static long Percentile(long[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Micros(long ticks) =>
        (ticks * 1_000_000.0 / Stopwatch.Frequency).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static Command Validate(CliOutput output)
    {
        var policies = new Option<FileInfo>("--policies") { Description = "Policy file (.cedar or .json)", Required = true };
        var schema = new Option<FileInfo>("--schema") { Description = "Schema (.cedarschema or .json)", Required = true };
        var command = new Command("validate", "Validate policies against a schema (Cedar's strict mode); problems as FILE:LINE:COL: error: MESSAGE") { policies, schema };
        command.SetAction(parse =>
        {
            var policyFile = parse.GetValue(policies)!;
            var loaded = Load(output, policyFile, parse.GetValue(schema));
            if (loaded is null)
                return ExitCodes.Failed;
            var (policySet, cedarSchema) = loaded.Value;
            var text = policyFile.Extension == ".json" ? null : ReadText(policyFile);
            var result = Validator.Validate(cedarSchema!, policySet, text);
            foreach (var diagnostic in result.Errors.Concat(result.Warnings))
                output.Error.WriteLine(diagnostic.Format(policyFile.Name));
            if (!result.Passed)
                return output.Fail($"{policyFile.Name}: {result.Errors.Length} error{(result.Errors.Length == 1 ? string.Empty : "s")}");
            output.Out.WriteLine($"{policyFile.Name}: valid ({policySet.Policies.Length} policies, {policySet.Templates.Length} templates)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Format(CliOutput output)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Policy files to format", Arity = ArgumentArity.OneOrMore };
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the files in place instead of printing" };
        var check = new Option<bool>("--check") { Description = "Exit 1 if any file is not formatted; change nothing" };
        var command = new Command("format", "Format Cedar policy files (comments kept; formatting twice changes nothing)") { files, write, check };
        command.SetAction(parse =>
        {
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    output.Fail($"{file.FullName}: file not found");
                    failed = true;
                    continue;
                }
                var text = ReadText(file);
                var (formatted, errors) = PolicyFormatter.Format(text);
                if (formatted is null)
                {
                    foreach (var error in errors)
                        output.Error.WriteLine(error.Format(file.Name));
                    failed = true;
                    continue;
                }
                if (parse.GetValue(check))
                {
                    if (formatted != text)
                    {
                        output.Error.WriteLine($"{file.Name}: not formatted; run 'custos cedar format --write {file.Name}'");
                        failed = true;
                    }
                }
                else if (parse.GetValue(write))
                {
                    if (formatted != text)
                        File.WriteAllText(file.FullName, formatted, new UTF8Encoding(false));
                }
                else
                {
                    output.Out.Write(formatted);
                }
            }
            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static (PolicySet Policies, CedarSchema? Schema)? Load(CliOutput output, FileInfo policyFile, FileInfo? schemaFile)
    {
        if (!policyFile.Exists)
        {
            output.Fail($"{policyFile.FullName}: file not found");
            return null;
        }
        CedarSchema? schema = null;
        if (schemaFile is not null)
        {
            if (!schemaFile.Exists)
            {
                output.Fail($"{schemaFile.FullName}: file not found");
                return null;
            }
            var text = ReadText(schemaFile);
            var result = schemaFile.Extension == ".json" ? SchemaJsonParser.Parse(text) : CedarSchemaParser.Parse(text);
            foreach (var diagnostic in result.Diagnostics)
                output.Error.WriteLine(diagnostic.Format(schemaFile.Name));
            if (result.Schema is null)
            {
                output.Fail($"{schemaFile.Name}: the schema has errors");
                return null;
            }
            schema = result.Schema;
        }
        var policyText = ReadText(policyFile);
        if (policyFile.Extension == ".json")
        {
            var json = PolicyJson.ReadPolicySet(policyText);
            foreach (var error in json.Errors)
                output.Error.WriteLine(error.Format(policyFile.Name));
            if (json.Value is null)
            {
                output.Fail($"{policyFile.Name}: the policies have errors");
                return null;
            }
            return (json.Value, schema);
        }
        var parsed = PolicyParser.Parse(policyText);
        foreach (var error in parsed.Errors)
            output.Error.WriteLine(error.Format(policyFile.Name));
        if (parsed.PolicySet is null)
        {
            output.Fail($"{policyFile.Name}: the policies have errors");
            return null;
        }
        return (parsed.PolicySet, schema);
    }

    private static string ReadText(FileInfo file) => File.ReadAllText(file.FullName);
}
