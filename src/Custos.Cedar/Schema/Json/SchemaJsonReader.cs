using Custos.Cedar.Diagnostics;
using Custos.Cedar.Schema.Raw;

namespace Custos.Cedar.Schema.Json;

/// <summary>
/// Reads the JSON schema format into raw namespaces. Every error names the JSON path it is about and says what
/// was expected; unknown fields are errors, as in Cedar.
/// </summary>
internal sealed class SchemaJsonReader(SourceText source, List<CedarDiagnostic> diagnostics)
{
    private const int MaxTypeDepth = 64;
    private bool _failed;

    public static List<RawNamespace>? Read(JsonNode root, SourceText source, List<CedarDiagnostic> diagnostics)
    {
        var reader = new SchemaJsonReader(source, diagnostics);
        var namespaces = reader.ReadSchema(root);
        return reader._failed ? null : namespaces;
    }

    private void Error(JsonNode at, string path, string message) => Error(at.Offset, path, message);

    private void Error(int offset, string path, string message)
    {
        _failed = true;
        diagnostics.Add(source.Error(offset, $"{path}: {message}"));
    }

    private static string Child(string path, string key) =>
        SchemaNames.IsIdentifier(key) ? $"{path}.{key}" : $"{path}[{Values.CedarStrings.Quote(key)}]";

    private bool ExpectKind(JsonNode node, JsonNodeKind kind, string path, string what)
    {
        if (node.Kind == kind)
            return true;
        Error(node, path, $"expected {what}, found {node.Describe()}");
        return false;
    }

