using System.Runtime.InteropServices;

namespace Custos.Detection.Injection;

/// <summary>
/// The features the injection classifier reads: the text folded as the injection pass folds it (<see cref="Fold"/>),
/// cut into words (runs of letters and digits; each Chinese or Japanese character is a word of its own), and hashed
/// into <see cref="Size"/> buckets: every word, every pair of neighbouring words, and the four-grams of each longer word (so that "disregarding" shares features with "disregard"). Each feature remembers the
/// words it came from, so a finding can quote the wording behind its score.
/// </summary>
internal static class ClassifierFeatures
{
    /// <summary>
    /// The version of the features below, written into the model file: a change to what is hashed, or how, is a new
    /// version, and a model trained on another is refused (its weights would sit in the wrong buckets).
    /// </summary>
    public const int Version = 1;

    /// <summary>Bits of the hashed feature index.</summary>
    public const int Bits = 18;

    /// <summary>Buckets of the weight table.</summary>
    public const int Size = 1 << Bits;

    private const int Mask = Size - 1;
    private const int MaxWordLength = 64;

    // FNV-1a, 32 bits: the words' hash.
    private const uint Basis = 2166136261u;
    private const uint Prime = 16777619u;

    // In Letters: a character that ends a word, and one the slow path folds (removed, expanded, surrogate, ideograph).
    private const char Separator = '\0';
    private const char Other = '\uFFFF';

    /// <summary>
    /// Per BMP character, what <see cref="Words"/> makes of it in one read: its fold when that is one letter or digit
    /// that joins a word, <see cref="Separator"/> when it ends a word, <see cref="Other"/> for the rest (the slow path,
    /// which gives the same words as folding character by character).
    /// </summary>
    private static readonly char[] Letters = BuildLetters();

    /// <summary>The words of <paramref name="text"/>: their hashes and their extents in the original text.</summary>
    public static void Words(string text, List<Word> words, List<char> folded)
    {
        words.Clear();

        // The folded letters are written straight into the list's array (most texts fold to fewer letters than they
        // have characters; expansions past that grow it), and the list is cut to what was written at the end. The
        // loop's state stays in locals, never passed by reference, so that the JIT keeps it in registers; the rare
        // character that needs the fold's slow path hands it over in a Cut and takes it back.
        CollectionsMarshal.SetCount(folded, Math.Max(16, text.Length));
        var buffer = CollectionsMarshal.AsSpan(folded);
        var n = 0;
        var letters = Letters;
        var hash = Basis;
        var length = 0;
        var start = -1;
        var end = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // Most characters are a letter or digit that folds to one, or a separator: one table read each.
            var letter = letters[c];
            if (letter == Separator)
            {
                if (start >= 0)
                {
                    words.Add(new Word(hash, start, end, n - length, length));
                    hash = Basis;
                    length = 0;
                    start = -1;
                }

                continue;
            }

            if (letter != Other)
            {
                if (start < 0)
                {
                    start = i;
                }

                if (length < MaxWordLength)
                {
                    hash = (hash ^ letter) * Prime;
                    length++;
                    if ((uint)n >= (uint)buffer.Length)
                    {
                        buffer = Grow(folded, n);
                    }

                    buffer[n++] = letter;
                }

                end = i + 1;
                continue;
            }

            var cut = new Cut { Hash = hash, Length = length, Start = start, End = end, Folded = n };
            i = Slow(text, i, words, folded, ref cut);
            (hash, length, start, end, n) = (cut.Hash, cut.Length, cut.Start, cut.End, cut.Folded);
            buffer = CollectionsMarshal.AsSpan(folded);
        }

        if (start >= 0)
        {
            words.Add(new Word(hash, start, end, n - length, length));
        }

