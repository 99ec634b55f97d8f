using Custos.Core.Storage;

namespace Custos.Core.Agents;

/// <summary>A freshly issued token: <see cref="Token"/> is shown to the operator once and exists nowhere else.</summary>
public sealed record IssuedToken(TokenRecord Record, string Token)
{
    public override string ToString() => $"IssuedToken {{ Record = {Record}, Token = [shown once, redacted] }}";
}
