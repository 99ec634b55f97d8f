using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Custos.Cedar.Ast;
using Custos.Cedar.Values;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Cedar.Tests.Differential;

/// <summary>The types of <see cref="DiffSchema"/> the expression generator produces.</summary>
public enum Ty
{
    Bool,
    Long,
    Str,
    SetStr,
    SetLong,
    SetUser,
    User,
    Group,
    Doc,
    Meta,
    Ip,
    Dec,
    Dt,
    Dur,
    Color,
}

/// <summary>
/// FsCheck generators of Cedar test cases over <see cref="DiffSchema"/>: expressions of a requested type (so
/// policies are well typed unless asked otherwise), policies with every scope form, entities with random attribute
/// values and hierarchy, and requests (a few of which do not conform to the schema).
/// </summary>
public static class CedarGenerators
{
    public static readonly string[] Strings = ["", "a", "b", "ab", "ba", "a*b", "*", "\\", "x y", "é", "\"", "A", "aaa", "\0", "😀", "a\nb"];
    public static readonly string[] PatternPieces = ["", "a", "b", "ab", "*", "\\", "é", "😀", " "];
    public static readonly string[] Ips =
    [
        "10.0.0.1", "127.0.0.1", "192.168.1.0/24", "::1", "ff02::1", "224.0.0.1", "10.0.0.0/8", "2001:db8::1",
        "2001:db8::/32", "0.0.0.0/0", "127.0.0.0/8", "::/0", "192.168.1.255/24", "::ffff:0:0/96",
    ];

    /// <summary>Addresses only in policy literals: Cedar refuses IPv4 embedded in IPv6, so in entity data they would refuse whole requests.</summary>
    public static readonly string[] PolicyOnlyIps = ["::ffff:127.0.0.1", "::ffff:7f00:1", "0.0.0.0", "255.255.255.255/32", "::"];
    public static readonly string[] Decimals = ["0.0", "1.2345", "-3.5", "922337203685477.5807", "-922337203685477.5808", "1.1", "1.10", "-0.0001", "2.0"];
    public static readonly string[] Datetimes =
    [
        "2024-01-01", "2024-02-29T12:34:56Z", "1970-01-01T00:00:00.001Z", "2024-06-30T23:59:59+0230", "1969-12-31T23:59:59-0100",
        "9999-12-31T23:59:59Z", "0000-01-01", "2024-01-01T00:00:00.999-2359",
    ];
    public static readonly string[] Durations =
    [
        "0ms", "1d", "-2h30m", "1d2h3m4s5ms", "90m", "-1ms", "106751991167d", "9223372036854775807ms", "-9223372036854775808ms", "1h", "59s",
    ];
    public static readonly string[] BadExtensionLiterals = ["1.2.3", "1.23456", "2024-13-01", "1x", "", "::1/129", "1h1d"];
    public static readonly long[] BigLongs =
    [
        long.MaxValue, long.MinValue, 1L << 62, -(1L << 62), 9007199254740991, -9007199254740992, 3037000500, 4294967296,
    ];
    public static readonly string[] TagKeys = ["a", "b", "", "k é"];

    private static readonly Ty[] AllTypes = Enum.GetValues<Ty>();
    private static readonly Dictionary<(Ty, int), Gen<Expr>> Cache = [];

    // Expression constructors.
    public static Expr L(long v) => new LiteralExpr(LongValue.Of(v));

    public static Expr S(string s) => new LiteralExpr(new StringValue(s));

    public static Expr B(bool b) => new LiteralExpr(BoolValue.Of(b));

    public static Expr E(string type, string id) => new LiteralExpr(new EntityValue(new EntityUid(type, id)));

    public static Expr Var(Variable v) => new VariableExpr(v);

    public static readonly Expr Principal = Var(Variable.Principal);
    public static readonly Expr Resource = Var(Variable.Resource);
    public static readonly Expr Context = Var(Variable.Context);

    public static Expr Get(Expr target, string attribute) => new GetAttrExpr(target, attribute);

    public static Expr Has(Expr target, string attribute) => new HasAttrExpr(target, attribute);

    public static Expr Bin(BinaryOp op, Expr left, Expr right) => new BinaryExpr(op, left, right);

    public static Expr Call(string function, params Expr[] arguments) => new ExtensionCallExpr(function, [.. arguments], false);

    public static Expr Method(string function, params Expr[] arguments) => new ExtensionCallExpr(function, [.. arguments], true);

    public static Expr If(Expr c, Expr t, Expr e) => new IfExpr(c, t, e);

    public static Expr Set(params Expr[] elements) => new SetExpr([.. elements]);

    public static Expr Record(params (string Key, Expr Value)[] fields) =>
        new RecordExpr([.. fields.Select(f => new KeyValuePair<string, Expr>(f.Key, f.Value))]);

    private static Gen<T> Defer<T>(Func<Gen<T>> make) => Gen.Constant(0).SelectMany(_ => make());

    private static Gen<Expr> Pick(params Expr[] choices) => Gen.Elements(choices);

    private static Gen<Expr> Map<T>(Gen<T> gen, Func<T, Expr> f) => gen.Select(f);

    private static Gen<Expr> Map2(Gen<Expr> a, Gen<Expr> b, Func<Expr, Expr, Expr> f) =>
        from x in a
        from y in b
        select f(x, y);

    private static Gen<Expr> Map3(Gen<Expr> a, Gen<Expr> b, Gen<Expr> c, Func<Expr, Expr, Expr, Expr> f) =>
        from x in a
        from y in b
        from z in c
        select f(x, y, z);

    public static Gen<string> StringLiteral => Gen.Elements(Strings);

