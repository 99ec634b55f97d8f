using System.Collections.Immutable;

namespace Custos.Cedar.Ast;

/// <summary>
/// A static policy, a template (when a scope constraint has a slot), or a template-linked policy (then
/// <see cref="TemplateId"/> names the template and the slots are filled). <see cref="Id"/> is the id Cedar
/// would give: the <c>@id</c> annotation is not an id; policies in a file are <c>policy0</c>, <c>policy1</c>, …
/// </summary>
public sealed record Policy(
    string Id,
    Effect Effect,
    ScopeConstraint Principal,
    ActionConstraint Action,
    ScopeConstraint Resource,
    ImmutableArray<Condition> Conditions,
    ImmutableArray<Annotation> Annotations)
{
    public SourceSpan Span { get; init; }

    /// <summary>For a template-linked policy, the template it was linked from.</summary>
    public string? TemplateId { get; init; }

    public bool IsTemplate => Principal.HasSlot || Resource.HasSlot;

    public string? GetAnnotation(string key)
    {
        foreach (var annotation in Annotations)
        {
            if (annotation.Key == key)
                return annotation.Value;
        }
        return null;
    }
}
