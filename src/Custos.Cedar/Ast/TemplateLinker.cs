namespace Custos.Cedar.Ast;

/// <summary>Fills a template's slots from a link.</summary>
public static class TemplateLinker
{
    public static Policy Link(Policy template, TemplateLink link)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(link);
        return template with
        {
            Id = link.PolicyId,
            TemplateId = template.Id,
            Principal = Fill(template.Principal, link, SlotId.Principal),
            Resource = Fill(template.Resource, link, SlotId.Resource),
        };
    }

    private static ScopeConstraint Fill(ScopeConstraint constraint, TemplateLink link, SlotId slot)
    {
        if (constraint.Slot is null)
            return constraint;
        if (!link.Values.TryGetValue(slot, out var value))
            throw new ArgumentException($"link '{link.PolicyId}' gives no value for ?{slot.ToString().ToLowerInvariant()}");
        return constraint with { Slot = null, Entity = value };
    }
}
