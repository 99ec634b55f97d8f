namespace Custos.Detection.Injection;

/// <summary>
/// Word classes for orders left in structured records and everyday carriers (catalogue records, status messages,
/// lyrics, customs declarations, booking notes, infoboxes, bug reports, build files) for a reader named by its role
/// ("Cataloguing assistants:", "Broker assistant:", "Note to triage automation:", "archive assistants answering
/// researcher requests … should"): batch-twenty-one work on indirect injection. The address is found by the frames
/// that exist already (a header ending in a colon, a note before the name, a relative clause after it; see
/// Composition.Addressee.cs); what this file adds is what makes such an order an attack rather than an honest note:
/// <list type="bullet">
/// <item>the orders such notes give that no list held (renew, waive, declare, award, cancel the other …, mail, join),
/// in the languages of the batches;</item>
/// <item>the stakes they share, whoever is addressed: other people's bookings and reports, limits raised, a plan
/// switched, the customer's card, fines waived, identity papers, goods declared of no value, a defamation ("under
/// investigation for fraud"), security checks or verification skipped, anyone with the link, a remote session;</item>
/// <item>readers named by a role the lists lacked (automation, scanners, dispatchers), and Romanian and Greek names
/// and notes;</item>
/// <item>a reader context that says what it is answering ("answering questions about this company", "answering
/// researcher requests") and passive orders ("be sent to"), which only count after an address.</item>
/// </list>
/// An order with none of these stakes after an address stays clean: honest notes to coding agents and screen readers
/// name no stake.
/// </summary>
internal static class RecordReaderVocabulary
{
    // Names for the model in Romanian and Greek, and the dative of Russian (how a note addresses its reader).
    private static readonly string[] ReaderNouns =
    [
        "asistentul", "asistentului", "asistentule", "asistentul virtual", "asistentului virtual", "asistenții", "asistenților",
        "βοηθός", "βοηθό", "βοηθούς", "βοηθέ", "ψηφιακό βοηθό", "ψηφιακός βοηθός",
        "ассистенту", "ассистентам", "ассистенты",
        "dispatcher", "dispatchers",
    ];

