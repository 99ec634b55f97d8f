using System.Text;
using Custos.Ledger.Notes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Notes;

public sealed class SignedNoteTests
{
    // The published example of golang.org/x/mod/sumdb/note, the reference implementation: a test key, not a secret.
    private const string GoSignerKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private const string GoVerifierKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private const string GoText = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    private const string GoNote = GoText + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    // The example of the C2SP signed-note specification.
    private const string SpecVerifierKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private const string SpecNote = "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    [Fact]
    public void Signing_reproduces_the_reference_implementation_example_byte_for_byte()
    {
        var parsed = NoteSigner.Parse(GoSignerKey);
        Assert.True(parsed.IsSuccess, parsed.Error);
        using var signer = parsed.Value!;
        Assert.Equal(0xc74f20a3u, signer.KeyId);
        Assert.Equal(GoVerifierKey, signer.Verifier.ToString());
        Assert.Equal(GoNote, signer.Sign(GoText));
    }

    [Fact]
    public void The_reference_and_specification_examples_verify()
    {
        Assert.True(SignedNote.Open(GoNote, [NoteVerifierKey.Parse(GoVerifierKey).Value!]).IsValid);
        var spec = SignedNote.Open(SpecNote, [NoteVerifierKey.Parse(SpecVerifierKey).Value!]);
        Assert.True(spec.IsValid, spec.Failure);
        Assert.Equal("This is an example message.\n", spec.Note!.Text);
        Assert.Equal(["example.com/foo"], spec.VerifiedBy);
    }

    [Fact]
    public void A_note_signed_by_another_key_is_refused()
    {
        using var log = TestKeys.Log();
        using var other = TestKeys.Other();
        var result = SignedNote.Open(other.Sign("hello\n"), [log.Verifier]);
        Assert.False(result.IsValid);
        Assert.Contains("no signature by a trusted key", result.Failure);
    }

    [Fact]
    public void A_modified_body_is_refused_by_the_signature_check()
    {
        using var log = TestKeys.Log();
        var note = log.Sign("pay 10 EUR\n").Replace("10", "99", StringComparison.Ordinal);
        var result = SignedNote.Open(note, [log.Verifier]);
        Assert.False(result.IsValid);
        Assert.Contains("does not verify", result.Failure);
    }

    [Theory]
    [InlineData("hello\n", "no blank line")]
    [InlineData("hello\n\n", "no signature lines")]
    [InlineData("hello\n\n- name AAAAAAA=\n", "line 3: a signature line starts with an em dash")]
    [InlineData("hello\n\n— name\n", "line 3: a signature line is")]
    [InlineData("hello\n\n— na+me AAAAAAA=\n", "key name")]
    [InlineData("hello\n\n— name AAAA\n", "not canonical base64")]
    [InlineData("hello\n\n— name AAAAAAA=", "does not end in a newline")]
    [InlineData("hello\n\n— name AA AAAAA=\n", "not canonical base64")]
    [InlineData("hel\rlo\n\n— name AAAAAAA=\n", "control character 0x0d")]
    public void Malformed_notes_are_refused_with_the_reason(string note, string reason)
    {
        var result = SignedNote.Parse(note);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Oversized_notes_and_too_many_signatures_are_refused()
    {
        Assert.Contains("more than the limit", SignedNote.Parse(new byte[SignedNote.MaxNoteBytes + 1]).Error);
        using var log = TestKeys.Log();
        var line = log.SignatureFor("x\n").ToString() + "\n";
        var many = "x\n\n" + string.Concat(Enumerable.Repeat(line, SignedNote.MaxSignatures + 1));
        Assert.Contains("more than 100 signatures", SignedNote.Parse(many).Error);
    }

    [Fact]
    public void Signatures_by_unknown_keys_are_carried_and_ignored_but_a_bad_trusted_signature_rejects()
    {
        using var log = TestKeys.Log();
        using var witness = TestKeys.FromPhrase("witness.example", "witness");
        var text = "checkpoint\n";
        var note = new SignedNote(text, [witness.SignatureFor(text), log.SignatureFor(text)]).ToString();
        var result = SignedNote.Open(note, [log.Verifier]);
        Assert.True(result.IsValid, result.Failure);
        Assert.Equal(2, result.Note!.Signatures.Count);
        Assert.Equal([TestKeys.LogName], result.VerifiedBy);

        var forged = new SignedNote(text, [witness.SignatureFor(text), log.SignatureFor("other\n") with { }]).ToString();
        Assert.Contains("does not verify", SignedNote.Open(forged, [log.Verifier, witness.Verifier]).Failure);
    }

    [Fact]
    public void A_note_with_no_signatures_at_all_is_never_valid()
    {
        Assert.Contains("no signatures", new SignedNote("x\n", []).Verify([TestKeys.Log().Verifier]).Failure);
    }

    [Fact]
    public void Every_substring_and_every_altered_byte_of_a_verifier_key_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(GoVerifierKey);
        for (var i = 0; i <= bytes.Length; i++)
        {
            for (var j = i + 1; j <= bytes.Length; j++)
            {
                if (i != 0 || j != bytes.Length)
                {
                    Assert.False(NoteVerifierKey.Parse(Encoding.UTF8.GetString(bytes, i, j - i)).IsSuccess);
                }
            }
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            var altered = (byte[])bytes.Clone();
            altered[i]++;
            Assert.False(NoteVerifierKey.Parse(Encoding.UTF8.GetString(altered)).IsSuccess, Encoding.UTF8.GetString(altered));
        }
    }

    [Fact]
    public void A_key_string_with_a_mismatched_key_id_is_refused()
    {
        var result = NoteVerifierKey.Parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        Assert.Contains("key id does not match", result.Error);
        Assert.Contains("key id does not match", NoteSigner.Parse("PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz").Error);
    }

    [Fact]
    public void A_generated_signer_key_parses_back_and_signs_verifiably()
    {
        var key = NoteSigner.GenerateSignerKey("custos.example/generated");
        using var signer = NoteSigner.Parse(key).Value!;
        Assert.True(SignedNote.Open(signer.Sign("x\n"), [NoteVerifierKey.Parse(signer.Verifier.ToString()).Value!]).IsValid);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_input_never_throws(string? text) =>
        SignedNote.Parse(text).IsSuccess || SignedNote.Parse(text).Error is not null;

    [Property(MaxTest = 100)]
    public Property Any_single_byte_change_to_a_signed_note_is_rejected() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 255).ToArbitrary(), (position, delta) =>
        {
            using var log = TestKeys.Log();
            var bytes = Encoding.UTF8.GetBytes(log.Sign("custos.example/ledger\n42\nq83/m9SdFQ5iqJz4GhRJh3YB1VpOKCUVbGDTFfYVzQ8=\n"));
            bytes[position % bytes.Length] = (byte)(bytes[position % bytes.Length] + delta);
            var parsed = SignedNote.Parse(bytes.AsSpan());
            return !parsed.IsSuccess || !parsed.Value!.Verify([log.Verifier]).IsValid;
        });

    [Property(MaxTest = 100)]
    public Property Any_printable_text_signs_and_verifies() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), text =>
        {
            var body = new string(text.Get.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray()) + "\n";
            using var log = TestKeys.Log();
            var result = SignedNote.Open(log.Sign(body), [log.Verifier]);
            return result.IsValid && result.Note!.Text == body;
        });
}
