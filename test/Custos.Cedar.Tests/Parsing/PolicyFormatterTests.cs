using Custos.Cedar.Formatting;
using Custos.Cedar.Parsing;
using Custos.Cedar.Tests.Conformance;

namespace Custos.Cedar.Tests.Parsing;

public sealed class PolicyFormatterTests
{
    [Fact]
    public void Formatting_every_corpus_policy_keeps_its_meaning_and_is_idempotent()
    {
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(ConformanceData.Root, "*.cedar", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var before = PolicyParser.ParsePolicySet(text);
            var (formatted, errors) = PolicyFormatter.Format(text);
            if (formatted is null)
            {
                failures.Add($"{file}: {errors[0]}");
                continue;
            }
            var after = PolicyParser.Parse(formatted);
            if (!after.Succeeded)
            {
                failures.Add($"{file}: formatted text does not parse: {after.Errors[0]}\n{formatted}");
                continue;
            }
            var a = before.StaticPolicies.Concat(before.Templates).Select(AstDump.Of).ToList();
            var b = after.PolicySet!.StaticPolicies.Concat(after.PolicySet.Templates).Select(AstDump.Of).ToList();
            if (!a.SequenceEqual(b))
                failures.Add($"{file}: formatting changed the policies\n{formatted}");
            else if (PolicyFormatter.Format(formatted).Formatted != formatted)
                failures.Add($"{file}: formatting is not idempotent\n{formatted}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void Comments_are_kept()
    {
        const string source = """
            // leading comment
            @id("first")
            permit(principal == User::"alice", action, resource) // scope comment
            when {
              // why this condition
              context.ok
            };
            // between
            forbid(principal, action, resource);
            // trailing
            """;
        var (formatted, _) = PolicyFormatter.Format(source);
        Assert.NotNull(formatted);
        foreach (var comment in new[] { "// leading comment", "// scope comment", "// why this condition", "// between", "// trailing" })
            Assert.Contains(comment, formatted, StringComparison.Ordinal);
        Assert.Equal(formatted, PolicyFormatter.Format(formatted).Formatted);
        Assert.True(formatted.IndexOf("// between", StringComparison.Ordinal) < formatted.IndexOf("forbid", StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_is_canonical()
    {
        var (formatted, _) = PolicyFormatter.Format("permit(principal,action in [Action::\"a\",Action::\"b\"],resource)when{context.x<3&&(context.y||!context.z)};");
        Assert.Equal("permit (principal, action in [Action::\"a\", Action::\"b\"], resource)\nwhen { context.x < 3 && (context.y || !context.z) };\n", formatted);
    }

    [Fact]
    public void Unparseable_text_is_reported_not_formatted()
    {
        var (formatted, errors) = PolicyFormatter.Format("permit(principal, action, resource) when { 1 + };");
        Assert.Null(formatted);
        Assert.NotEmpty(errors);
    }
}
