using System.Collections.Frozen;
using System.Globalization;
using Custos.Core.Approvals;
using Custos.Core.Screening;
using Custos.Detection;
using Custos.Detection.Redaction;

namespace Custos.Core.Configuration;

/// <summary>
/// Reads the <c>screening:</c> and <c>approvals:</c> sections of custos.yaml. Each mistake becomes a diagnostic
/// at its line and column, saying what is allowed and suggesting the nearest word.
/// </summary>
internal sealed class ScreeningSectionBinder(string file, List<Diagnostic> diagnostics)
{
    private static readonly string[] ScreeningKeys = ["types", "agents", "min_score", "allowed_domains", "tokens", "injection_classifier"];
    private static readonly string[] TokenKeys = ["retention"];
    private static readonly string[] RuleKeys = ["in", "out", "redaction"];
    private static readonly string[] CustomRuleKeys = ["in", "out", "redaction", "pattern", "context", "validator", "score"];
    private static readonly string[] Validators = ["none", "luhn", "mod97"];
    private readonly HashSet<string> customNames = new(StringComparer.Ordinal);
    private readonly List<CustomEntityType> customTypes = [];
    private static readonly string[] ApprovalKeys = ["timeout"];
    private static readonly string[] Actions = ["allow", "redact", "block", "escalate"];
    private static readonly string[] Methods = ["replace", "mask", "hash", "partial", "token"];

