using System.Collections.Frozen;
using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Parsing;
using Custos.Cedar.Schema;
using Custos.Core.Configuration;
using ConfigSeverity = Custos.Core.Configuration.DiagnosticSeverity;

namespace Custos.Core.Policies;

/// <summary>
/// Builds a configuration's <see cref="PolicyBundle"/>: the grants compiled to Cedar, the policies in
/// <c>policies/*.cedar</c> beside <c>custos.yaml</c>, and the generated schema merged with
/// <c>policies/*.cedarschema</c>. Every problem is a diagnostic with file, line and column.
/// </summary>
public static class PolicyBundleLoader
{
    public const string PoliciesFolder = "policies";

    /// <summary>Largest policy or schema file read, in bytes.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The bundle of the grants alone (no files), for configurations built in code.</summary>
    public static PolicyBundle FromGrants(CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var file = Path.GetFileName(config.SourcePath);
        var grants = GrantCompiler.Compile(config);
        var origins = grants.ToFrozenDictionary(p => p.Id, p => new PolicyOrigin(file, LineOf(config, p.Id), IsGrant: true), StringComparer.Ordinal);
        var schemaText = CustosSchema.Generate(countedTypes: config.Screening.CountedTypes);
        var schema = CedarSchemaParser.Parse(schemaText).Schema;
        return new PolicyBundle(new PolicySet(grants, [], []), CustosEntities.Build(config), schema, schemaText, origins);
    }

    /// <summary>
    /// Loads the bundle for <paramref name="config"/>, reading <paramref name="policiesDirectory"/> when it exists.
    /// Returns null when there are errors (all of them in <paramref name="diagnostics"/>).
    /// </summary>
    public static PolicyBundle? Load(CustosConfig config, string policiesDirectory, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errorsBefore = diagnostics.Count(d => d.Severity == ConfigSeverity.Error);
        var yamlFile = Path.GetFileName(config.SourcePath);
        var grants = GrantCompiler.Compile(config);
        var origins = new Dictionary<string, PolicyOrigin>(StringComparer.Ordinal);
        foreach (var grant in grants)
            origins[grant.Id] = new PolicyOrigin(yamlFile, LineOf(config, grant.Id), IsGrant: true);

        var policies = ImmutableArray.CreateBuilder<Policy>();
        var templates = ImmutableArray.CreateBuilder<Policy>();
        policies.AddRange(grants);
        var sources = new Dictionary<string, (string Display, SourceText Source)>(StringComparer.Ordinal);
        var userSchemas = new List<(string Display, string Text)>();
        if (Directory.Exists(policiesDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(policiesDirectory, "*.cedar").Order(StringComparer.Ordinal))
            {
                var display = Path.Combine(PoliciesFolder, Path.GetFileName(path));
                var text = ReadFile(path, display, diagnostics);
                if (text is null)
                    continue;
                var result = PolicyParser.Parse(text);
                foreach (var error in result.Errors)
                    diagnostics.Add(ToDiagnostic(display, error));
                if (result.PolicySet is null)
                    continue;
                var stem = Path.GetFileNameWithoutExtension(path);
                foreach (var policy in result.PolicySet.StaticPolicies.Concat(result.PolicySet.Templates))
                {
                    var id = policy.GetAnnotation("id") is { Length: > 0 } annotated ? annotated : $"{stem}.{policy.Id}";
                    var source = new SourceText(text);
                    var (line, column) = source.LineColumn(policy.Span.Start);
                    if (origins.TryGetValue(id, out var existing))
                    {
                        diagnostics.Add(new Diagnostic(display, line, column, ConfigSeverity.Error,
                            $"policy id '{id}' is already used by the {(existing.IsGrant ? "grant" : "policy")} at {existing.File}:{existing.Line}; give each policy a distinct @id"));
                        continue;
                    }
                    origins[id] = new PolicyOrigin(display, line, IsGrant: false);
                    sources[id] = (display, source);
                    (policy.IsTemplate ? templates : policies).Add(policy with { Id = id });
                }
            }
            foreach (var path in Directory.EnumerateFiles(policiesDirectory, "*.cedarschema").Order(StringComparer.Ordinal))
            {
                var display = Path.Combine(PoliciesFolder, Path.GetFileName(path));
                if (ReadFile(path, display, diagnostics) is { } text)
                    userSchemas.Add((display, text));
            }
        }

        var (schema, schemaText) = BuildSchema(userSchemas, diagnostics, config.Screening.CountedTypes);
        var set = new PolicySet(policies.ToImmutable(), templates.ToImmutable(), []);
        if (schema is not null)
            PolicyValidation.Validate(schema, set, origins, sources, diagnostics);
        if (diagnostics.Count(d => d.Severity == ConfigSeverity.Error) > errorsBefore)
            return null;
        return new PolicyBundle(set, CustosEntities.Build(config), schema, schemaText, origins.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static (CedarSchema? Schema, string Text) BuildSchema(List<(string Display, string Text)> userSchemas, List<Diagnostic> diagnostics, IReadOnlyList<string> countedTypes)
    {
        // One text: the generated part, then each file. Offsets map diagnostics back to their file.
        var declaresArguments = userSchemas.Any(s => s.Text.Contains("type Arguments", StringComparison.Ordinal));
        var generated = CustosSchema.Generate(includeArguments: !declaresArguments, countedTypes);
        var parts = new List<(string Display, int Start, string Text)> { ("<generated schema>", 0, generated) };
        var combined = new System.Text.StringBuilder(generated);
        foreach (var (display, text) in userSchemas)
        {
            combined.Append('\n');
            parts.Add((display, combined.Length, text));
            combined.Append(text);
        }
        var all = combined.ToString();
        var result = CedarSchemaParser.Parse(all);
        foreach (var error in result.Diagnostics)
        {
            var part = parts.Last(p => p.Start <= error.Offset);
            var (line, column) = new SourceText(part.Text).LineColumn(error.Offset - part.Start);
            diagnostics.Add(new Diagnostic(part.Display, line, column, SeverityOf(error), error.Message));
        }
        return (result.Schema, all);
    }

    internal static Diagnostic ToDiagnostic(string file, CedarDiagnostic error) =>
        new(file, error.Line, error.Column, SeverityOf(error), error.Message);

    internal static ConfigSeverity SeverityOf(CedarDiagnostic problem) =>
        problem.Severity == Cedar.Diagnostics.DiagnosticSeverity.Error ? ConfigSeverity.Error : ConfigSeverity.Warning;

    private static string? ReadFile(string path, string display, List<Diagnostic> diagnostics) =>
        ConfigLoader.ReadText(path, display, MaxFileBytes, "per policy file", diagnostics);

    private static int LineOf(CustosConfig config, string grantId)
    {
        foreach (var grant in config.Grants)
        {
            if (grant.Id == grantId)
                return grant.Location.Line;
        }
        return 1;
    }
}
