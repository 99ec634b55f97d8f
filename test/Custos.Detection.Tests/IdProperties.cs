using Custos.Detection.Tests.Evaluation;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Detection.Tests;

/// <summary>
/// The properties the national and tax id tests share: a generated value placed somewhere in multilingual filler text is
/// found once at its exact offsets, and a near miss is not found at all.
/// </summary>
internal static class IdProperties
{
    private static readonly Scanner Scanner = new();

    private static readonly string[] Words = ["the", "invoice", "file", "was", "sent", "to", "Zoë", "über", "naïve", "日本語", "données", "—", "and", "then", "(see", "below).", "réunion", "mañana", "\n", "\t", "ID"];

    public static Gen<string> Filler() =>
        Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(ws => string.Join(' ', ws));

    /// <summary>A seed for the fakes, and filler before and after.</summary>
    public static Arbitrary<(int Seed, string Before, string After)> Placed() =>
        Gen.Choose(0, int.MaxValue).SelectMany(seed => Filler().SelectMany(before => Filler().Select(after => (seed, before, after)))).ToArbitrary();

    /// <summary>A generated value, after <paramref name="make"/>'s lead (a keyword, or nothing), somewhere in filler text: found once, at its exact offsets.</summary>
    public static Property FoundExactly(string type, Func<Fakes, (string Lead, string Value)> make) =>
        Prop.ForAll(Placed(), t =>
        {
            var (lead, value) = make(new Fakes(t.Seed));
            var prefix = t.Before + " " + lead;
            var text = prefix + value + " " + t.After;
            var findings = Scanner.Scan(text).Where(f => f.Type == type).ToList();
            return (findings.Count == 1 && findings[0].Start == prefix.Length && findings[0].End == prefix.Length + value.Length)
                .Label($"{text} => {Describe(text)}");
        });

    /// <summary>A near miss, after a lead that names its type, somewhere in filler text: nothing is found at all.</summary>
    public static Property NothingFound(Func<Fakes, string> make) =>
        Prop.ForAll(Placed(), t =>
        {
            var text = t.Before + " " + make(new Fakes(t.Seed)) + " " + t.After;
            return (Scanner.Scan(text).Count == 0).Label($"{text} => {Describe(text)}");
        });

    private static string Describe(string text) => string.Join("; ", Scanner.Scan(text).Select(f => $"{f.Type}[{f.Start},{f.End})"));
}
