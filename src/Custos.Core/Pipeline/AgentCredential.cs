namespace Custos.Core.Pipeline;

/// <summary>
/// The bearer credential an action arrived with. Its <see cref="ToString"/> never shows the value, so a
/// credential inside a logged record or exception message stays hidden.
/// </summary>
public sealed class AgentCredential
{
    private readonly string value;

    public AgentCredential(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        this.value = value;
    }

    /// <summary>The raw value, for the authenticate stage only.</summary>
    public ReadOnlySpan<char> Reveal() => value;

    public override string ToString() => "[credential redacted]";
}
