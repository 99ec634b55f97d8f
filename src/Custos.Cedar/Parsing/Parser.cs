using System.Collections.Immutable;
using System.Globalization;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Values;

namespace Custos.Cedar.Parsing;

/// <summary>
/// Recursive-descent parser for Cedar policies, following the reference grammar (cedar-policy-core's
/// <c>grammar.lalrpop</c> and its CST-to-AST rules). On an error inside a policy it records a diagnostic and
/// resumes after the next <c>;</c>.
/// </summary>
internal sealed class Parser
{
    private static readonly FrozenSetOfStrings Reserved = new("true", "false", "if", "then", "else", "in", "is", "has", "like");
    private static readonly FrozenSetOfStrings BuiltinMethods = new("contains", "containsAll", "containsAny", "isEmpty", "getTag", "hasTag");
    private static readonly FrozenSetOfStrings ExtensionFunctions = new([.. ExtensionNames.Functions]);
    private static readonly FrozenSetOfStrings ExtensionMethods = new([.. ExtensionNames.Methods]);

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private readonly ImmutableArray<CedarDiagnostic>.Builder _errors = ImmutableArray.CreateBuilder<CedarDiagnostic>();
    private int _position;
    private int _depth;

    public Parser(SourceText source)
    {
        _source = source;
        _text = source.Text;
        var lexer = new Lexer(_text);
        Token token;
        do
        {
            token = lexer.Next();
            _tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);
        Comments = lexer.Comments;
    }

    public List<Token> Comments { get; }

    public ImmutableArray<CedarDiagnostic> Errors => _errors.ToImmutable();

    private Token Current => _tokens[_position];

    public (ImmutableArray<Policy> Policies, ImmutableArray<Policy> Templates) ParsePolicies(string idPrefix)
    {
        var policies = ImmutableArray.CreateBuilder<Policy>();
        var templates = ImmutableArray.CreateBuilder<Policy>();
        var index = 0;
        while (Current.Kind != TokenKind.End)
        {
            var id = idPrefix + index.ToString(CultureInfo.InvariantCulture);
            index++;
            try
            {
                var policy = ParsePolicy(id);
                (policy.IsTemplate ? templates : policies).Add(policy);
            }
            catch (SyntaxError error)
            {
                _errors.Add(_source.Error(error.Offset, error.Message) with { PolicyId = id });
                Recover();
            }
        }
        return (policies.ToImmutable(), templates.ToImmutable());
    }

    public Expr? ParseStandaloneExpression()
    {
        try
        {
            var expr = ParseExpr();
            if (Current.Kind != TokenKind.End)
                throw Expected("the end of the expression");
            return expr;
        }
        catch (SyntaxError error)
        {
            _errors.Add(_source.Error(error.Offset, error.Message));
            return null;
        }
    }

    private void Recover()
    {
        // Skip to just after the next ';' at brace depth zero, so the next policy parses on its own.
        var braces = 0;
        while (Current.Kind != TokenKind.End)
        {
            var kind = Current.Kind;
            _position++;
            if (kind is TokenKind.LBrace or TokenKind.LParen or TokenKind.LBracket)
                braces++;
            else if (kind is TokenKind.RBrace or TokenKind.RParen or TokenKind.RBracket)
                braces = Math.Max(0, braces - 1);
            else if (kind == TokenKind.Semicolon && braces == 0)
                return;
        }
    }

    // ---- policies ----