    private bool OnlyKeys(JsonNode node, string path, params string[] allowed)
    {
        var ok = true;
        foreach (var (key, keyOffset, _) in node.Members)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Error(keyOffset, path, $"unknown field \"{key}\": expected one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}");
                ok = false;
            }
        }
        return ok;
    }

    private void CheckAnnotations(JsonNode node, string path)
    {
        if (node.Get("annotations") is not { } annotations)
            return;
        var at = Child(path, "annotations");
        if (!ExpectKind(annotations, JsonNodeKind.Object, at, "an object of annotations"))
            return;
        foreach (var (key, _, value) in annotations.Members)
        {
            if (value.Kind is not (JsonNodeKind.String or JsonNodeKind.Null))
                Error(value, Child(at, key), $"expected a string annotation value, found {value.Describe()}");
        }
    }

    private List<RawNamespace> ReadSchema(JsonNode root)
    {
        var namespaces = new List<RawNamespace>();
        if (!ExpectKind(root, JsonNodeKind.Object, "$", "an object mapping namespace names to namespace definitions"))
            return namespaces;
        foreach (var (name, keyOffset, definition) in root.Members)
        {
            var path = Child("$", name);
            if (name.Length > 0 && !SchemaNames.IsPath(name))
            {
                Error(keyOffset, path, $"\"{name}\" is not a valid namespace name: expected identifiers separated by '::'");
                continue;
            }
            if (!ExpectKind(definition, JsonNodeKind.Object, path, "a namespace definition object"))
                continue;
            namespaces.Add(ReadNamespace(name, keyOffset, definition, path));
        }
        return namespaces;
    }

    private RawNamespace ReadNamespace(string name, int offset, JsonNode definition, string path)
    {
        var ns = new RawNamespace(name, offset);
        OnlyKeys(definition, path, "entityTypes", "actions", "commonTypes", "annotations");
        CheckAnnotations(definition, path);
        if (definition.Get("entityTypes") is not { } entityTypes)
            Error(definition, path, "missing field \"entityTypes\": expected an object of entity types (it may be empty)");
        else if (ExpectKind(entityTypes, JsonNodeKind.Object, Child(path, "entityTypes"), "an object of entity types"))
        {
            foreach (var (typeName, keyOffset, value) in entityTypes.Members)
            {
                var decl = ReadEntityType(new RawName(typeName, keyOffset, Child(Child(path, "entityTypes"), typeName)), value);
                if (decl is not null)
                    ns.Entities.Add(decl);
            }
        }
        if (definition.Get("actions") is not { } actions)
            Error(definition, path, "missing field \"actions\": expected an object of actions (it may be empty)");
        else if (ExpectKind(actions, JsonNodeKind.Object, Child(path, "actions"), "an object of actions"))
        {
            foreach (var (actionName, keyOffset, value) in actions.Members)
            {
                var decl = ReadAction(new RawName(actionName, keyOffset, Child(Child(path, "actions"), actionName)), value);
                if (decl is not null)
                    ns.Actions.Add(decl);
            }
        }
        if (definition.Get("commonTypes") is { } commonTypes &&
            ExpectKind(commonTypes, JsonNodeKind.Object, Child(path, "commonTypes"), "an object of common types"))
        {
            foreach (var (typeName, keyOffset, value) in commonTypes.Members)
            {
                var at = Child(Child(path, "commonTypes"), typeName);
                var type = ReadType(value, at, 0, allowAttributeFields: false, allowAnnotations: true);
                if (type is not null)
                    ns.CommonTypes.Add(new RawCommonTypeDecl(new RawName(typeName, keyOffset, at), type));
            }
        }
        return ns;
    }

    private RawEntityDecl? ReadEntityType(RawName name, JsonNode node)
    {
        var path = name.Where!;
        if (!ExpectKind(node, JsonNodeKind.Object, path, "an entity type object"))
            return null;
        CheckAnnotations(node, path);
        if (node.Get("enum") is { } enumNode)
        {
            OnlyKeys(node, path, "enum", "annotations");
            if (!ExpectKind(enumNode, JsonNodeKind.Array, Child(path, "enum"), "an array of entity ids"))
                return null;
            var ids = new List<string>();
            foreach (var item in enumNode.Items)
            {
                if (ExpectKind(item, JsonNodeKind.String, Child(path, "enum"), "a string entity id"))
                    ids.Add(item.Text);
            }
            return new RawEntityDecl(name, [], null, null, ids);
        }
        OnlyKeys(node, path, "memberOfTypes", "shape", "tags", "annotations");
        var memberOf = ReadNames(node.Get("memberOfTypes"), Child(path, "memberOfTypes"));
        RawType? shape = null;
        if (node.Get("shape") is { } shapeNode)
            shape = ReadType(shapeNode, Child(path, "shape"), 0, allowAttributeFields: false, allowAnnotations: true);
        RawType? tags = null;
        if (node.Get("tags") is { } tagsNode)
            tags = ReadType(tagsNode, Child(path, "tags"), 0, allowAttributeFields: false, allowAnnotations: false);
        return new RawEntityDecl(name, memberOf, shape, tags, null);
    }

    private List<RawName> ReadNames(JsonNode? node, string path)
    {
        var names = new List<RawName>();
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, path, "an array of entity type names"))
            return names;
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            var at = $"{path}[{i}]";
            if (!ExpectKind(item, JsonNodeKind.String, at, "an entity type name"))
                continue;
            if (!SchemaNames.IsPath(item.Text))
            {
                Error(item, at, $"\"{item.Text}\" is not a valid entity type name: expected identifiers separated by '::'");
                continue;
            }
            names.Add(new RawName(item.Text, item.Offset, at));
        }
        return names;
    }

    private RawActionDecl? ReadAction(RawName name, JsonNode node)
    {
        var path = name.Where!;
        if (!ExpectKind(node, JsonNodeKind.Object, path, "an action object"))
            return null;
        OnlyKeys(node, path, "memberOf", "appliesTo", "attributes", "annotations");
        CheckAnnotations(node, path);
        var parents = new List<RawActionRef>();
        if (node.Get("memberOf") is { } memberOf &&
            ExpectKind(memberOf, JsonNodeKind.Array, Child(path, "memberOf"), "an array of action references"))
        {
            for (var i = 0; i < memberOf.Items.Count; i++)
            {
                var item = memberOf.Items[i];
                var at = $"{Child(path, "memberOf")}[{i}]";
                if (!ExpectKind(item, JsonNodeKind.Object, at, "an object {\"id\": …, \"type\": …}"))
                    continue;
                OnlyKeys(item, at, "id", "type");
                var id = item.Get("id");
                if (id is null || id.Kind != JsonNodeKind.String)
                {
                    Error(item, at, "expected a string field \"id\"");
                    continue;
                }
                var type = item.Get("type");
                if (type is not null && (type.Kind != JsonNodeKind.String || !SchemaNames.IsPath(type.Text)))
                {
                    Error(type, Child(at, "type"), "expected an action entity type name such as \"Action\" or \"NS::Action\"");
                    continue;
                }
                parents.Add(new RawActionRef(type?.Text, id.Text, item.Offset, at));
            }
        }
        RawAppliesTo? appliesTo = null;
        if (node.Get("appliesTo") is { } applies && applies.Kind != JsonNodeKind.Null)
        {
            var at = Child(path, "appliesTo");
            if (!ExpectKind(applies, JsonNodeKind.Object, at, "an object with principalTypes and resourceTypes"))
                return null;
            OnlyKeys(applies, at, "principalTypes", "resourceTypes", "context");
            var principals = applies.Get("principalTypes");
            var resources = applies.Get("resourceTypes");
            if (principals is null)
                Error(applies, at, "missing field \"principalTypes\": expected an array of entity type names");
            if (resources is null)
                Error(applies, at, "missing field \"resourceTypes\": expected an array of entity type names");
            RawType? context = null;
            if (applies.Get("context") is { } contextNode)
                context = ReadType(contextNode, Child(at, "context"), 0, allowAttributeFields: false, allowAnnotations: false);
            appliesTo = new RawAppliesTo(ReadNames(principals, Child(at, "principalTypes")), ReadNames(resources, Child(at, "resourceTypes")), context);
        }
        return new RawActionDecl(name, parents, appliesTo);
    }

    private RawType? ReadType(JsonNode node, string path, int depth, bool allowAttributeFields, bool allowAnnotations)
    {
        if (depth > MaxTypeDepth)
        {
            Error(node, path, $"the type is nested more than {MaxTypeDepth} levels deep");
            return null;
        }
        if (!ExpectKind(node, JsonNodeKind.Object, path, "a type object such as {\"type\": \"String\"}"))
            return null;
        var typeNode = node.Get("type");
        if (typeNode is null || typeNode.Kind != JsonNodeKind.String)
        {
            Error(node, path, "expected a string field \"type\" (Boolean, Long, String, Set, Record, Entity, Extension, EntityOrCommon or a common type name)");
            return null;
        }
        List<string> extra = [];
        if (allowAttributeFields)
            extra.Add("required");
        if (allowAttributeFields || allowAnnotations)
            extra.Add("annotations");
        if (allowAttributeFields || allowAnnotations)
            CheckAnnotations(node, path);
        string[] Keys(params string[] keys) => [.. keys, .. extra];
        switch (typeNode.Text)
        {
            case "Boolean":
            case "Long":
            case "String":
                OnlyKeys(node, path, Keys("type"));
                SchemaType primitive = typeNode.Text switch
                {
                    "Boolean" => BoolSchemaType.Instance,
                    "Long" => LongSchemaType.Instance,
                    _ => StringSchemaType.Instance,
                };
                return new RawPrimitiveType(primitive) { Offset = node.Offset, Where = path };
            case "Set":
                {
                    OnlyKeys(node, path, Keys("type", "element"));
                    var element = node.Get("element");
                    if (element is null)
                    {
                        Error(node, path, "a Set type needs an \"element\" type");
                        return null;
                    }
                    var elementType = ReadType(element, Child(path, "element"), depth + 1, allowAttributeFields: false, allowAnnotations: false);
                    return elementType is null ? null : new RawSetType(elementType) { Offset = node.Offset, Where = path };
                }
            case "Record":
                return ReadRecord(node, path, depth, Keys("type", "attributes", "additionalAttributes"));
            case "Entity":
            case "Extension":
            case "EntityOrCommon":
                {
                    OnlyKeys(node, path, Keys("type", "name"));
                    var nameNode = node.Get("name");
                    if (nameNode is null || nameNode.Kind != JsonNodeKind.String || !SchemaNames.IsPath(nameNode.Text))
                    {
                        Error(node, path, $"a {typeNode.Text} type needs a \"name\" that is a type name");
                        return null;
                    }
                    var name = nameNode.Text;
                    RawType result = typeNode.Text switch
                    {
                        "Entity" => new RawEntityRefType(name),
                        "Extension" => new RawExtensionType(name),
                        _ => new RawNamedType(name),
                    };
                    return result with { Offset = node.Offset, Where = path };
                }
            default:
                OnlyKeys(node, path, Keys("type"));
                if (!SchemaNames.IsPath(typeNode.Text))
                {
                    Error(typeNode, Child(path, "type"), $"\"{typeNode.Text}\" is not a type: expected Boolean, Long, String, Set, Record, Entity, Extension, EntityOrCommon or a common type name");
                    return null;
                }
                return new RawCommonRefType(typeNode.Text) { Offset = node.Offset, Where = path };
        }
    }

    private RawRecordType? ReadRecord(JsonNode node, string path, int depth, string[] keys)
    {
        OnlyKeys(node, path, keys);
        var additional = false;
        if (node.Get("additionalAttributes") is { } additionalNode)
        {
            if (additionalNode.Kind is JsonNodeKind.True or JsonNodeKind.False)
                additional = additionalNode.Kind == JsonNodeKind.True;
            else
                Error(additionalNode, Child(path, "additionalAttributes"), $"expected a boolean, found {additionalNode.Describe()}");
        }
        var attributes = new List<RawAttribute>();
        if (node.Get("attributes") is { } attributesNode &&
            ExpectKind(attributesNode, JsonNodeKind.Object, Child(path, "attributes"), "an object of attribute types"))
        {
            foreach (var (name, keyOffset, value) in attributesNode.Members)
            {
                var at = Child(Child(path, "attributes"), name);
                var type = ReadType(value, at, depth + 1, allowAttributeFields: true, allowAnnotations: true);
                if (type is null)
                    continue;
                var required = true;
                if (value.Get("required") is { } requiredNode)
                {
                    if (requiredNode.Kind is JsonNodeKind.True or JsonNodeKind.False)
                        required = requiredNode.Kind == JsonNodeKind.True;
                    else
                        Error(requiredNode, Child(at, "required"), $"expected a boolean, found {requiredNode.Describe()}");
                }
                attributes.Add(new RawAttribute(name, type, required, keyOffset));
            }
        }
        return new RawRecordType(attributes, additional) { Offset = node.Offset, Where = path };
    }
}
