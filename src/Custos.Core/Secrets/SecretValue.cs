namespace Custos.Core.Secrets;

/// <summary>
/// A credential's value, resolved for one upstream call. It never prints itself: <see cref="ToString"/> names
/// only the reference, so a value that ends up in a log line, an exception or a record shows as a pointer.
/// Read it with <see cref="Reveal"/> at the one place that hands it to the upstream.
/// </summary>
public sealed class SecretValue
{
    private readonly string value;

    public SecretValue(Configuration.SecretReference reference, string value)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(value);
        Reference = reference;
        this.value = value;
    }

    public Configuration.SecretReference Reference { get; }

    /// <summary>The value itself. Call it where the credential leaves Custos for its upstream, nowhere else.</summary>
    public string Reveal() => value;

    public override string ToString() => $"{Reference} (value hidden)";
}