    private Policy ParsePolicy(string id)
    {
        var start = Current.Start;
        var annotations = ImmutableArray.CreateBuilder<Annotation>();
        while (Current.Kind == TokenKind.At)
        {
            var at = Current.Start;
            _position++;
            var key = ExpectIdentifier("an annotation name after '@'");
            var value = string.Empty;
            if (Current.Kind == TokenKind.LParen)
            {
                _position++;
                if (Current.Kind != TokenKind.String)
                    throw Expected("a string as the annotation's value, as in @" + key + "(\"…\")");
                value = ReadString(Current);
                _position++;
                Expect(TokenKind.RParen, "')' after the annotation's value");
            }
            foreach (var existing in annotations)
            {
                if (existing.Key == key)
                    throw new SyntaxError(at, $"duplicate annotation @{key}; each annotation may appear once per policy");
            }
            annotations.Add(new Annotation(key, value) { Span = new SourceSpan(at, _tokens[_position - 1].End) });
        }

        var effectToken = Current;
        var effectName = ExpectIdentifier("'permit' or 'forbid'");
        var effect = effectName switch
        {
            "permit" => Effect.Permit,
            "forbid" => Effect.Forbid,
            _ => throw new SyntaxError(effectToken.Start, $"'{effectName}' is not an effect; a policy starts with 'permit' or 'forbid'"),
        };
        Expect(TokenKind.LParen, "'(' after '" + effectName + "'");
        var principal = ParseScopeVariable("principal", out _);
        Expect(TokenKind.Comma, "',' after the principal constraint");
        var action = ParseActionConstraint();
        Expect(TokenKind.Comma, "',' after the action constraint");
        var resource = ParseScopeVariable("resource", out _);
        if (Current.Kind == TokenKind.Comma)
        {
            _position++;
            if (Current.Kind != TokenKind.RParen)
                throw new SyntaxError(Current.Start, "a policy scope has exactly three parts: principal, action, resource");
        }
        Expect(TokenKind.RParen, "')' after the resource constraint");

        var conditions = ImmutableArray.CreateBuilder<Condition>();
        while (Current.Kind == TokenKind.Identifier)
        {
            var condStart = Current.Start;
            var keyword = TokenText(Current);
            var kind = keyword switch
            {
                "when" => ConditionKind.When,
                "unless" => ConditionKind.Unless,
                _ => throw new SyntaxError(condStart, $"'{keyword}' is not a condition; write 'when {{ … }}' or 'unless {{ … }}'"),
            };
            _position++;
            Expect(TokenKind.LBrace, $"'{{' after '{keyword}'");
            if (Current.Kind == TokenKind.RBrace)
                throw new SyntaxError(Current.Start, $"the '{keyword}' condition is empty; write an expression between the braces");
            var body = ParseExpr();
            Expect(TokenKind.RBrace, $"'}}' closing the '{keyword}' condition");
            conditions.Add(new Condition(kind, body) { Span = new SourceSpan(condStart, _tokens[_position - 1].End) });
        }
        Expect(TokenKind.Semicolon, "';' at the end of the policy");
        return new Policy(id, effect, principal, action, resource, conditions.ToImmutable(), annotations.ToImmutable())
        {
            Span = new SourceSpan(start, _tokens[_position - 1].End),
        };
    }

    private ScopeConstraint ParseScopeVariable(string variable, out int start)
    {
        start = Current.Start;
        var name = ExpectIdentifier($"'{variable}'");
        if (name != variable)
            throw new SyntaxError(start, $"expected '{variable}' here, found '{name}'; the scope is (principal, action, resource) in that order");
        if (Current.Kind == TokenKind.Colon)
            throw new SyntaxError(Current.Start, $"type annotations like '{variable}: Type' are not Cedar; write '{variable} is Type'");
        var slot = variable == "principal" ? SlotId.Principal : SlotId.Resource;
        if (IsKeyword(Current, "is"))
        {
            _position++;
            var typeName = ParseName(out _);
            if (IsKeyword(Current, "in"))
            {
                _position++;
                var (entity, slotRef) = ParseScopeTarget(variable, slot);
                return new ScopeConstraint(ScopeOp.IsIn, entity, slotRef, typeName) { Span = new SourceSpan(start, _tokens[_position - 1].End) };
            }
            if (Current.Kind is TokenKind.Eq)
                throw new SyntaxError(Current.Start, $"'{variable} is T' cannot be followed by '=='; use 'is T in …' or a when clause");
            return new ScopeConstraint(ScopeOp.Is, null, null, typeName) { Span = new SourceSpan(start, _tokens[_position - 1].End) };
        }
        if (Current.Kind == TokenKind.Eq || IsKeyword(Current, "in"))
        {
            var op = Current.Kind == TokenKind.Eq ? ScopeOp.Eq : ScopeOp.In;
            _position++;
            var (entity, slotRef) = ParseScopeTarget(variable, slot);
            return new ScopeConstraint(op, entity, slotRef) { Span = new SourceSpan(start, _tokens[_position - 1].End) };
        }
        if (Current.Kind == TokenKind.Assign)
            throw new SyntaxError(Current.Start, "'=' is not an operator; write '==' for equality");
        if (Current.Kind is TokenKind.NotEq or TokenKind.Less or TokenKind.LessEq or TokenKind.Greater or TokenKind.GreaterEq)
            throw new SyntaxError(Current.Start, $"the {variable} constraint allows only '==', 'in' and 'is'; put other tests in a when clause");
        return ScopeConstraint.Any with { Span = new SourceSpan(start, _tokens[_position - 1].End) };
    }

