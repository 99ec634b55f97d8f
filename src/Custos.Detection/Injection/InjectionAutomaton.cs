using Custos.Detection.Scanning;

namespace Custos.Detection.Injection;

/// <summary>The injection vocabulary compiled once into one automaton over folded text; shared by all scans.</summary>
internal sealed class InjectionAutomaton
{
    public static InjectionAutomaton Instance { get; } = new(InjectionVocabulary.All);

    private InjectionAutomaton(IReadOnlyList<Cue> cues)
    {
        // The header colon is not a pattern of the automaton: a colon is one character, JSON and YAML hold one every
        // few characters, and the pass checks it directly (words must follow) instead of stopping at every one.
        static bool IsHeaderColon(Cue c) => c.Role == CueRole.Class && c.Class == CueClass.HeaderColon;
        var scanned = cues.Where(c => !IsHeaderColon(c)).ToList();
        var colons = cues.Where(IsHeaderColon).ToList();
        Cues = [.. scanned, .. colons];
        HeaderColon = colons.Count > 0 ? scanned.Count : -1;
        Automaton = new AhoCorasick(scanned.Select(c => c.Text).ToList(), ignoreCase: false);
        MaxLength = cues.Max(c => c.Text.Length);
        if (MaxLength >= InjectionPass.RingSize / 2)
        {
            throw new InvalidOperationException($"an injection phrase is {MaxLength} characters; the pass remembers {InjectionPass.RingSize / 2}");
        }
    }

    public Cue[] Cues { get; }

    /// <summary>The index in <see cref="Cues"/> of the header colon, past the automaton's patterns, or -1.</summary>
    public int HeaderColon { get; }

    public AhoCorasick Automaton { get; }

    public int MaxLength { get; }
}
