using System.Collections.Immutable;
using Custos.Cedar.Ast;
using Custos.Cedar.Diagnostics;
using Custos.Cedar.Values;

namespace Custos.Cedar.Serialization;

/// <summary>
/// Reads policies, templates and policy sets in Cedar's JSON format (cedar-policy-core <c>est::Policy</c> and
/// <c>est::PolicySet</c>) with the checks Cedar makes when it converts them to its AST: slots only in the scope and
/// only the matching one, action entities of an <c>Action</c> type, links that fill exactly the template's slots.
/// </summary>
internal sealed class PolicyJsonReader
{
    private const string ScopeExample = "{\"op\": \"==\", \"entity\": {\"type\": \"User\", \"id\": \"alice\"}}";

    private readonly JsonReadContext _context;
    private readonly ExpressionJsonReader _expressions;

    public PolicyJsonReader(JsonSource source)
    {
        _context = new JsonReadContext(source);
        _expressions = new ExpressionJsonReader(_context);
    }

    public Expr ReadExpression(JsonTree node) => _expressions.Read(node, allowSlots: true);

    public Policy ReadPolicy(JsonTree node, string id)
    {
        const string What = "a policy";
        var obj = _context.Object(node, What, "effect", "principal", "action", "resource", "conditions", "annotations");
        var effectNode = _context.Required(obj, "effect", What);
        var effect = _context.String(effectNode, "the effect") switch
        {
            "permit" => Effect.Permit,
            "forbid" => Effect.Forbid,
            var other => throw _context.Fail(effectNode, $"\"{other}\" is not an effect; write \"permit\" or \"forbid\""),
        };
        var principal = ReadScope(_context.Required(obj, "principal", What), "principal", SlotId.Principal);
        var action = ReadAction(_context.Required(obj, "action", What));
        var resource = ReadScope(_context.Required(obj, "resource", What), "resource", SlotId.Resource);
        var conditionsNode = _context.Array(_context.Required(obj, "conditions", What), "the list of conditions ([] for none)");
        var conditions = ImmutableArray.CreateBuilder<Condition>(conditionsNode.Items!.Count);
        foreach (var item in conditionsNode.Items)
            conditions.Add(ReadCondition(item));
        var annotations = obj.Get("annotations") is { } annotationsNode ? ReadAnnotations(annotationsNode) : [];
        return new Policy(id, effect, principal, action, resource, conditions.MoveToImmutable(), annotations);
    }