    private (EntityUid? Entity, SlotId? Slot) ParseScopeTarget(string variable, SlotId slot)
    {
        if (Current.Kind == TokenKind.Question)
        {
            var at = Current.Start;
            _position++;
            var slotName = ExpectIdentifier("a slot name after '?'");
            if (slotName != variable)
                throw new SyntaxError(at, $"'?{slotName}' cannot appear in the {variable} constraint; only '?{variable}' can");
            return (null, slot);
        }
        if (Current.Kind == TokenKind.LBracket)
            throw new SyntaxError(Current.Start, $"the {variable} constraint takes one entity, not a set; sets are allowed only for the action");
        return (ParseEntityUid($"an entity like User::\"alice\" or the slot ?{variable}"), null);
    }

    private ActionConstraint ParseActionConstraint()
    {
        var start = Current.Start;
        var name = ExpectIdentifier("'action'");
        if (name != "action")
            throw new SyntaxError(start, $"expected 'action' here, found '{name}'; the scope is (principal, action, resource) in that order");
        if (IsKeyword(Current, "is"))
            throw new SyntaxError(Current.Start, "'is' is not allowed in the action constraint; use 'action == Action::\"…\"' or 'action in [...]'");
        if (Current.Kind == TokenKind.Eq)
        {
            _position++;
            if (Current.Kind == TokenKind.Question)
                throw new SyntaxError(Current.Start, "the action constraint cannot use a slot; templates have only ?principal and ?resource");
            var uid = ParseActionUid("an action like Action::\"view\"");
            return new ActionConstraint(ActionScopeOp.Eq, [uid]) { Span = new SourceSpan(start, _tokens[_position - 1].End) };
        }
        if (IsKeyword(Current, "in"))
        {
            _position++;
            if (Current.Kind == TokenKind.LBracket)
            {
                _position++;
                var uids = ImmutableArray.CreateBuilder<EntityUid>();
                while (Current.Kind != TokenKind.RBracket)
                {
                    uids.Add(ParseActionUid("an action like Action::\"view\""));
                    if (Current.Kind == TokenKind.Comma)
                        _position++;
                    else if (Current.Kind != TokenKind.RBracket)
                        throw Expected("',' or ']' in the list of actions");
                }
                _position++;
                return new ActionConstraint(ActionScopeOp.InSet, uids.ToImmutable()) { Span = new SourceSpan(start, _tokens[_position - 1].End) };
            }
            if (Current.Kind == TokenKind.Question)
                throw new SyntaxError(Current.Start, "the action constraint cannot use a slot; templates have only ?principal and ?resource");
            var group = ParseActionUid("an action like Action::\"view\" or a list [Action::\"a\", Action::\"b\"]");
            return new ActionConstraint(ActionScopeOp.In, [group]) { Span = new SourceSpan(start, _tokens[_position - 1].End) };
        }
        if (Current.Kind == TokenKind.Assign)
            throw new SyntaxError(Current.Start, "'=' is not an operator; write '==' for equality");
        return ActionConstraint.Any with { Span = new SourceSpan(start, _tokens[_position - 1].End) };
    }

    private EntityUid ParseActionUid(string what)
    {
        var start = Current.Start;
        var uid = ParseEntityUid(what);
        if (uid.Type != "Action" && !uid.Type.EndsWith("::Action", StringComparison.Ordinal))
            throw new SyntaxError(start, $"expected an entity uid with type Action but got {uid}; actions are of type Action or Namespace::Action");
        return uid;
    }

    private EntityUid ParseEntityUid(string what)
    {
        if (Current.Kind != TokenKind.Identifier)
            throw Expected(what);
        var type = ParseName(out var endsWithString, allowTrailingString: true);
        if (!endsWithString)
            throw new SyntaxError(Current.Start, $"expected {what}: an entity type followed by '::' and a quoted id");
        var id = ReadString(Current);
        _position++;
        return new EntityUid(type, id);
    }

    /// <summary>
    /// Reads <c>A::B::C</c>. With <paramref name="allowTrailingString"/>, stops before a final <c>::"id"</c> and
    /// reports it, leaving the string as the current token.
    /// </summary>
    private string ParseName(out bool endsWithString, bool allowTrailingString = false)
    {
        endsWithString = false;
        var first = Current;
        var name = ExpectIdentifier("a name");
        CheckNameSegment(first, name);
        while (Current.Kind == TokenKind.DoubleColon)
        {
            var next = _tokens[_position + 1];
            if (next.Kind == TokenKind.String && allowTrailingString)
            {
                _position++;
                endsWithString = true;
                return name;
            }
            _position++;
            var segmentToken = Current;
            var segment = ExpectIdentifier("a name after '::'");
            CheckNameSegment(segmentToken, segment);
            name = name + "::" + segment;
        }
        return name;
    }

