using Custos.Cedar.Evaluation;

namespace Custos.Cedar.Authorization;

/// <summary>
/// The candidate policies of a request as four lists each sorted by policy index; <see cref="Next"/> walks them
/// merged, in policy-set order, without allocating.
/// </summary>
internal struct PolicyBuckets(CompiledPolicy[] both, CompiledPolicy[] action, CompiledPolicy[] principal, CompiledPolicy[] general)
{
    private int _both, _action, _principal, _general;

    public readonly int Count => both.Length + action.Length + principal.Length + general.Length;

    public CompiledPolicy? Next()
    {
        CompiledPolicy? best = null;
        var which = -1;
        Consider(both, _both, 0, ref best, ref which);
        Consider(action, _action, 1, ref best, ref which);
        Consider(principal, _principal, 2, ref best, ref which);
        Consider(general, _general, 3, ref best, ref which);
        switch (which)
        {
            case 0: _both++; break;
            case 1: _action++; break;
            case 2: _principal++; break;
            case 3: _general++; break;
        }
        return best;
    }

    private static void Consider(CompiledPolicy[] list, int position, int id, ref CompiledPolicy? best, ref int which)
    {
        if (position < list.Length && (best is null || list[position].Index < best.Index))
        {
            best = list[position];
            which = id;
        }
    }
}
