using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema.Raw;

namespace Custos.Cedar.Schema.Text;

/// <summary>
/// Recursive-descent parser of the human-readable schema syntax (the grammar of Cedar's <c>grammar.lalrpop</c>) into
/// raw namespaces. It stops at the first syntax error, which it records with what was expected; nesting is bounded.
/// </summary>
internal sealed class SchemaTextParser
{
    internal const int MaxDepth = 64;

    private readonly List<SchemaToken> _tokens;
    private readonly SourceText _source;
    private readonly List<CedarDiagnostic> _diagnostics;
    private int _position;
    private bool _failed;

    private SchemaTextParser(List<SchemaToken> tokens, SourceText source, List<CedarDiagnostic> diagnostics)
    {
        _tokens = tokens;
        _source = source;
        _diagnostics = diagnostics;
    }

    public static List<RawNamespace>? Parse(List<SchemaToken> tokens, SourceText source, List<CedarDiagnostic> diagnostics)
    {
        var parser = new SchemaTextParser(tokens, source, diagnostics);
        var namespaces = parser.ParseSchema();
        return parser._failed ? null : namespaces;
    }

    private SchemaToken Current => _tokens[_position];

    private SchemaToken Peek(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private SchemaToken Advance()
    {
        var token = _tokens[_position];
        if (_position < _tokens.Count - 1)
            _position++;
        return token;
    }

    private void Fail(string expected) => Fail(Current.Offset, $"expected {expected}, found {Current.Describe()}");

    private void Fail(int offset, string message)
    {
        if (_failed)
            return;
        _failed = true;
        _diagnostics.Add(_source.Error(offset, message));
    }

    private bool Accept(string punctuation)
    {
        if (Current.Kind == SchemaTokenKind.Punctuation && Current.Text == punctuation)
        {
            Advance();
            return true;
        }
        return false;
    }

    private bool AcceptWord(string word)
    {
        if (Current.Kind == SchemaTokenKind.Identifier && Current.Text == word)
        {
            Advance();
            return true;
        }
        return false;
    }

    private bool Expect(string punctuation, string? expected = null)
    {
        if (Accept(punctuation))
            return true;
        Fail(expected ?? $"'{punctuation}'");
        return false;
    }

    private bool IsPunctuation(string punctuation) => Current.Kind == SchemaTokenKind.Punctuation && Current.Text == punctuation;

    private List<RawNamespace> ParseSchema()
    {
        var namespaces = new List<RawNamespace>();
        RawNamespace? empty = null;
        while (!_failed && Current.Kind != SchemaTokenKind.End)
        {
            var annotationsAt = Current.Offset;
            ParseAnnotations();
            if (_failed)
                break;
            if (Current.Is("namespace") && Current.Kind == SchemaTokenKind.Identifier)
            {
                var start = Advance().Offset;
                var path = ParsePath("a namespace name");
                if (path is null || !Expect("{"))
                    break;
                var ns = new RawNamespace(path.Name, path.Offset);
                while (!_failed && !IsPunctuation("}"))
                {
                    if (Current.Kind == SchemaTokenKind.End)
                    {
                        Fail("'}' closing the namespace");
                        break;
                    }
                    ParseAnnotations();
                    ParseDeclaration(ns);
                }
                if (_failed)
                    break;
                Advance();
                _ = start;
                namespaces.Add(ns);
            }
            else
            {
                if (empty is null)
                {
                    empty = new RawNamespace(null, annotationsAt);
                    namespaces.Add(empty);
                }
                ParseDeclaration(empty);
            }
        }
        return namespaces;
    }

    /// <summary>Annotations (<c>@key("value")</c>) are accepted and checked for duplicates; the schema model does not keep them.</summary>
    private void ParseAnnotations()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (!_failed && IsPunctuation("@"))
        {
            Advance();
            if (Current.Kind != SchemaTokenKind.Identifier)
            {
                Fail("an annotation name after '@'");
                return;
            }
            var key = Advance();
            if (!keys.Add(key.Text))
            {
                Fail(key.Offset, $"duplicate annotation '@{key.Text}': expected each annotation at most once");
                return;
            }
            if (Accept("("))
            {
                if (Current.Kind != SchemaTokenKind.String)
                {
                    Fail("a string as the annotation value");
                    return;
                }
                Advance();
                Expect(")");
            }
        }
    }

    private void ParseDeclaration(RawNamespace ns)
    {
        if (Current.Kind == SchemaTokenKind.Identifier)
        {
            switch (Current.Text)
            {
                case "entity":
                    Advance();
                    ParseEntity(ns);
                    return;
                case "action":
                    Advance();
                    ParseAction(ns);
                    return;
                case "type":
                    Advance();
                    ParseCommonType(ns);
                    return;
            }
        }
        Fail("a declaration ('entity', 'action' or 'type')" + (ns.Name is null ? " or 'namespace'" : ""));
    }

