namespace Custos.Detection.Scanning;

/// <summary>
/// The patterns' trie over alphabet classes, the first stage of compiling an <see cref="AhoCorasick"/> automaton.
/// States are numbered as they are made (the root is 0); each knows its first child, next sibling and the class of
/// the transition into it, and one dictionary finds a state's child by class.
/// </summary>
internal sealed class Trie
{
    private readonly Dictionary<long, int> _child = [];
    private readonly List<int> _firstChild = [0];
    private readonly List<int> _nextSibling = [0];
    private readonly List<ushort> _label = [0];
    private readonly List<int> _childCount = [0];
    private readonly Dictionary<int, List<int>> _outputs = [];

    public Trie(IReadOnlyList<string> patterns, ushort[] classOf)
    {
        for (var id = 0; id < patterns.Count; id++)
        {
            var state = 0;
            foreach (var c in patterns[id])
            {
                var cls = classOf[c];
                if (!TryGetChild(state, cls, out var next))
                {
                    next = _firstChild.Count;
                    _child.Add(Key(state, cls), next);
                    _firstChild.Add(0);
                    _nextSibling.Add(_firstChild[state]);
                    _label.Add(cls);
                    _childCount.Add(0);
                    _firstChild[state] = next;
                    _childCount[state]++;
                }

                state = next;
            }

            if (!_outputs.TryGetValue(state, out var ids))
            {
                _outputs[state] = ids = [];
            }

            ids.Add(id);
        }
    }

    public int Count => _firstChild.Count;

    /// <summary>A state's first child, or 0 (the root is no one's child).</summary>
    public int FirstChild(int state) => _firstChild[state];

    /// <summary>The next child of the same parent, or 0.</summary>
    public int NextSibling(int state) => _nextSibling[state];

    /// <summary>The class of the transition into a state.</summary>
    public ushort Label(int state) => _label[state];

    public int ChildCount(int state) => _childCount[state];

    public bool TryGetChild(int state, int cls, out int child) => _child.TryGetValue(Key(state, cls), out child);

    /// <summary>The patterns that end at a state (not those that end at a suffix of it), in the order given.</summary>
    public IReadOnlyList<int> Outputs(int state) => _outputs.TryGetValue(state, out var ids) ? ids : [];

    private static long Key(int state, int cls) => ((long)state << 16) | (uint)cls;
}
