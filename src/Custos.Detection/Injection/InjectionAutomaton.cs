using Custos.Detection.Scanning;

namespace Custos.Detection.Injection;

/// <summary>The injection vocabulary compiled once into one automaton over folded text; shared by all scans.</summary>
internal sealed class InjectionAutomaton
{
    public static InjectionAutomaton Instance { get; } = new(InjectionVocabulary.All);

    private InjectionAutomaton(IReadOnlyList<Cue> cues)
    {
        Cues = [.. cues];
        Automaton = new AhoCorasick(cues.Select(c => c.Text).ToList(), ignoreCase: false);
        MaxLength = cues.Max(c => c.Text.Length);
        if (MaxLength >= InjectionPass.RingSize / 2)
        {
            throw new InvalidOperationException($"an injection phrase is {MaxLength} characters; the pass remembers {InjectionPass.RingSize / 2}");
        }
    }

    public Cue[] Cues { get; }

    public AhoCorasick Automaton { get; }

    public int MaxLength { get; }
}
