namespace Custos.Detection.Injection;

/// <summary>
/// The distinct words of one text, for the classifier. Each word is given the id of the first word with the same
/// features (the same hash and length and, for words of more than four letters, the same letters), so that a word a
/// text repeats ("the", "request", a name in code) has its bucket and its four-grams hashed once per text, and a window
/// reads the features of each of its distinct words once: a repeated word adds nothing to the window's set of buckets.
/// Reused from text to text by one thread; nothing is allocated once its arrays have grown to the longest text.
/// </summary>
internal sealed class ClassifierLexicon
{
    private int[] _table = new int[512]; // id + 1 per slot, 0 for none
    private Entry[] _entries = new Entry[256];
    private int[] _grams = new int[1024];
    private int _mask;
    private int _count;
    private int _gramsFilled;
    private int _stamp;

    /// <summary>Distinct words since <see cref="Reset"/>.</summary>
    public int Count => _count;

    /// <summary>Forgets the last text's words, ready for one of up to <paramref name="words"/> words.</summary>
    public void Reset(int words)
    {
        var size = Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)words * 2));
        if (_table.Length < size)
        {
            _table = new int[size];
        }
        else
        {
            Array.Clear(_table, 0, size);
        }

        _mask = size - 1;
        _count = 0;
        _gramsFilled = 0;
        _stamp = 0;
    }

    /// <summary>The id of <paramref name="word"/> (its letters at <see cref="ClassifierFeatures.Word.Fold"/> in <paramref name="folded"/>).</summary>
    public int Intern(in ClassifierFeatures.Word word, ReadOnlySpan<char> folded)
    {
        var table = _table;
        var mask = _mask;
        for (var slot = (int)((word.Hash * 2654435761u) >> 7) & mask; ; slot = (slot + 1) & mask)
        {
            var held = table[slot];
            if (held == 0)
            {
                if (_count == _entries.Length)
                {
                    Array.Resize(ref _entries, _entries.Length * 2);
                }

                var id = _count++;
                _entries[id] = new Entry(word.Hash, word.Length, word.Fold, ClassifierFeatures.WordBucket(word.Hash), -1, 0, 0);
                table[slot] = id + 1;
                return id;
            }

            ref var entry = ref _entries[held - 1];
            if (entry.Hash == word.Hash && entry.Length == word.Length
                && (word.Length <= 4 || folded.Slice(entry.Fold, entry.Length).SequenceEqual(folded.Slice(word.Fold, word.Length))))
            {
                return held - 1;
            }
        }
    }

    /// <summary>The bucket of word <paramref name="id"/> on its own.</summary>
    public int WordBucket(int id) => _entries[id].WordBucket;

    /// <summary>A new window: every word counts as not yet read in it.</summary>
    public int NextWindow() => ++_stamp;

    /// <summary>
    /// Marks word <paramref name="id"/> read in window <paramref name="window"/>; false when it already was, so that
    /// its features are already in the window's set.
    /// </summary>
    public bool FirstIn(int id, int window)
    {
        ref var entry = ref _entries[id];
        if (entry.Stamp == window)
        {
            return false;
        }

        entry.Stamp = window;
        return true;
    }

    /// <summary>The buckets of word <paramref name="id"/>'s four-grams (none for a word of four letters or fewer), hashed on first use.</summary>
    public ReadOnlySpan<int> Grams(int id, ReadOnlySpan<char> folded)
    {
        ref var entry = ref _entries[id];
        if (entry.Length <= 4)
        {
            return [];
        }

        if (entry.GramStart < 0)
        {
            if (_grams.Length - _gramsFilled < entry.Length)
            {
                Array.Resize(ref _grams, Math.Max(_grams.Length * 2, _gramsFilled + entry.Length));
            }

            entry.GramStart = _gramsFilled;
            entry.GramCount = ClassifierFeatures.Grams(folded.Slice(entry.Fold, entry.Length), _grams.AsSpan(_gramsFilled));
            _gramsFilled += entry.GramCount;
        }

        return _grams.AsSpan(entry.GramStart, entry.GramCount);
    }

    private record struct Entry(uint Hash, int Length, int Fold, int WordBucket, int GramStart, int GramCount, int Stamp);
}