    private RawName? ParseIdent(string what)
    {
        if (Current.Kind != SchemaTokenKind.Identifier)
        {
            Fail(what);
            return null;
        }
        if (SchemaNames.ReservedIdentifiers.Contains(Current.Text))
        {
            Fail(Current.Offset, $"'{Current.Text}' is a reserved word: expected {what}");
            return null;
        }
        var token = Advance();
        return new RawName(token.Text, token.Offset);
    }

    private RawName? ParsePath(string what)
    {
        var first = ParseIdent(what);
        if (first is null)
            return null;
        var name = first.Name;
        while (IsPunctuation("::") && Peek(1).Kind == SchemaTokenKind.Identifier)
        {
            Advance();
            var next = ParseIdent("an identifier after '::'");
            if (next is null)
                return null;
            name += "::" + next.Name;
        }
        return first with { Name = name };
    }

    /// <summary>Name := IDENT | STR (attribute and action names).</summary>
    private RawName? ParseName(string what)
    {
        if (Current.Kind == SchemaTokenKind.String)
        {
            var token = Advance();
            return new RawName(token.Value, token.Offset);
        }
        return ParseIdent(what);
    }

    private void ParseEntity(RawNamespace ns)
    {
        var names = new List<RawName>();
        do
        {
            var name = ParseIdent("an entity type name");
            if (name is null)
                return;
            names.Add(name);
        }
        while (Accept(","));

        if (AcceptWord("enum"))
        {
            if (!Expect("[", "'[' starting the list of enumerated ids"))
                return;
            var ids = new List<string>();
            do
            {
                if (Current.Kind != SchemaTokenKind.String)
                {
                    Fail("a string id of the enumerated entity type");
                    return;
                }
                ids.Add(Advance().Value);
            }
            while (Accept(","));
            if (!Expect("]") || !Expect(";", "';' ending the entity declaration"))
                return;
            foreach (var name in names)
                ns.Entities.Add(new RawEntityDecl(name, [], null, null, ids));
            return;
        }

        var memberOf = new List<RawName>();
        if (AcceptWord("in"))
        {
            var types = ParseEntityTypes();
            if (types is null)
                return;
            memberOf.AddRange(types);
        }
        RawType? shape = null;
        var hadEquals = Accept("=");
        if (hadEquals || IsPunctuation("{"))
        {
            if (!IsPunctuation("{"))
            {
                Fail("'{' starting the entity's attributes");
                return;
            }
            shape = ParseRecord(0);
            if (shape is null)
                return;
        }
        RawType? tags = null;
        if (AcceptWord("tags"))
        {
            tags = ParseType(0);
            if (tags is null)
                return;
        }
        if (!Expect(";", "';' ending the entity declaration"))
            return;
        foreach (var name in names)
            ns.Entities.Add(new RawEntityDecl(name, memberOf, shape, tags, null));
    }

    /// <summary>EntTypes := Path | '[' [Path {',' Path}] ']'</summary>
    private List<RawName>? ParseEntityTypes()
    {
        var types = new List<RawName>();
        if (Accept("["))
        {
            if (Accept("]"))
                return types;
            do
            {
                var path = ParsePath("an entity type name");
                if (path is null)
                    return null;
                types.Add(path);
            }
            while (Accept(","));
            return Expect("]", "',' or ']'") ? types : null;
        }
        var single = ParsePath("an entity type name or '['");
        if (single is null)
            return null;
        types.Add(single);
        return types;
    }

    private void ParseAction(RawNamespace ns)
    {
        var names = new List<RawName>();
        do
        {
            var name = ParseName("an action name (an identifier or a string)");
            if (name is null)
                return;
            names.Add(name);
        }
        while (Accept(","));

        var parents = new List<RawActionRef>();
        if (AcceptWord("in"))
        {
            if (Accept("["))
            {
                do
                {
                    var parent = ParseQualName();
                    if (parent is null)
                        return;
                    parents.Add(parent);
                }
                while (Accept(","));
                if (!Expect("]", "',' or ']'"))
                    return;
            }
            else
            {
                var parent = ParseQualName();
                if (parent is null)
                    return;
                parents.Add(parent);
            }
        }
        RawAppliesTo? appliesTo = null;
        if (AcceptWord("appliesTo"))
        {
            appliesTo = ParseAppliesTo(names[0]);
            if (appliesTo is null)
                return;
        }
        if (AcceptWord("attributes"))
        {
            if (!Expect("{") || !Expect("}", "'}': action attributes are not supported"))
                return;
        }
        if (!Expect(";", "';' ending the action declaration"))
            return;
        foreach (var name in names)
            ns.Actions.Add(new RawActionDecl(name, parents, appliesTo));
    }