        CollectionsMarshal.SetCount(folded, n);
    }

    /// <summary>
    /// A character the fold's table leaves to the slow path, at <paramref name="i"/> (a surrogate pair, a character that
    /// folds to several, to none, or to an ideograph): fed as folding it character by character would; returns the
    /// index of the last character it took.
    /// </summary>
    private static int Slow(string text, int i, List<Word> words, List<char> folded, ref Cut cut)
    {
        var c = text[i];
        var next = i + 1;
        if (char.IsHighSurrogate(c) && next < text.Length && char.IsLowSurrogate(text[next]))
        {
            var supplementary = Fold.Supplementary(char.ConvertToUtf32(c, text[next]));
            next++;
            if (supplementary is null)
            {
                Close(words, ref cut);
            }
            else
            {
                foreach (var f in supplementary)
                {
                    Feed(words, folded, f, i, next, ref cut);
                }
            }

            return next - 1;
        }

        var single = Fold.Single(c);
        if (single == Fold.Removed)
        {
            return i;
        }

        if (single == Fold.Expands)
        {
            foreach (var f in Fold.Expansion(c))
            {
                Feed(words, folded, f, i, next, ref cut);
            }

            return i;
        }

        Feed(words, folded, single, i, next, ref cut);
        return i;
    }

    /// <summary>Most features one word can give: its pair with the word before, itself, and the four-grams of its letters.</summary>
    public const int MaxPerWord = MaxWordLength + 2;

    /// <summary>
    /// The hashed features of words [<paramref name="from"/>, <paramref name="to"/>): each word, each pair within the
    /// range, and the four-grams of each word longer than four letters. <paramref name="features"/> receives
    /// (bucket, first word, last word), each bucket once (a name repeated, as code repeats its names, counts once).
    /// </summary>
    public static void Features(List<Word> words, List<char> folded, int from, int to, List<(int Bucket, int First, int Last)> features, BucketSet seen)
    {
        features.Clear();
        seen.Clear();
        Span<int> buckets = stackalloc int[MaxPerWord];
        for (var w = from; w < to; w++)
        {
            var n = WordFeatures(words, folded, w, w > from, buckets);
            for (var k = 0; k < n; k++)
            {
                if (seen.Add(buckets[k]))
                {
                    features.Add((buckets[k], k == 0 && w > from ? w - 1 : w, w));
                }
            }
        }
    }

    /// <summary>The bucket of a word on its own (the first feature <see cref="WordFeatures"/> gives after the pair).</summary>
    public static int WordBucket(uint hash) => (int)(Mix(hash, 1) & Mask);

    /// <summary>The bucket of a pair of neighbouring words (the first feature <see cref="WordFeatures"/> gives).</summary>
    public static int PairBucket(uint before, uint hash) => (int)(Mix((before * 31) ^ hash, 2) & Mask);

    /// <summary>Word <paramref name="w"/>'s features: its pair with the word before (when <paramref name="pair"/>), itself, its four-grams.</summary>
    public static int WordFeatures(List<Word> words, List<char> folded, int w, bool pair, Span<int> into)
    {
        var n = 0;
        var word = words[w];
        if (pair)
        {
            into[n++] = PairBucket(words[w - 1].Hash, word.Hash);
        }

        into[n++] = WordBucket(word.Hash);
        if (word.Length > 4)
        {
            n += Grams(CollectionsMarshal.AsSpan(folded).Slice(word.Fold, word.Length), into[n..]);
        }

        return n;
    }

    /// <summary>
    /// The buckets of the four-grams of a word's folded <paramref name="letters"/> (more than four), its first and last
    /// marked as such ("^dis", "ard$"): one per letter, <paramref name="letters"/>.Length - 1 in all.
    /// </summary>
    public static int Grams(ReadOnlySpan<char> letters, Span<int> into)
    {
        // Four chars packed in 64 bits; the marks are 1, which no folded letter is.
        var n = 0;
        var packed = 1ul;
        for (var j = 0; j <= letters.Length; j++)
        {
            packed = (packed << 16) | (j < letters.Length ? letters[j] : 1u);
            if (j >= 2)
            {
                into[n++] = (int)(Mix((uint)packed ^ (uint)(packed >> 32) * 0x9E3779B1u, 3) & Mask);
            }
        }

        return n;
    }

    private static void Feed(List<Word> words, List<char> folded, char c, int at, int next, ref Cut cut)
    {
        if (IsIdeograph(c))
        {
            Close(words, ref cut);
            words.Add(new Word((Basis ^ c) * Prime, at, next, cut.Folded, 0));
            return;
        }

        if (!char.IsLetterOrDigit(c))
        {
            Close(words, ref cut);
            return;
        }

        if (cut.Start < 0)
        {
            cut.Start = at;
        }

        if (cut.Length < MaxWordLength)
        {
            cut.Hash = (cut.Hash ^ c) * Prime;
            cut.Length++;
            var buffer = CollectionsMarshal.AsSpan(folded);
            if ((uint)cut.Folded >= (uint)buffer.Length)
            {
                buffer = Grow(folded, cut.Folded);
            }

            buffer[cut.Folded++] = c;
        }

        cut.End = next;
    }

    /// <summary>Closes the word being read, if any.</summary>
    private static void Close(List<Word> words, ref Cut cut)
    {
        if (cut.Start >= 0)
        {
            words.Add(new Word(cut.Hash, cut.Start, cut.End, cut.Folded - cut.Length, cut.Length));
        }

        cut.Hash = Basis;
        cut.Length = 0;
        cut.Start = -1;
    }

    /// <summary>Doubles the folded buffer, keeping the <paramref name="written"/> letters it holds.</summary>
    private static Span<char> Grow(List<char> folded, int written)
    {
        CollectionsMarshal.SetCount(folded, Math.Max(16, written * 2));
        return CollectionsMarshal.AsSpan(folded);
    }

    /// <summary>The state of <see cref="Words"/>' loop, handed to its slow path.</summary>
    private struct Cut
    {
        public uint Hash;
        public int Length;
        public int Start;
        public int End;
        public int Folded;
    }

    private static char[] BuildLetters()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var f = Fold.Single((char)c);
            table[c] = char.IsSurrogate((char)c) || f is Fold.Removed or Fold.Expands || IsIdeograph(f) ? Other
                : char.IsLetterOrDigit(f) ? f
                : Separator;
        }

        return table;
    }

    /// <summary>Chinese characters and Japanese kana: scripts written without spaces between words.</summary>
    private static bool IsIdeograph(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>A 32-bit finalizer (MurmurHash3's) over the hash and a salt that keeps feature families apart.</summary>
    internal static uint Mix(uint h, uint salt)
    {
        h ^= salt * 0x9E3779B9u;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }

    /// <summary>A set of buckets for one window, emptied in constant time (a generation per entry).</summary>
    internal sealed class BucketSet
    {
        private const int Slots = 4096;

        // Per slot, the generation in the high half and the bucket in the low half: one read a probe.
        private readonly long[] _slots = new long[Slots];
        private long _generation = 1L << 32;
        private int _count;

        /// <summary>Whether the set is half full, from which every bucket added counts as new (and is not kept).</summary>
        public bool IsFull => _count >= Slots / 2;

        public void Clear()
        {
            _count = 0;
            _generation += 1L << 32;
            if (_generation == (long)int.MaxValue << 32)
            {
                Array.Clear(_slots);
                _generation = 1L << 32;
            }
        }

        /// <summary>True when <paramref name="bucket"/> was not yet in the set (then it is). Past half full, every bucket counts as new.</summary>
        public bool Add(int bucket)
        {
            if (_count >= Slots / 2)
            {
                return true;
            }

            var slots = _slots;
            var key = _generation | (uint)bucket;
            for (var slot = (int)((uint)bucket * 2654435761u >> 20); ; slot = (slot + 1) & (Slots - 1))
            {
                var held = slots[slot];
                if (held == key)
                {
                    return false;
                }

                if ((held & ~0xFFFFFFFFL) != _generation)
                {
                    slots[slot] = key;
                    _count++;
                    return true;
                }
            }
        }
    }

    /// <summary>One word: its hash, where it stands in the original text, and its folded letters (at <paramref name="Fold"/> in the folded buffer).</summary>
    internal readonly record struct Word(uint Hash, int Start, int End, int Fold, int Length);
}
