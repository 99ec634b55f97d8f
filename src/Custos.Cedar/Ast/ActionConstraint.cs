using System.Collections.Immutable;
using Custos.Cedar.Values;

namespace Custos.Cedar.Ast;

/// <summary>The action constraint of a policy head; <see cref="Entities"/> has one element for Eq and In.</summary>
public sealed record ActionConstraint(ActionScopeOp Op, ImmutableArray<EntityUid> Entities)
{
    public static readonly ActionConstraint Any = new(ActionScopeOp.Any, []);

    public SourceSpan Span { get; init; }
}
