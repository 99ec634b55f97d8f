namespace Custos.Core.Configuration;

/// <summary>What loading <c>custos.yaml</c> produced: the configuration when it is usable, and every problem found.</summary>
public sealed record ConfigLoadResult(CustosConfig? Config, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Config is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The configuration, or an exception listing every error; for callers that cannot go on without it.</summary>
    public CustosConfig GetConfigOrThrow() =>
        IsValid ? Config! : throw new ConfigurationException(Diagnostics);
}

/// <summary>Thrown when a command needs a valid configuration and the file has errors; the message lists them.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)))
    {
        Diagnostics = diagnostics;
    }

    public ConfigurationException()
        : this([])
    {
    }

    public ConfigurationException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = [];
}
