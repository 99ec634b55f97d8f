using System.Collections;
using System.Collections.Immutable;

namespace Custos.Core.Policies;

/// <summary>
/// The reasons of an allow (<c>policy P permits AGENT ACTION RESOURCE</c>, one per permitting policy), written the
/// first time someone reads them. On the request path an allow's reasons are read only by the authorize API's
/// answer and by explain; every LLM call and tool call would otherwise format them for nothing.
/// </summary>
internal sealed class PermitReasons(PolicyBundle bundle, ImmutableArray<string> policyIds, string principal, string action, Pipeline.ResourceName resource) : IReadOnlyList<string>
{
    private string[]? reasons;

    public int Count => policyIds.Length;

    public string this[int index] => Reasons[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Reasons).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string[] Reasons
    {
        get
        {
            if (Volatile.Read(ref reasons) is { } written)
            {
                return written;
            }

            var what = $"{principal} {action} {resource}";
            var texts = new string[policyIds.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = $"policy {bundle.Describe(policyIds[i])} permits {what}";
            }

            // Two readers at once write equal texts; either array is the answer.
            return Interlocked.CompareExchange(ref reasons, texts, null) ?? texts;
        }
    }
}
