using Custos.Core.Audit;
using Custos.Core.Pipeline;
using Custos.Core.Storage;

namespace Custos.Core.Tests.Audit;

public sealed class AuditEntriesTests
{
    [Fact]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_stay()
    {
        // A table inside one test: xunit serializes theory data as UTF-8, which would mangle the lone halves.
        (string Text, string Expected)[] cases =
        [
            ("plain", "plain"),
            ("emoji \ud83d\ude00 kept", "emoji \ud83d\ude00 kept"),
            ("cut \ud83d", "cut \ufffd"),
            ("\ude00 low first", "\ufffd low first"),
            ("\ud800\ud800\udc00", "\ufffd\ud800\udc00"),
        ];
        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, AuditEntries.WellFormed(text));
        }

        Assert.Same("plain", AuditEntries.WellFormed("plain"));
    }

    [Fact]
    public void A_record_whose_text_was_cut_inside_a_surrogate_pair_still_becomes_an_encodable_entry()
    {
        // A resource truncated to its limit can end with half an emoji: the entry must still be writable.
        var resource = new string('a', 255) + "\ud83d";
        var record = new ActionRecord(
            Guid.CreateVersion7(), DateTimeOffset.UtcNow, ActionChannel.Mcp, "dev-agent", null, "call\udfff", resource,
            Effect.Deny, ActionOutcome.Denied, StageName.Authorize, ["p\ud800"], ["because \ud800"], null, 1);
        var entry = AuditEntries.ToDraft(record, null).ToEntry(0, DateTimeOffset.UtcNow);
        var decoded = Custos.Ledger.Entries.LedgerEntry.Decode(entry.Encode());
        Assert.True(decoded.IsSuccess, decoded.Error);
        Assert.Equal(new string('a', 255) + "\ufffd", decoded.Value!.Resources[0]);
        Assert.Equal("call\ufffd", decoded.Value.Action);
    }
}
