namespace Custos.Core.Policies;

/// <summary>Where a policy came from: a grant in custos.yaml or a policy in a .cedar file, with its line.</summary>
public sealed record PolicyOrigin(string File, int Line, bool IsGrant)
{
    public override string ToString() => IsGrant ? $"grant at {File}:{Line}" : $"{File}:{Line}";
}
