using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Cedar.Authorization;
using Custos.Cedar.Formatting;
using Custos.Cedar.Json;
using Custos.Cedar.Parsing;
using Custos.Cedar.Validation;

namespace Custos.Cedar.Tests.Differential;

/// <summary>What the differential runs saw, so a test can show that its cases were not all alike.</summary>
public sealed class DiffStats
{
    public int Cases { get; set; }
    public int Requests { get; set; }
    public int Skipped { get; set; }
    public int Allow { get; set; }
    public int Deny { get; set; }
    public int WithErrors { get; set; }
    public int Failures { get; set; }
    public int Valid { get; set; }
    public int Invalid { get; set; }

    /// <summary>Distinct reasons the reference gave for refusing requests as a whole (first line of each).</summary>
    public SortedDictionary<string, int> Refusals { get; } = new(StringComparer.Ordinal);

    public override string ToString() =>
        $"{Cases} cases, {Requests} requests compared ({Allow} allow, {Deny} deny, {WithErrors} with policy errors, " +
        $"{Failures} refused as a whole, {Skipped} skipped as unrepresentable); validation: {Valid} valid, {Invalid} invalid";
}

/// <summary>Runs a case through our engine and through cedar-wasm and says how they differ, if they do.</summary>
public static class DifferentialRunner
{
    private const string InvalidActionApplication = "unable to find an applicable action given the policy scope constraints";

    /// <summary>Null when both engines agree on every request and on validation; otherwise the disagreement.</summary>
    public static string? Compare(CedarWasmPeer peer, DiffCase c, DiffStats? stats = null)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(c);
        var text = c.PolicyText;
        var parsed = PolicyParser.Parse(text);
        if (parsed.PolicySet is not { } policySet)
            return $"our parser rejects our printer's output: {parsed.Errors[0]}";
        var reprinted = PolicyFormatter.Format(policySet);
        if (reprinted != text)
            return $"printing the parsed policies changes them:\n{reprinted}";
        var schema = DiffSchema.Parsed.Value;
        var authorizationSchema = c.Schemaless ? null : schema;

        var job = new JsonObject
        {
            ["op"] = "authorize",
            ["policies"] = text,
            ["schema"] = c.Schemaless ? null : DiffSchema.Text,
            ["entities"] = JsonNode.Parse(c.EntitiesJson),
            ["requests"] = new JsonArray([.. c.Requests.Select(r => JsonNode.Parse(r))]),
            ["detail"] = true,
        };
        var answer = peer.Send(job);
        if (answer.TryGetProperty("error", out var error))
            return $"cedar-wasm rejects the policies we print: {error} {answer.GetProperty("parseErrors")}";
        var results = answer.GetProperty("results");

        var entities = CedarJson.ParseEntities(c.EntitiesJson, authorizationSchema);
        var compiled = new CompiledPolicySet(policySet);
        for (var i = 0; i < c.Requests.Length; i++)
        {
            var theirs = results[i];
            if (theirs.TryGetProperty("unrepresentable", out _))
            {
                if (stats is not null)
                    stats.Skipped++;
                continue;
            }
            var theirFailure = theirs.TryGetProperty("failure", out var failure) ? failure.ToString() : null;
            string? ourFailure = entities.Error;
            Response? response = null;
            if (ourFailure is null)
            {
                var request = CedarJson.ParseRequest(c.Requests[i], authorizationSchema);
                ourFailure = request.Error ?? (authorizationSchema is null ? null : RequestValidator.Validate(request.Value!, authorizationSchema));
                if (ourFailure is null)
                    response = Authorizer.IsAuthorized(request.Value!, compiled, entities.Value!);
            }
            if ((theirFailure is null) != (ourFailure is null))
            {
                return theirFailure is null
                    ? $"request {i}: we refuse it ({ourFailure}) but cedar-wasm decides {theirs}"
                    : $"request {i}: cedar-wasm refuses it ({theirFailure}) but we decide {Describe(response!)}";
            }
            if (stats is not null)
                stats.Requests++;
            if (response is null)
            {
                if (stats is not null)
                {
                    stats.Failures++;
                    var key = theirFailure!.Length > 160 ? theirFailure[..160] : theirFailure;
                    stats.Refusals[key] = stats.Refusals.GetValueOrDefault(key) + 1;
                }
                continue;
            }
            var decision = theirs.GetProperty("decision").GetString();
            var reasons = Ids(theirs.GetProperty("reasons"));
            var errors = Ids(theirs.GetProperty("errors"));
            var ourDecision = response.IsAllowed ? "allow" : "deny";
            var ourReasons = response.Reasons.Order(StringComparer.Ordinal).ToList();
            var ourErrors = response.Errors.Select(e => e.PolicyId).Distinct().Order(StringComparer.Ordinal).ToList();
            if (decision != ourDecision || !reasons.SequenceEqual(ourReasons) || !errors.SequenceEqual(ourErrors))
                return $"request {i}: cedar-wasm says {theirs}, we say {Describe(response)}";
            if (stats is not null)
            {
                if (response.IsAllowed)
                    stats.Allow++;
                else
                    stats.Deny++;
                if (!response.Errors.IsEmpty)
                    stats.WithErrors++;
            }
        }

        var validation = peer.Send(new JsonObject { ["op"] = "validate", ["policies"] = text, ["schema"] = DiffSchema.Text });
        var legacyValid = validation.GetProperty("legacyValid").GetBoolean();
        var ours = Validator.Validate(schema, policySet, text);
        if (ours.Passed != legacyValid)
        {
            return ours.Passed
                ? $"validation: cedar-wasm rejects the policies ({validation}) but ours accepts them"
                : $"validation: ours rejects the policies ({string.Join("; ", ours.Errors)}) but cedar-wasm accepts them ({validation})";
        }
        // Which policies have errors, where Cedar 4.13's verdict is the older one (no action-application findings).
        var actionApplication = validation.GetProperty("warnings").EnumerateArray().Any(w => w.GetString()!.Contains(InvalidActionApplication, StringComparison.Ordinal));
        if (!actionApplication)
        {
            var theirPolicies = Ids(validation.GetProperty("errorPolicies"));
            var ourPolicies = ours.Errors.Select(e => e.PolicyId!).Distinct().Order(StringComparer.Ordinal).ToList();
            if (!theirPolicies.SequenceEqual(ourPolicies))
                return $"validation: cedar-wasm finds errors in [{string.Join(", ", theirPolicies)}] ({validation}), ours in [{string.Join(", ", ourPolicies)}] ({string.Join("; ", ours.Errors)})";
        }
        if (stats is not null)
        {
            stats.Cases++;
            if (legacyValid)
                stats.Valid++;
            else
                stats.Invalid++;
        }
        return null;
    }

    private static string Describe(Response response) =>
        $"{(response.IsAllowed ? "allow" : "deny")} reasons [{string.Join(", ", response.Reasons)}] errors [{string.Join("; ", response.Errors.Select(e => $"{e.PolicyId}: {e.Message}"))}]";

    private static List<string> Ids(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];
}