    // Identifiers in names, attribute accesses, `has` paths and record keys: Cedar refuses the reserved words (`if`
    // included) and `__cedar` in all of these places; strings ("if", "__cedar") are fine where strings are allowed.
    private static void CheckNameSegment(Token token, string segment)
    {
        if (Reserved.Contains(segment))
            throw new SyntaxError(token.Start, $"this identifier is reserved and cannot be used: {segment}");
        if (segment == "__cedar")
            throw new SyntaxError(token.Start, "the name '__cedar' is reserved");
    }

    // ---- expressions ----

    private Expr ParseExpr()
    {
        Enter();
        try
        {
            if (IsKeyword(Current, "if"))
            {
                var start = Current.Start;
                _position++;
                var condition = ParseExpr();
                ExpectKeyword("then", "'then' after the if condition");
                var then = ParseExpr();
                ExpectKeyword("else", "'else' after the then branch; every if has an else");
                var otherwise = ParseExpr();
                return new IfExpr(condition, then, otherwise) { Span = SpanFrom(start) };
            }
            return ParseOr();
        }
        finally
        {
            _depth--;
        }
    }

    private Expr ParseOr()
    {
        var start = Current.Start;
        var left = ParseAnd();
        var chain = 0;
        while (Current.Kind == TokenKind.Or)
        {
            _position++;
            Deeper(ref chain);
            var right = ParseAnd();
            left = new OrExpr(left, right) { Span = SpanFrom(start) };
        }
        _depth -= chain;
        return left;
    }

    private Expr ParseAnd()
    {
        var start = Current.Start;
        var left = ParseRelation();
        var chain = 0;
        while (Current.Kind == TokenKind.And)
        {
            _position++;
            Deeper(ref chain);
            var right = ParseRelation();
            left = new AndExpr(left, right) { Span = SpanFrom(start) };
        }
        _depth -= chain;
        return left;
    }

    private Expr ParseRelation()
    {
        var start = Current.Start;
        var left = ParseAdd();
        var token = Current;
        BinaryOp? op = token.Kind switch
        {
            TokenKind.Eq => BinaryOp.Eq,
            TokenKind.NotEq => BinaryOp.NotEq,
            TokenKind.Less => BinaryOp.Less,
            TokenKind.LessEq => BinaryOp.LessEq,
            TokenKind.Greater => BinaryOp.Greater,
            TokenKind.GreaterEq => BinaryOp.GreaterEq,
            _ => null,
        };
        if (op is null && IsKeyword(token, "in"))
            op = BinaryOp.In;
        if (token.Kind == TokenKind.Assign)
            throw new SyntaxError(token.Start, "'=' is not an operator; write '==' for equality");
        if (op is not null)
        {
            _position++;
            Enter();
            var right = ParseAdd();
            _depth--;
            if (IsRelationOperator(Current))
                throw new SyntaxError(Current.Start, "comparison operators do not chain; add parentheses or split with '&&'");
            return new BinaryExpr(op.Value, left, right) { Span = SpanFrom(start) };
        }
        if (IsKeyword(token, "has"))
        {
            _position++;
            return ParseHas(left, start);
        }
        if (IsKeyword(token, "like"))
        {
            _position++;
            if (Current.Kind != TokenKind.String)
                throw Expected("a string pattern after 'like', as in \"*.pdf\"");
            var patternToken = Current;
            var body = StringBody(patternToken);
            var segments = StringEscapes.UnescapePattern(body, out var errorOffset, out var error)
                ?? throw new SyntaxError(patternToken.Start + 1 + errorOffset, error!);
            _position++;
            if (IsRelationOperator(Current))
                throw new SyntaxError(Current.Start, "a 'like' test cannot be followed by another comparison; add parentheses");
            return new LikeExpr(left, new Pattern(segments)) { Span = SpanFrom(start) };
        }
        if (IsKeyword(token, "is"))
        {
            _position++;
            if (Current.Kind != TokenKind.Identifier)
                throw Expected("an entity type after 'is'");
            var typeName = ParseName(out _);
            Expr result = new IsExpr(left, typeName) { Span = SpanFrom(start) };
            if (IsKeyword(Current, "in"))
            {
                _position++;
                Enter();
                var container = ParseAdd();
                _depth--;
                result = new AndExpr(result, new BinaryExpr(BinaryOp.In, left, container) { Span = SpanFrom(start) }) { Span = SpanFrom(start) };
            }
            if (IsRelationOperator(Current))
                throw new SyntaxError(Current.Start, "an 'is' test cannot be followed by another comparison; add parentheses");
            return result;
        }
        return left;
    }

