namespace Custos.Detection.Exfiltration;

/// <summary>
/// "This number" as a destination: the phone number a chat message came from, in a group chat or an SMS ("send the OTP
/// and CVV to this number", "manda a foto do documento pra este número", "इसी नंबर पर भेज दें"). The number is the
/// sender's own, so private data sent there goes to whoever wrote the message. Found by the automaton as a place
/// without an address; a send verb and private data named make it a finding as for any other destination.
/// </summary>
internal static class SenderNumbers
{
    public const string Kind = "the number the message came from";

    /// <summary>The automaton's words.</summary>
    public static readonly string[] Phrases =
    [
        "this number", "this same number", "this whatsapp", "este número", "este numero", "esse número", "esse numero", "ce numéro", "ce numero", "diese nummer",
        "dieser nummer", "questo numero", "dit nummer", "ten numer", "этот номер", "цей номер", "इसी नंबर", "इस नंबर", "bu numara", "số này", "nomor ini", "detta nummer",
        "dette nummer", "toto číslo", "αυτόν τον αριθμό", "αυτό το νούμερο", "המספר הזה", "هذا الرقم", "这个号码", "此号码", "この番号", "이 번호", "acest număr", "เบอร์นี้",
    ];

    /// <summary>What such messages ask for besides the usual private data: proofs of identity and of address.</summary>
    public static readonly string[] Proofs =
    [
        "proof of address", "foto do documento", "foto do rg", "comprovante de residência", "comprovante de endereço", "comprobante de domicilio", "justificatif de domicile",
        "certificato di residenza", "meldebescheinigung", "adresbewijs", "zaświadczenie o zameldowaniu",
    ];

    private static readonly System.Collections.Frozen.FrozenSet<string> Set = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, Phrases);

    /// <summary>Whether the place word at [<paramref name="start"/>, <paramref name="end"/>) is one of <see cref="Phrases"/>.</summary>
    public static bool Is(string text, int start, int end) =>
        end - start <= 20 && Set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
}