    /// <summary>Reads a policy set; each problem is reported against its policy or link, and all are reported.</summary>
    public PolicySet? ReadPolicySet(JsonTree node, ImmutableArray<CedarDiagnostic>.Builder errors)
    {
        const string What = "a policy set";
        JsonTree root;
        try
        {
            root = _context.Object(node, What + " {\"staticPolicies\": {…}, \"templates\": {…}, \"templateLinks\": […]}",
                "staticPolicies", "templates", "templateLinks");
        }
        catch (JsonReadError error)
        {
            errors.Add(error.Diagnostic);
            return null;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var statics = ImmutableArray.CreateBuilder<Policy>();
        var templates = ImmutableArray.CreateBuilder<Policy>();
        var links = ImmutableArray.CreateBuilder<TemplateLink>();
        foreach (var (section, isTemplate) in new[] { ("staticPolicies", false), ("templates", true) })
        {
            if (root.Get(section) is not { } sectionNode)
                continue;
            if (sectionNode.Kind != JsonTreeKind.Object)
            {
                errors.Add(_context.Fail(sectionNode, $"expected an object from policy ids to policies; found {sectionNode.Describe()}").Diagnostic);
                continue;
            }
            foreach (var (id, policyNode) in sectionNode.Properties!)
            {
                try
                {
                    if (!ids.Add(id))
                        throw _context.Fail(policyNode, $"the id \"{id}\" is already used by another policy or template; ids must be unique");
                    var policy = ReadPolicy(policyNode, id);
                    if (!isTemplate && policy.IsTemplate)
                        throw _context.Fail(policyNode, "a static policy cannot have slots (?principal, ?resource); move it to \"templates\"");
                    (isTemplate ? templates : statics).Add(policy);
                }
                catch (JsonReadError error)
                {
                    errors.Add(error.Diagnostic with { PolicyId = id });
                }
            }
        }
        if (root.Get("templateLinks") is { } linksNode)
        {
            if (linksNode.Kind != JsonTreeKind.Array)
            {
                errors.Add(_context.Fail(linksNode, $"expected an array of template links; found {linksNode.Describe()}").Diagnostic);
            }
            else
            {
                foreach (var linkNode in linksNode.Items!)
                {
                    try
                    {
                        links.Add(ReadLink(linkNode, templates, ids));
                    }
                    catch (JsonReadError error)
                    {
                        errors.Add(error.Diagnostic);
                    }
                }
            }
        }
        return errors.Count > 0 ? null : new PolicySet(statics.ToImmutable(), templates.ToImmutable(), links.ToImmutable());
    }

    private TemplateLink ReadLink(JsonTree node, ImmutableArray<Policy>.Builder templates, HashSet<string> ids)
    {
        const string What = "a template link {\"templateId\": …, \"newId\": …, \"values\": {\"?principal\": …}}";
        var obj = _context.Object(node, What, "templateId", "newId", "values");
        var templateIdNode = _context.Required(obj, "templateId", What);
        var templateId = _context.String(templateIdNode, "the id of the template");
        var newIdNode = _context.Required(obj, "newId", What);
        var newId = _context.String(newIdNode, "the id of the linked policy");
        var valuesNode = _context.Object(_context.Required(obj, "values", What), "the slot values {\"?principal\": {\"type\": …, \"id\": …}}");
        var template = templates.FirstOrDefault(t => t.Id == templateId)
            ?? throw _context.Fail(templateIdNode, $"there is no template \"{templateId}\" in \"templates\"; link an existing template");
        var values = ImmutableDictionary.CreateBuilder<SlotId, EntityUid>();
        foreach (var (key, valueNode) in valuesNode.Properties!)
        {
            SlotId slot = key switch
            {
                "?principal" => SlotId.Principal,
                "?resource" => SlotId.Resource,
                _ => throw _context.FailAt(valueNode, valuesNode.PathOf(key), $"\"{key}\" is not a slot; the slots are \"?principal\" and \"?resource\""),
            };
            var has = slot == SlotId.Principal ? template.Principal.HasSlot : template.Resource.HasSlot;
            if (!has)
                throw _context.FailAt(valueNode, valuesNode.PathOf(key), $"template \"{templateId}\" has no slot {key}; remove this value");
            values[slot] = _context.EntityReference(valueNode, $"the value of {key}");
        }
        foreach (var (slot, name) in new[] { (SlotId.Principal, "?principal"), (SlotId.Resource, "?resource") })
        {
            var has = slot == SlotId.Principal ? template.Principal.HasSlot : template.Resource.HasSlot;
            if (has && !values.ContainsKey(slot))
                throw _context.FailAt(valuesNode, valuesNode.PathOf(name), $"template \"{templateId}\" has the slot {name}, and the link gives it no value; add one");
        }
        if (!ids.Add(newId))
            throw _context.Fail(newIdNode, $"the id \"{newId}\" is already used by another policy, template or link; ids must be unique");
        return new TemplateLink(templateId, newId, values.ToImmutable());
    }

    private Condition ReadCondition(JsonTree node)
    {
        const string What = "a condition {\"kind\": \"when\", \"body\": …}";
        var obj = _context.Object(node, What, "kind", "body");
        var kindNode = _context.Required(obj, "kind", What);
        var kind = _context.String(kindNode, "the kind of condition") switch
        {
            "when" => ConditionKind.When,
            "unless" => ConditionKind.Unless,
            var other => throw _context.Fail(kindNode, $"\"{other}\" is not a kind of condition; write \"when\" or \"unless\""),
        };
        var body = _expressions.Read(_context.Required(obj, "body", What), allowSlots: false);
        return new Condition(kind, body);
    }

    private ImmutableArray<Annotation> ReadAnnotations(JsonTree node)
    {
        var obj = _context.Object(node, "the annotations (an object from names to strings)");
        var annotations = ImmutableArray.CreateBuilder<Annotation>(obj.Properties!.Count);
        foreach (var (key, value) in obj.Properties)
        {
            if (!JsonReadContext.IsIdentifier(key))
                throw _context.FailAt(value, obj.PathOf(key), $"\"{key}\" is not a valid annotation name; use an identifier (a letter or '_' followed by letters, digits and '_')");
            // A null value means the annotation has no value, which Cedar reads as "".
            var text = value.Kind == JsonTreeKind.Null ? string.Empty : _context.String(value, "the annotation's value");
            annotations.Add(new Annotation(key, text));
        }
        return annotations.MoveToImmutable();
    }

    private ScopeConstraint ReadScope(JsonTree node, string variable, SlotId ownSlot)
    {
        var what = $"the {variable} constraint, as in {{\"op\": \"All\"}} or {ScopeExample}";
        var obj = _context.Object(node, what);
        var opNode = _context.Required(obj, "op", what);
        var op = _context.String(opNode, "the operator of the " + variable + " constraint");
        switch (op)
        {
            case "All" or "all":
                _context.Object(obj, $"the {variable} constraint {{\"op\": \"All\"}}", "op");
                return ScopeConstraint.Any;
            case "==" or "in":
            {
                _context.Object(obj, $"the {variable} constraint", "op", "entity", "slot");
                var (entity, slot) = ReadScopeTarget(obj, variable, ownSlot);
                return new ScopeConstraint(op == "==" ? ScopeOp.Eq : ScopeOp.In, entity, slot);
            }
            case "is":
            {
                var isWhat = $"the {variable} constraint {{\"op\": \"is\", \"entity_type\": …}}";
                _context.Object(obj, isWhat, "op", "entity_type", "in");
                var type = _context.Name(_context.Required(obj, "entity_type", isWhat), "entity type");
                if (obj.Get("in") is not { } inNode)
                    return new ScopeConstraint(ScopeOp.Is, EntityType: type);
                var inObj = _context.Object(inNode, "the container of 'is … in', {\"entity\": …} or {\"slot\": \"?" + variable + "\"}", "entity", "slot");
                var (entity, slot) = ReadScopeTarget(inObj, variable, ownSlot);
                return new ScopeConstraint(ScopeOp.IsIn, entity, slot, type);
            }
            default:
                throw _context.Fail(opNode, $"\"{op}\" is not an operator of the {variable} constraint; write \"All\", \"==\", \"in\" or \"is\"");
        }
    }

    private (EntityUid? Entity, SlotId? Slot) ReadScopeTarget(JsonTree obj, string variable, SlotId ownSlot)
    {
        var entityNode = obj.Get("entity");
        var slotNode = obj.Get("slot");
        if (entityNode is not null && slotNode is not null)
            throw _context.Fail(obj, $"give either \"entity\" or \"slot\" in the {variable} constraint, not both");
        if (slotNode is not null)
        {
            var name = _context.String(slotNode, "a slot name");
            var expected = "?" + variable;
            if (name != expected)
            {
                throw _context.Fail(slotNode, name is "?principal" or "?resource"
                    ? $"the slot {name} cannot appear in the {variable} constraint; only {expected} can"
                    : $"\"{name}\" is not a slot; the {variable} constraint may use only \"{expected}\"");
            }
            return (null, ownSlot);
        }
        if (entityNode is null)
            throw _context.FailAt(obj, obj.PathOf("entity"), $"missing field \"entity\" in the {variable} constraint; add an entity like {{\"type\": \"User\", \"id\": \"alice\"}} or a slot {{\"slot\": \"?{variable}\"}}");
        return (_context.EntityReference(entityNode, "an entity"), null);
    }

    private ActionConstraint ReadAction(JsonTree node)
    {
        const string What = "the action constraint, as in {\"op\": \"All\"} or {\"op\": \"in\", \"entities\": [{\"type\": \"Action\", \"id\": \"view\"}]}";
        var obj = _context.Object(node, What);
        var opNode = _context.Required(obj, "op", What);
        var op = _context.String(opNode, "the operator of the action constraint");
        switch (op)
        {
            case "All" or "all":
                _context.Object(obj, "the action constraint {\"op\": \"All\"}", "op");
                return ActionConstraint.Any;
            case "==":
            {
                _context.Object(obj, "the action constraint", "op", "entity", "slot");
                if (obj.Get("slot") is { } slot)
                    throw _context.Fail(slot, "the action constraint cannot use a slot; templates have only ?principal and ?resource");
                return new ActionConstraint(ActionScopeOp.Eq, [ActionEntity(_context.Required(obj, "entity", "the action constraint"))]);
            }
            case "in":
            {
                _context.Object(obj, "the action constraint", "op", "entity", "entities", "slot");
                if (obj.Get("slot") is { } slot)
                    throw _context.Fail(slot, "the action constraint cannot use a slot; templates have only ?principal and ?resource");
                var entity = obj.Get("entity");
                var entities = obj.Get("entities");
                if (entity is not null && entities is not null)
                    throw _context.Fail(obj, "give either \"entity\" or \"entities\" in the action constraint, not both");
                if (entity is not null)
                    return new ActionConstraint(ActionScopeOp.In, [ActionEntity(entity)]);
                if (entities is null)
                    throw _context.FailAt(obj, obj.PathOf("entities"), "missing field \"entities\" (or \"entity\") in the action constraint; add the list of actions");
                var items = _context.Array(entities, "a list of actions").Items!;
                var uids = ImmutableArray.CreateBuilder<EntityUid>(items.Count);
                foreach (var item in items)
                    uids.Add(ActionEntity(item));
                return new ActionConstraint(ActionScopeOp.InSet, uids.MoveToImmutable());
            }
            default:
                throw _context.Fail(opNode, $"\"{op}\" is not an operator of the action constraint; write \"All\", \"==\" or \"in\"");
        }
    }

    private EntityUid ActionEntity(JsonTree node)
    {
        var uid = _context.EntityReference(node, "an action");
        if (uid.Type != "Action" && !uid.Type.EndsWith("::Action", StringComparison.Ordinal))
            throw _context.Fail(node, $"{uid} is not an action; the action constraint names entities of type Action or Namespace::Action");
        return uid;
    }
}
