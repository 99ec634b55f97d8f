using System.Text;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Parsing;
using Custos.Cedar.Values;

namespace Custos.Cedar.Formatting;

/// <summary>
/// Formats Cedar policy source in one canonical layout (<c>custos cedar format</c>). Comments are kept: those
/// between policies stay where they are, those inside a policy move to the line before the clause they were in.
/// Formatting formatted text changes nothing.
/// </summary>
public static class PolicyFormatter
{
    private const int LineWidth = 80;

    /// <summary>Formats <paramref name="text"/>; returns the parse errors instead when it does not parse.</summary>
    public static (string? Formatted, IReadOnlyList<CedarDiagnostic> Errors) Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new SourceText(text));
        var (policies, templates) = parser.ParsePolicies("policy");
        if (!parser.Errors.IsEmpty)
            return (null, parser.Errors);
        var all = policies.AddRange(templates).Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var comments = parser.Comments.Select(c => (c.Start, Text: text[c.Start..c.End].TrimEnd())).ToList();
        var output = new StringBuilder();
        var next = 0;
        foreach (var policy in all)
        {
            // Comments before this policy, verbatim, one per line.
            while (next < comments.Count && comments[next].Start < policy.Span.Start)
                output.Append(comments[next++].Text).Append('\n');
            var inner = new List<(int Start, string Text)>();
            while (next < comments.Count && comments[next].Start < policy.Span.End)
                inner.Add(comments[next++]);
            WritePolicy(output, policy, inner);
            output.Append('\n');
        }
        var trailing = comments.Skip(next).ToList();
        if (trailing.Count > 0 && all.Length > 0)
            output.Append('\n');
        foreach (var comment in trailing)
            output.Append(comment.Text).Append('\n');
        // Policies are separated by one blank line.
        return (NormalizeBlankLines(output.ToString()), []);
    }

    /// <summary>One policy in canonical layout, without comments (for <c>custos policy show --compiled</c>).</summary>
    public static string Format(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var b = new StringBuilder();
        WritePolicy(b, policy, []);
        return b.ToString();
    }

    /// <summary>A whole policy set in canonical layout, templates after static policies.</summary>
    public static string Format(PolicySet policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var b = new StringBuilder();
        foreach (var policy in policies.StaticPolicies.Concat(policies.Templates))
        {
            if (b.Length > 0)
                b.Append('\n');
            WritePolicy(b, policy, []);
            b.Append('\n');
        }
        return b.ToString();
    }

    private static void WritePolicy(StringBuilder b, Policy policy, List<(int Start, string Text)> comments)
    {
        var clauses = policy.Conditions;
        // Comments in the head go before the policy; comments in a condition go before that condition.
        var headEnd = clauses.IsEmpty ? policy.Span.End : policy.Resource.Span.End;
        foreach (var comment in comments.Where(c => c.Start < headEnd))
            b.Append(comment.Text).Append('\n');
        foreach (var annotation in policy.Annotations)
        {
            b.Append('@').Append(annotation.Key);
            b.Append('(').Append(CedarStrings.Quote(annotation.Value)).Append(')');
            b.Append('\n');
        }
        var effect = policy.Effect == Effect.Permit ? "permit" : "forbid";
        var principal = Scope("principal", policy.Principal);
        var action = ActionScope(policy.Action);
        var resource = Scope("resource", policy.Resource);
        var oneLine = $"{effect} ({principal}, {action}, {resource})";
        if (oneLine.Length <= LineWidth)
            b.Append(oneLine);
        else
            b.Append(effect).Append(" (\n  ").Append(principal).Append(",\n  ").Append(action).Append(",\n  ").Append(resource).Append("\n)");
        for (var i = 0; i < clauses.Length; i++)
        {
            var clause = clauses[i];
            var from = i == 0 ? headEnd : clauses[i - 1].Span.End;
            var end = i + 1 < clauses.Length ? clauses[i].Span.End : policy.Span.End;
            b.Append('\n');
            foreach (var comment in comments.Where(c => c.Start >= from && c.Start < end))
                b.Append(comment.Text).Append('\n');
            var keyword = clause.Kind == ConditionKind.When ? "when" : "unless";
            var body = ExpressionPrinter.Print(clause.Body);
            if (keyword.Length + body.Length + 6 <= LineWidth && !body.Contains('\n', StringComparison.Ordinal))
                b.Append(keyword).Append(" { ").Append(body).Append(" }");
            else
                b.Append(keyword).Append(" {\n  ").Append(body).Append("\n}");
        }
        b.Append(';');
    }

    private static string Scope(string variable, ScopeConstraint constraint)
    {
        var target = constraint.Slot is { } slot
            ? (slot == SlotId.Principal ? "?principal" : "?resource")
            : constraint.Entity is { } entity ? ExpressionPrinter.Print(entity) : string.Empty;
        return constraint.Op switch
        {
            ScopeOp.Any => variable,
            ScopeOp.Eq => $"{variable} == {target}",
            ScopeOp.In => $"{variable} in {target}",
            ScopeOp.Is => $"{variable} is {constraint.EntityType}",
            _ => $"{variable} is {constraint.EntityType} in {target}",
        };
    }

    private static string ActionScope(ActionConstraint constraint) => constraint.Op switch
    {
        ActionScopeOp.Any => "action",
        ActionScopeOp.Eq => "action == " + ExpressionPrinter.Print(constraint.Entities[0]),
        ActionScopeOp.In => "action in " + ExpressionPrinter.Print(constraint.Entities[0]),
        _ => "action in [" + string.Join(", ", constraint.Entities.Select(ExpressionPrinter.Print)) + "]",
    };

    private static string NormalizeBlankLines(string text)
    {
        // Put one blank line after each policy's closing ';' unless the text ends there.
        var lines = text.Split('\n');
        var result = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == lines.Length - 1 && line.Length == 0)
                break;
            result.Append(line).Append('\n');
            var isPolicyEnd = line.EndsWith(';') && !line.TrimStart().StartsWith("//", StringComparison.Ordinal);
            var nextIsBlank = i + 1 < lines.Length && lines[i + 1].Length == 0;
            var nextIsLast = i + 1 >= lines.Length - 1;
            if (isPolicyEnd && !nextIsBlank && !nextIsLast)
                result.Append('\n');
        }
        var formatted = result.ToString();
        while (formatted.Contains("\n\n\n", StringComparison.Ordinal))
            formatted = formatted.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return formatted;
    }
}