    public static Gen<Pattern> Pattern =>
        from n in Gen.Choose(1, 4)
        from pieces in Gen.Elements(PatternPieces).ArrayOf(n)
        select new Pattern([.. pieces]);

    public static Gen<long> SmallLong => Gen.Frequency((8, Gen.Choose(-3, 12).Select(i => (long)i)), (1, Gen.Elements(BigLongs)));

    /// <summary>Values in entities and contexts: always within ±2^53, which cross the JS boundary exactly.</summary>
    public static Gen<long> DataLong => Gen.Frequency(
        (10, Gen.Choose(-3, 12).Select(i => (long)i)),
        (1, Gen.Elements(9007199254740991L, -9007199254740991L, 4611686018427387L, 3037000500L)));

    private static Gen<Expr> Lit(Ty t) => t switch
    {
        Ty.Bool => Gen.Elements(true, false).Select(B),
        Ty.Long => SmallLong.Select(L),
        Ty.Str => StringLiteral.Select(S),
        Ty.User => Gen.Elements([.. DiffSchema.Users, DiffSchema.Missing]).Select(id => E(DiffSchema.User, id)),
        Ty.Group => Gen.Elements([.. DiffSchema.Groups, DiffSchema.Missing]).Select(id => E(DiffSchema.Group, id)),
        Ty.Doc => Gen.Elements([.. DiffSchema.Documents, DiffSchema.Missing]).Select(id => E(DiffSchema.Document, id)),
        Ty.Ip => Gen.Elements([.. Ips, .. PolicyOnlyIps]).Select(s => Call("ip", S(s))),
        Ty.Dec => Gen.Elements(Decimals).Select(s => Call("decimal", S(s))),
        Ty.Dt => Gen.Elements(Datetimes).Select(s => Call("datetime", S(s))),
        Ty.Dur => Gen.Elements(Durations).Select(s => Call("duration", S(s))),
        Ty.Color => Gen.Frequency((6, Gen.Elements("red", "blue")), (1, Gen.Constant("green"))).Select(id => E(DiffSchema.Color, id)),
        Ty.SetStr => Gen.Choose(1, 3).SelectMany(n => StringLiteral.Select(S).ArrayOf(n)).Select(Set),
        Ty.SetLong => Gen.Choose(1, 3).SelectMany(n => SmallLong.Select(L).ArrayOf(n)).Select(Set),
        Ty.SetUser => Gen.Choose(1, 2).SelectMany(n => Lit(Ty.User).ArrayOf(n)).Select(Set),
        _ => from level in SmallLong
             from tag in StringLiteral
             from flag in Gen.Elements(true, false)
             select Record(("level", L(level)), ("tag", S(tag)), ("inner", Record(("flag", B(flag))))),
    };

    private static Gen<Expr> Leaf(Ty t) => t switch
    {
        Ty.Bool => Gen.OneOf(
            Lit(Ty.Bool),
            Pick(Get(Context, "authenticated"), Get(Resource, "public"), Get(Get(Get(Resource, "meta"), "inner"), "flag")),
            Pick(Has(Principal, "level"), Has(Resource, "note"), Has(Context, "reason"), Has(Get(Get(Resource, "meta"), "inner"), "code"), Has(Principal, "manager")),
            Gen.Elements(TagKeys).Select(k => Bin(BinaryOp.HasTag, Resource, S(k)))),
        Ty.Long => Gen.Frequency((3, Lit(Ty.Long)), (2, Pick(Get(Principal, "age"), Get(Resource, "size"), Get(Context, "n"), Get(Get(Resource, "meta"), "level")))),
        Ty.Str => Gen.Frequency((3, Lit(Ty.Str)), (2, Pick(Get(Principal, "name"), Get(Resource, "title"), Get(Get(Resource, "meta"), "tag")))),
        Ty.SetStr => Gen.Frequency((1, Lit(Ty.SetStr)), (2, Pick(Get(Resource, "labels"), Get(Principal, "nicknames")))),
        Ty.SetLong => Gen.Frequency((1, Lit(Ty.SetLong)), (1, Pick(Get(Resource, "scores")))),
        Ty.SetUser => Gen.Frequency((1, Lit(Ty.SetUser)), (2, Pick(Get(Resource, "readers")))),
        Ty.User => Gen.Frequency((2, Lit(Ty.User)), (3, Pick(Principal, Get(Resource, "owner")))),
        Ty.Group => Lit(Ty.Group),
        Ty.Doc => Gen.Frequency((1, Lit(Ty.Doc)), (2, Pick(Resource))),
        Ty.Meta => Gen.Frequency((1, Lit(Ty.Meta)), (3, Pick(Get(Resource, "meta")))),
        Ty.Ip => Gen.Frequency((2, Lit(Ty.Ip)), (1, Pick(Get(Resource, "addr"), Get(Context, "ip")))),
        Ty.Dec => Gen.Frequency((2, Lit(Ty.Dec)), (1, Pick(Get(Resource, "price")))),
        Ty.Dt => Gen.Frequency((2, Lit(Ty.Dt)), (1, Pick(Get(Resource, "created"), Get(Context, "now")))),
        Ty.Color => Gen.Frequency((1, Lit(Ty.Color)), (2, Pick(Get(Resource, "color")))),
        _ => Gen.Frequency((2, Lit(Ty.Dur)), (1, Pick(Get(Resource, "ttl")))),
    };

