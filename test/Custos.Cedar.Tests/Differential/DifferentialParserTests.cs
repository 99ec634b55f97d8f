using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Custos.Cedar.Ast;
using Custos.Cedar.Formatting;
using Custos.Cedar.Parsing;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// Near-Cedar text (soups of Cedar tokens, and valid policies with a few tokens deleted, duplicated, swapped or
/// replaced): our parser accepts exactly the texts cedar-wasm's parser accepts. cedar-wasm parses a *static* policy
/// set, so a text whose policies are templates counts as refused on our side too.
/// <para>
/// One class of input cannot agree: deep nesting. cedar-wasm's recursive-descent parser overflows the wasm stack from
/// about 150 nested parentheses (the exact depth varies with V8's tiering) and then fails every later call, while we
/// parse up to <see cref="ParseLimits.MaxDepth"/> levels and refuse deeper input with an error. The generators
/// therefore stay shallow (at most 20 soup tokens; generated policies are a few levels deep), and
/// <see cref="CedarWasmPeer"/> restarts the reference after such a crash.
/// </para>
/// </summary>
[Collection(CedarWasmCollection.Name)]
public sealed partial class DifferentialParserTests(CedarWasmPeer peer, ITestOutputHelper output)
{
    private static readonly int Cases = DiffScale.Times(10000);

    private static readonly string[] Tokens =
    [
        "permit", "forbid", "(", ")", ",", ";", "principal", "action", "resource", "context", "when", "unless", "{", "}",
        "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "-", "+", "*", "/", "%", "=", "&", "|", "in", "is", "has", "like",
        "if", "then", "else", "true", "false", "[", "]", ".", ":", "::", "@", "@id(\"a\")", "@x", "\"a\"", "\"a*b\"",
        "\"\\*\"", "\"\\u{1F600}\"", "\"\\q\"", "\"\\0\"", "0", "1", "-1", "007", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "App::User::\"alice\"", "App::User", "Action::\"view\"", "App::Action::\"view\"", "ip",
        "decimal", "datetime", "(\"1.2.3.4\")", "contains", "containsAll", "isEmpty", "getTag", "hasTag", "lessThan",
        "offset", "?principal", "?resource", "?x", "__cedar", "__cedar::ip", "App", "User", "foo", "x", "_", "//c\n",
        "/*", "\n", "\"open", "'a'", "1.5", "#", "$", "é",
    ];

    [GeneratedRegex("""\s*("(?:[^"\\]|\\.)*"?|[A-Za-z_][A-Za-z_0-9]*|\d+|::|==|!=|<=|>=|&&|\|\||\S)""")]
    private static partial Regex TokenPattern();

    private static List<string> Tokenize(string text) => [.. TokenPattern().Matches(text).Select(m => m.Value)];

    private static Gen<string> Token => Gen.Elements(Tokens);

    private static Gen<string> Soup =>
        from count in Gen.Choose(1, 20)
        from tokens in Token.ArrayOf(count)
        from glue in Gen.Elements(" ", "", "\n")
        from frame in Gen.Choose(0, 3)
        let body = string.Join(glue, tokens)
        select frame switch
        {
            0 => body,
            1 => "permit (principal, action, resource) when { " + body + " };",
            2 => "forbid (" + body + ");",
            _ => "permit (principal, action, resource) when { " + body + " } unless { true };",
        };

    private static Gen<List<string>> Mutation(List<string> tokens) => Gen.Choose(0, 4).SelectMany(kind =>
        from at in Gen.Choose(0, tokens.Count - 1)
        from other in Token
        select kind switch
        {
            0 => (List<string>)[.. tokens[..at], .. tokens[(at + 1)..]],
            1 => [.. tokens[..(at + 1)], tokens[at], .. tokens[(at + 1)..]],
            2 => [.. tokens[..at], " " + other, .. tokens[at..]],
            3 => [.. tokens[..at], " " + other, .. tokens[(at + 1)..]],
            _ => at + 1 < tokens.Count ? [.. tokens[..at], tokens[at + 1], tokens[at], .. tokens[(at + 2)..]] : tokens,
        });

