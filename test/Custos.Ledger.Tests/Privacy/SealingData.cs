using System.Security.Cryptography;
using Custos.Ledger.Privacy;
using FsCheck;
using FsCheck.Fluent;

namespace Custos.Ledger.Tests.Privacy;

/// <summary>Subjects with random keys, and a key lookup over them that can be told to forget one.</summary>
internal sealed class SubjectSet
{
    public SubjectSet(int count)
    {
        Keys = [.. Enumerable.Range(0, count).Select(i => new SubjectKey($"ds_{i:D2}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", RandomNumberGenerator.GetBytes(PersonalDataSeal.KeySize)))];
    }

    public SubjectKey[] Keys { get; }

    public HashSet<string> Erased { get; } = new(StringComparer.Ordinal);

    public SubjectKeyStatus Lookup(string subjectRef, Span<byte> key)
    {
        if (Erased.Contains(subjectRef))
        {
            return SubjectKeyStatus.Erased;
        }

        foreach (var subject in Keys)
        {
            if (subject.Ref == subjectRef)
            {
                subject.Key.Span.CopyTo(key);
                return SubjectKeyStatus.Found;
            }
        }

        return SubjectKeyStatus.Unknown;
    }
}

internal static class SealingData
{
    public static Gen<int> SubjectCounts => Gen.Choose(1, 8);

    public static Gen<byte[]> Plaintexts =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? []),
            Gen.Choose(0, 5000).Select(n => RandomNumberGenerator.GetBytes(n)));
}
