using Custos.Ledger.Entries;

namespace Custos.Ledger.Tests.Entries;

internal static class SampleEntries
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    public static LedgerEntry Entry(long sequence, DateTimeOffset? at = null) => new(
        sequence,
        at ?? Start.AddSeconds(sequence),
        "finance-agent",
        "call",
        ["mcp:erp", "tool:create_invoice"],
        DecisionEffect.Allow,
        ["policy0", "grant:finance-invoices"],
        "success",
        ["permitted by grant finance-invoices", "no PII found"],
        new LedgerCost(1200, 340, "0.0042"),
        "4bf92f3577b34da6a3ce929d0e0e4736",
        ["subject:7f3a"],
        LedgerEntry.DigestPayload([0xde, 0xad, 0xbe, 0xef, (byte)sequence]));
}
