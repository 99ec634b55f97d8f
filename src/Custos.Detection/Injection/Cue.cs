namespace Custos.Detection.Injection;

/// <summary>What a phrase of the injection vocabulary does when the pass meets it.</summary>
internal enum CueRole
{
    /// <summary>A signal on its own (named by <see cref="Cue.Signal"/>).</summary>
    Phrase,

    /// <summary>Half of a pair: a verb ("ignore", "reveal") that signals only near an object of its group.</summary>
    Verb,

    /// <summary>The other half ("previous instructions", "system prompt"), before or after the verb.</summary>
    Object,

    /// <summary>A verb of sending (exfiltration instructions pair it with a destination URL or address).</summary>
    Send,

    /// <summary>Something worth stealing (passwords, keys, the conversation), near a send verb.</summary>
    Sensitive,

    /// <summary>Words of writing about attacks (researchers, for example): lower the score of signals near them.</summary>
    Discussion,

    /// <summary>A negated verb ("don't forget", "n'oubliez pas"): the verb inside it pairs with nothing.</summary>
    Negation,

    /// <summary>
    /// A topic after instructions ("instructions about parking", "instructions to the bank"): instructions for a
    /// matter of the world, which a person may set aside; takes back an override that ends inside it.
    /// </summary>
    Topic,

    /// <summary>Opens an HTML comment.</summary>
    CommentOpen,

    /// <summary>Closes an HTML comment.</summary>
    CommentClose,

    /// <summary>A style that hides text (display:none, font-size:0, white text).</summary>
    HiddenStyle,

    /// <summary>An HTML closing tag: ends a hidden element.</summary>
    ClosingTag,

    /// <summary>A word of a class (<see cref="Cue.Class"/>) that signals only in composition with others (<see cref="Composition"/>).</summary>
    Class,

    /// <summary>
    /// Names a hand cipher (<see cref="Cue.Signal"/> says which: morse, caesar, alternate, reverse) or, for Morse, is a
    /// piece of one: the text around it is undone (<see cref="Ciphers"/>) and read by a nested pass.
    /// </summary>
    Cipher,
}

/// <summary>
/// One phrase of the vocabulary, already folded, with its role, signal name (the pair group for verbs and objects)
/// and weight. <paramref name="Prefix"/> phrases may run on into a longer word ("mitigat" in "mitigation").
/// </summary>
/// <remarks>
/// A cue whose first character is an <paramref name="Anchored"/> anchor (a space, a quotation mark, a bracket) matches
/// only where a word starts, so short words ("ai", "du", "tes") are not found, and rejected, inside every longer word.
/// </remarks>
internal sealed record Cue(string Text, CueRole Role, string Signal, double Weight, bool Prefix, CueClass Class = CueClass.None, bool Anchored = false)
{
    /// <summary>Latin phrases ending in a letter must end a word, unless they are prefixes.</summary>
    public bool NeedsWordEnd { get; } = !Prefix && Text.Length > 0 && char.IsAsciiLetterOrDigit(Text[^1]);

    /// <summary>Latin phrases must start a word; phrases in scripts without spaces need not.</summary>
    public bool NeedsWordStart { get; } = Text.Length > 0 && char.IsAsciiLetterOrDigit(Text[0]);

    /// <summary>How far apart (in folded characters) a verb and its object may stand.</summary>
    public int PairWindow { get; } = Text.Length > 0 && Text[0] >= '\u2E80' ? 12 : 28;
}
