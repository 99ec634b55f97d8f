using System.Collections.Immutable;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema.Raw;
using Custos.Cedar.Values;

namespace Custos.Cedar.Schema;

/// <summary>
/// Turns the raw declarations of either schema syntax into a <see cref="CedarSchema"/> as Cedar does: names are
/// qualified, an unqualified reference resolves in the current namespace then in the empty namespace (a common type
/// before an entity type at each step), <c>Bool</c>/<c>Long</c>/<c>String</c> and the extension types are aliases of
/// <c>__cedar::…</c> unless the empty namespace declares the name, and the empty namespace may not be shadowed.
/// </summary>
internal sealed class SchemaBuilder
{
    private const int MaxTypeDepth = 64;

    private readonly SourceText _source;
    private readonly List<CedarDiagnostic> _diagnostics;
    private readonly HashSet<string> _entityDefs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RawType Type, string? Namespace)> _commonDefs = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityUid, (RawActionDecl Decl, string? Namespace)> _actionDefs = [];
    private readonly Dictionary<string, SchemaType?> _resolvedCommon = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolvingCommon = new(StringComparer.Ordinal);

    private SchemaBuilder(SourceText source, List<CedarDiagnostic> diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    public static CedarSchema? Build(IReadOnlyList<RawNamespace> namespaces, SourceText source, List<CedarDiagnostic> diagnostics) =>
        new SchemaBuilder(source, diagnostics).Run(namespaces);

    private int ErrorCount() => _diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    private void Error(int offset, string? where, string message) =>
        _diagnostics.Add(_source.Error(offset, where is null ? message : $"{where}: {message}"));

    private CedarSchema? Run(IReadOnlyList<RawNamespace> namespaces)
    {
        var errorsBefore = ErrorCount();
        CollectDefinitions(namespaces);
        if (ErrorCount() > errorsBefore)
            return null;
        CheckShadowing(namespaces);
        if (ErrorCount() > errorsBefore)
            return null;
        AddBuiltins(namespaces);

        var entities = new List<EntityTypeSchema>();
        foreach (var ns in namespaces)
        {
            foreach (var decl in ns.Entities)
                entities.Add(BuildEntity(ns.Name, decl));
        }
        var actions = new List<ActionSchema>();
        foreach (var ns in namespaces)
        {
            foreach (var decl in ns.Actions)
                actions.Add(BuildAction(ns.Name, decl));
        }
        // Common types are checked even when nothing refers to them.
        foreach (var ns in namespaces)
        {
            foreach (var decl in ns.CommonTypes)
                ResolveCommon(SchemaNames.Qualify(ns.Name, decl.Name.Name), decl.Name.Offset, 0);
        }
        if (ErrorCount() > errorsBefore)
            return null;
        CheckActionCycles(actions);
        return ErrorCount() > errorsBefore ? null : new CedarSchema(entities, actions);
    }

    private void CollectDefinitions(IReadOnlyList<RawNamespace> namespaces)
    {
        foreach (var ns in namespaces)
        {
            if (ns.Name is not null && SchemaNames.UsesCedarNamespace(ns.Name))
                Error(ns.Offset, null, $"the namespace name '{ns.Name}' uses '__cedar', which is reserved for built-in types");
            foreach (var entity in ns.Entities)
            {
                CheckDeclaredName(entity.Name, "entity type");
                if (!_entityDefs.Add(SchemaNames.Qualify(ns.Name, entity.Name.Name)))
                    Error(entity.Name.Offset, entity.Name.Where, $"the entity type '{SchemaNames.Qualify(ns.Name, entity.Name.Name)}' is declared twice");
            }
            foreach (var common in ns.CommonTypes)
            {
                CheckDeclaredName(common.Name, "common type");
                if (SchemaNames.ReservedCommonTypeNames.Contains(common.Name.Name))
                    Error(common.Name.Offset, common.Name.Where, $"'{common.Name.Name}' is a reserved type name and cannot name a common type");
                var name = SchemaNames.Qualify(ns.Name, common.Name.Name);
                if (!_commonDefs.TryAdd(name, (common.Type, ns.Name)))
                    Error(common.Name.Offset, common.Name.Where, $"the common type '{name}' is declared twice");
            }
            foreach (var action in ns.Actions)
            {
                var uid = new EntityUid(SchemaNames.Qualify(ns.Name, "Action"), action.Name.Name);
                if (!_actionDefs.TryAdd(uid, (action, ns.Name)))
                    Error(action.Name.Offset, action.Name.Where, $"the action {uid} is declared twice");
            }
        }
    }

    private void CheckDeclaredName(RawName name, string what)
    {
        if (SchemaNames.UsesCedarNamespace(name.Name))
            Error(name.Offset, name.Where, $"the {what} name '{name.Name}' is reserved ('__cedar' is for built-in types)");
        else if (!SchemaNames.IsIdentifier(name.Name) || SchemaNames.ReservedIdentifiers.Contains(name.Name))
            Error(name.Offset, name.Where, $"'{name.Name}' is not a valid {what} name: expected an identifier that is not a reserved word");
    }

    /// <summary>RFC 70: a declaration in a named namespace may not shadow one in the empty namespace.</summary>
    private void CheckShadowing(IReadOnlyList<RawNamespace> namespaces)
    {
        var qualified = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in _entityDefs.Concat(_commonDefs.Keys))
        {
            if (SchemaNames.IsQualified(name))
                qualified.TryAdd(SchemaNames.Basename(name), name);
        }
        foreach (var ns in namespaces.Where(n => n.Name is null))
        {
            foreach (var name in ns.Entities.Select(e => e.Name).Concat(ns.CommonTypes.Select(c => c.Name)))
            {
                if (qualified.TryGetValue(name.Name, out var shadowing))
                    Error(name.Offset, name.Where, $"'{shadowing}' shadows '{name.Name}' of the empty namespace; rename one of them");
            }
        }
        var qualifiedActions = new Dictionary<string, EntityUid>(StringComparer.Ordinal);
        foreach (var uid in _actionDefs.Keys.Where(u => SchemaNames.IsQualified(u.Type)))
            qualifiedActions.TryAdd(uid.Id, uid);
        foreach (var (uid, (decl, _)) in _actionDefs)
        {
            if (!SchemaNames.IsQualified(uid.Type) && qualifiedActions.TryGetValue(uid.Id, out var shadowing))
                Error(decl.Name.Offset, decl.Name.Where, $"the action {shadowing} shadows {uid} of the empty namespace; rename one of them");
        }
    }

    private void AddBuiltins(IReadOnlyList<RawNamespace> namespaces)
    {
        foreach (var ns in namespaces)
        {
            foreach (var name in ns.Entities.Select(e => e.Name).Concat(ns.CommonTypes.Select(c => c.Name)))
            {
                if (SchemaNames.PrimitiveTypes.Contains(name.Name, StringComparer.Ordinal) || SchemaNames.ExtensionTypes.Contains(name.Name, StringComparer.Ordinal))
                {
                    var message = $"'{SchemaNames.Qualify(ns.Name, name.Name)}' shadows the built-in type {name.Name}; write __cedar::{name.Name} for the built-in";
                    _diagnostics.Add(_source.Warning(name.Offset, name.Where is null ? message : $"{name.Where}: {message}"));
                }
            }
        }
        foreach (var name in SchemaNames.PrimitiveTypes.Concat(SchemaNames.ExtensionTypes))
        {
            var builtin = new RawNamedType(SchemaNames.CedarNamespace + "::" + name);
            if (!_entityDefs.Contains(name) && !_commonDefs.ContainsKey(name))
                _commonDefs[name] = (builtin, null);
        }
        _resolvedCommon["__cedar::Bool"] = BoolSchemaType.Instance;
        _resolvedCommon["__cedar::Long"] = LongSchemaType.Instance;
        _resolvedCommon["__cedar::String"] = StringSchemaType.Instance;
        foreach (var name in SchemaNames.ExtensionTypes)
            _resolvedCommon["__cedar::" + name] = new ExtensionSchemaType(name);
        foreach (var uid in _actionDefs.Keys)
            _entityDefs.Add(uid.Type);
    }

    private bool IsCommon(string name) => _commonDefs.ContainsKey(name) || _resolvedCommon.ContainsKey(name);

    private static string[] Candidates(string? ns, string name) =>
        SchemaNames.IsQualified(name) || ns is null ? [name] : [ns + "::" + name, name];

    private EntityTypeSchema BuildEntity(string? ns, RawEntityDecl decl)
    {
        var name = SchemaNames.Qualify(ns, decl.Name.Name);
        var memberOf = ImmutableArray.CreateBuilder<string>();
        foreach (var parent in decl.MemberOf)
        {
            var resolved = ResolveEntityName(ns, parent);
            if (resolved is not null && !memberOf.Contains(resolved))
                memberOf.Add(resolved);
        }
        if (decl.EnumIds is not null)
        {
            if (decl.EnumIds.Count == 0)
                Error(decl.Name.Offset, decl.Name.Where, $"the enumerated entity type '{name}' must list at least one id");
            return new EntityTypeSchema(name, memberOf.ToImmutable(), RecordSchemaType.Empty, null, [.. decl.EnumIds.Distinct(StringComparer.Ordinal)]);
        }
        var shape = RecordSchemaType.Empty;
        if (decl.Shape is not null)
        {
            var resolved = Resolve(ns, decl.Shape, 0);
            if (resolved is RecordSchemaType record)
                shape = record;
            else if (resolved is not null)
                Error(decl.Shape.Offset, decl.Shape.Where, $"the attributes of entity type '{name}' must be a record type");
        }
        var tags = decl.Tags is null ? null : Resolve(ns, decl.Tags, 0);
        return new EntityTypeSchema(name, memberOf.ToImmutable(), shape, tags);
    }

    private string? ResolveEntityName(string? ns, RawName raw)
    {
        foreach (var candidate in Candidates(ns, raw.Name))
        {
            if (_entityDefs.Contains(candidate))
                return candidate;
        }
        Error(raw.Offset, raw.Where, $"undeclared entity type '{raw.Name}': expected an entity type declared in the schema");
        return null;
    }

    private ActionSchema BuildAction(string? ns, RawActionDecl decl)
    {
        var uid = new EntityUid(SchemaNames.Qualify(ns, "Action"), decl.Name.Name);
        var memberOf = ImmutableArray.CreateBuilder<EntityUid>();
        foreach (var parent in decl.MemberOf)
        {
            var resolved = ResolveActionRef(ns, parent);
            if (resolved is not null && !memberOf.Contains(resolved))
                memberOf.Add(resolved);
        }
        if (decl.AppliesTo is null)
            return new ActionSchema(uid, memberOf.ToImmutable(), false, [], [], RecordSchemaType.Empty);
        var principals = ResolveEntityNames(ns, decl.AppliesTo.Principals);
        var resources = ResolveEntityNames(ns, decl.AppliesTo.Resources);
        var context = RecordSchemaType.Empty;
        if (decl.AppliesTo.Context is not null)
        {
            var resolved = Resolve(ns, decl.AppliesTo.Context, 0);
            if (resolved is RecordSchemaType record)
                context = record;
            else if (resolved is not null)
                Error(decl.AppliesTo.Context.Offset, decl.AppliesTo.Context.Where, $"the context of action {uid} must be a record type");
        }
        return new ActionSchema(uid, memberOf.ToImmutable(), true, principals, resources, context);
    }

    private ImmutableArray<string> ResolveEntityNames(string? ns, IReadOnlyList<RawName> names)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in names)
        {
            var resolved = ResolveEntityName(ns, raw);
            if (resolved is not null && !builder.Contains(resolved))
                builder.Add(resolved);
        }
        return builder.ToImmutable();
    }

    private EntityUid? ResolveActionRef(string? ns, RawActionRef parent)
    {
        var candidates = parent.Type is null
            ? [SchemaNames.Qualify(ns, "Action")]
            : Candidates(ns, parent.Type);
        foreach (var type in candidates)
        {
            var uid = new EntityUid(type, parent.Id);
            if (_actionDefs.ContainsKey(uid))
                return uid;
        }
        var written = new EntityUid(parent.Type ?? SchemaNames.Qualify(ns, "Action"), parent.Id);
        Error(parent.Offset, parent.Where, $"undeclared action {written}: an action can only be in an action the schema declares");
        return null;
    }

    private SchemaType? Resolve(string? ns, RawType type, int depth)
    {
        if (depth > MaxTypeDepth)
        {
            Error(type.Offset, type.Where, $"the type is nested more than {MaxTypeDepth} levels deep");
            return null;
        }
        switch (type)
        {
            case RawPrimitiveType primitive:
                return primitive.Type;
            case RawExtensionType extension:
                if (SchemaNames.ExtensionTypes.Contains(extension.Name, StringComparer.Ordinal))
                    return new ExtensionSchemaType(extension.Name);
                Error(type.Offset, type.Where, $"unknown extension type '{extension.Name}': expected ipaddr, decimal, datetime or duration");
                return null;
            case RawSetType set:
                var element = Resolve(ns, set.Element, depth + 1);
                return element is null ? null : new SetSchemaType(element);
            case RawRecordType record:
                return ResolveRecord(ns, record, depth);
            case RawEntityRefType entity:
                foreach (var candidate in Candidates(ns, entity.Name))
                {
                    if (_entityDefs.Contains(candidate))
                        return new EntitySchemaType(candidate);
                }
                Error(type.Offset, type.Where, $"undeclared entity type '{entity.Name}': expected an entity type declared in the schema");
                return null;
            case RawCommonRefType common:
                foreach (var candidate in Candidates(ns, common.Name))
                {
                    if (IsCommon(candidate))
                        return ResolveCommon(candidate, type.Offset, depth + 1);
                }
                Error(type.Offset, type.Where, $"undeclared common type '{common.Name}': expected a common type declared in the schema");
                return null;
            case RawNamedType named:
                foreach (var candidate in Candidates(ns, named.Name))
                {
                    if (IsCommon(candidate))
                        return ResolveCommon(candidate, type.Offset, depth + 1);
                    if (_entityDefs.Contains(candidate))
                        return new EntitySchemaType(candidate);
                }
                var candidates = Candidates(ns, named.Name);
                Error(type.Offset, type.Where, candidates.Length == 1
                    ? $"undeclared type '{named.Name}': expected a common type, an entity type or a built-in type"
                    : $"undeclared type '{named.Name}': neither '{candidates[0]}' nor '{candidates[1]}' is declared as a common or entity type");
                return null;
            default:
                throw new InvalidOperationException("unknown raw type " + type.GetType().Name);
        }
    }

    private RecordSchemaType? ResolveRecord(string? ns, RawRecordType record, int depth)
    {
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, AttributeSchema>(StringComparer.Ordinal);
        var ok = true;
        foreach (var attribute in record.Attributes)
        {
            var type = Resolve(ns, attribute.Type, depth + 1);
            if (type is null)
            {
                ok = false;
                continue;
            }
            if (!attributes.TryAdd(attribute.Name, new AttributeSchema(type, attribute.Required)))
            {
                Error(attribute.Offset, attribute.Type.Where, $"the attribute '{attribute.Name}' is declared twice in the record");
                ok = false;
            }
        }
        return ok ? new RecordSchemaType(attributes.ToImmutable(), record.AdditionalAttributes) : null;
    }

    private SchemaType? ResolveCommon(string name, int offset, int depth)
    {
        if (_resolvedCommon.TryGetValue(name, out var done))
            return done;
        if (!_resolvingCommon.Add(name))
        {
            Error(offset, null, $"the common type '{name}' is defined in terms of itself");
            _resolvedCommon[name] = null;
            return null;
        }
        var (type, ns) = _commonDefs[name];
        var resolved = Resolve(ns, type, depth);
        _resolvingCommon.Remove(name);
        _resolvedCommon[name] = resolved;
        return resolved;
    }

    private void CheckActionCycles(List<ActionSchema> actions)
    {
        var parents = actions.ToDictionary(a => a.Uid, a => a.MemberOf);
        var state = new Dictionary<EntityUid, int>();
        foreach (var action in actions)
        {
            if (HasCycle(action.Uid, parents, state))
            {
                Error(_actionDefs[action.Uid].Decl.Name.Offset, _actionDefs[action.Uid].Decl.Name.Where,
                    $"the action {action.Uid} is in itself through its parents: action hierarchies cannot have cycles");
                return;
            }
        }
    }

    private static bool HasCycle(EntityUid start, Dictionary<EntityUid, ImmutableArray<EntityUid>> parents, Dictionary<EntityUid, int> state)
    {
        // Iterative depth-first search: 1 = on the stack, 2 = done.
        var stack = new Stack<(EntityUid Uid, int Next)>();
        if (state.GetValueOrDefault(start) == 2)
            return false;
        stack.Push((start, 0));
        state[start] = 1;
        while (stack.Count > 0)
        {
            var (uid, next) = stack.Pop();
            var list = parents.GetValueOrDefault(uid, []);
            if (next < list.Length)
            {
                stack.Push((uid, next + 1));
                var parent = list[next];
                var s = state.GetValueOrDefault(parent);
                if (s == 1)
                    return true;
                if (s == 0)
                {
                    state[parent] = 1;
                    stack.Push((parent, 0));
                }
            }
            else
            {
                state[uid] = 2;
            }
        }
        return false;
    }
}
