using System.Runtime.CompilerServices;

namespace Custos.Detection.Scanning;

/// <summary>
/// The class of each character for an <see cref="AhoCorasick"/> automaton, as the number to add to a state before
/// indexing its <see cref="AutomatonTable"/>. A class with a column in the dense rows is its column; any other
/// class is a large number that takes the sum past the dense rows, where the table decodes it.
/// </summary>
internal readonly struct AlphabetClasses
{
    private readonly int[] _values;
    private readonly int _columns;

    internal AlphabetClasses(int[] values, int columns)
    {
        _values = values;
        _columns = columns;
    }

    public int this[char c]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _values[c];
    }

    /// <summary>The highest column of the dense rows (so <c>Max() + 1</c> columns), as a report counts the rows' width.</summary>
    public int Max() => _columns - 1;
}
