using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Schema;
using Custos.Cedar.Validation.Types;
using Custos.Cedar.Values;

namespace Custos.Cedar.Validation;

/// <summary>
/// Strict type checking of one policy condition in one request environment, following Cedar's
/// <c>typecheck.rs</c>: singleton booleans, short-circuiting <c>&amp;&amp;</c>/<c>||</c>/<c>if</c> (an operand that
/// is never evaluated is never checked), capabilities from <c>has</c> and <c>hasTag</c>, strict least upper bounds.
/// </summary>
internal sealed class TypeChecker(ValidatorSchema schema, RequestEnvironment env, ExprKeys keys, List<(SourceSpan Span, string Message)> errors)
{
    private const int MaxDepth = 512;
    private static readonly VType[] EntityOrRecord = [EntityType.AnyEntity, RecordType.AnyRecord];
    private static readonly VType[] EntityOrEntitySet = [new SetType(EntityType.AnyEntity), EntityType.AnyEntity];

    private int _depth;

    private void Error(Expr at, string message) => errors.Add((at.Span, message));

    private static ImmutableHashSet<string> Union(ImmutableHashSet<string> a, ImmutableHashSet<string> b) =>
        a.Count == 0 ? b : b.Count == 0 ? a : a.Union(b);

    private static ImmutableHashSet<string> Intersect(ImmutableHashSet<string> a, ImmutableHashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? TypeAnswer.NoCapabilities : a.Intersect(b);

    private string AttributeCapability(Expr target, string attribute) => "a" + keys.Of(target) + "\u0001" + attribute;

    private string TagCapability(Expr target, Expr tag) => "t" + keys.Of(target) + "\u0001" + keys.Of(tag);

    public TypeAnswer Check(ImmutableHashSet<string> prior, Expr e)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            Error(e, $"the expression is nested more than {MaxDepth} levels deep");
            return TypeAnswer.Fail(null);
        }
        try
        {
            return CheckCore(prior, e);
        }
        finally
        {
            _depth--;
        }
    }

    private TypeAnswer CheckCore(ImmutableHashSet<string> prior, Expr e)
    {
        switch (e)
        {
            case LiteralExpr lit:
                return lit.Value switch
                {
                    BoolValue b => TypeAnswer.Success(BoolType.Of(b.Value)),
                    LongValue => TypeAnswer.Success(LongType.Instance),
                    StringValue => TypeAnswer.Success(StringType.Instance),
                    EntityValue entity => EntityLiteralType(entity.Uid) is { } type ? TypeAnswer.Success(type) : TypeAnswer.Fail(null),
                    _ => TypeAnswer.Fail(null),
                };
            case VariableExpr v:
                return v.Variable switch
                {
                    Variable.Principal => TypeAnswer.Success(EntityType.Of(env.Principal)),
                    Variable.Action => TypeAnswer.Success(EntityType.Of(env.Action.Type)),
                    Variable.Resource => TypeAnswer.Success(EntityType.Of(env.Resource)),
                    _ => TypeAnswer.Success(env.Context),
                };
            case SlotExpr slot:
                {
                    var type = slot.Slot == SlotId.Principal ? env.PrincipalSlot : env.ResourceSlot;
                    return TypeAnswer.Success(type is null ? EntityType.AnyEntity : EntityType.Of(type));
                }
            case IfExpr i:
                return CheckIf(prior, i);
            case AndExpr a:
                return CheckAnd(prior, a);
            case OrExpr o:
                return CheckOr(prior, o);
            case UnaryExpr u:
                return CheckUnary(prior, u);
            case BinaryExpr b:
                return CheckBinary(prior, b);
            case GetAttrExpr g:
                return CheckGetAttr(prior, g);
            case HasAttrExpr h:
                return CheckHasAttr(prior, h);
            case LikeExpr l:
                return Expect(prior, l.Target, StringType.Instance).Then((_, _) => TypeAnswer.Success(BoolType.Any));
            case IsExpr i:
                return Expect(prior, i.Target, EntityType.AnyEntity).Then((type, _) => type switch
                {
                    EntityType { Lub: { } lub } => TypeAnswer.Success(
                        !lub.Contains(i.EntityType) ? BoolType.False : lub.Count == 1 ? BoolType.True : BoolType.Any),
                    EntityType => TypeAnswer.Success(BoolType.Any),
                    _ => TypeAnswer.Fail(BoolType.Any),
                });
            case SetExpr s:
                return CheckSet(prior, s);
            case RecordExpr r:
                return CheckRecord(prior, r);
            case ExtensionCallExpr c:
                return CheckExtensionCall(prior, c);
            default:
                Error(e, $"unsupported expression {e.GetType().Name}");
                return TypeAnswer.Fail(null);
        }
    }

    private EntityType? EntityLiteralType(EntityUid uid)
    {
        if (SchemaNames.IsActionType(uid.Type))
            return schema.Schema.Actions.ContainsKey(uid) ? EntityType.Of(uid.Type) : null;
        return schema.IsDeclaredEntityType(uid.Type) ? EntityType.Of(uid.Type) : null;
    }

    private TypeAnswer ExpectOneOf(ImmutableHashSet<string> prior, Expr expr, VType[] expected, string? help = null)
    {
        var actual = Check(prior, expr);
        return actual.Then((type, capabilities) =>
        {
            if (type is null)
                return TypeAnswer.Fail(null);
            if (!expected.Any(x => VTypes.IsSubtype(type, x, strict: false)))
            {
                var names = string.Join(" or ", expected.Select(Describe));
                Error(expr, $"unexpected type: expected {names} but saw {type}" + (help is null ? "" : $" ({help})"));
                return TypeAnswer.Fail(null);
            }
            return TypeAnswer.Success(type, capabilities);
        });
    }

    private TypeAnswer Expect(ImmutableHashSet<string> prior, Expr expr, VType expected, string? help = null) =>
        ExpectOneOf(prior, expr, [expected], help);

    private static string Describe(VType type) => type switch
    {
        EntityType { Lub: null } => "an entity",
        RecordType { Open: true, Attributes.Count: 0 } => "a record",
        SetType { Element: null } => "a set",
        SetType { Element: EntityType { Lub: null } } => "a set of entities",
        _ => type.ToString(),
    };

    private TypeAnswer CheckIf(ImmutableHashSet<string> prior, IfExpr i)
    {
        var test = Expect(prior, i.Condition, BoolType.Any);
        return test.Then((testType, testCaps) =>
        {
            if (testType is BoolType { Kind: BoolKind.True })
            {
                var then = Check(Union(prior, testCaps), i.Then);
                return then.Then((thenType, thenCaps) => TypeAnswer.Success(thenType!, Union(thenCaps, testCaps)));
            }
            if (testType is BoolType { Kind: BoolKind.False })
            {
                var otherwise = Check(prior, i.Else);
                return otherwise.Then((elseType, elseCaps) => TypeAnswer.Success(elseType!, elseCaps));
            }
            var thenAnswer = Check(Union(prior, testCaps), i.Then);
            if (thenAnswer.Ok)
                thenAnswer = thenAnswer with { Capabilities = Union(thenAnswer.Capabilities, testCaps) };
            var elseAnswer = Check(prior, i.Else);
            return thenAnswer.Then((thenType, thenCaps) => elseAnswer.Then((elseType, elseCaps) =>
            {
                var lub = LubOrError(i, [thenType, elseType], "the branches of an if");
                return lub is null ? TypeAnswer.Fail(null) : TypeAnswer.Success(lub, Intersect(elseCaps, thenCaps));
            }));
        });
    }

    private VType? LubOrError(Expr at, IReadOnlyList<VType?> types, string context)
    {
        if (types.Any(t => t is null))
            return null;
        var lub = VTypes.Lub(types!, strict: true, out var hint);
        if (lub is null)
            Error(at, $"the types {string.Join(", ", types.Distinct().Select(t => t!.ToString()))} of {context} are not compatible" +
                (hint is null ? "" : $": {hint}"));
        return lub;
    }

    private TypeAnswer CheckAnd(ImmutableHashSet<string> prior, AndExpr a)
    {
        var left = Expect(prior, a.Left, BoolType.Any);
        return left.Then((leftType, leftCaps) =>
        {
            if (leftType is BoolType { Kind: BoolKind.False })
                return TypeAnswer.Success(leftType);
            var right = Expect(Union(prior, leftCaps), a.Right, BoolType.Any);
            return right.Then((rightType, rightCaps) => (leftType, rightType) switch
            {
                (not null, BoolType { Kind: BoolKind.False }) => TypeAnswer.Success(BoolType.False),
                (not null, BoolType { Kind: BoolKind.True }) => TypeAnswer.Success(leftType, Union(leftCaps, rightCaps)),
                // Cedar keeps only the right operand's capabilities here.
                (BoolType { Kind: BoolKind.True }, not null) => TypeAnswer.Success(rightType, rightCaps),
                (not null, not null) => TypeAnswer.Success(BoolType.Any, Union(leftCaps, rightCaps)),
                _ => TypeAnswer.Fail(BoolType.Any),
            });
        });
    }

    private TypeAnswer CheckOr(ImmutableHashSet<string> prior, OrExpr o)
    {
        var left = Expect(prior, o.Left, BoolType.Any);
        return left.Then((leftType, leftCaps) =>
        {
            if (leftType is BoolType { Kind: BoolKind.True })
                return TypeAnswer.Success(leftType, leftCaps);
            var right = Expect(prior, o.Right, BoolType.Any);
            return right.Then((rightType, rightCaps) => (leftType, rightType) switch
            {
                (not null, BoolType { Kind: BoolKind.True }) => TypeAnswer.Success(BoolType.True, rightCaps),
                (not null, BoolType { Kind: BoolKind.False }) => TypeAnswer.Success(leftType, leftCaps),
                (BoolType { Kind: BoolKind.False }, not null) => TypeAnswer.Success(rightType, rightCaps),
                (not null, not null) => TypeAnswer.Success(BoolType.Any, Intersect(rightCaps, leftCaps)),
                _ => TypeAnswer.Fail(BoolType.Any),
            });
        });
    }

    private static BoolType Negate(VType type) => type switch
    {
        BoolType { Kind: BoolKind.True } => BoolType.False,
        BoolType { Kind: BoolKind.False } => BoolType.True,
        _ => BoolType.Any,
    };

    private TypeAnswer CheckUnary(ImmutableHashSet<string> prior, UnaryExpr u) => u.Op switch
    {
        UnaryOp.Not => Expect(prior, u.Operand, BoolType.Any).Then((type, _) =>
            type is null ? TypeAnswer.Fail(BoolType.Any) : TypeAnswer.Success(Negate(type))),
        UnaryOp.Neg => Expect(prior, u.Operand, LongType.Instance).Then((_, _) => TypeAnswer.Success(LongType.Instance)),
        _ => Expect(prior, u.Operand, SetType.AnySet, "to test a string, compare it with \"\"").Then((_, _) => TypeAnswer.Success(BoolType.Any)),
    };

    private TypeAnswer CheckGetAttr(ImmutableHashSet<string> prior, GetAttrExpr g)
    {
        var target = ExpectOneOf(prior, g.Target, EntityOrRecord);
        return target.Then((type, _) =>
        {
            if (type is null)
                return TypeAnswer.Fail(null);
            var attribute = LookupAttribute(type, g.Attribute);
            if (attribute is not null)
            {
                if (attribute.Required || prior.Contains(AttributeCapability(g.Target, g.Attribute)))
                    return TypeAnswer.Success(attribute.Type);
                Error(g, $"the attribute '{g.Attribute}' of {DescribeAccess(type)} is optional: test it with 'has' before reading it");
                return TypeAnswer.Fail(attribute.Type);
            }
            Error(g, $"{DescribeAccess(type)} has no attribute '{g.Attribute}'" +
                (MayHaveAttribute(type, g.Attribute) ? " declared for every type it may be: test it with 'has' first" : ""));
            return TypeAnswer.Fail(null);
        });
    }

    private static string DescribeAccess(VType type) => type switch
    {
        EntityType { Single: { } single } => $"an entity of type {single}",
        EntityType => $"an entity of type {type}",
        _ => "the record",
    };

    private TypeAnswer CheckHasAttr(ImmutableHashSet<string> prior, HasAttrExpr h)
    {
        var target = ExpectOneOf(prior, h.Target, EntityOrRecord);
        return target.Then((type, _) =>
        {
            if (type is null)
                return TypeAnswer.Fail(BoolType.Any);
            var capability = AttributeCapability(h.Target, h.Attribute);
            var attribute = LookupAttribute(type, h.Attribute);
            if (attribute is null)
                return TypeAnswer.Success(MayHaveAttribute(type, h.Attribute) ? BoolType.Any : BoolType.False);
            var known = prior.Contains(capability) || (attribute.Required && type is RecordType);
            return TypeAnswer.Success(known ? BoolType.True : BoolType.Any, [capability]);
        });
    }

    /// <summary>The attribute's type on a record or on (every type of) an entity type union; null when it has none.</summary>
    private VAttribute? LookupAttribute(VType type, string attribute) => type switch
    {
        RecordType record => record.Attributes.GetValueOrDefault(attribute),
        EntityType { Lub: { } lub } => EntityAttributes(lub).Attributes.GetValueOrDefault(attribute),
        _ => null,
    };

    private RecordType EntityAttributes(ImmutableSortedSet<string> lub)
    {
        RecordType? result = null;
        foreach (var name in lub)
        {
            var attrs = schema.AttributesOf(name) ?? new RecordType(ImmutableSortedDictionary<string, VAttribute>.Empty, false);
            result = result is null ? attrs : (RecordType)(VTypes.Lub(result, attrs, strict: false, out _) ?? attrs);
        }
        return result!;
    }

    private bool MayHaveAttribute(VType type, string attribute) => type switch
    {
        NeverType => true,
        EntityType { Lub: null } => true,
        EntityType { Lub: { } lub } => lub.Any(n => !SchemaNames.IsActionType(n) &&
                (schema.Schema.EntityTypes.TryGetValue(n, out var et) ? et.Attributes.AdditionalAttributes : true)) ||
            lub.Any(n => schema.AttributesOf(n)?.Attributes.ContainsKey(attribute) == true),
        RecordType record => record.Open || record.Attributes.ContainsKey(attribute),
        _ => false,
    };

    private TypeAnswer CheckSet(ImmutableHashSet<string> prior, SetExpr s)
    {
        var answers = s.Elements.Select(element => Check(prior, element)).ToList();
        var anyFailed = answers.Any(a => !a.Ok);
        var lub = LubOrError(s, answers.Select(a => a.Type).ToList(), "the elements of a set");
        TypeAnswer result;
        if (s.Elements.IsEmpty)
        {
            Error(s, "empty set literals are forbidden in policies: strict validation cannot know their element type");
            result = TypeAnswer.Fail(null);
        }
        else
        {
            result = lub is null ? TypeAnswer.Fail(null) : TypeAnswer.Success(new SetType(lub));
        }
        return anyFailed ? result.AsFail() : result;
    }

    private TypeAnswer CheckRecord(ImmutableHashSet<string> prior, RecordExpr r)
    {
        var answers = r.Fields.Select(f => (f.Key, Answer: Check(prior, f.Value))).ToList();
        var anyFailed = answers.Any(a => !a.Answer.Ok);
        if (answers.Any(a => a.Answer.Type is null))
            return TypeAnswer.Fail(null);
        var record = new RecordType(
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                answers.Select(a => KeyValuePair.Create(a.Key, new VAttribute(a.Answer.Type!, true)))),
            false);
        return anyFailed ? TypeAnswer.Fail(record) : TypeAnswer.Success(record);
    }

    private TypeAnswer CheckBinary(ImmutableHashSet<string> prior, BinaryExpr b)
    {
        switch (b.Op)
        {
            case BinaryOp.Eq:
                return CheckEquality(prior, b);
            case BinaryOp.NotEq:
                return CheckEquality(prior, b).Then((type, _) => type is null ? TypeAnswer.Fail(BoolType.Any) : TypeAnswer.Success(Negate(type)));
            case BinaryOp.Less:
            case BinaryOp.LessEq:
            case BinaryOp.Greater:
            case BinaryOp.GreaterEq:
                return CheckComparison(prior, b);
            case BinaryOp.Add:
            case BinaryOp.Sub:
            case BinaryOp.Mul:
                {
                    var help = b.Op == BinaryOp.Add ? "Cedar has no string concatenation" : null;
                    return Expect(prior, b.Left, LongType.Instance, help).Then((_, _) =>
                        Expect(prior, b.Right, LongType.Instance, help).Then((_, _) => TypeAnswer.Success(LongType.Instance)));
                }
            case BinaryOp.In:
                return CheckIn(prior, b);
            case BinaryOp.Contains:
                return Expect(prior, b.Left, SetType.AnySet).Then((setType, _) =>
                    Check(prior, b.Right).Then((elementType, _) =>
                        StrictEquality(b, BoolType.Any, (setType as SetType)?.Element, elementType, "the set's elements and the tested value")));
            case BinaryOp.ContainsAll:
            case BinaryOp.ContainsAny:
                return Expect(prior, b.Left, SetType.AnySet).Then((leftType, _) =>
                    Expect(prior, b.Right, SetType.AnySet, "use contains to test for one element").Then((rightType, _) =>
                        StrictEquality(b, BoolType.Any, leftType, rightType, "the two sets")));
            case BinaryOp.HasTag:
                return CheckHasTag(prior, b);
            case BinaryOp.GetTag:
                return CheckGetTag(prior, b);
            default:
                Error(b, $"unsupported operator {b.Op}");
                return TypeAnswer.Fail(null);
        }
    }

    private TypeAnswer CheckEquality(ImmutableHashSet<string> prior, BinaryExpr b)
    {
        var left = Check(prior, b.Left);
        var right = Check(prior, b.Right);
        return left.Then((leftType, _) => right.Then((rightType, _) =>
        {
            VType eq;
            if (leftType is not null && rightType is not null && VTypes.AreDisjoint(leftType, rightType))
            {
                eq = BoolType.False;
            }
            else
            {
                var l = LiteralValue(b.Left);
                var r = LiteralValue(b.Right);
                eq = l is not null && r is not null ? BoolType.Of(l.Equals(r)) : BoolType.Any;
            }
            return StrictEquality(b, eq, leftType, rightType, "the operands of ==");
        }));
    }

    /// <summary>Cedar's <c>enforce_strict_equality</c>: unless the result is a known constant, both sides need a least upper bound.</summary>
    private TypeAnswer StrictEquality(Expr at, VType result, VType? left, VType? right, string context)
    {
        if (result is BoolType { Kind: not BoolKind.AnyBool })
            return TypeAnswer.Success(result);
        if (left is not null && right is not null && VTypes.Lub(left, right, strict: true, out var hint) is null)
        {
            Error(at, $"the types {left} and {right} of {context} are not compatible" + (hint is null ? "" : $": {hint}"));
            return TypeAnswer.Fail(result);
        }
        return TypeAnswer.Success(result);
    }

    /// <summary>The value of a literal, with the <c>action</c> variable standing for the environment's action.</summary>
    private CedarValue? LiteralValue(Expr e) => e switch
    {
        LiteralExpr lit => lit.Value,
        VariableExpr { Variable: Variable.Action } => new EntityValue(env.Action),
        _ => null,
    };

    private EntityUid? EuidOf(Expr e) => LiteralValue(e) is EntityValue entity ? entity.Uid : null;

    private List<EntityUid>? EuidsOf(Expr e)
    {
        if (EuidOf(e) is { } single)
            return [single];
        if (e is not SetExpr set)
            return null;
        var result = new List<EntityUid>();
        foreach (var element in set.Elements)
        {
            if (EuidOf(element) is not { } uid)
                return null;
            result.Add(uid);
        }
        return result;
    }

    private static bool IsComparable(VType type) => type is LongType || type is ExtensionType { Name: "datetime" or "duration" };

    private TypeAnswer CheckComparison(ImmutableHashSet<string> prior, BinaryExpr b)
    {
        return Check(prior, b.Left).Then((t1, _) => Check(prior, b.Right).Then((t2, _) =>
        {
            switch (t1, t2)
            {
                case (NeverType, NeverType):
                    return TypeAnswer.Fail(BoolType.Any);
                case (NeverType, not null):
                    return ComparableOrError(b.Right, t2);
                case (not null, NeverType):
                    return ComparableOrError(b.Left, t1);
                case (not null, not null) when VTypes.Same(t1, t2) && IsComparable(t1):
                    return TypeAnswer.Success(BoolType.Any);
                case (not null, not null):
                    if (IsComparable(t1))
                        Error(b.Right, $"unexpected type: expected {t1} but saw {t2}");
                    else if (IsComparable(t2))
                        Error(b.Left, $"unexpected type: expected {t2} but saw {t1}");
                    else
                        Error(b, $"unexpected types {t1} and {t2}: comparison needs Long, datetime or duration operands");
                    return TypeAnswer.Fail(BoolType.Any);
                default:
                    return TypeAnswer.Fail(BoolType.Any);
            }
        }));
    }

    private TypeAnswer ComparableOrError(Expr at, VType type)
    {
        if (IsComparable(type))
            return TypeAnswer.Success(BoolType.Any);
        Error(at, $"unexpected type: expected Long, datetime or duration but saw {type}");
        return TypeAnswer.Fail(BoolType.Any);
    }

    private TypeAnswer CheckIn(ImmutableHashSet<string> prior, BinaryExpr b)
    {
        var left = Expect(prior, b.Left, EntityType.AnyEntity, "use contains to test membership in a set");
        var right = ExpectOneOf(prior, b.Right, EntityOrEntitySet);
        var bothOk = left.Ok && right.Ok;
        return left.Then((leftType, _) => right.Then((rightType, _) =>
        {
            if (!bothOk)
                return TypeAnswer.Fail(BoolType.Any);
            var lhsUid = EuidOf(b.Left);
            var rhsUids = EuidsOf(b.Right);
            if (lhsUid is not null && rhsUids is not null && SchemaNames.IsActionType(lhsUid.Type))
            {
                var rhsActions = rhsUids.Where(u => SchemaNames.IsActionType(u.Type)).ToList();
                if (rhsActions.Count == 0)
                    return TypeAnswer.Success(BoolType.False);
                var inSet = schema.ActionsIn(rhsActions);
                return inSet is null ? TypeAnswer.Fail(BoolType.Any) : TypeAnswer.Success(BoolType.Of(inSet.Contains(lhsUid)));
            }
            var lhsTypes = (leftType as EntityType)?.Lub;
            var rhsTypes = rightType switch
            {
                EntityType entity => entity.Lub,
                SetType { Element: EntityType entity } => entity.Lub,
                _ => null,
            };
            if (lhsTypes is not null && rhsTypes is not null && !AnyDescendant(lhsTypes, rhsTypes))
                return TypeAnswer.Success(BoolType.False);
            return TypeAnswer.Success(BoolType.Any);
        }));
    }

    private bool AnyDescendant(ImmutableSortedSet<string> lhs, ImmutableSortedSet<string> rhs) =>
        lhs.Any(l => rhs.Any(r => l == r || schema.IsDescendantType(l, r) || ActionTypeIn(l, r)));

    private bool ActionTypeIn(string lhs, string rhs) =>
        schema.Schema.Actions.Keys.Any(a => a.Type == rhs && schema.ActionDescendants(a).Any(d => d.Type == lhs));

    private List<VType> TagTypes(EntityType entity)
    {
        IEnumerable<string> names = entity.Lub is { } lub ? lub : schema.Schema.EntityTypes.Keys;
        var result = new List<VType>();
        foreach (var name in names)
        {
            if (schema.TagTypeOf(name) is { } tag && !result.Any(t => VTypes.Same(t, tag)))
                result.Add(tag);
        }
        return result;
    }

    private TypeAnswer CheckHasTag(ImmutableHashSet<string> prior, BinaryExpr b) =>
        Expect(prior, b.Left, EntityType.AnyEntity).Then((entityType, _) =>
            Expect(prior, b.Right, StringType.Instance).Then((_, _) =>
            {
                if (entityType is not EntityType entity)
                    return TypeAnswer.Fail(null);
                var capability = TagCapability(b.Left, b.Right);
                var type = TagTypes(entity).Count == 0 ? BoolType.False
                    : prior.Contains(capability) ? BoolType.True : BoolType.Any;
                return TypeAnswer.Success(type, [capability]);
            }));

    private TypeAnswer CheckGetTag(ImmutableHashSet<string> prior, BinaryExpr b) =>
        Expect(prior, b.Left, EntityType.AnyEntity).Then((entityType, _) =>
            Expect(prior, b.Right, StringType.Instance).Then((_, _) =>
            {
                if (entityType is not EntityType entity)
                    return TypeAnswer.Fail(null);
                if (!prior.Contains(TagCapability(b.Left, b.Right)))
                {
                    Error(b, $"the tag may not be present on {DescribeAccess(entity)}: test it with hasTag before reading it");
                    return TypeAnswer.Fail(null);
                }
                var tags = TagTypes(entity);
                if (tags.Count == 0)
                {
                    Error(b, $"{DescribeAccess(entity)} has no tags in the schema");
                    return TypeAnswer.Fail(null);
                }
                var lub = VTypes.Lub(tags, strict: true, out var hint);
                if (lub is null)
                {
                    Error(b, $"the tag types {string.Join(", ", tags)} are not compatible" + (hint is null ? "" : $": {hint}"));
                    return TypeAnswer.Fail(null);
                }
                return TypeAnswer.Success(lub);
            }));

    private TypeAnswer CheckExtensionCall(ImmutableHashSet<string> prior, ExtensionCallExpr c)
    {
        var function = ExtensionFunctions.Find(c.Function);
        if (function is null)
        {
            Error(c, $"unknown extension function '{c.Function}'");
            foreach (var argument in c.Arguments)
                Check(prior, argument);
            return TypeAnswer.Fail(null);
        }
        var failed = false;
        if (c.Arguments.Length != function.Parameters.Length)
        {
            Error(c, $"'{c.Function}' takes {function.Parameters.Length} argument(s) but was given {c.Arguments.Length}");
            failed = true;
        }
        if (function.IsConstructor)
        {
            if (c.Arguments is [LiteralExpr { Value: StringValue text }] && !ExtensionLiterals.IsValid(c.Function, text.Value))
            {
                Error(c, $"{c.Function}({CedarStrings.Quote(text.Value)}) is not a valid {function.Returns} value");
                failed = true;
            }
            if (!c.Arguments.All(a => a is LiteralExpr))
            {
                Error(c, $"in strict validation the argument of the constructor '{c.Function}' must be a literal");
                failed = true;
            }
        }
        if (failed)
        {
            foreach (var argument in c.Arguments)
                Check(prior, argument);
            return TypeAnswer.Fail(function.Returns);
        }
        var anyFailed = false;
        for (var i = 0; i < c.Arguments.Length; i++)
            anyFailed |= !Expect(prior, c.Arguments[i], function.Parameters[i]).Ok;
        return anyFailed ? TypeAnswer.Fail(function.Returns) : TypeAnswer.Success(function.Returns);
    }
}
