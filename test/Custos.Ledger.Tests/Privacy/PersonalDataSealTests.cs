using System.Text;
using Custos.Ledger.Privacy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Privacy;

public sealed class PersonalDataSealTests
{
    private const string Context = "0193a5f0-7c1e-7aaa-8bbb-0123456789ab";

    [Property(MaxTest = 200)]
    public Property Sealed_data_opens_with_every_key_after_a_json_round_trip() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), (count, plaintext) =>
        {
            var subjects = new SubjectSet(count);
            var sealedJson = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context).ToJson();
            var parsed = SealedEnvelope.Parse(Encoding.UTF8.GetBytes(sealedJson.ToJsonString()));
            var opened = PersonalDataSeal.Open(parsed.Value!, subjects.Lookup, Context);
            return parsed.IsSuccess && opened.IsOpened && opened.Plaintext!.AsSpan().SequenceEqual(plaintext)
                && parsed.Value!.SubjectRefs.SequenceEqual(subjects.Keys.Select(k => k.Ref));
        });

    [Property(MaxTest = 200)]
    public Property Erasing_any_one_key_makes_the_data_unreadable() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (count, plaintext, pick) =>
        {
            var subjects = new SubjectSet(count);
            var envelope = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            var erased = subjects.Keys[pick % count].Ref;
            subjects.Erased.Add(erased);
            var opened = PersonalDataSeal.Open(envelope, subjects.Lookup, Context);
            return opened.Status == OpenStatus.KeyErased && opened.SubjectRef == erased && opened.Plaintext is null;
        });

    [Property(MaxTest = 200)]
    public Property Any_one_wrong_key_fails_authentication_even_when_the_store_claims_it_is_right() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (count, plaintext, pick) =>
        {
            var subjects = new SubjectSet(count);
            var envelope = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            var replaced = pick % count;

            // A key that was overwritten rather than erased: the other N-1 shares say nothing about the data key.
            var other = new SubjectSet(count);
            subjects.Keys[replaced] = new SubjectKey(subjects.Keys[replaced].Ref, other.Keys[replaced].Key);
            var opened = PersonalDataSeal.Open(envelope, subjects.Lookup, Context);
            return opened.Status == OpenStatus.AuthenticationFailed && opened.SubjectRef == subjects.Keys[replaced].Ref;
        });

    [Property(MaxTest = 300)]
    public Property Any_flipped_byte_fails_authentication() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(1, 255)).ToArbitrary(), (count, plaintext, flip) =>
        {
            var subjects = new SubjectSet(count);
            var envelope = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);

            // Every byte the object carries, in one sequence: id, nonce, ciphertext, then each share's nonce and wrap.
            var parts = new List<byte[]> { envelope.Id, envelope.Nonce, envelope.Ciphertext };
            foreach (var share in envelope.Shares)
            {
                parts.Add(share.Nonce);
                parts.Add(share.Wrapped);
            }

            var total = parts.Sum(p => p.Length);
            var (position, delta) = flip;
            var target = position % total;
            foreach (var part in parts)
            {
                if (target < part.Length)
                {
                    part[target] ^= (byte)delta;
                    break;
                }

                target -= part.Length;
            }

            return PersonalDataSeal.Open(envelope, subjects.Lookup, Context).Status == OpenStatus.AuthenticationFailed;
        });

    [Property(MaxTest = 200)]
    public Property Shares_swapped_between_two_sealed_objects_fail_authentication() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (count, plaintext, pick) =>
        {
            var subjects = new SubjectSet(count);
            var first = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            var second = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            var index = pick % count;
            var shares = first.Shares.ToArray();
            shares[index] = second.Shares[index];
            var mixed = first with { Shares = shares };
            var opened = PersonalDataSeal.Open(mixed, subjects.Lookup, Context);
            return opened.Status == OpenStatus.AuthenticationFailed && opened.SubjectRef == subjects.Keys[index].Ref;
        });

    [Property(MaxTest = 100)]
    public Property A_ciphertext_moved_to_another_object_fails_authentication() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), (count, plaintext) =>
        {
            var subjects = new SubjectSet(count);
            var first = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            var second = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            var mixed = first with { Nonce = second.Nonce, Ciphertext = second.Ciphertext };
            return PersonalDataSeal.Open(mixed, subjects.Lookup, Context).Status == OpenStatus.AuthenticationFailed;
        });

    [Property(MaxTest = 100)]
    public Property Another_context_fails_authentication() =>
        Prop.ForAll(SealingData.SubjectCounts.ToArbitrary(), SealingData.Plaintexts.ToArbitrary(), (count, plaintext) =>
        {
            var subjects = new SubjectSet(count);
            var envelope = PersonalDataSeal.Seal(plaintext, subjects.Keys, Context);
            return PersonalDataSeal.Open(envelope, subjects.Lookup, Context + "x").Status == OpenStatus.AuthenticationFailed;
        });

    [Fact]
    public void Shares_in_another_order_fail_authentication()
    {
        var subjects = new SubjectSet(3);
        var envelope = PersonalDataSeal.Seal("{\"name\":\"Ada\"}"u8, subjects.Keys, Context);
        var reordered = envelope with { Shares = [envelope.Shares[1], envelope.Shares[0], envelope.Shares[2]] };
        Assert.Equal(OpenStatus.AuthenticationFailed, PersonalDataSeal.Open(reordered, subjects.Lookup, Context).Status);
    }

    [Fact]
    public void A_share_removed_fails_authentication()
    {
        var subjects = new SubjectSet(3);
        var envelope = PersonalDataSeal.Seal("{\"name\":\"Ada\"}"u8, subjects.Keys, Context);
        var fewer = envelope with { Shares = [envelope.Shares[0], envelope.Shares[1]] };
        Assert.Equal(OpenStatus.AuthenticationFailed, PersonalDataSeal.Open(fewer, subjects.Lookup, Context).Status);
    }

    [Fact]
    public void A_subject_the_store_does_not_know_is_reported_by_reference()
    {
        var subjects = new SubjectSet(2);
        var envelope = PersonalDataSeal.Seal("{}"u8, subjects.Keys);
        var result = PersonalDataSeal.Open(envelope, (_, _) => SubjectKeyStatus.Unknown);
        Assert.Equal(OpenStatus.KeyUnknown, result.Status);
        Assert.Equal(subjects.Keys[0].Ref, result.SubjectRef);
    }

    [Fact]
    public void Sealing_refuses_no_subjects_too_many_subjects_duplicates_and_short_keys()
    {
        var key = new byte[PersonalDataSeal.KeySize];
        Assert.Throws<ArgumentException>(() => PersonalDataSeal.Seal("{}"u8, []));
        Assert.Throws<ArgumentException>(() => PersonalDataSeal.Seal("{}"u8, [.. Enumerable.Range(0, 65).Select(i => new SubjectKey($"ds_{i}", key))]));
        Assert.Throws<ArgumentException>(() => PersonalDataSeal.Seal("{}"u8, [new SubjectKey("ds_a", key), new SubjectKey("ds_a", key)]));
        Assert.Throws<ArgumentException>(() => PersonalDataSeal.Seal("{}"u8, [new SubjectKey("ds_a", new byte[16])]));
        Assert.Throws<ArgumentException>(() => PersonalDataSeal.Seal("{}"u8, [new SubjectKey("customer 42", key)]));
    }

    [Fact]
    public void Sixty_four_subjects_seal_and_open()
    {
        var subjects = new SubjectSet(SealedEnvelope.MaxSubjects);
        var envelope = PersonalDataSeal.Seal("{\"a\":1}"u8, subjects.Keys);
        var parsed = SealedEnvelope.Parse(envelope.ToJson());
        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.True(PersonalDataSeal.Open(parsed.Value!, subjects.Lookup).IsOpened);
    }
}
