using System.Collections.Immutable;
using Custos.Cedar.Values;

namespace Custos.Cedar.Ast;

/// <summary>A link of a template to slot values, producing the policy <see cref="PolicyId"/>.</summary>
public sealed record TemplateLink(string TemplateId, string PolicyId, ImmutableDictionary<SlotId, EntityUid> Values);
