namespace Custos.Detection.Injection;

/// <summary>
/// Word classes for orders left in documents and records for the automated programs that read them (résumés for
/// screening tools, invoices for payment agents, receipts for expense bots, signatures for mail assistants), in the
/// twelve languages of the batches: who is addressed (automated readers named by a qualifier and a noun of machines,
/// vocative forms and particles), what is at stake (money, purchases, accounts, decisions), the claimed approval and
/// the concealment that come with such orders. Composed in <see cref="Composition"/> (see Composition.Indirect.cs).
/// </summary>
internal static class IndirectVocabulary
{
    // Names for the model the other lists lack: Polish, Arabic and Russian nouns (with their case forms) and Korean.
    private static readonly string[] ReaderNouns =
    [
        "asystent", "asystencie", "asystenta", "asystentowi", "asystenci", "agencie", "agenta", "modelu", "modelowi", "bota", "botowi",
        "помощник", "помощнику", "помощника", "помощники", "агент", "агенту", "агента", "боту", "бота", "модели", "нейросети",
        "المساعد", "مساعد", "للمساعد", "الوكيل", "وكيل", "للوكيل", "النموذج", "للنموذج", "البوت", "الروبوت", "الذكاء الاصطناعي",
        "비서", "에이전트", "인공지능", "챗봇", "智能体", "ai代理", "ai agent", "ai-agent",
        "mail assistants", "email assistant", "email assistants", "voice assistant", "voice assistants", "expense bot", "payment agent", "payment agents",
    ];