    private Expr ParseHas(Expr target, int start)
    {
        // x has a, x has "a b", x has a.b.c (meaning x has a && x.a has b && x.a.b has c).
        if (Current.Kind == TokenKind.String)
        {
            var attribute = ReadString(Current);
            _position++;
            if (Current.Kind is TokenKind.Dot or TokenKind.LBracket or TokenKind.LParen)
                throw new SyntaxError(Current.Start, "after 'has \"…\"' nothing may follow; write 'has a.b' with identifiers for a nested test");
            return new HasAttrExpr(target, attribute) { Span = SpanFrom(start) };
        }
        if (Current.Kind != TokenKind.Identifier)
            throw Expected("an attribute name or string after 'has'");
        var path = new List<string>();
        var first = TokenText(Current);
        CheckNameSegment(Current, first);
        path.Add(first);
        _position++;
        while (Current.Kind == TokenKind.Dot)
        {
            _position++;
            var segmentToken = Current;
            var segment = ExpectIdentifier("an attribute name after '.'");
            CheckNameSegment(segmentToken, segment);
            path.Add(segment);
            if (_depth + (2 * path.Count) > ParseLimits.MaxDepth)
                throw new SyntaxError(segmentToken.Start, $"the expression is nested more than {ParseLimits.MaxDepth} levels deep; split it into simpler policies");
        }
        if (Current.Kind is TokenKind.LBracket or TokenKind.LParen or TokenKind.DoubleColon)
            throw new SyntaxError(Current.Start, "the right side of 'has' must be an attribute name, a string, or a path like a.b.c");
        Expr result = new HasAttrExpr(target, path[0]) { Span = SpanFrom(start) };
        var prefix = target;
        for (var i = 1; i < path.Count; i++)
        {
            prefix = new GetAttrExpr(prefix, path[i - 1]) { Span = SpanFrom(start) };
            result = new AndExpr(result, new HasAttrExpr(prefix, path[i]) { Span = SpanFrom(start) }) { Span = SpanFrom(start) };
        }
        return result;
    }

