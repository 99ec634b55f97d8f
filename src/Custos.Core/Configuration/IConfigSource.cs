namespace Custos.Core.Configuration;

/// <summary>The configuration in force. Each action takes one snapshot and keeps it for its whole life.</summary>
public interface IConfigSource
{
    CustosConfig Current { get; }
}

/// <summary>A configuration that never changes: the CLI's and tests' source.</summary>
public sealed class FixedConfigSource(CustosConfig config) : IConfigSource
{
    public CustosConfig Current { get; } = config;
}
