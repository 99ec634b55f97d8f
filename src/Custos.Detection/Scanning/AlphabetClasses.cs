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

    internal AlphabetClasses(int[] values)
    {
        _values = values;
    }

    public int this[char c]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _values[c];
    }
}