    private Expr ParseAdd()
    {
        var start = Current.Start;
        var left = ParseMult();
        var chain = 0;
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Current.Kind == TokenKind.Plus ? BinaryOp.Add : BinaryOp.Sub;
            _position++;
            Deeper(ref chain);
            var right = ParseMult();
            left = new BinaryExpr(op, left, right) { Span = SpanFrom(start) };
        }
        _depth -= chain;
        return left;
    }

    private Expr ParseMult()
    {
        var start = Current.Start;
        var left = ParseUnary();
        var chain = 0;
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            if (Current.Kind == TokenKind.Slash)
                throw new SyntaxError(Current.Start, "division is not supported in Cedar");
            if (Current.Kind == TokenKind.Percent)
                throw new SyntaxError(Current.Start, "remainder is not supported in Cedar");
            _position++;
            Deeper(ref chain);
            var right = ParseUnary();
            left = new BinaryExpr(BinaryOp.Mul, left, right) { Span = SpanFrom(start) };
        }
        _depth -= chain;
        return left;
    }

    private Expr ParseUnary()
    {
        var start = Current.Start;
        var kind = Current.Kind;
        if (kind is not (TokenKind.Not or TokenKind.Minus))
            return ParseMember();
        var count = 0;
        while (Current.Kind == kind)
        {
            count++;
            _position++;
        }
        if (count > 4)
            throw new SyntaxError(start, $"too many '{(kind == TokenKind.Not ? "!" : "-")}' in a row; Cedar allows at most four");
        Enter();
        try
        {
            if (kind == TokenKind.Minus && Current.Kind == TokenKind.Integer && !IsAccessAfter(_position + 1))
            {
                // A negative literal: fold one '-' into the number so -9223372036854775808 is representable.
                var digitsToken = Current;
                var digits = TokenText(digitsToken);
                _position++;
                if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var magnitude) || magnitude > (ulong)long.MaxValue + 1)
                    throw new SyntaxError(digitsToken.Start, $"integer literal {digits} is too large; a Cedar long is between -9223372036854775808 and 9223372036854775807");
                var value = magnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)magnitude;
                Expr folded = new LiteralExpr(LongValue.Of(value)) { Span = new SourceSpan(start, digitsToken.End) };
                for (var i = 1; i < count; i++)
                    folded = new UnaryExpr(UnaryOp.Neg, folded) { Span = SpanFrom(start) };
                return folded;
            }
            var operand = ParseMember();
            var op = kind == TokenKind.Not ? UnaryOp.Not : UnaryOp.Neg;
            for (var i = 0; i < count; i++)
                operand = new UnaryExpr(op, operand) { Span = SpanFrom(start) };
            return operand;
        }
        finally
        {
            _depth--;
        }
    }

    private bool IsAccessAfter(int index) => _tokens[index].Kind is TokenKind.Dot or TokenKind.LBracket or TokenKind.LParen;

    private Expr ParseMember()
    {
        var start = Current.Start;
        var chain = 0;
        var (head, isVariable, name, nameToken) = ParsePrimary();
        if (name is not null)
        {
            // A bare name is only meaningful as a function being called.
            if (Current.Kind != TokenKind.LParen)
            {
                if (Current.Kind == TokenKind.Dot)
                {
                    var fieldIndex = _position + 1;
                    if (_tokens[fieldIndex].Kind == TokenKind.Identifier && _tokens[fieldIndex + 1].Kind == TokenKind.LParen)
                        throw new SyntaxError(nameToken.Start, $"'{name}' is not a value, so it has no methods; methods are called on expressions like context.x.contains(…)");
                    throw new SyntaxError(nameToken.Start, $"'{name}' is not a variable; the variables are principal, action, resource and context");
                }
                if (Current.Kind == TokenKind.LBracket)
                    throw new SyntaxError(nameToken.Start, $"'{name}' is not a variable; the variables are principal, action, resource and context");
                throw new SyntaxError(nameToken.Start, $"unknown identifier '{name}'; the variables are principal, action, resource and context, and entities are written Type::\"id\"");
            }
            head = ParseFunctionCall(name, nameToken);
        }
        else if (isVariable && Current.Kind == TokenKind.LParen)
        {
            throw new SyntaxError(start, $"'{TokenText(nameToken)}' is a variable, not a function");
        }

        while (true)
        {
            if (Current.Kind == TokenKind.Dot)
            {
                _position++;
                var fieldToken = Current;
                var field = ExpectIdentifier("an attribute or method name after '.'");
                CheckNameSegment(fieldToken, field);
                Deeper(ref chain);
                if (Current.Kind == TokenKind.LParen)
                {
                    head = ParseMethodCall(head, field, fieldToken, start);
                }
                else
                {
                    head = new GetAttrExpr(head, field) { Span = SpanFrom(start) };
                }
            }
            else if (Current.Kind == TokenKind.LBracket)
            {
                _position++;
                if (Current.Kind != TokenKind.String)
                    throw Expected("a string in brackets, as in context[\"key\"]; only string literals can index a record");
                var attribute = ReadString(Current);
                _position++;
                Expect(TokenKind.RBracket, "']' after the attribute name");
                Deeper(ref chain);
                head = new GetAttrExpr(head, attribute) { Span = SpanFrom(start) };
            }
            else if (Current.Kind == TokenKind.LParen)
            {
                throw new SyntaxError(Current.Start, "only functions and methods can be called; this expression is not one");
            }
            else
            {
                break;
            }
        }
        _depth -= chain;
        return head;
    }

    private Expr ParseMethodCall(Expr target, string method, Token methodToken, int start)
    {
        var args = ParseArguments();
        if (BuiltinMethods.Contains(method))
        {
            if (method == "isEmpty")
            {
                if (args.Length != 0)
                    throw new SyntaxError(methodToken.Start, $"isEmpty takes no arguments, {args.Length} given");
                return new UnaryExpr(UnaryOp.IsEmpty, target) { Span = SpanFrom(start) };
            }
            if (args.Length != 1)
                throw new SyntaxError(methodToken.Start, $"{method} takes one argument, {args.Length} given");
            var op = method switch
            {
                "contains" => BinaryOp.Contains,
                "containsAll" => BinaryOp.ContainsAll,
                "containsAny" => BinaryOp.ContainsAny,
                "getTag" => BinaryOp.GetTag,
                _ => BinaryOp.HasTag,
            };
            return new BinaryExpr(op, target, args[0]) { Span = SpanFrom(start) };
        }
        if (ExtensionMethods.Contains(method))
            return new ExtensionCallExpr(method, [target, .. args], IsMethod: true) { Span = SpanFrom(start) };
        if (ExtensionFunctions.Contains(method))
            throw new SyntaxError(methodToken.Start, $"'{method}' is a function, not a method; call it as {method}(\"…\")");
        throw new SyntaxError(methodToken.Start, $"'{method}' is not a method Cedar knows{Suggest(method, BuiltinMethods, ExtensionMethods)}");
    }

    private ExtensionCallExpr ParseFunctionCall(string name, Token nameToken)
    {
        var start = nameToken.Start;
        if (!name.Contains("::", StringComparison.Ordinal) && (ExtensionMethods.Contains(name) || BuiltinMethods.Contains(name)))
            throw new SyntaxError(start, $"'{name}' is a method, not a function; call it as value.{name}(…)");
        if (!ExtensionFunctions.Contains(name))
            throw new SyntaxError(start, $"'{name}' is not a function Cedar knows{Suggest(name, ExtensionFunctions, ExtensionFunctions)}");
        var args = ParseArguments();
        return new ExtensionCallExpr(name, args, IsMethod: false) { Span = SpanFrom(start) };
    }

    private ImmutableArray<Expr> ParseArguments()
    {
        Expect(TokenKind.LParen, "'('");
        var args = ImmutableArray.CreateBuilder<Expr>();
        while (Current.Kind != TokenKind.RParen)
        {
            args.Add(ParseExpr());
            if (Current.Kind == TokenKind.Comma)
                _position++;
            else if (Current.Kind != TokenKind.RParen)
                throw Expected("',' or ')' in the argument list");
        }
        _position++;
        return args.ToImmutable();
    }

    /// <summary>A primary; for a bare name (not a variable) returns it in <c>Name</c> for the caller to resolve.</summary>
    private (Expr Expr, bool IsVariable, string? Name, Token NameToken) ParsePrimary()
    {
        var token = Current;
        var start = token.Start;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            {
                _position++;
                var digits = TokenText(token);
                if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                    throw new SyntaxError(start, $"integer literal {digits} is too large; a Cedar long is at most 9223372036854775807");
                return (new LiteralExpr(LongValue.Of(value)) { Span = new SourceSpan(start, token.End) }, false, null, token);
            }
            case TokenKind.String:
            {
                var value = ReadString(token);
                _position++;
                return (new LiteralExpr(new StringValue(value)) { Span = new SourceSpan(start, token.End) }, false, null, token);
            }
            case TokenKind.Question:
            {
                _position++;
                var slot = ExpectIdentifier("a slot name after '?'");
                throw new SyntaxError(start, slot is "principal" or "resource"
                    ? $"the slot ?{slot} may appear only in the policy scope, not in a condition"
                    : $"'?{slot}' is not a slot; templates have only ?principal and ?resource");
            }
            case TokenKind.LParen:
            {
                _position++;
                Enter();
                var inner = ParseExpr();
                _depth--;
                Expect(TokenKind.RParen, "')'");
                return (inner, false, null, token);
            }
            case TokenKind.LBracket:
            {
                _position++;
                Enter();
                var elements = ImmutableArray.CreateBuilder<Expr>();
                while (Current.Kind != TokenKind.RBracket)
                {
                    elements.Add(ParseExpr());
                    if (Current.Kind == TokenKind.Comma)
                        _position++;
                    else if (Current.Kind != TokenKind.RBracket)
                        throw Expected("',' or ']' in the set");
                }
                _position++;
                _depth--;
                return (new SetExpr(elements.ToImmutable()) { Span = SpanFrom(start) }, false, null, token);
            }
            case TokenKind.LBrace:
                return (ParseRecord(), false, null, token);
            case TokenKind.Identifier:
                return ParseNamePrimary();
            default:
                throw Expected("an expression");
        }
    }

    private (Expr Expr, bool IsVariable, string? Name, Token NameToken) ParseNamePrimary()
    {
        var token = Current;
        var text = TokenText(token);
        var next = _tokens[_position + 1];
        if (next.Kind != TokenKind.DoubleColon)
        {
            switch (text)
            {
                case "true":
                    _position++;
                    return (new LiteralExpr(BoolValue.True) { Span = new SourceSpan(token.Start, token.End) }, false, null, token);
                case "false":
                    _position++;
                    return (new LiteralExpr(BoolValue.False) { Span = new SourceSpan(token.Start, token.End) }, false, null, token);
                case "principal" or "action" or "resource" or "context":
                    _position++;
                    var variable = text switch
                    {
                        "principal" => Variable.Principal,
                        "action" => Variable.Action,
                        "resource" => Variable.Resource,
                        _ => Variable.Context,
                    };
                    return (new VariableExpr(variable) { Span = new SourceSpan(token.Start, token.End) }, true, null, token);
                default:
                    if (Reserved.Contains(text))
                        throw new SyntaxError(token.Start, $"this identifier is reserved and cannot be used: {text}");
                    _position++;
                    return (null!, false, text, token);
            }
        }
        var name = ParseName(out var endsWithString, allowTrailingString: true);
        if (endsWithString)
        {
            var id = ReadString(Current);
            _position++;
            return (new LiteralExpr(new EntityValue(new EntityUid(name, id))) { Span = SpanFrom(token.Start) }, false, null, token);
        }
        if (Current.Kind == TokenKind.LBrace)
            throw new SyntaxError(Current.Start, "entity references in braces are not supported; write Type::\"id\"");
        return (null!, false, name, token);
    }

    private RecordExpr ParseRecord()
    {
        var start = Current.Start;
        _position++;
        Enter();
        var fields = ImmutableArray.CreateBuilder<KeyValuePair<string, Expr>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (Current.Kind != TokenKind.RBrace)
        {
            var keyToken = Current;
            string key;
            if (keyToken.Kind == TokenKind.String)
            {
                key = ReadString(keyToken);
            }
            else if (keyToken.Kind == TokenKind.Identifier && _tokens[_position + 1].Kind == TokenKind.Colon)
            {
                key = TokenText(keyToken);
                CheckNameSegment(keyToken, key);
            }
            else
            {
                throw Expected("a record key (an identifier or a string) followed by ':'");
            }
            _position++;
            Expect(TokenKind.Colon, "':' after the record key");
            var value = ParseExpr();
            if (!keys.Add(key))
                throw new SyntaxError(keyToken.Start, $"duplicate key {CedarStrings.Quote(key)} in record literal; each key may appear once");
            fields.Add(new KeyValuePair<string, Expr>(key, value));
            if (Current.Kind == TokenKind.Comma)
                _position++;
            else if (Current.Kind != TokenKind.RBrace)
                throw Expected("',' or '}' in the record");
        }
        _position++;
        _depth--;
        return new RecordExpr(fields.ToImmutable()) { Span = SpanFrom(start) };
    }

    // ---- helpers ----

    private void Enter()
    {
        if (++_depth > ParseLimits.MaxDepth)
            throw new SyntaxError(Current.Start, $"the expression is nested more than {ParseLimits.MaxDepth} levels deep; split it into simpler policies");
    }

    private void Deeper(ref int chain)
    {
        chain++;
        if (++_depth > ParseLimits.MaxDepth)
            throw new SyntaxError(Current.Start, $"the expression is nested more than {ParseLimits.MaxDepth} levels deep; split it into simpler policies");
    }

    private SourceSpan SpanFrom(int start) => new(start, _tokens[Math.Max(0, _position - 1)].End);

    private static bool IsRelationOperator(Token token) =>
        token.Kind is TokenKind.Eq or TokenKind.NotEq or TokenKind.Less or TokenKind.LessEq or TokenKind.Greater or TokenKind.GreaterEq;

    private bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Identifier && _text.AsSpan(token.Start, token.Length).SequenceEqual(keyword);

    private string TokenText(Token token) => _text.Substring(token.Start, token.Length);

    private ReadOnlySpan<char> StringBody(Token token)
    {
        if (token.Length < 2 || _text[token.End - 1] != '"' || (token.Length >= 2 && IsEscapedQuote(token)))
            throw new SyntaxError(token.Start, "unterminated string; close it with '\"'");
        return _text.AsSpan(token.Start + 1, token.Length - 2);
    }

    private bool IsEscapedQuote(Token token)
    {
        // The lexer ends an unterminated string at the end of input; a final '"' preceded by an odd run of
        // backslashes is escaped, so the string is still open.
        var backslashes = 0;
        for (var i = token.End - 2; i > token.Start && _text[i] == '\\'; i--)
            backslashes++;
        return backslashes % 2 == 1;
    }

    private string ReadString(Token token)
    {
        var body = StringBody(token);
        return StringEscapes.Unescape(body, out var errorOffset, out var error)
            ?? throw new SyntaxError(token.Start + 1 + errorOffset, error!);
    }

    private string ExpectIdentifier(string what)
    {
        if (Current.Kind != TokenKind.Identifier)
            throw Expected(what);
        var text = TokenText(Current);
        _position++;
        return text;
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
            throw Expected(what);
        _position++;
    }

    private void ExpectKeyword(string keyword, string what)
    {
        if (!IsKeyword(Current, keyword))
            throw Expected(what);
        _position++;
    }

    private SyntaxError Expected(string what)
    {
        var token = Current;
        var found = token.Kind switch
        {
            TokenKind.End => "the end of the input",
            TokenKind.String => "a string",
            TokenKind.Integer => "a number",
            TokenKind.Invalid => $"the character '{TokenText(token)}', which Cedar does not use",
            _ => $"'{TokenText(token)}'",
        };
        return new SyntaxError(token.Start, $"expected {what}, found {found}");
    }

    private static string Suggest(string name, FrozenSetOfStrings first, FrozenSetOfStrings second) =>
        Suggestions.Closest(name, first.Items.Concat(second.Items)) is { } best ? $"; did you mean '{best}'?" : string.Empty;

    /// <summary>A parse failure at an offset; caught per policy and turned into a diagnostic.</summary>
    private sealed class SyntaxError(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
