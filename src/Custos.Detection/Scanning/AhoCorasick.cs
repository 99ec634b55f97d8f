namespace Custos.Detection.Scanning;

/// <summary>
/// A multi-pattern automaton compiled to a full transition table over a compressed alphabet: one array read per
/// input character, whatever the number of patterns, so the scanner's main loop stays linear. With
/// <c>ignoreCase</c>, ASCII letters of either case share a class; callers check case themselves where it matters.
/// </summary>
internal sealed class AhoCorasick
{
    private static readonly int[] NoOutputs = [];

    private readonly ushort[] _classOf;
    private readonly int _alphabet;
    private readonly int[] _next;
    private readonly int[][] _outputs;
    private readonly int _firstOutput;
    private readonly int[] _lengths;

    public AhoCorasick(IReadOnlyList<string> patterns, bool ignoreCase)
    {
        _classOf = new ushort[char.MaxValue + 1];
        ushort classes = 1; // class 0: a character in no pattern
        foreach (var pattern in patterns)
        {
            ArgumentException.ThrowIfNullOrEmpty(pattern);
            foreach (var c in pattern)
            {
                var folded = ignoreCase ? char.ToLowerInvariant(c) : c;
                if (_classOf[folded] == 0)
                {
                    if (classes == ushort.MaxValue)
                    {
                        throw new ArgumentException("too many distinct characters in the patterns", nameof(patterns));
                    }

                    _classOf[folded] = classes++;
                    if (ignoreCase && char.IsAsciiLetter(folded))
                    {
                        _classOf[char.ToUpperInvariant(folded)] = _classOf[folded];
                    }
                }
            }
        }

        _alphabet = classes;
        _lengths = patterns.Select(p => p.Length).ToArray();

        // The trie, as sparse children first.
        var children = new List<Dictionary<int, int>> { new() };
        var outputs = new List<List<int>> { new() };
        for (var id = 0; id < patterns.Count; id++)
        {
            var state = 0;
            foreach (var c in patterns[id])
            {
                var cls = _classOf[c];
                if (!children[state].TryGetValue(cls, out var next))
                {
                    next = children.Count;
                    children.Add(new());
                    outputs.Add(new());
                    children[state][cls] = next;
                }

                state = next;
            }

            outputs[state].Add(id);
        }

        // Breadth-first over the trie: failure links, and each state's outputs merged with its failure's.
        var count = children.Count;
        if ((long)count * _alphabet > 64_000_000)
        {
            throw new ArgumentException("the patterns are too many or too long to compile", nameof(patterns));
        }

        var fail = new int[count];
        var breadthFirst = new int[count];
        var queued = 0;
        breadthFirst[queued++] = 0;
        for (var head = 0; head < queued; head++)
        {
            var state = breadthFirst[head];
            if (state != 0)
            {
                outputs[state].AddRange(outputs[fail[state]]);
            }

            foreach (var (cls, child) in children[state])
            {
                var f = state;
                var target = 0;
                while (f != 0)
                {
                    f = fail[f];
                    if (children[f].TryGetValue(cls, out var t))
                    {
                        target = t;
                        break;
                    }
                }

                fail[child] = state == 0 ? 0 : target;
                breadthFirst[queued++] = child;
            }
        }

        // Renumber the states so that those where a pattern ends come last, and store each transition as the
        // target row's offset: a step is then one add and one load (no multiply), and "does a pattern end here"
        // is one comparison against _firstOutput, off the step's dependency chain.
        var merged = outputs.Select(o => o.Count == 0 ? NoOutputs : o.Distinct().ToArray()).ToArray();
        var newId = new int[count];
        var quiet = merged.Count(o => o.Length == 0);
        var (nextQuiet, nextLoud) = (0, quiet);
        for (var state = 0; state < count; state++)
        {
            newId[state] = merged[state].Length == 0 ? nextQuiet++ : nextLoud++;
        }

        // The dense table, a row per state in breadth-first order: a state's row is its failure's row (complete,
        // as the failure is shallower) with its own children written over it.
        var table = new int[count * _alphabet];
        _outputs = new int[count][];
        table.AsSpan(newId[0] * _alphabet, _alphabet).Fill(newId[0] * _alphabet);
        foreach (var state in breadthFirst)
        {
            var row = table.AsSpan(newId[state] * _alphabet, _alphabet);
            if (state != 0)
            {
                table.AsSpan(newId[fail[state]] * _alphabet, _alphabet).CopyTo(row);
            }

            foreach (var (cls, child) in children[state])
            {
                row[cls] = newId[child] * _alphabet;
            }

            _outputs[newId[state]] = merged[state];
        }

        _next = table;
        _firstOutput = quiet * _alphabet;
    }

    public int PatternCount => _lengths.Length;

    /// <summary>The start state. States are opaque: pass what <see cref="Step"/> returned back to it.</summary>
    public const int Start = 0;

    /// <summary>The dense transition table (entries are states), for loops that step inline: <c>state = Table[state + ClassOf[c]]</c>.</summary>
    internal int[] Table => _next;

    /// <summary>The alphabet class of each character.</summary>
    internal ushort[] ClassOf => _classOf;

    /// <summary>States at or above this one end at least one pattern.</summary>
    internal int FirstOutput => _firstOutput;

    public int Step(int state, char c) => _next[state + _classOf[c]];

    /// <summary>The patterns that end at the character that led to <paramref name="state"/>.</summary>
    public int[] Outputs(int state) => state < _firstOutput ? NoOutputs : _outputs[state / _alphabet];

    /// <summary>Whether any pattern ends at <paramref name="state"/> (one comparison: cheaper than the outputs themselves).</summary>
    public bool HasOutputs(int state) => state >= _firstOutput;

    public int Length(int pattern) => _lengths[pattern];
}
