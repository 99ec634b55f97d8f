using System.Runtime.CompilerServices;

namespace Custos.Detection.Scanning;

/// <summary>
/// The transition function of an <see cref="AhoCorasick"/> automaton, for loops that step inline:
/// <c>state = table[state + classOf[c]]</c>. A step on a class with a column in the dense rows (every ASCII
/// character) is one comparison and one load, as with a plain array, where the comparison is the bounds check; a
/// step on any other class leaves the inlined path.
/// </summary>
internal readonly struct AutomatonTable
{
    private readonly int[] _dense;
    private readonly AhoCorasick _automaton;

    internal AutomatonTable(int[] dense, AhoCorasick automaton)
    {
        _dense = dense;
        _automaton = automaton;
    }

    /// <summary>The next state, given a state plus the class value of the next character.</summary>
    public int this[int stateAndClass]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var dense = _dense;
            return (uint)stateAndClass < (uint)dense.Length ? dense[stateAndClass] : _automaton.StepWide(stateAndClass);
        }
    }
}