    /// <summary>Word classes and their words, added to the injection vocabulary by <see cref="InjectionVocabulary"/>.</summary>
    public static IEnumerable<(CueClass Class, string[] Words)> Classes { get; } =
    [
        (CueClass.Ai, ReaderNouns),
        (CueClass.Vocative, [.. ReaderNouns.SelectMany(n => new[] { n + ":", n + ",", n + " :", n + "：", n + "،" })]),
        (CueClass.Vocative, [.. new[] { "assistant", "agent", "ai", "bot", "model", "llm" }.SelectMany(n => new[] { n + " instruction:", n + " instructions:", n + " directive:", n + " note:" })]),

        // Automated, automatic: beside a noun of machines ("automated screening tools", "outil de tri automatique", "自动付款系统"), a reader.
        (CueClass.Automated,
        [
            "automated", "automatic", "automatique", "automatiques", "automatisé", "automatisée", "automatisés", "automatisch", "automatische", "automatischen",
            "automático", "automática", "automáticos", "automatizado", "automatizada", "automatico", "automatica", "automatici", "automatizzato", "automatizzata",
            "geautomatiseerd", "geautomatiseerde", "自动", "自動", "자동", "автоматическ*", "автоматизированн*", "automatyczn*", "الآلي", "آلي", "الآلية", "الأوتوماتيكي",
        ]),
        (CueClass.Machine,
        [
            "tool", "tools", "system", "systems", "software", "program", "programs", "engine", "pipeline", "parser", "reader", "readers", "outil", "outils",
            "système", "systèmes", "logiciel", "logiciels", "programme", "werkzeug", "systeme", "programm", "herramienta", "herramientas", "sistema", "sistemas",
            "programa", "strumento", "strumenti", "sistemi", "ferramenta", "ferramentas", "systeem", "systemen", "系统", "工具", "程序", "システム", "ツール",
            "시스템", "도구", "프로그램", "систем*", "инструмент*", "программ*", "narzędzi*", "systemu", "systemy", "systemów", "نظام", "النظام", "أداة", "الأداة", "برنامج",
        ]),

        // After a name for the model, an address: "付款系统请注意", "エージェントへ。", "AI 비서에게", "시스템용)".
        (CueClass.AddressSuffix, ["请注意", "注意：", "注意:", "へ：", "へ:", "へ。", "へ、", "에게", "께:", "께,", "용)", "용:"]),
        (CueClass.AddressPrefix, ["أيها", "ايها", "يا أيها"]),
        (CueClass.Note, ["dla", "для", "ملاحظة", "ملاحظة إلى", "note pour l'", "nota para o"]),
        (CueClass.AiContext,
        [
            "qui résumez", "qui résument", "qui lisez ce", "generating this", "generating the", "transcribing this", "transcribing the", "if you're transcribing", "translating this", "indexing this", "writing this",
            "writing the minutes", "tabulating", "handling this", "qui traite", "qui traitent", "qui lisez", "que procesa", "que lee", "que leen", "che elabora",
            "che legge", "que processa", "que processam", "que lê", "die verwerkt", "die deze", "die dit", "処理する", "読み取る", "처리하는", "읽는",
            "обрабатывающ*", "читающ*", "przetwarzając*", "czytając*", "الذي يقرأ", "الذي يعالج", "التي تقرأ",
        ]),

        // What an order left for a reader puts at stake: money moved, a purchase, an account's protection, a decision.
        (CueClass.Stakes,
        [
            "twice", "two times", "deux fois", "zweimal", "doppelt", "dos veces", "due volte", "duas vezes", "em duplicado", "twee keer", "两次", "二回", "두 번",
            "дважды", "dwa razy", "مرتين",
            "mfa", "2fa", "two-factor", "two factor", "recovery code", "recovery email", "backup codes", "verification code", "one-time code", "passport number",
            "default card", "card on file", "saved payment method", "stored card", "payment method", "destination account", "the payee", "bank account",
            "this claim", "the claim", "the amount", "this amount", "le montant", "den betrag", "el importe", "l'importo", "o valor", "het bedrag", "金额", "金額",
            "금액", "сумм*", "kwot*", "المبلغ", "strong accept", "highest score", "top score", "full marks", "highest rating", "top rating", "no weaknesses",
            "top candidate", "best candidate", "code de vérification", "bestätigungscode", "código de verificación", "codice di verifica", "código de verificação",
            "verificatiecode", "验证码", "認証コード", "인증 코드", "인증번호", "код подтверждения", "kod weryfikacyjny", "رمز التحقق",
            "offer stage", "to the top", "rank them first", "put them first", "top match", "shortlist",
            "double authentification", "numéro de passeport", "compte indiqué", "en tête", "en premier", "zwei-faktor", "passnummer", "zielkonto", "kontonummer",
            "dos factores", "número de pasaporte", "cuenta de destino", "en primer lugar", "due fattori", "numero di passaporto", "primo posto", "conto indicato",
            "dois fatores", "número do passaporte", "conta da", "para a conta", "primeiro lugar", "tweestapsverificatie", "paspoortnummer", "rekeningnummer",
            "双重验证", "双因素", "两步验证", "护照号", "账户", "账号", "第一位", "首位", "二段階認証", "パスポート番号", "口座", "1位", "2단계 인증", "여권 번호", "계좌", "1순위",
            "двухфакторн*", "номер паспорта", "счёт", "счет", "первое место", "dwuskładnikow*", "numer paszportu", "numer konta", "pierwsze miejsce",
            "رقم جواز السفر", "الحساب", "المرتبة الأولى",
        ]),

        // Orders that move money, buy, or change an account, in the imperative forms the other lists lack.
        (CueClass.Harm,
        [
            "pay this", "pay the", "pay it", "release the payment", "release the pending", "confirm the payment", "confirm payment", "order a", "order an",
            "order another", "unsubscribe", "reset the", "reset mfa", "réglez", "règle cette", "payez", "versez", "zahle", "bezahle", "begleiche", "paga", "pague",
            "pague-a", "abona", "paghi", "bonifica", "transfira", "betaal", "maak over", "bestel", "汇款", "转账", "支払", "결제", "송금", "이체", "지불",
            "оплати*", "переведи*", "заплати*", "закажи*", "сбрось", "сбросьте", "zapłać", "opłać", "przelej", "zamów", "ادفع", "حوّل", "حول المبلغ", "اشتر",
        ]),
        (CueClass.Action,
        [
            "digan que", "di que", "dile", "dígale", "dites que", "dis que", "sag dass", "sage dass", "dite che", "di' che", "digam que", "diga que", "zeg dat",
            "répondez à", "réponds à", "reply to this", "antworte auf", "responde a este", "rispondi a", "responda a", "に返信して", "返信してください", "共有して",
            "分享给", "공유해", "공유하세요", "demandez à", "demande à", "subscribe", "auto-reply", "autoreply", "auto reply", "record this", "record that", "exclude", "classez", "classe-le", "classe-la", "validez", "modifie",
            "modifiez", "ändere", "cambia", "cambie", "mettilo", "mettila", "modifica", "altere", "mude", "coloque", "wijzig", "keur goed", "修改", "更改", "改为",
            "标记为", "排在", "变更", "変更", "承認して", "변경", "승인", "올리고", "보내세요", "измени*", "смени*", "поставь*", "одобри", "подтверди", "zmień", "zatwierdź",
            "umieść", "غيّر", "غير", "وافق", "ضع",
        ]),
        // Acting in someone's name: the person the model serves, as a third party.
        (CueClass.ThirdParty, ["on the owner's behalf", "on the user's behalf", "on their behalf", "on his behalf", "on her behalf", "the owner's"]),
        (CueClass.Send, ["dołącz", "wyślij", "أرسل", "أرفق", "добавляй", "добавь", "送って"]),
        (CueClass.Place, ["inclua", "incluye", "dołącz", "добавляй", "добавь", "أرفق", "أضف"]),

        // Approval claimed for the order: "pre-approved by the hiring manager", "orally approved", "déjà validé par la direction".
        (CueClass.Approved,
        [
            "as reviewed", "reviewed by", "as checked", "as validated", "comme vérifié", "comme validé", "als geprüft", "como revisado", "come verificato",
            "como revisado", "als gecontroleerd", "标记为已审核", "已审核", "確認済みとして", "검토 완료", "как проверенн*", "jako sprawdzon*",
            "orally approved", "verbally approved", "approved by phone", "by phone", "hiring manager", "by management", "déjà validé", "déjà approuvé", "oralement",
            "par la direction", "bereits genehmigt", "bereits freigegeben", "mündlich", "von der geschäftsführung", "ya aprobado", "ya aprobada", "verbalmente",
            "por la dirección", "già approvato", "già stato approvato", "dalla direzione", "já aprovad*", "já foi aprovada", "pela diretoria", "al goedgekeurd",
            "mondeling", "door de directie", "已批准", "口头", "预先批准", "由总监", "承認済み", "口頭で", "승인을 받았", "구두로", "уже одобрен*", "устно", "директором",
            "руководством", "już zatwierdzon*", "ustnie", "zaakceptował", "تمت الموافقة", "شفهي*", "الإدارة",
        ]),
        (CueClass.Unchecked,
        [
            "no further approval", "without further approval", "no approval needed", "without waiting for approval", "sans autre validation", "sans validation",
            "keine weitere prüfung", "ohne weitere freigabe", "sin aprobación", "sin más aprobación", "senza ulteriore approvazione", "zonder goedkeuring",
            "无需再审批", "不需要再", "추가 승인 없이", "без согласования", "без дополнительн*", "bez zatwierdzenia", "bez pytania", "بدون موافقة", "دون موافقة",
        ]),

        // Keeping the order from the person: "don't mention it", "no se lo comuniques", "не сообщай", "لا تخبر".
        (CueClass.Conceal,
        [
            "don't mention", "do not mention", "never mention", "no se lo comuniques", "no se lo digas", "no lo comentes", "no se lo comentes", "no indiques",
            "ne le dis pas", "n'en parle pas", "sans en parler", "ne le signale pas", "sag nichts", "verschweige", "non dirlo", "non menzionarlo", "senza dirlo",
            "não mencione", "não conte", "não diga", "vermeld het niet", "zeg niets", "不要提及", "别告诉", "不要通知", "言わないで", "知らせないで", "伝えないで",
            "알리지 마", "말하지 마", "не сообщай", "не говори", "не упоминай", "nie mów", "nie informuj", "nie wspominaj", "لا تخبر", "لا تذكر", "دون إخبار",
        ]),
    ];
}
