using System.Numerics;
using System.Runtime.CompilerServices;

namespace Custos.Detection.Scanning;

/// <summary>
/// A multi-pattern automaton over a compressed alphabet whose every step is one transition, whatever the number of
/// patterns, so the scanner's main loop stays linear. With <c>ignoreCase</c>, ASCII letters of either case share a
/// class; callers check case themselves where it matters.
/// </summary>
/// <remarks>
/// <para>
/// Every state has a dense row over the ASCII classes (and, in a small automaton, over all classes): a step on an
/// ASCII character, nearly every step in English, code and JSON, is one array read. A large vocabulary in many
/// scripts has hundreds of classes for other characters (the injection phrases: 604 of 662) but few states that
/// use them, so a state keeps only its own transitions on those, and a step on one follows failure links until a
/// state has the character (or the start state, which has them all). Each link leads to a shallower state and
/// each character deepens by at most one, so the walks cost O(1) per character, amortised.
/// </para>
/// <para>
/// States are premultiplied row offsets, those where a pattern ends last, so a step is
/// <c>Table[state + ClassOf[c]]</c> and "does a pattern end here" is one comparison against
/// <see cref="FirstOutput"/>. A class without a column is a number that takes the sum past the dense rows, where
/// the table decodes the state and the class from it.
/// </para>
/// </remarks>
internal sealed class AhoCorasick
{
    /// <summary>Up to this size, every class has a column (a small automaton gains nothing from the split).</summary>
    internal const int AllColumnsBytes = 1 << 20;

    private const int MaxDenseEntries = 64_000_000;

    private static readonly int[] NoOutputs = [];

    private readonly int[] _classOf;
    private readonly int _columns;
    private readonly int[] _dense;
    private readonly int _firstOutput;
    private readonly int[][] _outputs; // by state / _columns
    private readonly int[] _lengths;

    // The classes without a column (the "wide" ones, numbered from 0 here), for the states that have a transition on one.
    private readonly int _groupShift; // the class value of wide class j is _dense.Length + (j % _columns) + ((j / _columns) << _groupShift)
    private readonly ulong _columnsReciprocal; // to divide by _columns with a multiplication (Lemire, Kaser, Kurz 2019)
    private readonly int[] _rootWide; // the start state's transition on each wide class
    private readonly int[] _failRow; // each state's failure, as a row number
    private readonly int[] _wideStart; // by row: the first of the state's own wide transitions, sorted by class
    private readonly ushort[] _wideClass;
    private readonly int[] _wideTarget;

    public AhoCorasick(IReadOnlyList<string> patterns, bool ignoreCase)
        : this(patterns, ignoreCase, AllColumnsBytes)
    {
    }

    /// <param name="patterns">What to find; none empty.</param>
    /// <param name="ignoreCase">Whether ASCII letters of either case share a class.</param>
    /// <param name="allColumnsBytes">Up to this size of the dense rows, every class has a column.</param>
    internal AhoCorasick(IReadOnlyList<string> patterns, bool ignoreCase, long allColumnsBytes)
    {
        // The classes: 0 for a character in no pattern, then the ASCII characters, then the others.
        var seen = new bool[char.MaxValue + 1];
        foreach (var pattern in patterns)
        {
            ArgumentException.ThrowIfNullOrEmpty(pattern);
            foreach (var c in pattern)
            {
                seen[Fold(c, ignoreCase)] = true;
            }
        }

        var raw = new ushort[char.MaxValue + 1];
        var classes = 1;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (seen[c])
            {
                if (classes == ushort.MaxValue)
                {
                    throw new ArgumentException("too many distinct characters in the patterns", nameof(patterns));
                }

                raw[c] = (ushort)classes++;
            }
        }

        if (ignoreCase)
        {
            for (var c = 'A'; c <= 'Z'; c++)
            {
                raw[c] = raw[c | 0x20];
            }
        }

        var asciiColumns = 1 + seen.AsSpan(0, 0x80).Count(true);
        _lengths = [.. patterns.Select(p => p.Length)];

        var trie = new Trie(patterns, raw);
        var count = trie.Count;
        var columns = (long)count * classes * sizeof(int) <= allColumnsBytes ? classes : asciiColumns;
        var wide = classes - columns;
        var rows = (long)count * columns;
        var groupShift = 32 - BitOperations.LeadingZeroCount((uint)rows - 1); // a group holds every state's sum with one class
        if (rows > MaxDenseEntries || (1L << groupShift) * (2 + ((wide + columns - 1) / columns)) > int.MaxValue)
        {
            throw new ArgumentException("the patterns are too many or too long to compile", nameof(patterns));
        }

