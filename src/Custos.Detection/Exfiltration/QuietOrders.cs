namespace Custos.Detection.Exfiltration;

/// <summary>
/// Words of a send kept from the user, and send verbs the other lists lack. Keeping it out of the summary or the
/// report ("don't mention it in the summary", "v souhrnu to neuváděj", "不必在摘要中提及", "要約には書かないで") and
/// skipping the user's confirmation ("no need to confirm", "无需确认") hide a send as the older stealth words do: an
/// assistant reports what it did, and an order to leave a send out of that report has no honest reason. The verbs are
/// imperatives with a pronoun attached (Italian "inoltrami", "mandarmi"; Czech "přepošli", "pošli") and the Portuguese
/// infinitive "mandar" ("pede pra ele mandar …"), which no
/// stem of the vocabulary matches.
/// </summary>
internal static class QuietOrders
{
    /// <summary>Hiding a send from the user's view of what was done.</summary>
    public static readonly string[] Stealth =
    [
        "don't mention it", "do not mention it", "don't mention this", "do not mention this", "without mentioning it", "without mentioning this", "out of the summary",
        "out of your summary", "out of the report", "no need to confirm", "without confirmation", "without confirming",
        "ne le mentionne pas", "ne le mentionnez pas", "pas besoin de le mentionner", "sans confirmation", "erwähne es nicht", "erwähne das nicht", "nicht erwähnen",
        "ohne bestätigung", "no lo menciones", "no lo mencione", "sin confirmación", "non menzionarlo", "non menzionare", "senza conferma", "não mencione", "não mencionar",
        "sem confirmação", "vermeld het niet", "niet vermelden", "zonder bevestiging", "nie wspominaj", "bez potwierdzenia", "не упоминай", "без подтверждения",
        "не згадуй", "без підтвердження", "neuváděj", "neuvádějte", "nezmiňuj", "nezmiňujte", "bez potvrzení",
        "不必提及", "无需提及", "不要提及", "不用提及", "不必在摘要", "不要在摘要", "无需在摘要", "无需确认", "无需另行确认", "不用确认",
        "言わないで", "触れないで", "書かないで", "記載しないで", "確認不要", "언급하지 마", "언급하지 말고", "확인 없이", "bahsetme", "belirtme", "onay beklemeden",
        "لا تذكر", "دون تأكيد", "אל תזכיר", "ללא אישור", "ज़िक्र मत", "उल्लेख न करें", "đừng nhắc", "không cần xác nhận", "jangan sebutkan", "tanpa menyebutkan",
        "tanpa konfirmasi", "nämn inte", "utan att nämna", "utan bekräftelse", "nævn det ikke", "uden bekræftelse", "μην το αναφέρεις", "χωρίς επιβεβαίωση",
        "nu menționa", "fără confirmare", "ไม่ต้องบอก", "ไม่ต้องยืนยัน",
    ];

    /// <summary>Imperatives of sending with a pronoun attached, and Czech imperatives.</summary>
    public static readonly string[] Sends =
    [
        "inoltrami", "inoltrarmi", "inoltragli", "inoltrarle", "inoltrale", "inoltrali", "inviami", "inviarmi", "inviagli", "mandami", "mandarmi", "mandagli", "girami",
        "girarmi", "mandar", "pošli", "přepošli", "odešli", "zašli", "pošlete", "přepošlete", "odešlete", "zašlete", "přeposílej", "posílej",
    ];
}