    private static Gen<string> Mutated =>
        from count in Gen.Choose(1, 3)
        from bad in Gen.Choose(-1, count - 1)
        from policies in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => CedarGenerators.Policy(2, i == bad)))
        from mutations in Gen.Choose(0, 3)
        from tokens in Repeat(Tokenize(PolicyFormatter.Format(new PolicySet([.. policies], [], []))), mutations)
        select string.Concat(tokens);

    private static Gen<List<string>> Repeat(List<string> tokens, int times) =>
        times == 0 || tokens.Count == 0 ? Gen.Constant(tokens) : Mutation(tokens).SelectMany(t => Repeat(t, times - 1));

    private static IEnumerable<string> ShrinkText(string text)
    {
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
            yield return string.Concat(tokens.Where((_, j) => j != i));
    }

    /// <summary>Whether our parser accepts <paramref name="text"/> as a static policy set, and why not.</summary>
    private static (bool Accepted, string Why) Ours(string text)
    {
        var result = PolicyParser.Parse(text);
        if (result.PolicySet is not { } set)
            return (false, result.Errors[0].ToString());
        return set.Templates.IsEmpty ? (true, string.Empty) : (false, "templates");
    }

    private bool Theirs(string text, out string errors)
    {
        var answer = peer.Send(new JsonObject { ["op"] = "parse", ["policies"] = text });
        errors = answer.GetProperty("errors").ToString();
        return answer.GetProperty("ok").GetBoolean();
    }

    [Fact]
    public void Near_cedar_text_is_accepted_by_our_parser_exactly_when_cedar_wasm_accepts_it()
    {
        var accepted = 0;
        var refused = 0;
        var clock = Stopwatch.StartNew();
        var property = Prop.ForAll(
            Arb.From(Gen.Frequency((2, Soup), (3, Mutated)), ShrinkText),
            text =>
            {
                var (ours, why) = Ours(text);
                var theirs = Theirs(text, out var errors);
                if (ours != theirs)
                {
                    Assert.Fail(theirs
                        ? $"we refuse, cedar-wasm accepts:\n{text}\nour error: {why}"
                        : $"we accept, cedar-wasm refuses:\n{text}\ncedar-wasm: {errors}");
                }
                if (ours)
                    accepted++;
                else
                    refused++;
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);
        output.WriteLine($"cedar-wasm {peer.Version}: {accepted + refused} texts, {accepted} accepted by both, {refused} refused by both, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(accepted > Cases / 10 && refused > Cases / 10, $"one-sided mix: {accepted} accepted, {refused} refused");
    }

    [Fact]
    public void Every_policy_we_print_parses_in_cedar_wasm()
    {
        // The printer's output is what the authorization property sends; a whole printed set is checked here too,
        // including ill-typed policies, whose text must still parse.
        var property = Prop.ForAll(
            Arb.From(Gen.Choose(1, 6).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n).Select(i => CedarGenerators.Policy(3, i % 2 == 1))))),
            policies =>
            {
                var text = PolicyFormatter.Format(new PolicySet([.. policies.Select((p, i) => p with { Id = "policy" + i })], [], []));
                var theirs = Theirs(text, out var errors);
                Assert.True(theirs, $"cedar-wasm refuses our printed policies:\n{text}\n{errors}");
                Assert.True(Ours(text).Accepted, text);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(DiffScale.Times(300)), property);
    }

    [Theory]
    [InlineData("permit(principal,action,resource) when { ----1 == 1 };")]
    [InlineData("permit(principal,action,resource) when { -----1 == 1 };")]
    [InlineData("permit(principal,action,resource) when { !!!!true };")]
    [InlineData("permit(principal,action,resource) when { !!!!!true };")]
    [InlineData("@a(\"x\") @a(\"y\") permit(principal,action,resource);")]
    [InlineData("permit(principal,action,resource) when { ?principal == principal };")]
    [InlineData("permit(principal,action in [],resource);")]
    [InlineData("permit(principal is App::User in App::Group::\"g\",action,resource);")]
    [InlineData("permit(principal,action,resource) when { __cedar::ip(\"1.2.3.4\").isIpv4() };")]
    [InlineData("permit(principal,action,resource) when { foo(1) };")]
    [InlineData("permit(principal,action,resource) when { principal.foo() };")]
    [InlineData("permit(principal,action,resource) when { ip(\"1\", \"2\") };")]
    [InlineData("permit(principal,action,resource) when { principal.contains() };")]
    [InlineData("permit(principal,action,resource) when { {a:1, a:2} == {} };")]
    [InlineData("permit(principal,action,resource) when { 1 < 2 < 3 };")]
    [InlineData("permit(principal,action,resource) when { principal has \"a b\" };")]
    [InlineData("permit(principal,action,resource) when { principal has a.b };")]
    [InlineData("permit(principal,action,resource) when { principal has if };")]
    [InlineData("permit(principal,action,resource) when { \"a\" like \"\\u{61}*\\*\" };")]
    [InlineData("permit(principal,action,resource) when { \"\\q\" == \"\" };")]
    [InlineData("permit(principal,action,resource) when { 9223372036854775808 == 1 };")]
    [InlineData("permit(principal,action,resource) when { -9223372036854775808 == 1 };")]
    [InlineData("permit(principal,action,resource) when { -(9223372036854775808) == 1 };")]
    [InlineData("permit(principal,action is Action,resource);")]
    [InlineData("permit(principal,action,resource in [A::\"a\"]);")]
    [InlineData("permit(principal,action,resource,);")]
    [InlineData("permit(principal,action,resource,context);")]
    [InlineData("permit(principal,action,resource) when { 1.contains(1) };")]
    [InlineData("permit(principal,action,resource) when { isIpv4(ip(\"1.2.3.4\")) };")]
    [InlineData("permit(principal,action,resource) when { \"1.2.3.4\".ip() };")]
    [InlineData("permit(principal,action,resource) when { principal.if == 1 };")]
    [InlineData("permit(principal,action,resource) when { {if: 1} == {} };")]
    [InlineData("permit(principal == if::\"a\",action,resource);")]
    [InlineData("permit(principal == __cedar::\"a\",action,resource);")]
    [InlineData("permit(principal == é::\"a\",action,resource);")]
    [InlineData("permit(principal,action,resource) when { principal in principal == true };")]
    [InlineData("permit(principal,action,resource) when { principal() };")]
    [InlineData("permit(principal,action,resource) when { principal.isEmpty(1) };")]
    [InlineData("permit(principal,action,resource) when { [1,].isEmpty() };")]
    [InlineData("permit(principal,action,resource) when { {a:1,} == {} };")]
    [InlineData("permit(principal,action,resource) when { ip(\"1.2.3.4\",) };")]
    [InlineData("permit(principal,action,resource) when { context.a.b.c[\"d\"].e };")]
    [InlineData("permit(principal,action,resource) when { principal is User in Group::\"g\" };")]
    [InlineData("permit(principal,action,resource) when { if true then 1 else 2 + 3 == 4 };")]
    [InlineData("permit(principal,action,resource) when { - -1 == 1 };")]
    [InlineData("permit(principal,action,resource) when { -9223372036854775808.contains(1) };")]
    [InlineData("permit(principal,action,resource) when { principal.hasTag(\"a\", \"b\") };")]
    [InlineData("permit(principal,action,resource) when { true } when { false } unless { true };")]
    [InlineData("permit(principal,action,resource) when { };")]
    [InlineData("permit(principal,action,resource) where { true };")]
    [InlineData("permit(principal,action,resource); forbid(principal,action,resource)")]
    [InlineData("@id(\"a\")@id2 permit(principal,action,resource);")]
    [InlineData("@\"a\"(\"x\") permit(principal,action,resource);")]
    [InlineData("@if(\"x\") permit(principal,action,resource);")]
    [InlineData("@a(\"\\u{110000}\") permit(principal,action,resource);")]
    [InlineData("permit(principal,action,resource) when { \"\\u{D800}\" == \"\" };")]
    [InlineData("permit(principal,action,resource) when { \"\\u{}\" == \"\" };")]
    [InlineData("permit(principal,action,resource) when { \"\\u{1234567}\" == \"\" };")]
    [InlineData("permit(principal,action,resource) when { \"\\x41\" == \"\\x80\" };")]
    [InlineData("permit(principal,action,resource) when { principal == User::\"\\*\" };")]
    [InlineData("permit(principal,action,resource) when { \"a\" like \"\\q\" };")]
    [InlineData("permit(principal == ?principal,action,resource == ?resource);")]
    [InlineData("permit(principal in ?resource,action,resource);")]
    [InlineData("permit(principal,action,resource) /* block */;")]
    [InlineData("")]
    [InlineData("// only a comment")]
    public void Edge_case_text_is_accepted_by_our_parser_exactly_when_cedar_wasm_accepts_it(string text)
    {
        var (ours, why) = Ours(text);
        var theirs = Theirs(text, out var errors);
        Assert.True(ours == theirs, theirs ? $"we refuse ({why}), cedar-wasm accepts" : $"we accept, cedar-wasm refuses: {errors}");
    }

    [Fact]
    public void Keywords_and_reserved_words_are_refused_in_the_same_places_as_cedar_wasm()
    {
        string[] words = ["if", "then", "else", "in", "is", "like", "has", "true", "false", "permit", "forbid", "when", "unless",
            "principal", "action", "resource", "context", "__cedar", "__cedar_x", "contains", "ip", "Action"];
        string[] places =
        [
            "permit(principal,action,resource) when {{ {{{0}: 1}} == {{}} }};",
            "permit(principal,action,resource) when {{ principal.{0} == 1 }};",
            "permit(principal,action,resource) when {{ principal has {0} }};",
            "permit(principal,action,resource) when {{ principal has a.{0} }};",
            "permit(principal,action,resource) when {{ principal.{0}() }};",
            "@{0}(\"x\") permit(principal,action,resource);",
            "permit(principal == {0}::\"a\",action,resource);",
            "permit(principal == A::{0}::\"a\",action,resource);",
            "permit(principal is {0},action,resource);",
            "permit(principal,action,resource) when {{ principal is {0} }};",
            "permit(principal,action,resource) when {{ {0}::\"a\" == principal }};",
            "permit(principal,action,resource) when {{ {0}(\"a\") }};",
        ];
        var disagreements = new List<string>();
        foreach (var place in places)
        {
            foreach (var word in words)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, place, word);
                var (ours, why) = Ours(text);
                var theirs = Theirs(text, out var errors);
                if (ours != theirs)
                    disagreements.Add(theirs ? $"{text}: we refuse ({why}), cedar-wasm accepts" : $"{text}: we accept, cedar-wasm refuses ({errors})");
            }
        }
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
