using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Custos.Cedar.Ast;
using Custos.Cedar.Tests.Parsing;

namespace Custos.Cedar.Tests.Serialization;

/// <summary>Helpers for the JSON format tests: a canonical tree dump and the golden-file folder.</summary>
internal static class JsonTestSupport
{
    /// <summary>
    /// <see cref="AstDump"/> of the policy after erasing what the JSON format does not keep: the order of record
    /// fields and annotations (Cedar writes both sorted) and the difference between <c>action in A</c> and
    /// <c>action in [A]</c>.
    /// </summary>
    public static string Dump(Policy policy) => AstDump.Of(Normalize(policy));

    public static Policy Normalize(Policy policy) => policy with
    {
        Annotations = [.. policy.Annotations.OrderBy(a => a.Key, StringComparer.Ordinal)],
        Action = policy.Action.Op == ActionScopeOp.InSet && policy.Action.Entities.Length == 1
            ? policy.Action with { Op = ActionScopeOp.In }
            : policy.Action,
        Conditions = [.. policy.Conditions.Select(c => c with { Body = Normalize(c.Body) })],
    };

    public static Expr Normalize(Expr expr) => expr switch
    {
        RecordExpr r => new RecordExpr([.. r.Fields.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, Expr>(f.Key, Normalize(f.Value)))]),
        SetExpr s => new SetExpr([.. s.Elements.Select(Normalize)]),
        IfExpr i => new IfExpr(Normalize(i.Condition), Normalize(i.Then), Normalize(i.Else)),
        AndExpr a => new AndExpr(Normalize(a.Left), Normalize(a.Right)),
        OrExpr o => new OrExpr(Normalize(o.Left), Normalize(o.Right)),
        UnaryExpr u => new UnaryExpr(u.Op, Normalize(u.Operand)),
        BinaryExpr b => new BinaryExpr(b.Op, Normalize(b.Left), Normalize(b.Right)),
        GetAttrExpr g => new GetAttrExpr(Normalize(g.Target), g.Attribute),
        HasAttrExpr h => new HasAttrExpr(Normalize(h.Target), h.Attribute),
        LikeExpr l => new LikeExpr(Normalize(l.Target), l.Pattern),
        IsExpr s => new IsExpr(Normalize(s.Target), s.EntityType),
        ExtensionCallExpr c => new ExtensionCallExpr(c.Function, [.. c.Arguments.Select(Normalize)], c.IsMethod),
        _ => expr,
    };

    public static bool JsonEquals(string expected, string actual) =>
        JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual));

    public static string GoldenFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Custos.slnx")))
                    return Path.Combine(dir.FullName, "test", "Custos.Cedar.Tests", "Serialization", "golden");
            }
            throw new DirectoryNotFoundException("cannot find the repository root (Custos.slnx) above " + AppContext.BaseDirectory);
        }
    }

    public static ImmutableArray<string> GoldenNames =>
        [.. Directory.EnumerateFiles(GoldenFolder, "*.cedar").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];
}
