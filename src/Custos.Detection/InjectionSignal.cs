namespace Custos.Detection;

/// <summary>
/// One piece of evidence the scanner's pass found for prompt injection: a phrase or an obfuscation, named by
/// <paramref name="Name"/> ("override", "jailbreak", "unicode-tags", "discussion", …), at [<paramref name="Start"/>,
/// <paramref name="End"/>) in UTF-16 code units of the original text, with a <paramref name="Weight"/> in [0, 1]
/// (0 for context such as "discussion") and how it was written (<paramref name="Traits"/>).
/// </summary>
public sealed record InjectionSignal(string Name, int Start, int End, double Weight, SignalTraits Traits);

/// <summary>How a signal was written: hidden, encoded or disguised text is itself evidence of intent.</summary>
[Flags]
public enum SignalTraits
{
    None = 0,

    /// <summary>Inside an HTML comment or an element styled to be invisible.</summary>
    Hidden = 1,

    /// <summary>Decoded from base64 or hex embedded in the text.</summary>
    Encoded = 2,

    /// <summary>Written with look-alike letters (Cyrillic, Greek, fullwidth, mathematical).</summary>
    Homoglyphs = 4,

    /// <summary>Split by zero-width or other invisible characters.</summary>
    Invisible = 8,

    /// <summary>Smuggled as Unicode tag characters (U+E0000–E007F), invisible when rendered.</summary>
    TagSmuggled = 16,

    /// <summary>Standing between quotation marks.</summary>
    Quoted = 32,

    /// <summary>Spelled to slip past filters: digits for letters ("1gn0r3"), letters spaced apart ("r-e-v-e-a-l").</summary>
    Spelled = 64,
}
