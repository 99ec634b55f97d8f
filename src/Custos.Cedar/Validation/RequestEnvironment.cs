using Custos.Cedar.Validation.Types;
using Custos.Cedar.Values;

namespace Custos.Cedar.Validation;

/// <summary>One request shape a policy is checked in: principal type, action, resource type, context, and slot types.</summary>
internal sealed record RequestEnvironment(
    string Principal,
    EntityUid Action,
    string Resource,
    RecordType Context,
    string? PrincipalSlot,
    string? ResourceSlot);
