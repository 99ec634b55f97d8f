using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;

namespace Custos.Cedar.Parsing;

/// <summary>
/// Parses Cedar policies in the human-readable syntax. Policies are numbered <c>policy0</c>, <c>policy1</c>, …
/// in file order, as Cedar numbers them; templates take a number too.
/// </summary>
public static class PolicyParser
{
    /// <summary>Parses a policy file; never throws on bad input (errors are in the result).</summary>
    public static PolicyParseResult Parse(string text, string idPrefix = "policy")
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new SourceText(text);
        if (text.Length > ParseLimits.MaxSourceLength)
            return new PolicyParseResult(null, [source.Error(0, $"the policy text is {text.Length} characters; the limit is {ParseLimits.MaxSourceLength}")]);
        var parser = new Parser(source);
        var (policies, templates) = parser.ParsePolicies(idPrefix);
        if (!parser.Errors.IsEmpty)
            return new PolicyParseResult(null, parser.Errors);
        return new PolicyParseResult(new PolicySet(policies, templates, []), []);
    }

    /// <summary>Parses a policy file, throwing <see cref="CedarParseException"/> when it does not parse.</summary>
    public static PolicySet ParsePolicySet(string text)
    {
        var result = Parse(text);
        return result.PolicySet ?? throw new CedarParseException(result.Errors);
    }

    /// <summary>Parses exactly one policy or template and gives it <paramref name="id"/>.</summary>
    public static Policy ParsePolicy(string text, string id)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = new SourceText(text);
        var parser = new Parser(source);
        var (policies, templates) = parser.ParsePolicies("policy");
        var all = policies.AddRange(templates);
        if (!parser.Errors.IsEmpty)
            throw new CedarParseException(parser.Errors);
        if (all.Length != 1)
            throw new CedarParseException([source.Error(0, $"expected exactly one policy, found {all.Length}")]);
        return all[0] with { Id = id };
    }

    /// <summary>Parses one expression (for tests, tools and <c>custos policy explain</c>).</summary>
    public static Expr ParseExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new SourceText(text));
        var expr = parser.ParseStandaloneExpression();
        if (!parser.Errors.IsEmpty || expr is null)
            throw new CedarParseException(parser.Errors);
        return expr;
    }
}
