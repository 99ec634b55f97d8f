using System.Collections.Immutable;
using System.Text.Json;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Formatting;
using Custos.Cedar.Parsing;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Cedar's JSON policy format (the "EST" of cedar-policy-core): policies, templates and policy sets written as Cedar
/// writes them and read with Cedar's checks. Reading never throws on bad input; errors name the JSON path and the fix.
/// </summary>
/// <remarks>
/// <para>
/// The AST keeps two forms only in desugared shape, as the text parser builds them, so JSON written from it can differ
/// from what Cedar writes for the same policy text:
/// <c>x has a.b</c> is <c>x has a &amp;&amp; x.a has b</c> (Cedar writes the same desugared form, so this matches), and
/// <c>x is T in y</c> is <c>x is T &amp;&amp; x in y</c>. The writer recognizes the latter when both sides share the
/// node <c>x</c> (as the parser and this reader build it) and writes Cedar's <c>{"is": {…, "in": y}}</c>; a tree
/// rebuilt by other code without that sharing is written as <c>&amp;&amp;</c> of <c>is</c> and <c>in</c>, which means
/// the same. Reading accepts Cedar's forms (<c>"attr": ["a", "b"]</c> and <c>"is"</c> with <c>"in"</c>) and desugars
/// them exactly as the text parser does.
/// </para>
/// <para>
/// Other differences from the source text, none of which changes a decision: record fields and annotations are written
/// sorted (Cedar keeps them in a sorted map), <c>action in [A]</c> is written as <c>action in A</c> (so it reads back as
/// <see cref="ActionScopeOp.In"/>), and patterns are one <c>{"Literal": c}</c> per character between
/// <c>"Wildcard"</c>s. Reading also accepts multi-character literals, <c>"all"</c> for <c>"All"</c>, the explicit
/// <c>{"__entity": …}</c> form of entity references, <c>__extn</c> values, and a policy set without one of its three
/// sections (Cedar requires all three).
/// </para>
/// </remarks>
public static class PolicyJson
{
    /// <summary>A policy or template as a JSON object (compact unless <paramref name="indented"/>).</summary>
    public static string Write(Policy policy, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return PolicyJsonWriter.ToText(w => PolicyJsonWriter.WritePolicy(w, policy), indented);
    }

    /// <summary>Writes a policy or template as one JSON object.</summary>
    public static void WriteTo(Utf8JsonWriter writer, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(policy);
        PolicyJsonWriter.WritePolicy(writer, policy);
    }

    /// <summary><c>{"templates": {…}, "staticPolicies": {…}, "templateLinks": […]}</c>, keyed by policy id.</summary>
    public static string WritePolicySet(PolicySet policySet, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(policySet);
        return PolicyJsonWriter.ToText(w => PolicyJsonWriter.WritePolicySet(w, policySet), indented);
    }

    public static void WritePolicySetTo(Utf8JsonWriter writer, PolicySet policySet)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(policySet);
        PolicyJsonWriter.WritePolicySet(writer, policySet);
    }

    /// <summary>One expression, as in a condition's <c>"body"</c>.</summary>
    public static string WriteExpression(Expr expression, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return PolicyJsonWriter.ToText(w => PolicyJsonWriter.WriteExpr(w, expression, 1), indented);
    }

    /// <summary>Reads one policy or template and gives it the id <paramref name="id"/>.</summary>
    public static PolicyJsonResult<Policy> Read(string json, string id)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(id);
        return ReadWith(json, (reader, root) => reader.ReadPolicy(root, id), id);
    }

    /// <summary>Reads a policy set: static policies, templates and template links.</summary>
    public static PolicyJsonResult<PolicySet> ReadPolicySet(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Parse(json, out var source) is not { } root)
            return new PolicyJsonResult<PolicySet>(null, [source.Error!]);
        var errors = ImmutableArray.CreateBuilder<CedarDiagnostic>();
        var set = new PolicyJsonReader(source.Source).ReadPolicySet(root, errors);
        return new PolicyJsonResult<PolicySet>(errors.Count == 0 ? set : null, errors.ToImmutable());
    }

    /// <summary>Reads one expression (slots allowed, as in a template's scope).</summary>
    public static PolicyJsonResult<Expr> ReadExpression(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadWith(json, (reader, root) => reader.ReadExpression(root), null);
    }

    /// <summary>A JSON policy set as Cedar text (static policies, then templates); template links have no text form and are dropped.</summary>
    public static PolicyJsonResult<string> ToText(string json)
    {
        var result = ReadPolicySet(json);
        return result.Value is null
            ? new PolicyJsonResult<string>(null, result.Errors)
            : new PolicyJsonResult<string>(PolicyFormatter.Format(result.Value), []);
    }

    /// <summary>Cedar policy text as a JSON policy set (ids <c>policy0</c>, <c>policy1</c>, … as Cedar numbers them).</summary>
    public static PolicyJsonResult<string> FromText(string text, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = PolicyParser.Parse(text);
        return parsed.PolicySet is null
            ? new PolicyJsonResult<string>(null, parsed.Errors)
            : new PolicyJsonResult<string>(WritePolicySet(parsed.PolicySet, indented), []);
    }

    private static PolicyJsonResult<T> ReadWith<T>(string json, Func<PolicyJsonReader, JsonTree, T> read, string? policyId)
        where T : class
    {
        if (Parse(json, out var source) is not { } root)
            return new PolicyJsonResult<T>(null, [source.Error! with { PolicyId = policyId }]);
        try
        {
            return new PolicyJsonResult<T>(read(new PolicyJsonReader(source.Source), root), []);
        }
        catch (JsonReadError error)
        {
            return new PolicyJsonResult<T>(null, [error.Diagnostic with { PolicyId = policyId }]);
        }
    }

    private static JsonTree? Parse(string json, out (JsonSource Source, CedarDiagnostic? Error) source)
    {
        var jsonSource = new JsonSource(json.Length > ParseLimits.MaxSourceLength ? string.Empty : json);
        if (json.Length > ParseLimits.MaxSourceLength)
        {
            source = (jsonSource, jsonSource.ErrorAtByte(0, $"the JSON is {json.Length} characters; the limit is {ParseLimits.MaxSourceLength}"));
            return null;
        }
        var root = JsonTreeParser.Parse(jsonSource, out var error);
        source = (jsonSource, error);
        return root;
    }
}