    /// <summary>QualName := Name | Path '::' STR</summary>
    private RawActionRef? ParseQualName()
    {
        var start = Current.Offset;
        if (Current.Kind == SchemaTokenKind.String)
            return new RawActionRef(null, Advance().Value, start);
        var first = ParseIdent("an action name or a qualified action such as Action::\"view\"");
        if (first is null)
            return null;
        if (!IsPunctuation("::"))
            return new RawActionRef(null, first.Name, start);
        var path = first.Name;
        while (Accept("::"))
        {
            if (Current.Kind == SchemaTokenKind.String)
                return new RawActionRef(path, Advance().Value, start);
            var next = ParseIdent("an identifier or a string after '::'");
            if (next is null)
                return null;
            path += "::" + next.Name;
        }
        Fail("'::' and the action id as a string");
        return null;
    }

    private RawAppliesTo? ParseAppliesTo(RawName action)
    {
        if (!Expect("{", "'{' after appliesTo"))
            return null;
        List<RawName>? principals = null;
        List<RawName>? resources = null;
        RawType? context = null;
        var sawContext = false;
        do
        {
            if (IsPunctuation("}") && (principals is not null || resources is not null || sawContext))
                break;
            if (Current.Kind != SchemaTokenKind.Identifier || Current.Text is not ("principal" or "resource" or "context"))
            {
                Fail("'principal', 'resource' or 'context'");
                return null;
            }
            var key = Advance();
            if (!Expect(":", $"':' after '{key.Text}'"))
                return null;
            if (key.Text == "context")
            {
                if (sawContext)
                {
                    Fail(key.Offset, $"the action '{action.Name}' declares its context twice: expected one context");
                    return null;
                }
                sawContext = true;
                context = IsPunctuation("{") ? ParseRecord(0) : ParseNamedType();
                if (context is null)
                    return null;
                continue;
            }
            var types = ParseEntityTypes();
            if (types is null)
                return null;
            if (types.Count == 0)
            {
                Fail(key.Offset, $"the action '{action.Name}' has an empty {key.Text} list: expected at least one {key.Text} type (omit appliesTo for an action that applies to nothing)");
                return null;
            }
            if ((key.Text == "principal" ? principals : resources) is not null)
            {
                Fail(key.Offset, $"the action '{action.Name}' declares its {key.Text} types twice: expected one {key.Text} list");
                return null;
            }
            if (key.Text == "principal")
                principals = types;
            else
                resources = types;
        }
        while (Accept(","));
        if (!Expect("}", "',' or '}' closing appliesTo"))
            return null;
        if (principals is null || resources is null)
        {
            Fail(action.Offset, $"the action '{action.Name}' has appliesTo without {(principals is null ? "principal" : "resource")} types: expected both 'principal' and 'resource'");
            return null;
        }
        return new RawAppliesTo(principals, resources, context);
    }

    private void ParseCommonType(RawNamespace ns)
    {
        var name = ParseIdent("a common type name");
        if (name is null || !Expect("=", "'=' after the type name"))
            return;
        var type = ParseType(0);
        if (type is null || !Expect(";", "';' ending the type declaration"))
            return;
        ns.CommonTypes.Add(new RawCommonTypeDecl(name, type));
    }

    private RawNamedType? ParseNamedType()
    {
        var path = ParsePath("a type name");
        return path is null ? null : new RawNamedType(path.Name) { Offset = path.Offset };
    }

    /// <summary>Type := Path | 'Set' '&lt;' Type '&gt;' | '{' AttrDecls '}'</summary>
    private RawType? ParseType(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail(Current.Offset, $"the type is nested more than {MaxDepth} levels deep: expected a simpler type");
            return null;
        }
        if (IsPunctuation("{"))
            return ParseRecord(depth);
        if (Current.Kind == SchemaTokenKind.Identifier && Current.Text == "Set" && Peek(1).Is("<"))
        {
            var start = Advance().Offset;
            Advance();
            var element = ParseType(depth + 1);
            if (element is null || !Expect(">", "'>' closing Set<"))
                return null;
            return new RawSetType(element) { Offset = start };
        }
        if (Current.Kind != SchemaTokenKind.Identifier)
        {
            Fail("a type (a type name, Set<…> or a record {…})");
            return null;
        }
        return ParseNamedType();
    }

    private RawRecordType? ParseRecord(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail(Current.Offset, $"the type is nested more than {MaxDepth} levels deep: expected a simpler type");
            return null;
        }
        var start = Current.Offset;
        if (!Expect("{"))
            return null;
        var attributes = new List<RawAttribute>();
        while (!IsPunctuation("}"))
        {
            ParseAnnotations();
            if (_failed)
                return null;
            var name = ParseName("an attribute name (an identifier or a string) or '}'");
            if (name is null)
                return null;
            var optional = Accept("?");
            if (!Expect(":", "':' after the attribute name"))
                return null;
            var type = ParseType(depth + 1);
            if (type is null)
                return null;
            attributes.Add(new RawAttribute(name.Name, type, !optional, name.Offset));
            if (!Accept(","))
                break;
        }
        if (!Expect("}", "',' or '}' closing the record"))
            return null;
        return new RawRecordType(attributes, false) { Offset = start };
    }
}
