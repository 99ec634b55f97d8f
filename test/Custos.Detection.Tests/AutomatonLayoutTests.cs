using System.Text;
using Custos.Detection.Injection;
using Custos.Detection.Scanning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

/// <summary>
/// The automaton's two layouts (a dense row per state over the ASCII classes with the other classes' transitions
/// kept per state, or dense rows over every class) report exactly the matches a naive search finds, whether a
/// caller steps it with <see cref="AhoCorasick.Step"/> or inline through its table, as the injection pass does.
/// </summary>
public sealed class AutomatonLayoutTests
{
    // ASCII letters of both cases, a digit, Latin letters outside ASCII of both cases, CJK, two surrogate pairs that
    // share their high half, and a lone half of each.
    private static readonly string[] Units = ["a", "b", "c", "A", "B", "1", " ", "é", "É", "ß", "日", "本", "\U0001F600", "\U0001F601", "\uD83D", "\uDE00"];

    private static Gen<string> Word(int max) =>
        Gen.Choose(1, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Units), n)).Select(string.Concat);

    // Random words, then some derived from them: a suffix, a prefix, a copy, one followed by another.
    private static Gen<string[]> Patterns() =>
        Gen.Choose(1, 10).SelectMany(n => Gen.ArrayOf(Word(6), n)).SelectMany(words =>
            Gen.ArrayOf(Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, words.Length - 1).SelectMany(a => Gen.Choose(0, words.Length - 1).SelectMany(b => Gen.Choose(0, 5).Select(cut =>
            {
                var w = words[a];
                var at = Math.Min(cut, w.Length - 1);
                return kind switch
                {
                    0 => w[at..],
                    1 => w[..(at + 1)],
                    2 => w,
                    _ => w + words[b],
                };
            })))), 4).Select(extra => words.Concat(extra).ToArray()));

    // Random units with whole patterns and pieces of them dropped in, so that deep states are reached and left.
    private static Gen<string> Text(string[] patterns) =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Units), Gen.Elements(patterns), Gen.Elements(patterns).Select(p => p[..((p.Length + 1) / 2)])), 40).Select(string.Concat);

    private static bool Same(char a, char b, bool ignoreCase) => a == b || (ignoreCase && char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20));

    private static List<(int Pattern, int End)> Naive(string[] patterns, string text, bool ignoreCase)
    {
        var found = new List<(int, int)>();
        for (var end = 1; end <= text.Length; end++)
        {
            for (var p = 0; p < patterns.Length; p++)
            {
                var pattern = patterns[p];
                var start = end - pattern.Length;
                var k = 0;
                while (start >= 0 && k < pattern.Length && Same(pattern[k], text[start + k], ignoreCase))
                {
                    k++;
                }

                if (start >= 0 && k == pattern.Length)
                {
                    found.Add((p, end));
                }
            }
        }

        return found;
    }

    // As the injection pass steps: the table and the classes in locals, one comparison for "a pattern ends here".
    private static List<(int Pattern, int End)> Inline(AhoCorasick automaton, string text)
    {
        var found = new List<(int, int)>();
        var table = automaton.Table;
        var classOf = automaton.ClassOf;
        var firstOutput = automaton.FirstOutput;
        var state = AhoCorasick.Start;
        for (var i = 0; i < text.Length; i++)
        {
            state = table[state + classOf[text[i]]];
            if (state >= firstOutput)
            {
                found.AddRange(automaton.Outputs(state).Select(p => (p, i + 1)));
            }
        }

        return found;
    }

    [Property(MaxTest = 400)]
    public Property Both_layouts_report_exactly_the_naive_matches_stepped_either_way() =>
        Prop.ForAll(
            Patterns().SelectMany(patterns => Text(patterns).Select(text => (patterns, text)))
                .SelectMany(t => ArbMap.Default.GeneratorFor<bool>().Select(ignoreCase => (t.patterns, t.text, ignoreCase)))
                .SelectMany(t => Gen.Elements(0L, 1L << 30).Select(allColumnsBytes => (t.patterns, t.text, t.ignoreCase, allColumnsBytes)))
                .ToArbitrary(),
            t =>
            {
                var automaton = new AhoCorasick(t.patterns, t.ignoreCase, t.allColumnsBytes);
                var expected = Naive(t.patterns, t.text, t.ignoreCase).Order().ToList();
                return expected.SequenceEqual(AutomatonPropertyTests.Stepped(automaton, t.text).Order())
                    && expected.SequenceEqual(Inline(automaton, t.text).Order());
            });

    [Fact]
    public void The_injection_vocabulary_takes_a_tenth_of_its_full_table_and_finds_the_same_matches()
    {
        // The header colon is checked by the pass itself, not by the automaton (it would stop at every colon of JSON).
        var all = InjectionAutomaton.Instance.Cues.Where(c => !(c.Role == CueRole.Class && c.Class == CueClass.HeaderColon)).Select(c => c.Text).ToList();
        var shipped = InjectionAutomaton.Instance.Automaton.Size;

        // The whole vocabulary's full table (every state times every class, four bytes each) no longer fits the dense
        // limit at all; the shipped automaton takes a small part of what it would.
        Assert.True(shipped.Bytes * 10 < (long)shipped.States * shipped.Classes * sizeof(int), $"{shipped.Bytes:N0} bytes against {(long)shipped.States * shipped.Classes * sizeof(int):N0}");

        // The layouts compared on every second phrase, which a full table can hold.
        var cues = all.Where((_, n) => n % 2 == 0).ToList();
        var compact = new AhoCorasick(cues, ignoreCase: false);
        var full = new AhoCorasick(cues, ignoreCase: false, allColumnsBytes: long.MaxValue);
        Assert.Equal(full.Size.States, compact.Size.States);
        Assert.Equal(full.Size.Classes, compact.Size.Classes);
        Assert.True(compact.Size.Bytes * 10 < full.Size.Bytes, $"{compact.Size.Bytes:N0} bytes against {full.Size.Bytes:N0}");

        // Every phrase, once each in order and then shuffled, between runs of other characters in and out of the vocabulary.
        var random = new Random(11);
        var text = new StringBuilder();
        foreach (var cue in cues.Concat(cues.OrderBy(_ => random.Next())))
        {
            text.Append(cue);
            for (var k = random.Next(4); k > 0; k--)
            {
                text.Append(random.Next(3) switch { 0 => (char)random.Next(0x20, 0x7F), 1 => cues[random.Next(cues.Count)][0], _ => (char)random.Next(0x3000, 0xA000) });
            }
        }

        var s = text.ToString();
        var expected = AutomatonPropertyTests.Stepped(full, s);
        Assert.Equal(expected, AutomatonPropertyTests.Stepped(compact, s));
        Assert.Equal(expected, Inline(compact, s));
    }

    [Fact]
    public void A_capital_outside_ASCII_in_a_pattern_matches_only_itself_when_case_is_ignored()
    {
        // It once took the class of its lowercase form's row but was stored under "a character in no pattern", so
        // "Ä" matched "x" and not "Ä".
        var automaton = new AhoCorasick(["\u00c4b", "xy"], ignoreCase: true);
        Assert.Equal([(0, 2)], AutomatonPropertyTests.Stepped(automaton, "\u00c4b"));
        Assert.Equal([(0, 2)], AutomatonPropertyTests.Stepped(automaton, "\u00c4B"));
        Assert.Empty(AutomatonPropertyTests.Stepped(automaton, "qb"));
        Assert.Empty(AutomatonPropertyTests.Stepped(automaton, "\u00e4b"));
    }

    [Fact]
    public void A_megabyte_that_keeps_failing_back_through_wide_transitions_takes_linear_time()
    {
        // Runs of one CJK character, 16 to 1024 long, each followed by its own other character. A thousand of the
        // first, then the shortest run's ending: the step on it fails back through 984 states, each paid for by a
        // character that went in.
        var patterns = Enumerable.Range(1, 64).Select(k => new string('\u65e5', k * 16) + (char)('\u4e00' + k)).ToList();
        var automaton = new AhoCorasick(patterns, ignoreCase: false, allColumnsBytes: 0);
        const int Run = 1000;
        var text = string.Concat(Enumerable.Repeat(new string('\u65e5', Run) + "\u4e01", 1 << 10));
        var found = AutomatonPropertyTests.Stepped(automaton, text);
        Assert.Equal(Enumerable.Range(1, 1 << 10).Select(n => (0, n * (Run + 1))), found);

        // The work is counted, not timed: every failure link followed is paid for by a character that went in, so the
        // links never outnumber the characters; and this text does make the steps fail back (984 links per run).
        long failures = 0;
        var state = AhoCorasick.Start;
        foreach (var c in text)
        {
            state = automaton.Step(state, c, ref failures);
        }

        Assert.InRange(failures, 900L << 10, text.Length);
    }
}
