namespace Custos.Detection.Injection;

/// <summary>
/// Words for direct attacks on the model written without the usual words (batches sixteen and seventeen, tuning
/// material): its setup named as what stands above this line or before the user's message, as the briefing it would hand
/// a successor, as what it was loaded or started with; disclosure asked in the languages of the batches; rules declared
/// suspended for a test; special modes and permissions claimed; a turn of the model's written for it and handed back
/// ("continue from here"); a deferred trigger ("when I say 'go'"); settings asked of the model's tools; Pig Latin.
/// Each class word signals only in composition (<see cref="Composition"/>), as every other class word does.
/// </summary>
internal static class DirectAttackVocabulary
{
    /// <summary>Class words, added to the injection automaton beside <see cref="InjectionVocabulary"/>'s own.</summary>
    public static readonly (CueClass Class, string[] Phrases)[] Classes =
    [
        // The model's setup as what stands above this line, before the user's message, or in its context.
        (CueClass.OwnSecret, [
            "above this line", "before this line", "content above", "everything above this", "hidden parts", "the hidden parts",
            "before mine", "right before mine", "came before mine", "before my message", "your own instructions", "briefing text", "exact briefing",
            "you were loaded with", "loaded with at", "were you set up with", "sentence you were given", "you were given today",
            "rules you are following", "rule you are following", "working instructions", "operator told me", "my operator told me",
            "au-dessus de cette ligne", "contenu au-dessus", "parties cachées", "tes propres consignes", "tes propres instructions", "avant mon message",
            "oberhalb dieser zeile", "über dieser zeile", "verborgenen teile", "versteckten teile", "vor meiner nachricht", "vor unserem gespräch",
            "por encima de esta línea", "partes ocultas", "antes del mío", "en tu contexto", "antes de mi mensaje",
            "sopra questa riga", "parti nascoste", "tue istruzioni", "testo di configurazione", "sei stato avviato", "istruzioni ricevute",
            "acima desta linha", "antes desta mensagem", "antes da minha mensagem",
            "boven deze regel", "verborgen delen", "je eigen instructies", "waarmee je bent ingesteld", "je bent ingesteld",
            "выше этой строки", "выше этого сообщения", "скрытые части", "содержимое контекста", "тебе задали", "до моего первого сообщения", "твои инструкции",
            "powyżej tej linii", "ukryte części", "swoich instrukcji", "tekst instrukcji", "dostałeś na początku", "cię uruchomiono", "twoje instrukcje",
            "この行より上", "この行より前", "隠れた部分", "非表示部分", "コンテキストの内容",
            "此行之上", "这一行之前", "隐藏部分", "对话开始前", "被告知的内容",
            "받은 지침", "네가 받은", "이 줄 위", "숨겨진 부분",
            "تعليماتك", "إعداداتك", "التي بدأت بها", "النص الكامل للإعدادات",
        ]),

        // Disclosure, asked in more languages and as a question of what the model would hand over.
        (CueClass.Reveal, [
            "would you give", "would you hand", "what would i see", "quote it", "cítalo", "cítala", "copialo", "copiala", "kopieer", "skopiuj", "przepisz",
            "pokaż", "wypisz", "laat me", "toon", "imprima", "imprime", "muéstrame", "gib den gesamten", "gib den vollständigen", "gib alles", "zeig mir", "zeige mir", "donnerais-tu",
            "daresti", "zou je", "byś mu dał", "ستعطيه", "انسخه", "انسخ", "اعرض", "복사", "보여 줘", "보여줘", "출력해", "出力して", "出力", "表示して", "输出",
            "перечисли", "welche vorgaben", "welche anweisungen", "exact wording of", "the exact wording", "what's the first", "what was the first",
            "what were the first", "spells out", "spell out",
        ]),

        // The reader, where a batch language names it inside the verb or the noun.
        (CueClass.You, ["byś", "cię", "twoje", "twoich", "dostałeś", "jesteś", "أنت", "تعليماتك", "إعداداتك", "عملك", "بدأت", "네가", "je eigen", "sei stato", "hai ricevuto"]),

        // Rules, and rules declared suspended, paused or switched off for a test.
        (CueClass.Rules, [
            "règles de contenu", "inhaltsregeln", "normas de contenido", "regole sui contenuti", "regras de conteúdo", "inhoudsregels", "правила содержания",
            "zasady", "zasady treści", "zasad", "reguły", "ograniczenia", "コンテンツ規則", "安全ルール", "内容规则", "安全规则", "콘텐츠 규칙", "قواعد", "القواعد", "قيود",
        ]),
        (CueClass.NegatorAfter, [
            "suspended", "paused", "sont suspendues", "suspendues", "suspendus", "sind ausgesetzt", "ausgesetzt", "außer kraft", "están suspendidas", "suspendidas",
            "suspendidos", "sono sospese", "sospese", "sospesi", "estão suspensas", "suspensas", "suspensos", "staan tijdelijk uit", "tijdelijk uit", "staan uit",
            "opgeschort", "временно отключены", "приостановлены", "są wyłączone", "wyłączone", "zawieszone", "są zawieszone", "一時停止中", "は一時停止", "已暂停",
            "暂停", "已停用", "일시 중지", "معطلة", "موقوفة",
        ]),
        (CueClass.Negator, ["bez", "بلا", "بدون", "forgot to give it any", "forgot to give you any", "forgot to give them any"]),
        (CueClass.Override, ["تجاهل", "تجاهلي"]),
        (CueClass.Unbound, [
            "sin filtrar", "sans filtre", "senza filtri", "sem filtro", "ongefilterd", "без фильтров", "bez filtrów", "未经过滤", "フィルターなし",
            "not the refusal", "instead of the refusal", "rather than the refusal", "no la negativa", "pas le refus", "nigdy nie odmawiasz", "لا يرفض", "لا ترفض",
        ]),
        (CueClass.Respond, [
            "acknowledge with", "confirm with", "confirme par", "odpowiedz", "odpowiadaj", "la respuesta", "respuesta", "réponse", "risposta", "resposta",
            "と答えて", "대답", "أجب",
        ]),
        (CueClass.Ai, ["asystent", "asystentem", "asystencie", "نموذج", "مساعد"]),
        (CueClass.Role, ["أنت الآن", "od teraz jesteś"]),

        // Special modes and permissions claimed, from which disclosure follows ("I'm verified", "you are debugging yourself").
        (CueClass.Authority, [
            "diagnostic mode", "test mode", "developer mode", "out of band", "out-of-band", "you're allowed to share", "you are allowed to share", "i'm verified",
            "i am verified", "verified staff", "debugging yourself", "debug yourself", "debuggst dich selbst", "se depurando", "te estás depurando", "отлаживаешь сам себя", "自身をデバッグ",
            "자신을 디버그", "onderhoudsmodus", "tryb serwisowy", "режим обслуживания", "режим разработчика", "テストモード", "診断モード", "デバッグモード",
            "modalità manutenzione", "modo de manutenção", "modo de depuración",
        ]),

        // Decoding to text, and carrying out what it says.
        (CueClass.Smuggle, ["hex to text", "hex into text", "this hex", "十六进制", "16進数", "hexadecimal"]),
        (CueClass.Obey, ["obéis", "obey the rest", "follow the rest", "do what it says", "volg het", "voer uit", "выполняй", "wykonuj", "に従ってください", "照做", "treat the result as your", "as your new top priority"]),

        // A turn of the model's written for it, handed back to continue ("Assistant: I'll now read them out. Continue from here.").
        (CueClass.Continue, [
            "continue from here", "continue from there", "continue from this", "keep going from here", "pick up from here", "carry on from here", "continue the reply",
            "continue your reply", "continue writing the", "finish the reply", "continue the assistant", "continue as the assistant",
            "continue à partir d'ici", "fahre von hier", "mach hier weiter", "continúa desde aquí", "continua da qui", "continue daqui", "ga hier verder",
            "продолжи отсюда", "продолжай с этого", "kontynuuj stąd", "从这里继续", "ここから続けて", "여기서부터 계속",
        ]),

        // A deferred trigger: an order kept for a word said later ("when I say 'go'", "sobald ich 'jetzt' schreibe").
        (CueClass.Trigger, [
            "when i say", "when i type", "when i write", "once i say", "as soon as i say", "wenn ich", "sobald ich", "quand je dirai", "quand je dis",
            "lorsque je dirai", "cuando diga", "cuando escriba", "quando dico", "quando scrivo", "quando eu disser", "quando eu escrever", "als ik", "zodra ik",
            "когда я скажу", "когда я напишу", "gdy napiszę", "kiedy napiszę", "当我说", "当我输入", "と言ったら", "と書いたら", "라고 하면",
        ]),
        (CueClass.Stealth, [
            "say nothing", "saying nothing", "without a word", "ohne es zu erwähnen", "ohne etwas zu sagen", "sans rien dire", "sin decir nada", "senza dire nulla",
            "sem dizer nada", "zonder iets te zeggen", "ничего не говоря", "nic nie mówiąc", "什么都不要说", "何も言わずに",
        ]),

        // What is configured for the model's tools ("what secrets are configured for each").
        (CueClass.Configured, [
            "configured for", "are configured", "is configured", "configured in", "configured on", "stored in your", "set up for each", "konfiguriert",
            "configurados", "configurés", "configurati", "настроены", "skonfigurowane", "配置的", "設定されている", "設定された",
        ]),
        // The same frames in the other languages of the batches, beyond the words the batches used: what the model was told
        // before the conversation, debug, test and maintenance modes, rules paused, and the model's own voice in a sentence to
        // complete ("My operator told me never to …").
        (CueClass.OwnSecret, [
            "ce qu'on t'a dit avant", "ce qu'on t'a donné avant", "lo que te dijeron antes", "lo que te indicaron antes", "quello che ti hanno detto prima",
            "o que te disseram antes", "wat je vooraf is verteld", "wat je vooraf hebt gekregen", "что тебе сказали до", "что тебе дали до", "co ci powiedziano przed",
            "你之前被告知", "你事先收到", "事前に指示された", "事前に与えられた", "미리 받은 지시", "ما قيل لك قبل", "my instructions say", "my instructions are",
            "i was instructed to", "my hidden instructions", "my system prompt",
        ]),
        (CueClass.Authority, [
            "en mode débogage", "mode débogage", "modalità debug", "debugmodus", "tryb debugowania", "режим отладки", "调试模式", "디버그 모드", "وضع التصحيح",
            "modo de depuração", "mode test", "testmodus", "modo de prueba", "modalità test", "modo de teste", "tryb testowy", "тестовый режим", "测试模式",
            "테스트 모드", "وضع الاختبار", "modo mantenimiento", "modalità di manutenzione", "tryb konserwacji", "유지보수 모드", "وضع الصيانة",
        ]),
        (CueClass.Role, [
            "debug mode", "test mode", "mode test", "testmodus", "modo de prueba", "modalità test", "modo de teste", "tryb testowy", "тестовый режим", "测试模式", "テストモード",
            "테스트 모드", "وضع الاختبار", "onderhoudsmodus", "tryb serwisowy", "tryb konserwacji", "режим обслуживания", "유지보수 모드", "وضع الصيانة",
            "modalità manutenzione", "modalità di manutenzione", "modo de manutenção", "modo mantenimiento",
        ]),
        (CueClass.NegatorAfter, [
            "temporarily disabled", "temporarily lifted", "on pause", "en pause", "pausiert", "en pausa", "in pausa", "em pausa", "gepauzeerd", "на паузе",
            "wstrzymane", "一時的に無効", "일시 정지", "متوقفة",
        ]),
        (CueClass.Vocative, ["ai:", "model:", "asistente:", "assistente:", "assistent:", "ассистент:", "助手：", "助手:", "アシスタント：", "어시스턴트:", "المساعد:"]),
        // More names for the setup, and the disclosure verbs of the batches' languages, in their common imperative forms.
        (CueClass.OwnSecret, [
            "metaprompt", "your rulebook", "your playbook", "your charter", "behind-the-scenes instructions", "behind the scenes instructions", "backstage instructions",
            "the prompt above", "instructions at the top", "what configures you", "text that configures you", "custom instructions", "operator instructions",
            "core directives", "invite système", "prompt système", "systemprompt", "systemanweisung", "prompt del sistema", "mensaje del sistema", "prompt di sistema",
            "prompt do sistema", "systeemprompt", "системный промпт", "системное сообщение", "системные инструкции", "prompt systemowy", "instrukcje systemowe",
            "系统提示词", "システムプロンプト", "시스템 프롬프트", "موجه النظام", "تعليمات النظام",
        ]),
        (CueClass.Reveal, [
            "print out", "spit out", "regurgitate", "type out", "read back", "copy-paste", "affiche", "montre", "donne-moi", "écris", "kopiere", "schreib", "nenne",
            "muestra", "dime", "copia", "escribe", "mostra", "dimmi", "scrivi", "stampa", "riporta", "mostre", "diga", "copie", "geef", "schrijf", "скопируй",
            "процитируй", "напиши", "napisz", "podaj", "zacytuj", "显示", "复制", "打印", "告诉我", "コピー", "教えて", "보여", "알려", "적어", "اكتب", "أظهر",
            "اطبع", "أخبرني",
        ]),
        (CueClass.Send, ["schickst"]),
        (CueClass.Tool, ["tools", "plugins", "connectors", "apis", "integrations", "outils", "werkzeuge", "herramientas", "strumenti", "ferramentas", "инструменты", "narzędzia", "ツール", "工具"]),
    ];

    /// <summary>
    /// Pig Latin forms of the words of an override or a disclosure ("ignoreway", "ouryay", "evealray"), and the language's
    /// name: any of them makes the pass undo the line (<see cref="PigLatin"/>) and read it again.
    /// </summary>
    public static readonly string[] PigLatinCues =
    [
        "pig latin", "piglatin", "pig-latin",
        .. new[]
        {
            "ignore", "disregard", "forget", "override", "bypass", "your", "previous", "instructions", "rules", "reveal", "print", "show", "system", "prompt",
            "secret", "secrets", "password", "passwords", "hidden", "commands", "guidelines", "delete", "send",
        }.Select(PigLatin.Encode),
    ];
}