        _columns = columns;
        _groupShift = groupShift;
        _columnsReciprocal = columns == 1 ? 0 : (ulong.MaxValue / (ulong)columns) + 1;

        // Breadth-first over the trie: failure links, and each state's outputs merged with its failure's.
        var fail = new int[count];
        var order = new int[count];
        var queued = 0;
        order[queued++] = 0;
        var outputs = new int[count][];
        outputs[0] = NoOutputs;
        for (var head = 0; head < queued; head++)
        {
            var state = order[head];
            for (var child = trie.FirstChild(state); child != 0; child = trie.NextSibling(child))
            {
                var cls = trie.Label(child);
                var target = 0;
                for (var f = state; f != 0;)
                {
                    f = fail[f];
                    if (trie.TryGetChild(f, cls, out var t))
                    {
                        target = t;
                        break;
                    }
                }

                fail[child] = target;
                outputs[child] = Merge(trie.Outputs(child), outputs[target]);
                order[queued++] = child;
            }
        }

        // Rows in breadth-first order, those where no pattern ends first.
        var row = new int[count];
        var quiet = 0;
        foreach (var state in order)
        {
            quiet += outputs[state].Length == 0 ? 1 : 0;
        }

        var (nextQuiet, nextLoud) = (0, quiet);
        foreach (var state in order)
        {
            row[state] = outputs[state].Length == 0 ? nextQuiet++ : nextLoud++;
        }

        _firstOutput = quiet * columns;
        _outputs = new int[count][];
        foreach (var state in order)
        {
            _outputs[row[state]] = outputs[state];
        }

        // The dense rows, breadth-first: a state's row is its failure's row (complete, as the failure is
        // shallower) with its own children written over it.
        var dense = new int[count * columns];
        foreach (var state in order)
        {
            var cells = dense.AsSpan(row[state] * columns, columns);
            if (state != 0)
            {
                dense.AsSpan(row[fail[state]] * columns, columns).CopyTo(cells);
            }

            for (var child = trie.FirstChild(state); child != 0; child = trie.NextSibling(child))
            {
                if (trie.Label(child) < columns)
                {
                    cells[trie.Label(child)] = row[child] * columns;
                }
            }
        }

        _dense = dense;

        // The wide transitions: each state's own, its failure, and the start state's in full.
        _rootWide = new int[wide];
        _failRow = new int[wide == 0 ? 0 : count];
        _wideStart = new int[wide == 0 ? 0 : count + 1];
        var wideEdges = new List<(int Row, ushort Class, int Target)>();
        if (wide != 0)
        {
            foreach (var state in order)
            {
                _failRow[row[state]] = row[fail[state]];
                for (var child = trie.FirstChild(state); child != 0; child = trie.NextSibling(child))
                {
                    if (trie.Label(child) >= columns)
                    {
                        var j = (ushort)(trie.Label(child) - columns);
                        if (state == 0)
                        {
                            _rootWide[j] = row[child] * columns;
                        }
                        else
                        {
                            wideEdges.Add((row[state], j, row[child] * columns));
                        }
                    }
                }
            }
        }

        wideEdges.Sort();
        _wideClass = new ushort[wideEdges.Count];
        _wideTarget = new int[wideEdges.Count];
        var e = 0;
        for (var r = 0; r < _wideStart.Length; r++)
        {
            _wideStart[r] = e;
            while (e < wideEdges.Count && wideEdges[e].Row == r)
            {
                (_wideClass[e], _wideTarget[e]) = (wideEdges[e].Class, wideEdges[e].Target);
                e++;
            }
        }

