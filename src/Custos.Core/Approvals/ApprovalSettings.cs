namespace Custos.Core.Approvals;

/// <summary>The <c>approvals:</c> section of custos.yaml.</summary>
/// <param name="Timeout">How long an action waits for a person before it is denied.</param>
public sealed record ApprovalSettings(TimeSpan Timeout)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(15);

    public static ApprovalSettings Default { get; } = new(DefaultTimeout);
}