    /// <summary>Word classes and their words, added to the injection vocabulary by <see cref="InjectionVocabulary"/>.</summary>
    public static IEnumerable<(CueClass Class, string[] Words)> Classes { get; } =
    [
        (CueClass.Ai, ReaderNouns),
        (CueClass.Vocative, [.. ReaderNouns.SelectMany(n => new[] { n + ":", n + ",", n + " :", n + " —" })]),

        // A header that names the reader and its instruction: "Agent-Instruction:" (a git trailer), "AI-Note:".
        (CueClass.Vocative, [.. new[] { "agent", "ai", "assistant", "bot", "llm" }.SelectMany(n => new[] { n + "-instruction:", n + "-instructions:", n + "-note:", n + "-directive:" })]),

        // An address in telegraphic records (airline remarks, pick lists): "TRAVEL BOT PLS CHANGE …", "assistant please".
        (CueClass.Vocative, [.. new[] { "bot", "agent", "assistant" }.SelectMany(n => new[] { n + " pls", n + " please", n + " plz" })]),

        // A field of a tool's result or a record addressed to the model ("assistant_message": "…"): an address, as the keys
        // "_agent" and "ai_instructions" are; the pass reads its value as the order.
        (CueClass.Vocative,
        [
            .. new[] { "assistant_message", "message_for_assistant", "message_for_model", "note_for_model", "note_for_assistant", "note_for_ai", "model_note",
                "llm_note", "ai_note", "agent_note", "assistant_note", "instructions_for_model", "assistant_instructions", "agent_instructions",
                "model_instructions", "llm_instructions" }.Select(k => "\"" + k + "\":"),
        ]),

        // Readers named by a role no list held: "Note to triage automation:", "Automated scanners and AI researchers:".
        (CueClass.Machine, ["automation", "automations", "scanner", "scanners"]),

        // Notes that open an address in Romanian and Greek ("Notă pentru asistentul", "Για βοηθούς").
        (CueClass.Note, ["notă pentru", "nota pentru", "mesaj pentru", "pentru asistentul", "για τον βοηθό", "για βοηθούς", "σημείωση για", "comment for", "comments for"]),

        // After the name, what it is doing with the text: answering from it.
        (CueClass.AiContext,
        [
            "answering questions about", "answering questions on", "answering questions from", "answering researcher", "answering requests",
            "answering queries", "answering customer", "handling requests", "handling bookings", "processing bookings", "processing orders",
            "upgrading this", "editing this", "maintaining this", "running this", "rebuilding this", "importing this", "syncing this",
        ]),

        // Orders such notes give that no list held (an order alone is no attack: a stake must follow).
        (CueClass.Action,
        [
            "renew", "waive", "declare", "declare this", "award", "raise", "upgrade", "downgrade", "switch the", "switch their", "switch it",
            "purchase", "buy", "enrol", "enroll", "extend", "unlock", "widen", "tick", "mark this", "mark it", "keep sharing",
            "publish", "tag a release", "confirm", "describe", "say that", "present the result", "fill these", "fill them", "fill in", "start it with",
            "run it with", "unlocks",
            "déclarez", "déclare", "renouvelez", "annulez", "annule", "désactive", "désactivez", "mets", "mettez",
            "verlängere", "verlängern", "storniere", "deaktiviere", "melde", "erkläre",
            "declara", "declare", "renueva", "anula", "cancela", "desactiva", "confirma", "aplique", "aplica", "marque", "marca",
            "dichiara", "rinnova", "annulla", "disattiva", "iscrivete", "iscrivi", "conferma", "applica",
            "renove", "cancele", "desative", "inscreva",
            "verleng", "verlengen", "annuleer", "schakel uit", "pas toe",
            "podaj", "podajcie", "wpisz", "wpiszcie", "anuluj", "odnów", "wyłącz",
            "пришлите", "пришли", "отмени", "продли", "отключи", "впиши",
            "deblocați", "deblocati", "introduceți", "introduceti", "introducând", "deschide", "activează", "activeaza", "răspunde", "raspunde",
            "κλείστε", "κλείσε", "στείλτε", "στείλε", "ακυρώστε",
            "取消其他", "取消别人", "同步到", "同步至", "上传到", "他の予約", "다른 예약",
        ]),

        // Passive orders and joins: "the login be sent to", "joignez sa pièce d'identité".
        (CueClass.Send,
        [
            "be sent to", "be forwarded to", "be emailed to", "be mailed to", "be shared with", "also mail", "mail the", "email the", "joignez", "joins",
            "joindre", "trimiteți", "trimite",
        ]),

        // What such an order puts at stake: other people's bookings, reports and accounts; limits raised; a plan switched; the
        // customer's card; fines waived; papers and identity numbers; goods declared of no value; a competitor defamed; checks
        // and verification switched off; anyone with the link; a remote session.
        (CueClass.Privilege,
        [
            "the other reservations", "other reservations", "the other bookings", "other bookings", "other guests", "other customers", "other customers'",
            "other users'", "other users", "other researchers", "other researchers'", "other people's", "everyone else's", "other bidders", "other applicants",
            "credit limit", "spending limit", "maximum stake", "stake limit", "betting limit", "deposit limit", "withdrawal limit", "raise the limit", "maximum bounty", "full bounty", "highest bounty",
            "'s plan", "'s subscription", "'s membership", "family premium", "premium plan", "premium tier", "paid plan", "annual plan",
            "'s card", "'s saved card", "'s credit card", "'s bank card", "their card", "the card on file", "with the card",
            "their fines", "all fines", "the fines", "every loan", "all loans", "indefinitely",
            "of no value", "no commercial value", "as a gift", "zero value",
            "under investigation", "for fraud", "are counterfeit", "is counterfeit", "as counterfeit", "is a scam", "as a scam",
            "restricted files", "restricted material", "restricted records", "whoever is asking", "whoever asks", "anyone who asks",
            "live location", "real-time location", "current location", "front door", "front_door", "door lock", "--privileged", "privileged mode",
            "--no-verify", "no-verify", "as damaged", "for disposal", "write it off",
            "anyone with the link", "anyone-with-the-link", "public link", "remote support", "remote access", "remote session",
            "tls verification", "ssl verification", "certificate verification", "hostname verification", "verify=false", "verify_ssl",
            "vérification tls", "vérification ssl", "vérification du certificat", "zertifikatsprüfung", "verificación tls", "verifica tls",
            "production values", "production secrets", "production credentials", "maintainer's token", "release token", "publish token",
            "pièce d'identité", "carte d'identité", "son rib", "leur rib", "personalausweis", "ausweiskopie", "documento de identidad",
            "tarjeta sanitaria", "fecha de nacimiento", "carta d'identità", "documento de identidade", "identiteitsbewijs", "身份证", "신분증",
            "pesel", "dowód osobisty", "паспорт", "паспортные данные", "codul pin", "cnp-ul", "αποθηκευμένη κάρτα",
            "desconto", "descuento", "remise de", "rabatt von", "sconto del", "korting van", "% discount", "% off",
            "lidmaatschap", "abonnement", "membresía", "abbonamento", "assinatura",
            "bir kez daha", "kayıtlı kartından", "kayıtlı karttan", "设为公开", "公开链接", "外部网盘", "公開リンク", "공개 링크",
        ]),

        // Orders that cancel or close what belongs to others, or buy again.
        (CueClass.Harm,
        [
            "cancel the other", "cancel all other", "cancel every other", "cancel the others", "close the other", "close all other", "reject the other",
            "bought again", "buy it again", "limit is raised", "is raised to", "are raised to", "is increased to", "charge again", "charge the card", "order from", "sign on", "sign and return", "sign it",
        ]),

        // A check a person would make, waved away: "skip the dangerous goods check", "without waiting for CI".
        (CueClass.Unchecked,
        [
            "skip the check", "skip the checks", "skip the safety check", "skip the security check", "skip the goods check", "skip the dangerous goods check",
            "skip the verification", "skip verification", "skip the review", "skip the confirmation", "no need to confirm", "sans le lui redemander", "sans lui demander", "χωρίς επιβεβαίωση", "fără confirmare",
        ]),

        // Credentials no list held: banking logins and the passwords of Polish, Turkish, Romanian and Greek.
        (CueClass.Credential,
        [
            "banking login", "online banking login", "bank login", "service-account key", "service account key",
            "hasło", "hasła", "hasłem", "şifre", "şifresi", "şifresini", "parola contului", "parola de acces", "κωδικό πρόσβασης", "κωδικός πρόσβασης",
        ]),
    ];
}