    public ScreeningSettings BindScreening(YamlNode? node, HashSet<string> agents)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return ScreeningSettings.Default;
        }

        if (node is not YamlMapping map)
        {
            Error(node.Start, $"screening must be a mapping with types, agents and min_score, found {node.KindName}");
            return ScreeningSettings.Default;
        }

        CheckKeys(map, "screening", ScreeningKeys);
        var minimum = 0.5;
        if (map.Find("min_score") is { } scoreNode)
        {
            if (scoreNode is YamlScalar scalar && double.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 1)
            {
                minimum = score;
            }
            else
            {
                Error(scoreNode.Start, "screening.min_score must be a number between 0 and 1 such as 0.5 (findings scoring lower are not reported)");
            }
        }

        var classifier = true;
        if (map.Find("injection_classifier") is { } classifierNode)
        {
            if (classifierNode is YamlScalar { Value: "true" or "false" } flag)
            {
                classifier = flag.Value == "true";
            }
            else
            {
                Error(classifierNode.Start, "screening.injection_classifier must be true or false (default true: the trained classifier reads, beside the heuristics, the texts they find no injection in)");
            }
        }

        var allowed = BindAllowedDomains(map.Find("allowed_domains"));
        var retention = BindTokens(map.Find("tokens"));
        var types = new Dictionary<string, ScreeningRule>(ScreeningSettings.Defaults, StringComparer.Ordinal);
        BindRules(map.Find("types"), "screening.types", types, types);
        var perAgent = new Dictionary<string, FrozenDictionary<string, ScreeningRule>>(StringComparer.Ordinal);
        if (map.Find("agents") is { } agentsNode && agentsNode is not YamlScalar { IsNull: true })
        {
            if (agentsNode is not YamlMapping agentMap)
            {
                Error(agentsNode.Start, $"screening.agents must map agent names to their own rules (support-agent: {{EMAIL_ADDRESS: {{out: allow}}}}), found {agentsNode.KindName}");
            }
            else
            {
                foreach (var (name, rules) in agentMap.Entries)
                {
                    if (!agents.Contains(name.Value))
                    {
                        Error(name.Start, $"screening.agents: '{YamlTreeReader.Truncate(name.Value)}' is not defined under agents{ConfigLoader.Suggest(name.Value, agents)}");
                        continue;
                    }

                    var own = new Dictionary<string, ScreeningRule>(StringComparer.Ordinal);
                    BindRules(rules, $"screening.agents.{name.Value}", types, own);
                    perAgent[name.Value] = own.ToFrozenDictionary(StringComparer.Ordinal);
                }
            }
        }

        return new ScreeningSettings
        {
            Types = types.ToFrozenDictionary(StringComparer.Ordinal),
            Agents = perAgent.ToFrozenDictionary(StringComparer.Ordinal),
            MinimumScore = minimum,
            AllowedDomains = allowed,
            InjectionClassifier = classifier,
            CustomTypes = [.. customTypes],
            TokenRetention = retention,
        };
    }

    /// <summary><c>tokens: {retention: 90d}</c>: how long a reversible token can be turned back after its value was last redacted (1h to 3650d).</summary>
    private TimeSpan BindTokens(YamlNode? node)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return ScreeningSettings.DefaultTokenRetention;
        }

        if (node is not YamlMapping map)
        {
            Error(node.Start, $"screening.tokens must be a mapping such as {{retention: 90d}}, found {node.KindName}");
            return ScreeningSettings.DefaultTokenRetention;
        }

        CheckKeys(map, "screening.tokens", TokenKeys);
        if (map.Find("retention") is not { } retentionNode || retentionNode is YamlScalar { IsNull: true })
        {
            return ScreeningSettings.DefaultTokenRetention;
        }

        if (retentionNode is YamlScalar scalar && TryParseDuration(scalar.Value, out var retention))
        {
            if (retention >= TimeSpan.FromHours(1) && retention <= TimeSpan.FromDays(3650))
            {
                return retention;
            }

            Error(retentionNode.Start, "screening.tokens.retention must be between 1h and 3650d (default 90d)");
        }
        else
        {
            Error(retentionNode.Start, "screening.tokens.retention must be a duration such as 12h, 30d or 365d (default 90d)");
        }

        return ScreeningSettings.DefaultTokenRetention;
    }

    /// <summary>
    /// <c>allowed_domains: [example.com, api.partner.io]</c>: bare domains, each allowing itself and its subdomains.
    /// Wildcards, schemes, ports, paths and whole top-level domains are refused at their line and column.
    /// </summary>
    private FrozenSet<string> BindAllowedDomains(YamlNode? node)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return FrozenSet<string>.Empty;
        }

        if (node is not YamlSequence sequence)
        {
            Error(node.Start, $"screening.allowed_domains must be a list of domains such as [example.com, api.partner.io], found {node.KindName}");
            return FrozenSet<string>.Empty;
        }

        var domains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                Error(item.Start, $"screening.allowed_domains: each entry must be a domain such as example.com, found {item.KindName}");
                continue;
            }

            var domain = scalar.Value.Trim().TrimEnd('.');
            var shown = YamlTreeReader.Truncate(scalar.Value);
            string? problem;
            if (domain.StartsWith("*.", StringComparison.Ordinal) || domain.Contains('*', StringComparison.Ordinal))
            {
                problem = $"'{shown}' has a wildcard; write '{YamlTreeReader.Truncate(domain.TrimStart('*', '.'))}': an entry already allows its subdomains";
            }
            else if (domain.Length > 253)
            {
                problem = $"'{shown}' is longer than a domain can be (253 characters)";
            }
            else if (ScannerOptions.AllowedDomainProblem(domain) is { } bad)
            {
                problem = bad;
            }
            else if (!domain.Contains('.', StringComparison.Ordinal) && !domain.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            {
                problem = $"'{shown}' is a whole top-level domain, which would allow sending data almost anywhere; name the domain itself (example.com)";
            }
            else if (domain.StartsWith('.') || domain.Contains("..", StringComparison.Ordinal))
            {
                problem = $"'{shown}' has an empty label; write it like example.com";
            }
            else
            {
                problem = null;
            }

            if (problem is not null)
            {
                Error(item.Start, $"screening.allowed_domains: {problem}");
                continue;
            }

            domains.Add(domain.ToLowerInvariant());
        }

        return domains.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A type of the user's own: <c>NAME: {pattern: '…', context: [words], validator: none|luhn|mod97, score: 0.6}</c>.
    /// The pattern is compiled for linear time (NonBacktracking); what it cannot do is refused at its line and column.
    /// </summary>
    private bool BindCustomType(YamlScalar key, YamlMapping definition, string path)
    {
        var name = key.Value;
        var ok = true;
        if (name.Length is 0 or > 64 || !char.IsAsciiLetterUpper(name[0]) || name.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')))
        {
            Error(key.Start, $"{path}: a type of your own is named in capitals, digits and underscores, at most 64 characters (EMPLOYEE_ID), found '{YamlTreeReader.Truncate(name)}'");
            ok = false;
        }

        var patternNode = definition.Find("pattern")!;
        var pattern = patternNode is YamlScalar { IsNull: false } p ? p.Value : null;
        if (pattern is null)
        {
            Error(patternNode.Start, $"{path}.pattern must be a regular expression in quotes such as 'EMP-\\d{{6}}', found {patternNode.KindName}");
            ok = false;
        }
        else if (pattern.Length is 0 or > CustomEntityType.MaxPatternLength)
        {
            Error(patternNode.Start, $"{path}.pattern must be 1 to {CustomEntityType.MaxPatternLength} characters, found {pattern.Length}");
            ok = false;
        }
        else
        {
            try
            {
                CustomEntityType.Compile(pattern);
            }
            catch (ArgumentException e)
            {
                Error(patternNode.Start, $"{path}.pattern: {e.Message.Split(" (Parameter", 2)[0]}");
                ok = false;
            }
        }

        var context = new List<string>();
        if (definition.Find("context") is { } contextNode && contextNode is not YamlScalar { IsNull: true })
        {
            if (contextNode is not YamlSequence words || words.Items.Count > CustomEntityType.MaxContextWords)
            {
                Error(contextNode.Start, $"{path}.context must be a list of at most {CustomEntityType.MaxContextWords} words such as [employee, staff]");
                ok = false;
            }
            else
            {
                foreach (var word in words.Items)
                {
                    if (word is YamlScalar { IsNull: false } w && w.Value.Trim().Length is > 0 and <= 64)
                    {
                        context.Add(w.Value.Trim());
                    }
                    else
                    {
                        Error(word.Start, $"{path}.context: each entry must be a word or phrase of 1 to 64 characters");
                        ok = false;
                    }
                }
            }
        }

        var validator = CustomValidator.None;
        if (definition.Find("validator") is { } validatorNode)
        {
            var text = validatorNode is YamlScalar v ? v.Value : string.Empty;
            switch (text)
            {
                case "none": validator = CustomValidator.None; break;
                case "luhn": validator = CustomValidator.Luhn; break;
                case "mod97": validator = CustomValidator.Mod97; break;
                default:
                    Error(validatorNode.Start, $"{path}.validator must be one of: {string.Join(", ", Validators)}{ConfigLoader.Suggest(text, Validators)}");
                    ok = false;
                    break;
            }
        }

        var score = 0.6;
        if (definition.Find("score") is { } scoreNode)
        {
            if (scoreNode is YamlScalar s && double.TryParse(s.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                score = value;
            }
            else
            {
                Error(scoreNode.Start, $"{path}.score must be a number between 0 and 1 such as 0.6 (a context word nearby adds 0.35)");
                ok = false;
            }
        }

        if (!ok || !customNames.Add(name))
        {
            return false;
        }

        customTypes.Add(new CustomEntityType(name, pattern!, context, validator, score));
        return true;
    }

    public ApprovalSettings BindApprovals(YamlNode? node)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return ApprovalSettings.Default;
        }

        if (node is not YamlMapping map)
        {
            Error(node.Start, $"approvals must be a mapping such as {{timeout: 15m}}, found {node.KindName}");
            return ApprovalSettings.Default;
        }

        CheckKeys(map, "approvals", ApprovalKeys);
        if (map.Find("timeout") is not { } timeoutNode || timeoutNode is YamlScalar { IsNull: true })
        {
            return ApprovalSettings.Default;
        }

        if (timeoutNode is YamlScalar scalar && TryParseDuration(scalar.Value, out var timeout))
        {
            if (timeout >= TimeSpan.FromSeconds(1) && timeout <= TimeSpan.FromDays(7))
            {
                return new ApprovalSettings(timeout);
            }

            Error(timeoutNode.Start, "approvals.timeout must be between 1s and 7d");
        }
        else
        {
            Error(timeoutNode.Start, "approvals.timeout must be a duration such as 90s, 15m, 4h or 2d");
        }

        return ApprovalSettings.Default;
    }

    /// <summary>Reads <c>TYPE: rule</c> lines into <paramref name="into"/>; a rule that names only some fields keeps the rest from <paramref name="inherit"/>.</summary>
    private void BindRules(YamlNode? node, string path, Dictionary<string, ScreeningRule> inherit, Dictionary<string, ScreeningRule> into)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlMapping map)
        {
            Error(node.Start, $"{path} must map finding types to rules (SECRET: {{in: block, out: redact}}), found {node.KindName}");
            return;
        }

        foreach (var (key, value) in map.Entries)
        {
            var type = key.Value;
            var isCustom = false;
            if (ReferenceEquals(inherit, into) && value is YamlMapping definition && definition.Find("pattern") is not null && !ScreeningSettings.KnownTypes.Contains(type))
            {
                if (!BindCustomType(key, definition, $"{path}.{type}"))
                {
                    continue;
                }

                isCustom = true;
            }

            if (!ScreeningSettings.KnownTypes.Contains(type) && !customNames.Contains(type))
            {
                var upper = type.ToUpperInvariant();
                var hint = ScreeningSettings.KnownTypes.Contains(upper) ? $" (did you mean '{upper}'?)" : ConfigLoader.Suggest(upper, ScreeningSettings.KnownTypes);
                Error(key.Start, $"{path}: '{YamlTreeReader.Truncate(type)}' is not a finding type{hint}; types are: {string.Join(", ", ScreeningSettings.KnownTypes.Concat(customNames))}. A type of your own needs a pattern under screening.types ({{pattern: 'EMP-\\d{{6}}', context: [employee], validator: none, score: 0.6}})");
                continue;
            }

            var rule = inherit.TryGetValue(type, out var current) ? current : ScreeningSettings.Fallback;
            var rulePath = $"{path}.{type}";
            if (value is YamlScalar scalar)
            {
                // Shorthand: one action for both directions.
                if (ParseAction(scalar, rulePath) is { } both)
                {
                    into[type] = rule with { In = both, Out = both };
                }

                continue;
            }

            if (value is not YamlMapping fields)
            {
                Error(value.Start, $"{rulePath} must be an action (allow, redact, block, escalate) or a mapping such as {{in: block, out: redact, redaction: mask}}, found {value.KindName}");
                continue;
            }

            CheckKeys(fields, rulePath, isCustom ? CustomRuleKeys : RuleKeys);
            var ok = true;
            if (fields.Find("in") is { } inNode)
            {
                var action = inNode is YamlScalar s ? ParseAction(s, rulePath + ".in") : null;
                if (inNode is not YamlScalar)
                {
                    Error(inNode.Start, $"{rulePath}.in must be one of: {string.Join(", ", Actions)}, found {inNode.KindName}");
                }

                ok &= action is not null;
                rule = action is { } a ? rule with { In = a } : rule;
            }

            if (fields.Find("out") is { } outNode)
            {
                var action = outNode is YamlScalar s ? ParseAction(s, rulePath + ".out") : null;
                if (outNode is not YamlScalar)
                {
                    Error(outNode.Start, $"{rulePath}.out must be one of: {string.Join(", ", Actions)}, found {outNode.KindName}");
                }

                ok &= action is not null;
                rule = action is { } a ? rule with { Out = a } : rule;
            }

            if (fields.Find("redaction") is { } methodNode)
            {
                var method = ParseMethod(methodNode, rulePath + ".redaction");
                ok &= method is not null;
                rule = method is { } m ? rule with { Redaction = m } : rule;
            }

            if (ok)
            {
                into[type] = rule;
            }
        }
    }

    private ScreeningAction? ParseAction(YamlScalar scalar, string path)
    {
        switch (scalar.Value)
        {
            case "allow":
                return ScreeningAction.Allow;
            case "redact":
                return ScreeningAction.Redact;
            case "block":
                return ScreeningAction.Block;
            case "escalate":
                return ScreeningAction.Escalate;
            default:
                Error(scalar.Start, $"{path} must be one of: {string.Join(", ", Actions)}, found '{YamlTreeReader.Truncate(scalar.Value)}'{ConfigLoader.Suggest(scalar.Value, Actions)}");
                return null;
        }
    }

    private RedactionMethod? ParseMethod(YamlNode node, string path)
    {
        var value = node is YamlScalar s ? s.Value : null;
        switch (value)
        {
            case "replace":
                return RedactionMethod.Replace;
            case "mask":
                return RedactionMethod.Mask;
            case "hash":
                return RedactionMethod.Hash;
            case "partial":
                return RedactionMethod.Partial;
            case "token":
                return RedactionMethod.Token;
            default:
                var found = value is null ? node.KindName : $"'{YamlTreeReader.Truncate(value)}'";
                Error(node.Start, $"{path} must be one of: {string.Join(", ", Methods)} (replace writes <TYPE>, mask stars letters and digits, hash writes a keyed HMAC token, partial keeps the last four, token writes [TYPE:tok_…] that authorized agents can turn back with detokenize), found {found}{(value is null ? string.Empty : ConfigLoader.Suggest(value, Methods))}");
                return null;
        }
    }

    internal static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 1_000_000)
        {
            return false;
        }

        switch (text[^1])
        {
            case 's':
                duration = TimeSpan.FromSeconds(amount);
                return true;
            case 'm':
                duration = TimeSpan.FromMinutes(amount);
                return true;
            case 'h':
                duration = TimeSpan.FromHours(amount);
                return true;
            case 'd':
                duration = TimeSpan.FromDays(amount);
                return true;
            default:
                return false;
        }
    }

    private void CheckKeys(YamlMapping map, string path, string[] known)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                Error(key.Start, $"unknown key '{YamlTreeReader.Truncate(key.Value)}' in {path}{ConfigLoader.Suggest(key.Value, known)}; known keys: {string.Join(", ", known)}");
            }
        }
    }

    private void Error(SourceMark mark, string message) =>
        diagnostics.Add(new Diagnostic(file, Math.Max(1, mark.Line), Math.Max(1, mark.Column), DiagnosticSeverity.Error, message));
}
