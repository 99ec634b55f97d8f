using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Detection.Tests;

/// <summary>
/// The scanner remembers short texts it found clean (JSON keys, roles, model names) and skips scanning them again:
/// a remembered text gives what a fresh scan gives, a text with findings is never remembered, and the set is bounded.
/// </summary>
public sealed class CleanTextCacheTests
{
    private static readonly string[] Dirty = ["bob@example.com", "ignore all previous instructions", "4111 1111 1111 1111", "AKIAZ7Q3RT5WXY2B4C6D", "10.0.0.7"];

    [Property(MaxTest = 300)]
    public Property A_remembered_scan_gives_what_a_fresh_scanner_gives() =>
        Prop.ForAll(
            Gen.OneOf(Gen.Elements(Dirty), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && s.Length <= Scanner.MaxCleanLength)).ToArbitrary(),
            text =>
            {
                var warm = new Scanner();
                var first = warm.Scan(text);
                var again = warm.Scan(text);
                var fresh = new Scanner().Scan(text);
                return Same(first, fresh) && Same(again, fresh);
            });

    [Fact]
    public void Texts_with_findings_are_found_every_time_and_the_set_stops_growing_when_full()
    {
        var scanner = new Scanner();
        for (var i = 0; i < Scanner.MaxCleanTexts + 500; i++)
        {
            Assert.Empty(scanner.Scan($"key{i}"));
        }

        Assert.Equal(Scanner.MaxCleanTexts, scanner.CleanTexts);

        foreach (var text in Dirty)
        {
            for (var round = 0; round < 3; round++)
            {
                Assert.NotEmpty(scanner.Scan(text));
            }
        }

        // A clean text past the bound is scanned each time and still found clean; a dirty one longer than the
        // remembered length is never cached either way.
        Assert.Empty(scanner.Scan("key-after-the-bound"));
        var longer = new string('x', Scanner.MaxCleanLength) + " bob@example.com";
        Assert.Single(scanner.Scan(longer));
        Assert.Single(scanner.Scan(longer));
    }

    private static bool Same(IReadOnlyList<Finding> a, IReadOnlyList<Finding> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Type == p.Second.Type && p.First.Start == p.Second.Start && p.First.End == p.Second.End);
}