    /// <summary>A well-typed expression of type <paramref name="t"/>, at most <paramref name="depth"/> operators deep.</summary>
    public static Gen<Expr> Of(Ty t, int depth)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue((t, depth), out var gen))
                Cache[(t, depth)] = gen = depth <= 0 ? Leaf(t) : Gen.Frequency((1, Leaf(t)), (3, Composite(t, depth - 1)));
            return gen;
        }
    }

    private static Gen<Expr> Sub(Ty t, int depth) => Defer(() => Of(t, depth));

    private static Gen<BinaryOp> Comparison => Gen.Elements(BinaryOp.Less, BinaryOp.LessEq, BinaryOp.Greater, BinaryOp.GreaterEq, BinaryOp.Eq, BinaryOp.NotEq);

    private static Gen<BinaryOp> Ordering => Gen.Elements(BinaryOp.Less, BinaryOp.LessEq, BinaryOp.Greater, BinaryOp.GreaterEq);

    private static Gen<Expr> IfOf(Ty t, int d) => Map3(Sub(Ty.Bool, d), Sub(t, d), Sub(t, d), If);

    private static Gen<Expr> Composite(Ty t, int d) => t switch
    {
        Ty.Bool => Gen.Frequency(
            (2, Sub(Ty.Bool, d).Select(b => (Expr)new UnaryExpr(UnaryOp.Not, b))),
            (3, Map2(Sub(Ty.Bool, d), Sub(Ty.Bool, d), (a, b) => new AndExpr(a, b))),
            (3, Map2(Sub(Ty.Bool, d), Sub(Ty.Bool, d), (a, b) => new OrExpr(a, b))),
            (1, IfOf(Ty.Bool, d)),
            (4, from op in Comparison from a in Sub(Ty.Long, d) from b in Sub(Ty.Long, d) select Bin(op, a, b)),
            (4, from ty in Gen.Elements(AllTypes)
                from op in Gen.Elements(BinaryOp.Eq, BinaryOp.NotEq)
                from a in Sub(ty, d)
                from b in Sub(ty, d)
                select Bin(op, a, b)),
            (3, from s in Sub(Ty.Str, d) from p in Pattern select (Expr)new LikeExpr(s, p)),
            (4, Gen.OneOf(
                Map2(Sub(Ty.User, d), Gen.OneOf(Sub(Ty.Group, d), Sub(Ty.User, d), Sub(Ty.SetUser, d)), (a, b) => Bin(BinaryOp.In, a, b)),
                Map2(Sub(Ty.User, d), Gen.Choose(1, 3).SelectMany(n => Sub(Ty.Group, d).ArrayOf(n)).Select(Set), (a, b) => Bin(BinaryOp.In, a, b)),
                Map2(Sub(Ty.Group, d), Sub(Ty.Group, d), (a, b) => Bin(BinaryOp.In, a, b)),
                Map2(Sub(Ty.Doc, d), Sub(Ty.Doc, d), (a, b) => Bin(BinaryOp.In, a, b)),
                Map2(Sub(Ty.User, d), Sub(Ty.Doc, d), (a, b) => Bin(BinaryOp.In, a, b)))),
            (2, from ty in Gen.Elements(Ty.User, Ty.Group, Ty.Doc)
                from e in Sub(ty, d)
                from name in Gen.Elements(DiffSchema.User, DiffSchema.Group, DiffSchema.Document)
                select (Expr)new IsExpr(e, name)),
            (4, Gen.OneOf(
                Map2(Sub(Ty.SetStr, d), Sub(Ty.Str, d), (a, b) => Bin(BinaryOp.Contains, a, b)),
                Map2(Sub(Ty.SetLong, d), Sub(Ty.Long, d), (a, b) => Bin(BinaryOp.Contains, a, b)),
                Map2(Sub(Ty.SetUser, d), Sub(Ty.User, d), (a, b) => Bin(BinaryOp.Contains, a, b)),
                from op in Gen.Elements(BinaryOp.ContainsAll, BinaryOp.ContainsAny)
                from ty in Gen.Elements(Ty.SetStr, Ty.SetLong, Ty.SetUser)
                from a in Sub(ty, d)
                from b in Sub(ty, d)
                select Bin(op, a, b),
                from ty in Gen.Elements(Ty.SetStr, Ty.SetLong, Ty.SetUser)
                from s in Sub(ty, d)
                select (Expr)new UnaryExpr(UnaryOp.IsEmpty, s))),
            (2, Gen.OneOf(
                from m in Gen.Elements("isIpv4", "isIpv6", "isLoopback", "isMulticast") from ip in Sub(Ty.Ip, d) select Method(m, ip),
                Map2(Sub(Ty.Ip, d), Sub(Ty.Ip, d), (a, b) => Method("isInRange", a, b)))),
            (2, from m in Gen.Elements("lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual")
                from a in Sub(Ty.Dec, d)
                from b in Sub(Ty.Dec, d)
                select Method(m, a, b)),
            (3, from op in Comparison
                from ty in Gen.Elements(Ty.Dt, Ty.Dur)
                from a in Sub(ty, d)
                from b in Sub(ty, d)
                select Bin(op, a, b)),
            (1, Sub(Ty.Str, d).Select(k => Bin(BinaryOp.HasTag, Resource, k))),
            (2, Gen.Elements(
                Bin(BinaryOp.Eq, Var(Variable.Action), E(DiffSchema.Action, "view")),
                Bin(BinaryOp.Eq, Var(Variable.Action), E(DiffSchema.Action, "read")),
                Bin(BinaryOp.In, Var(Variable.Action), E(DiffSchema.Action, "read")),
                Bin(BinaryOp.In, Var(Variable.Action), E(DiffSchema.Action, "edit")),
                Bin(BinaryOp.In, Var(Variable.Action), Set(E(DiffSchema.Action, "view"), E(DiffSchema.Action, "edit"))),
                Bin(BinaryOp.Eq, Var(Variable.Action), E(DiffSchema.Action, "delete")),
                Bin(BinaryOp.In, E(DiffSchema.Action, "edit"), E(DiffSchema.Action, "read")),
                new IsExpr(Var(Variable.Action), DiffSchema.Action))),
            (1, Map2(Sub(Ty.Color, d), Sub(Ty.Color, d), (a, b) => Bin(BinaryOp.In, a, b))),
            (2, from u in Sub(Ty.User, d)
                from op in Ordering
                from n in Sub(Ty.Long, d)
                select (Expr)new AndExpr(Has(u, "level"), Bin(op, Get(u, "level"), n))),
            (1, from key in Gen.Elements("a", "a b", "if", "", "é", "b", "__cedar")
                from probe in Gen.Elements("a", "a b", "if", "", "é", "b", "__cedar", "like")
                from v in Sub(Ty.Long, d)
                select Has(Record((key, v)), probe)),
            (1, from m in Sub(Ty.Meta, d)
                from n in Sub(Ty.Long, d)
                select (Expr)new OrExpr(Get(Get(m, "inner"), "flag"), new AndExpr(Has(Get(m, "inner"), "code"), Bin(BinaryOp.Less, Get(Get(m, "inner"), "code"), n))))),
        Ty.Long => Gen.Frequency(
            (4, from op in Gen.Elements(BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul) from a in Sub(Ty.Long, d) from b in Sub(Ty.Long, d) select Bin(op, a, b)),
            (1, Sub(Ty.Long, d).Select(a => (Expr)new UnaryExpr(UnaryOp.Neg, a))),
            (1, IfOf(Ty.Long, d)),
            (1, from m in Gen.Elements("toMilliseconds", "toSeconds", "toMinutes", "toHours", "toDays") from x in Sub(Ty.Dur, d) select Method(m, x)),
            (2, from u in Sub(Ty.User, d) from n in Sub(Ty.Long, d) select If(Has(u, "level"), Get(u, "level"), n)),
            (1, Sub(Ty.User, d).Select(u => Get(u, "age"))),
            (1, from a in Sub(Ty.Long, d) from s in Sub(Ty.Str, d) from key in Gen.Elements("a", "a b", "if", "", "é", "__cedar", "has")
                select Get(Record((key, a), ("b", s)), key)),
            (1, Sub(Ty.Meta, d).Select(m => Get(m, "level")))),
        Ty.Str => Gen.Frequency(
            (1, IfOf(Ty.Str, d)),
            (1, Sub(Ty.User, d).Select(u => Get(u, "name"))),
            (1, Sub(Ty.Group, d).Select(g => Get(g, "name"))),
            (1, Sub(Ty.Doc, d).Select(x => Get(x, "title"))),
            (1, from x in Sub(Ty.Doc, d) from s in Sub(Ty.Str, d) select If(Has(x, "note"), Get(x, "note"), s)),
            (1, from k in Sub(Ty.Str, d) from s in Sub(Ty.Str, d) select If(Bin(BinaryOp.HasTag, Resource, k), Bin(BinaryOp.GetTag, Resource, k), s)),
            (1, Sub(Ty.Str, d).Select(s => If(Has(Context, "reason"), Get(Context, "reason"), s))),
            (1, Sub(Ty.Meta, d).Select(m => Get(m, "tag")))),
        Ty.SetStr => Gen.Frequency(
            (1, IfOf(Ty.SetStr, d)),
            (2, Gen.Choose(1, 3).SelectMany(n => Sub(Ty.Str, d).ArrayOf(n)).Select(Set)),
            (1, Sub(Ty.User, d).Select(u => Get(u, "nicknames"))),
            (1, Sub(Ty.Doc, d).Select(x => Get(x, "labels")))),
        Ty.SetLong => Gen.Frequency(
            (1, IfOf(Ty.SetLong, d)),
            (2, Gen.Choose(1, 3).SelectMany(n => Sub(Ty.Long, d).ArrayOf(n)).Select(Set)),
            (1, Sub(Ty.Doc, d).Select(x => Get(x, "scores")))),
        Ty.SetUser => Gen.Frequency(
            (1, IfOf(Ty.SetUser, d)),
            (2, Gen.Choose(1, 3).SelectMany(n => Sub(Ty.User, d).ArrayOf(n)).Select(Set)),
            (1, Sub(Ty.Doc, d).Select(x => Get(x, "readers")))),
        Ty.User => Gen.Frequency(
            (1, IfOf(Ty.User, d)),
            (2, Sub(Ty.Doc, d).Select(x => Get(x, "owner"))),
            (1, Sub(Ty.User, d).Select(u => If(Has(u, "manager"), Get(u, "manager"), u)))),
        Ty.Doc => IfOf(Ty.Doc, d),
        Ty.Group => IfOf(Ty.Group, d),
        Ty.Meta => Gen.Frequency((1, IfOf(Ty.Meta, d)), (2, Sub(Ty.Doc, d).Select(x => Get(x, "meta")))),
        Ty.Dt => Gen.Frequency(
            (1, IfOf(Ty.Dt, d)),
            (2, Map2(Sub(Ty.Dt, d), Sub(Ty.Dur, d), (a, b) => Method("offset", a, b))),
            (1, Sub(Ty.Dt, d).Select(a => Method("toDate", a)))),
        Ty.Dur => Gen.Frequency(
            (1, IfOf(Ty.Dur, d)),
            (2, Map2(Sub(Ty.Dt, d), Sub(Ty.Dt, d), (a, b) => Method("durationSince", a, b))),
            (1, Sub(Ty.Dt, d).Select(a => Method("toTime", a)))),
        _ => IfOf(t, d),
    };

    /// <summary>Boolean expressions that strict validation must reject (some also fail at run time).</summary>
    public static Gen<Expr> IllTyped(int depth)
    {
        var d = Math.Max(0, depth - 1);
        return Gen.OneOf(
            Sub(Ty.Long, d).Select(n => Bin(BinaryOp.Less, Get(Principal, "level"), n)),
            Map2(Sub(Ty.Long, d), Sub(Ty.Str, d), (a, b) => Bin(BinaryOp.Eq, Bin(BinaryOp.Add, a, b), L(1))),
            Sub(Ty.User, d).Select(u => Bin(BinaryOp.Eq, Get(u, "nosuch"), L(1))),
            Map3(Sub(Ty.Bool, d), Sub(Ty.Long, d), Sub(Ty.Str, d), (c, a, b) => Bin(BinaryOp.Eq, If(c, a, b), S("a"))),
            Map2(Sub(Ty.SetStr, d), Sub(Ty.Long, d), (a, b) => Bin(BinaryOp.Contains, a, b)),
            from f in Gen.Elements(("ip", "isIpv4"), ("decimal", "isIpv4"), ("datetime", "toDate"), ("duration", "toDays"))
            from s in Gen.Elements(BadExtensionLiterals)
            select Bin(BinaryOp.Eq, Method(f.Item2, Call(f.Item1, S(s))), Method(f.Item2, Call(f.Item1, S(s)))),
            Gen.Constant((Expr)new UnaryExpr(UnaryOp.IsEmpty, Set())),
            Gen.Constant(Bin(BinaryOp.Eq, E("App::Nope", "x"), Principal)),
            from n in Sub(Ty.Long, d) from p in Pattern select (Expr)new LikeExpr(n, p),
            Sub(Ty.Long, d).Select(n => Bin(BinaryOp.Less, Get(Context, "authenticated"), n)),
            Map2(Sub(Ty.Str, d), Sub(Ty.Str, d), (k, s) => Bin(BinaryOp.Eq, Bin(BinaryOp.GetTag, Resource, k), s)),
            from op in Ordering from a in Sub(Ty.Dec, d) from b in Sub(Ty.Dec, d) select Bin(op, a, b),
            Sub(Ty.Meta, d).Select(m => Bin(BinaryOp.Eq, m, Record(("level", L(1))))),
            Gen.Constant(Bin(BinaryOp.Eq, Get(Context, "nosuch"), L(1))),
            Map2(Sub(Ty.Bool, d), Sub(Ty.Long, d), (a, b) => new AndExpr(a, b)),
            Sub(Ty.Str, d).Select(s => Bin(BinaryOp.Eq, Get(Get(Principal, "manager"), "name"), s)),
            Map2(Sub(Ty.Long, d), Sub(Ty.Long, d), (a, b) => Method("lessThan", a, b)),
            Map2(Sub(Ty.Doc, d), Sub(Ty.Long, d), (a, b) => Bin(BinaryOp.In, a, b)),
            Map2(Sub(Ty.SetStr, d), Sub(Ty.SetLong, d), (a, b) => Bin(BinaryOp.ContainsAny, a, b)),
            Sub(Ty.Dt, d).Select(t => Bin(BinaryOp.Less, t, Call("duration", S("1h")))),
            // Users have no tags in the schema.
            Sub(Ty.Str, d).Select(k => Bin(BinaryOp.HasTag, Principal, k)),
            Sub(Ty.Str, d).Select(k => (Expr)new AndExpr(Bin(BinaryOp.HasTag, Principal, k), Bin(BinaryOp.Eq, Bin(BinaryOp.GetTag, Principal, k), S("a")))),
            Sub(Ty.User, d).Select(u => Bin(BinaryOp.Eq, u, Record(("a", L(1))))),
            Gen.Constant(Bin(BinaryOp.In, Principal, Set(E(DiffSchema.Group, "g1"), E(DiffSchema.Document, "d1")))));
    }

    /// <summary>
    /// Mixtures of optional-attribute and tag accesses with <c>has</c>/<c>hasTag</c> guards under <c>&amp;&amp;</c>,
    /// <c>||</c>, <c>!</c> and <c>if</c>: some guarded (valid), some not, exercising the validator's capability
    /// tracking; unguarded accesses also fail at run time when the attribute or tag is absent.
    /// </summary>
    public static Gen<Expr> Guarded(int depth)
    {
        var tagKey = Gen.OneOf(Gen.Elements(TagKeys).Select(S), Pick(Get(Principal, "name"), Get(Context, "reason")));
        var access = Gen.OneOf(
            Gen.Constant((Has(Principal, "level"), Bin(BinaryOp.Greater, Get(Principal, "level"), L(2)))),
            Gen.Constant((Has(Resource, "note"), (Expr)new LikeExpr(Get(Resource, "note"), new Pattern(["", "a", ""])))),
            Gen.Constant((Has(Context, "reason"), Bin(BinaryOp.Eq, Get(Context, "reason"), S("a")))),
            Gen.Constant((Has(Get(Get(Resource, "meta"), "inner"), "code"), Bin(BinaryOp.Less, Get(Get(Get(Resource, "meta"), "inner"), "code"), L(5)))),
            Gen.Constant((Has(Principal, "manager"), Bin(BinaryOp.Eq, Get(Get(Principal, "manager"), "age"), Get(Principal, "age")))),
            Gen.Constant((Has(Principal, "manager"), (Expr)new AndExpr(Has(Get(Principal, "manager"), "level"), Bin(BinaryOp.Eq, Get(Get(Principal, "manager"), "level"), L(1))))),
            from k in tagKey from k2 in Gen.Frequency((3, Gen.Constant(k)), (1, tagKey))
            select (Bin(BinaryOp.HasTag, Resource, k), Bin(BinaryOp.Eq, Bin(BinaryOp.GetTag, Resource, k2), S("a"))));
        return Node(depth);

        Gen<Expr> Node(int d) => d <= 0
            ? access.SelectMany(a => Gen.Elements(a.Item1, a.Item2))
            : Gen.Frequency(
                (3, access.Select(a => (Expr)new AndExpr(a.Item1, a.Item2))),
                (2, access.Select(a => (Expr)new OrExpr(new UnaryExpr(UnaryOp.Not, a.Item1), a.Item2))),
                (2, access.Select(a => If(a.Item1, a.Item2, B(false)))),
                (1, access.Select(a => If(new UnaryExpr(UnaryOp.Not, a.Item1), B(false), a.Item2))),
                (1, access.Select(a => (Expr)new OrExpr(a.Item1, a.Item2))),
                (2, Map2(Defer(() => Node(d - 1)), Defer(() => Node(d - 1)), (a, b) => new AndExpr(a, b))),
                (2, Map2(Defer(() => Node(d - 1)), Defer(() => Node(d - 1)), (a, b) => new OrExpr(a, b))),
                (1, Defer(() => Node(d - 1)).Select(a => (Expr)new UnaryExpr(UnaryOp.Not, a))),
                (1, Map3(Defer(() => Node(d - 1)), Defer(() => Node(d - 1)), Defer(() => Node(d - 1)), If)),
                (1, Node(0)));
    }

    // Scopes.
    private static EntityUid Uid(string type, string id) => new(type, id);

    public static Gen<ScopeConstraint> PrincipalScope => Gen.Frequency(
        (4, Gen.Constant(ScopeConstraint.Any)),
        (2, Gen.Elements([.. DiffSchema.Users, DiffSchema.Missing]).Select(id => new ScopeConstraint(ScopeOp.Eq, Uid(DiffSchema.User, id)))),
        (2, Gen.Elements(DiffSchema.Groups).Select(id => new ScopeConstraint(ScopeOp.In, Uid(DiffSchema.Group, id)))),
        (1, Gen.Elements(DiffSchema.Users).Select(id => new ScopeConstraint(ScopeOp.In, Uid(DiffSchema.User, id)))),
        (1, Gen.Constant(new ScopeConstraint(ScopeOp.Is, EntityType: DiffSchema.User))),
        (1, Gen.Elements(DiffSchema.Groups).Select(id => new ScopeConstraint(ScopeOp.IsIn, Uid(DiffSchema.Group, id), EntityType: DiffSchema.User))),
        (1, Gen.Elements(
            new ScopeConstraint(ScopeOp.Eq, Uid(DiffSchema.Group, "g1")),
            new ScopeConstraint(ScopeOp.Is, EntityType: DiffSchema.Group),
            new ScopeConstraint(ScopeOp.Is, EntityType: "App::Nope"))));

    public static Gen<ActionConstraint> ActionScope
    {
        get
        {
            ActionConstraint Of(ActionScopeOp op, params string[] ids) => new(op, [.. ids.Select(id => Uid(DiffSchema.Action, id))]);
            return Gen.Frequency(
                (4, Gen.Constant(ActionConstraint.Any)),
                (4, Gen.Elements("view", "edit").Select(a => Of(ActionScopeOp.Eq, a))),
                (2, Gen.Constant(Of(ActionScopeOp.In, "read"))),
                (2, Gen.Elements<string[]>(["view"], ["view", "edit"], ["edit", "read"]).Select(ids => Of(ActionScopeOp.InSet, ids))),
                (1, Gen.Elements(Of(ActionScopeOp.Eq, "read"), Of(ActionScopeOp.Eq, "delete"), Of(ActionScopeOp.In, "view"))));
        }
    }

    public static Gen<ScopeConstraint> ResourceScope => Gen.Frequency(
        (5, Gen.Constant(ScopeConstraint.Any)),
        (2, Gen.Elements([.. DiffSchema.Documents, DiffSchema.Missing]).Select(id => new ScopeConstraint(ScopeOp.Eq, Uid(DiffSchema.Document, id)))),
        (1, Gen.Elements(DiffSchema.Documents).Select(id => new ScopeConstraint(ScopeOp.In, Uid(DiffSchema.Document, id)))),
        (1, Gen.Constant(new ScopeConstraint(ScopeOp.Is, EntityType: DiffSchema.Document))),
        (1, Gen.Elements(DiffSchema.Documents).Select(id => new ScopeConstraint(ScopeOp.IsIn, Uid(DiffSchema.Document, id), EntityType: DiffSchema.Document))),
        (1, Gen.Elements(
            new ScopeConstraint(ScopeOp.In, Uid(DiffSchema.Group, "g2")),
            new ScopeConstraint(ScopeOp.Is, EntityType: DiffSchema.User))));

    /// <summary>A policy; with <paramref name="illTyped"/> one of its conditions contains an ill-typed conjunct.</summary>
    public static Gen<Policy> Policy(int depth, bool illTyped) =>
        from effect in Gen.Frequency((3, Gen.Constant(Effect.Permit)), (2, Gen.Constant(Effect.Forbid)))
        from principal in PrincipalScope
        from action in ActionScope
        from resource in ResourceScope
        from count in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Constant(1)), (2, Gen.Constant(2)))
        from kinds in Gen.Frequency((3, Gen.Constant(ConditionKind.When)), (1, Gen.Constant(ConditionKind.Unless))).ArrayOf(count)
        from bodies in Gen.Frequency((5, Of(Ty.Bool, depth)), (1, Guarded(depth))).ArrayOf(count)
        from bad in IllTyped(depth)
        from annotated in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Policy(
            "policy",
            effect,
            principal,
            action,
            resource,
            illTyped
                ? [.. kinds.Zip(bodies, (k, b) => new Condition(k, b)), new Condition(ConditionKind.When, bad)]
                : [.. kinds.Zip(bodies, (k, b) => new Condition(k, b))],
            annotated ? [new Annotation("id", "generated"), new Annotation("note", "a \"quoted\" \\ note")] : []);

    // Entity data, in Cedar's JSON format (extension values and entity references in their explicit forms).
    private static JsonObject EntityRef(string type, string id) => new() { ["__entity"] = new JsonObject { ["type"] = type, ["id"] = id } };

    private static JsonObject Extn(string fn, string arg) => new() { ["__extn"] = new JsonObject { ["fn"] = fn, ["arg"] = arg } };

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    private static Gen<JsonNode> StringData => StringLiteral.Select(s => (JsonNode)JsonValue.Create(s));

    private static Gen<JsonNode> LongData => DataLong.Select(n => (JsonNode)JsonValue.Create(n));

    private static Gen<JsonNode> StringSetData => Gen.Choose(0, 3).SelectMany(n => StringLiteral.ArrayOf(n)).Select(xs => (JsonNode)Array(xs.Distinct().Select(x => (JsonNode)JsonValue.Create(x))));

    private static Gen<bool> Chance(int percent) => Gen.Choose(1, 100).Select(x => x <= percent);

    private static JsonObject Entity(string type, string id, JsonObject attrs, IEnumerable<JsonNode> parents, JsonObject? tags = null)
    {
        var entity = new JsonObject
        {
            ["uid"] = new JsonObject { ["type"] = type, ["id"] = id },
            ["attrs"] = attrs,
            ["parents"] = Array(parents),
        };
        if (tags is not null)
            entity["tags"] = tags;
        return entity;
    }

    private static Gen<JsonObject> UserEntity(string id) =>
        from name in StringData
        from age in LongData
        from hasLevel in Chance(60)
        from level in LongData
        from nicknames in StringSetData
        from hasManager in Chance(40)
        from manager in Gen.Elements([.. DiffSchema.Users, DiffSchema.Missing])
        from groups in Gen.SubListOf(DiffSchema.Groups)
        select Entity(DiffSchema.User, id, Attrs(("name", name), ("age", age), ("level", hasLevel ? level : null), ("nicknames", nicknames),
            ("manager", hasManager ? EntityRef(DiffSchema.User, manager) : null)), groups.Select(g => (JsonNode)new JsonObject { ["type"] = DiffSchema.Group, ["id"] = g }));

    private static JsonObject Attrs(params (string Key, JsonNode? Value)[] attributes)
    {
        var o = new JsonObject();
        foreach (var (key, value) in attributes)
        {
            if (value is not null)
                o[key] = value;
        }
        return o;
    }

    private static Gen<JsonObject> GroupEntity(int index) =>
        from name in StringData
        from parents in Gen.SubListOf(DiffSchema.Groups.Skip(index + 1))
        select Entity(DiffSchema.Group, DiffSchema.Groups[index], Attrs(("name", name)), parents.Select(g => (JsonNode)new JsonObject { ["type"] = DiffSchema.Group, ["id"] = g }));

    private static Gen<JsonObject> DocumentEntity(string id) =>
        from owner in Gen.Elements([.. DiffSchema.Users, DiffSchema.Missing])
        from title in StringData
        from size in LongData
        from isPublic in Gen.Elements(true, false)
        from labels in StringSetData
        from scores in Gen.Choose(0, 3).SelectMany(n => DataLong.ArrayOf(n))
        from level in LongData
        from tag in StringData
        from flag in Gen.Elements(true, false)
        from hasCode in Chance(50)
        from code in LongData
        from hasNote in Chance(50)
        from note in StringData
        from addr in Gen.Elements(Ips)
        from price in Gen.Elements(Decimals)
        from created in Gen.Elements(Datetimes)
        from ttl in Gen.Elements(Durations)
        from readers in Gen.SubListOf([.. DiffSchema.Users, DiffSchema.Missing])
        from tagKeys in Gen.SubListOf(TagKeys)
        from color in Gen.Frequency((30, Gen.Elements("red", "blue")), (1, Gen.Constant("green")))
        from tagValues in StringLiteral.ArrayOf(TagKeys.Length)
        select Entity(DiffSchema.Document, id, Attrs(
                ("owner", EntityRef(DiffSchema.User, owner)), ("title", title), ("size", size), ("public", JsonValue.Create(isPublic)),
                ("labels", labels), ("scores", Array(scores.Select(s => (JsonNode)JsonValue.Create(s)))),
                ("meta", Attrs(("level", level), ("tag", tag), ("inner", Attrs(("flag", JsonValue.Create(flag)), ("code", hasCode ? code : null))))),
                ("note", hasNote ? note : null), ("color", EntityRef(DiffSchema.Color, color)), ("addr", Extn("ip", addr)), ("price", Extn("decimal", price)),
                ("created", Extn("datetime", created)), ("ttl", Extn("duration", ttl)),
                ("readers", Array(readers.Select(r => (JsonNode)EntityRef(DiffSchema.User, r))))),
            [],
            Attrs([.. tagKeys.Select(k => (k, (JsonNode?)JsonValue.Create(tagValues[System.Array.IndexOf(TagKeys, k)])))]));

    /// <summary>The entities of a case: every user, group and document, with random data; rarely one that does not conform.</summary>
    public static Gen<string> Entities =>
        from users in Gen.CollectToArray(DiffSchema.Users.Select(UserEntity))
        from groups in Gen.CollectToArray(Enumerable.Range(0, DiffSchema.Groups.Length).Select(GroupEntity))
        from documents in Gen.CollectToArray(DiffSchema.Documents.Select(DocumentEntity))
        from broken in Chance(2)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select Serialize(users, groups, documents, broken, seed);

    private static string Serialize(JsonObject[] users, JsonObject[] groups, JsonObject[] documents, bool broken, int seed)
    {
        var extra = new List<JsonNode>();
        JsonObject Ref(string type, string id) => new() { ["type"] = type, ["id"] = id };
        JsonObject ActionEntity(params string[] parents) => new()
        {
            ["uid"] = Ref(DiffSchema.Action, "view"),
            ["attrs"] = new JsonObject(),
            ["parents"] = Array(parents.Select(p => (JsonNode)Ref(DiffSchema.Action, p))),
        };
        // Every second broken case is in fact fine: the action as the schema declares it may be given.
        switch (broken ? seed % 8 : -1)
        {
            case 0:
                ((JsonObject)documents[0]["attrs"]!).Remove("size");
                break;
            case 1:
                ((JsonObject)documents[0]["attrs"]!)["size"] = "12";
                break;
            case 2:
                ((JsonObject)users[0]["attrs"]!)["extra"] = 1;
                break;
            case 3:
                ((JsonArray)users[0]["parents"]!).Add(Ref(DiffSchema.User, "bob"));
                break;
            case 4:
                extra.Add(Entity("App::Nope", "x", new JsonObject(), []));
                break;
            case 5:
                extra.Add(ActionEntity());
                break;
            case 6:
                extra.Add(ActionEntity("read"));
                break;
            case 7:
                extra.Add(users[1].DeepClone());
                break;
        }
        var all = Array([.. users, .. groups, .. documents, .. extra]);
        foreach (var entity in all)
            ((JsonObject)entity!)["attrs"] = Implicit(entity!["attrs"]!.DeepClone(), seed);
        return all.ToJsonString();
    }

    /// <summary>
    /// With a schema, Cedar also takes an extension value as its plain argument string and an entity reference as
    /// <c>{"type", "id"}</c>: rewrites the explicit forms into those (all of them for an even seed, about half of them
    /// for a seed divisible by 3, none otherwise).
    /// </summary>
    public static JsonNode Implicit(JsonNode node, int seed)
    {
        if (seed % 2 != 0 && seed % 3 != 0)
            return node;
        var random = new Random(seed);
        return Rewrite(node);

        JsonNode Rewrite(JsonNode n)
        {
            switch (n)
            {
                case JsonObject o when o["__extn"] is JsonObject extn && (seed % 2 == 0 || random.Next(2) == 0):
                    return JsonValue.Create(extn["arg"]!.GetValue<string>());
                case JsonObject o when o["__entity"] is JsonObject uid && (seed % 2 == 0 || random.Next(2) == 0):
                    return uid.DeepClone();
                case JsonObject o:
                    foreach (var key in o.Select(p => p.Key).ToList())
                        o[key] = Rewrite(o[key]!.DeepClone());
                    return o;
                case JsonArray a:
                    return new JsonArray([.. a.Select(x => Rewrite(x!.DeepClone()))]);
                default:
                    return n;
            }
        }
    }

    /// <summary>A request in Cedar's JSON form; rarely one the schema rejects (wrong type, action or context).</summary>
    public static Gen<string> Request =>
        from principal in Gen.Frequency((40, Gen.Elements([.. DiffSchema.Users, DiffSchema.Missing]).Select(id => (DiffSchema.User, id))), (1, Gen.Constant((DiffSchema.Group, "g1"))))
        from action in Gen.Frequency((40, Gen.Elements("view", "edit")), (1, Gen.Elements("read", "delete")))
        from resource in Gen.Frequency((40, Gen.Elements([.. DiffSchema.Documents, DiffSchema.Missing])), (1, Gen.Constant("?")))
        from authenticated in Gen.Elements(true, false)
        from ip in Gen.Elements(Ips)
        from now in Gen.Elements(Datetimes)
        from n in DataLong
        from hasReason in Chance(50)
        from reason in StringLiteral
        from shape in Gen.Frequency((80, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new JsonObject
        {
            ["principal"] = new JsonObject { ["type"] = principal.Item1, ["id"] = principal.Item2 },
            ["action"] = new JsonObject { ["type"] = DiffSchema.Action, ["id"] = action },
            ["resource"] = resource == "?"
                ? new JsonObject { ["type"] = DiffSchema.User, ["id"] = "alice" }
                : new JsonObject { ["type"] = DiffSchema.Document, ["id"] = resource },
            ["context"] = Implicit(Attrs(
                ("authenticated", JsonValue.Create(authenticated)),
                ("ip", Extn("ip", ip)),
                ("now", Extn("datetime", now)),
                ("n", shape == 1 ? null : JsonValue.Create(n)),
                ("reason", hasReason ? JsonValue.Create(reason) : null),
                ("extra", shape == 2 ? JsonValue.Create(1) : null)), seed),
        }.ToJsonString();

    /// <summary>A whole case: 1 to 5 policies (about one case in five has an ill-typed one), the entities, 3 to 5 requests.</summary>
    public static Gen<DiffCase> Case => Gen.Sized(size =>
    {
        var depth = 1 + Math.Min(size, 100) / 34;
        return from count in Gen.Choose(1, 5)
               from bad in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, count - 1)))
               from policies in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => Policy(depth, i == bad)))
               from entities in Entities
               from requestCount in Gen.Choose(3, 5)
               from requests in Request.ArrayOf(requestCount)
               from schemaless in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
               select new DiffCase([.. policies.Select((p, i) => p with { Id = "policy" + i })], entities, [.. requests]) { Schemaless = schemaless };
    });
}
