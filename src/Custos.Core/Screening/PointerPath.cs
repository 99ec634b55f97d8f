using System.Globalization;
using System.Text;

namespace Custos.Core.Screening;

/// <summary>
/// Where the screener's walk is in the arguments, kept as steps and written as a JSON pointer (RFC 6901) only when a
/// finding needs its location: the pointer of every element, made whether or not anything was found, was most of
/// what screening a clean request allocated.
/// </summary>
internal sealed class PointerPath
{
    private readonly List<PointerSegment> segments = [];

    public void Push(PointerSegment segment) => segments.Add(segment);

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    /// <summary>Forgets every step, and the members (and so the documents) they hold.</summary>
    public void Clear() => segments.Clear();

    /// <summary>The pointer of the element the walk is at; empty at the root.</summary>
    public string ToPointer()
    {
        if (segments.Count == 0)
        {
            return string.Empty;
        }

        var pointer = new StringBuilder();
        foreach (var segment in segments)
        {
            pointer.Append('/');
            if (segment.Text is not null)
            {
                pointer.Append(segment.Text);
            }
            else if (segment.Index >= 0)
            {
                pointer.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                pointer.Append(Screener.Escape(segment.Member.Name));
            }
        }

        return pointer.ToString();
    }
}