        _classOf = new int[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var cls = raw[c];
            _classOf[c] = cls < columns ? cls : WideValue(cls - columns);
        }
    }

    public int PatternCount => _lengths.Length;

    /// <summary>The start state. States are opaque: pass what <see cref="Step"/> returned back to it.</summary>
    public const int Start = 0;

    /// <summary>The transition function, for loops that step inline: <c>state = Table[state + ClassOf[c]]</c>.</summary>
    internal AutomatonTable Table => new(_dense, this);

    /// <summary>The number to add to a state for each character (see <see cref="Table"/>).</summary>
    internal AlphabetClasses ClassOf => new(_classOf);

    /// <summary>States at or above this one end at least one pattern.</summary>
    internal int FirstOutput => _firstOutput;

    /// <summary>The states, the classes, the dense rows' columns, and the bytes all transitions take.</summary>
    internal (int States, int Classes, int Columns, long Bytes) Size =>
        (_dense.Length / _columns, _columns + _rootWide.Length, _columns,
         sizeof(int) * ((long)_dense.Length + _rootWide.Length + _failRow.Length + _wideStart.Length + _wideTarget.Length) + (sizeof(ushort) * (long)_wideClass.Length));

    public int Step(int state, char c)
    {
        var next = state + _classOf[c];
        var dense = _dense;
        return (uint)next < (uint)dense.Length ? dense[next] : StepWide(next);
    }

    /// <summary>The patterns that end at the character that led to <paramref name="state"/>.</summary>
    public int[] Outputs(int state) => state < _firstOutput ? NoOutputs : _outputs[state / _columns];

    /// <summary>Whether any pattern ends at <paramref name="state"/> (one comparison: cheaper than the outputs themselves).</summary>
    public bool HasOutputs(int state) => state >= _firstOutput;

    public int Length(int pattern) => _lengths[pattern];

    /// <summary>
    /// <see cref="Step"/>, adding to <paramref name="failures"/> the failure links it followed: for tests that hold the
    /// automaton to linear work (the links followed over a text never outnumber its characters).
    /// </summary>
    internal int Step(int state, char c, ref long failures)
    {
        var next = state + _classOf[c];
        if ((uint)next < (uint)_dense.Length)
        {
            return _dense[next];
        }

        var counted = default(FailureCount);
        var target = StepWide(next, ref counted);
        failures += counted.Links;
        return target;
    }

    /// <summary>A step on a class without a column, given the state plus the class's value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal int StepWide(int stateAndClass)
    {
        var uncounted = default(NoCount);
        return StepWide(stateAndClass, ref uncounted);
    }

    private interface ILinkCount
    {
        void Followed();
    }

    private struct NoCount : ILinkCount
    {
        public readonly void Followed()
        {
        }
    }

    private struct FailureCount : ILinkCount
    {
        public long Links;

        public void Followed() => Links++;
    }

    // Specialised per counter by the JIT: with NoCount the count compiles to nothing.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StepWide<TCount>(int stateAndClass, ref TCount count)
        where TCount : struct, ILinkCount
    {
        // Undo WideValue: the sum is _dense.Length + ((j / _columns) << _groupShift) + (row * _columns) + (j % _columns).
        var rest = (uint)(stateAndClass - _dense.Length);
        var high = (int)(rest >> _groupShift);
        rest &= (1u << _groupShift) - 1;
        var r = _columns == 1 ? (int)rest : (int)Math.BigMul(_columnsReciprocal, rest, out _);
        var j = (high * _columns) + ((int)rest - (r * _columns));
        var wideClass = _wideClass;
        while (r != 0)
        {
            // Binary search over the state's own wide transitions (most have none or one).
            var (low, last) = (_wideStart[r], _wideStart[r + 1] - 1);
            while (low <= last)
            {
                var middle = (int)((uint)(low + last) >> 1);
                var at = wideClass[middle];
                if (at == j)
                {
                    return _wideTarget[middle];
                }

                (low, last) = at < j ? (middle + 1, last) : (low, middle - 1);
            }

            r = _failRow[r];
            count.Followed();
        }

        return _rootWide[j];
    }

    // With ignoreCase, ASCII letters only: a capital outside ASCII is its own character, as the callers expect.
    private static char Fold(char c, bool ignoreCase) => ignoreCase && char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    // The value of wide class j: past the dense rows whatever state it is added to, and unique for each (state, j).
    private int WideValue(int j) => _dense.Length + (j % _columns) + ((j / _columns) << _groupShift);

    // A state's own outputs, then its failure's (patterns that end at a shorter suffix).
    private static int[] Merge(IReadOnlyList<int> own, int[] inherited)
    {
        if (own.Count == 0)
        {
            return inherited;
        }

        var merged = new int[own.Count + inherited.Length];
        for (var i = 0; i < own.Count; i++)
        {
            merged[i] = own[i];
        }

        inherited.CopyTo(merged, own.Count);
        return merged;
    }
}
