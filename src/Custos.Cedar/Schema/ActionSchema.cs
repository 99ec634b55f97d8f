using System.Collections.Immutable;
using Custos.Cedar.Values;

namespace Custos.Cedar.Schema;

/// <summary>
/// An action: the action groups it is in, and what it applies to. An action without <c>appliesTo</c> applies to
/// no request (<see cref="AppliesTo"/> false, both type lists empty).
/// </summary>
public sealed record ActionSchema(
    EntityUid Uid,
    ImmutableArray<EntityUid> MemberOf,
    bool AppliesTo,
    ImmutableArray<string> PrincipalTypes,
    ImmutableArray<string> ResourceTypes,
    RecordSchemaType Context);
