using Custos.Cedar.Values;

namespace Custos.Cedar.Authorization;

/// <summary>An authorization request: who (principal) does what (action) to what (resource), in a context.</summary>
public sealed class Request
{
    public Request(EntityUid principal, EntityUid action, EntityUid resource, RecordValue? context = null)
    {
        PrincipalValue = new EntityValue(principal ?? throw new ArgumentNullException(nameof(principal)));
        ActionValue = new EntityValue(action ?? throw new ArgumentNullException(nameof(action)));
        ResourceValue = new EntityValue(resource ?? throw new ArgumentNullException(nameof(resource)));
        Context = context ?? RecordValue.Empty;
    }

    public EntityUid Principal => PrincipalValue.Uid;

    public EntityUid Action => ActionValue.Uid;

    public EntityUid Resource => ResourceValue.Uid;

    public RecordValue Context { get; }

    internal EntityValue PrincipalValue { get; }

    internal EntityValue ActionValue { get; }

    internal EntityValue ResourceValue { get; }

    public override string ToString() => $"{Principal}, {Action}, {Resource}, {Context}";
}
