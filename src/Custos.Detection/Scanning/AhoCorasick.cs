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
    private readonly bool[] _hasOutputs;
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

        // Breadth-first: failure links and the dense table.
        var count = children.Count;
        if ((long)count * _alphabet > 64_000_000)
        {
            throw new ArgumentException("the patterns are too many or too long to compile", nameof(patterns));
        }

        _next = new int[count * _alphabet];
        var fail = new int[count];
        var queue = new Queue<int>();
        foreach (var (cls, child) in children[0])
        {
            _next[cls] = child;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state].AddRange(outputs[fail[state]]);
            for (var cls = 0; cls < _alphabet; cls++)
            {
                if (children[state].TryGetValue(cls, out var child))
                {
                    fail[child] = _next[(fail[state] * _alphabet) + cls];
                    _next[(state * _alphabet) + cls] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    _next[(state * _alphabet) + cls] = _next[(fail[state] * _alphabet) + cls];
                }
            }
        }

        _outputs = outputs.Select(o => o.Count == 0 ? NoOutputs : o.Distinct().ToArray()).ToArray();
        _hasOutputs = _outputs.Select(o => o.Length > 0).ToArray();
    }

    public int PatternCount => _lengths.Length;

    public int Step(int state, char c) => _next[(state * _alphabet) + _classOf[c]];

    /// <summary>The patterns that end at the character that led to <paramref name="state"/>.</summary>
    public int[] Outputs(int state) => _outputs[state];

    /// <summary>Whether any pattern ends at <paramref name="state"/> (a dense flag array: cheaper than the outputs themselves).</summary>
    public bool HasOutputs(int state) => _hasOutputs[state];

    public int Length(int pattern) => _lengths[pattern];
}
