using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Cedar.Tests.Differential;

/// <summary>
/// Random well-typed (and some ill-typed) policies, entities and requests over <see cref="DiffSchema"/>, decided by
/// our engine and by the reference implementation: the decisions, determining policies and erroring policies must
/// be the same for every request, and our strict validator must give the reference's verdict.
/// </summary>
[Collection(CedarWasmCollection.Name)]
public sealed class DifferentialAuthorizationTests(CedarWasmPeer peer, ITestOutputHelper output)
{
    private static readonly int Cases = DiffScale.Times(2000);

    [Fact]
    public void Random_cases_get_the_same_decisions_reasons_errors_and_validation_verdict_as_cedar_wasm()
    {
        var stats = new DiffStats();
        var clock = Stopwatch.StartNew();
        var property = Prop.ForAll(
            Arb.From(CedarGenerators.Case, c => c.Shrink()),
            c =>
            {
                var disagreement = DifferentialRunner.Compare(peer, c, stats);
                if (disagreement is not null)
                    Assert.Fail(disagreement);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithEndSize(100), property);
        output.WriteLine($"cedar-wasm {peer.Version}: {stats} in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (refusal, count) in stats.Refusals)
            output.WriteLine($"  refused {count}x: {refusal}");

        // The generators must keep producing a mix, or agreement would mean little.
        Assert.Equal(Cases, stats.Cases);
        Assert.True(stats.Allow > stats.Requests / 20, $"too few allows: {stats}");
        Assert.True(stats.Deny > stats.Requests / 5, $"too few denies: {stats}");
        Assert.True(stats.WithErrors > stats.Requests / 20, $"too few evaluation errors: {stats}");
        Assert.True(stats.Failures > 0, $"no request was refused: {stats}");
        Assert.True(stats.Valid > Cases / 5 && stats.Invalid > Cases / 10, $"validation verdicts are one-sided: {stats}");
    }
}
