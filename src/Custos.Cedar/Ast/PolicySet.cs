using System.Collections.Immutable;

namespace Custos.Cedar.Ast;

/// <summary>
/// Static policies, templates and template-linked policies. <see cref="Policies"/> holds what the authorizer
/// evaluates: the static policies and one instance per link. Ids are unique across all three.
/// </summary>
public sealed class PolicySet
{
    public static readonly PolicySet Empty = new([], [], []);

    public PolicySet(ImmutableArray<Policy> staticPolicies, ImmutableArray<Policy> templates, ImmutableArray<TemplateLink> links)
    {
        StaticPolicies = staticPolicies;
        Templates = templates;
        Links = links;
        var all = ImmutableArray.CreateBuilder<Policy>(staticPolicies.Length + links.Length);
        all.AddRange(staticPolicies);
        foreach (var link in links)
        {
            var template = templates.FirstOrDefault(t => t.Id == link.TemplateId)
                ?? throw new ArgumentException($"link '{link.PolicyId}' names template '{link.TemplateId}', which is not in the set");
            all.Add(TemplateLinker.Link(template, link));
        }
        Policies = all.MoveToImmutable();
    }

    public ImmutableArray<Policy> StaticPolicies { get; }

    public ImmutableArray<Policy> Templates { get; }

    public ImmutableArray<TemplateLink> Links { get; }

    /// <summary>The policies the authorizer evaluates: static ones, then linked ones.</summary>
    public ImmutableArray<Policy> Policies { get; }
}
