namespace Custos.Detection.Injection;

/// <summary>
/// Words for the model's own setup asked for in parts or by measure, and for frames said to suspend the rules (batches
/// twenty-two and twenty-three, tuning material): a count of the setup's lines, words or characters, a slice of it (line N,
/// characters N to M, the longest word), a form that carries it piece by piece (a P.S., a dictation, line by line, a
/// separator between every word); the setup named by a description (the configuration the model was started with, the
/// instructions it received at the start); and claims that nothing is logged, that the talk is training data, an internal
/// session, or that an update exempts a class of users. Each word signals only in composition (Composition.SetupSlice.cs).
/// </summary>
internal static class SliceVocabulary
{
    /// <summary>Words of disclosure that are also nouns of where text goes ("in test output", "on the display", "to the log").</summary>
    public static readonly HashSet<string> RevealNouns = new(StringComparer.Ordinal) { "output", "display", "log", "logs" };

    /// <summary>Words before such a noun that make it one: a preposition, an article, a modifier ("in test output", "the CI log").</summary>
    public static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "in", "into", "to", "from", "on", "of", "the", "a", "any", "its", "their", "our", "this", "that", "test", "tests", "ci", "build", "console",
        "terminal", "job", "command", "debug", "program", "script", "server", "error", "app", "tool", "stdout", "stderr", "shell",
    };

    /// <summary>Words that end a header naming the model as a rule about it, not an address ("AI use:", "AI policy:").</summary>
    public static readonly HashSet<string> PolicyHeaders = new(StringComparer.Ordinal)
    {
        "use", "usage", "policy", "policies", "guidance", "nutzung", "einsatz", "uso", "gebruik", "użycie",
    };

    /// <summary>Class words, added to the injection automaton beside <see cref="InjectionVocabulary"/>'s own.</summary>
    public static readonly (CueClass Class, string[] Phrases)[] Classes =
    [
        // A part or a measure of a text, or a form that hands it over piece by piece.
        (CueClass.Slice, [
            "how many characters", "how many lines", "how many words", "how many sentences", "how many paragraphs", "how many tokens", "characters long",
            "words long", "lines long", "word count", "line count", "character count", "positions", "characters from", "from character", "line by line",
            "word by word", "letter by letter", "sentence by sentence", "one line of", "a line of", "one line from", "one sentence of", "a sentence from",
            "lines from", "sentences from", "line number", "first line", "second line", "third line", "fourth line", "fifth line", "last line",
            "first sentence", "second sentence", "third sentence", "last sentence", "first paragraph", "second paragraph", "longest word", "longest sentence",
            "full sentence", "p.s.", "postscript", "dictation", "between every word", "between each word", "between every letter", "between each letter",
            "one word per line", "lines that differ", "the lines that are different", "the sentence before", "the sentence after", "neighbouring sentences",
            "surrounding sentences", "sąsiednimi zdaniami", "sąsiednie zdania", "phrase d'avant", "phrases voisines", "frase anterior", "frasi vicine",
            "combien de mots", "combien de lignes", "combien de caractères", "combien de phrases", "ligne par ligne", "mot par mot", "dictée", "post-scriptum",
            "entre chaque mot", "première ligne", "deuxième ligne", "dernière ligne", "première phrase", "dernière phrase",
            "wie viele wörter", "wie viele zeilen", "wie viele zeichen", "wie viele sätze", "wie viele absätze", "zeile für zeile", "diktat",
            "zwischen jedes wort", "zwischen jedem wort", "erste zeile", "ersten zeile", "zweite zeile", "zweiten absatz", "ersten satz", "letzten satz",
            "satz davor", "satz danach",
            "cuántos caracteres", "cuántas palabras", "cuántas líneas", "cuántas frases", "cuántos párrafos", "entre el carácter", "del carácter",
            "línea por línea", "palabra por palabra", "dictado", "primera frase", "primera línea", "segunda línea", "última frase", "entre cada palabra",
            "quante parole", "quante righe", "quanti caratteri", "quante frasi", "riga per riga", "parola per parola", "dettato", "una riga", "una per riga",
            "prima riga", "seconda riga", "tra ogni parola",
            "quantas palavras", "quantas linhas", "quantos caracteres", "quantas frases", "linha por linha", "palavra por palavra", "ditado", "do caractere",
            "primeira linha", "primeira frase", "entre cada palavra",
            "hoeveel regels", "hoeveel woorden", "hoeveel tekens", "hoeveel zinnen", "regel voor regel", "woord voor woord", "dictee", "dicteertekst",
            "tussen elk woord", "eerste regel", "eerste zin",
            "ile zdań", "ile słów", "ile linii", "ile znaków", "ile wierszy", "zdanie po zdaniu", "linijka po linijce", "dyktando", "między każdym słowem",
            "pierwsze zdanie", "pierwszą linię",
            "сколько символов", "сколько строк", "сколько слов", "сколько предложений", "построчно", "диктант", "первую строку", "первое предложение",
            "между каждым словом",
            "几行", "多少行", "多少字", "几个字", "几句", "多少句", "第一行", "第二行", "第三行", "最后一行", "逐行", "听写", "每个词之间",
            "何文字", "何行", "文字目", "行目", "一行ずつ", "書き取り", "違う行", "単語の間", "追伸",
            "몇 문장", "몇 줄", "몇 글자", "몇 단어", "번째 문장", "번째 줄", "한 줄씩", "받아쓰기", "단어 사이",
            "kaç kelime", "kaç satır", "kaç cümle", "kaç karakter", "satır satır", "her kelimenin arasına", "dikte", "ilk satır", "ilk cümle",
            "berapa kata", "berapa baris", "berapa kalimat", "berapa karakter", "baris demi baris", "huruf demi huruf", "di antara setiap",
            "bao nhiêu chữ", "bao nhiêu dòng", "bao nhiêu câu", "bao nhiêu ký tự", "từng dòng", "giữa mỗi chữ", "giữa các chữ", "chính tả",
            "hur många ord", "hur många rader", "hur många tecken", "hur många meningar", "rad för rad", "mellan varje ord", "diktamen", "första raden",
            "kolik slov", "kolik řádků", "kolik znaků", "kolik vět", "řádek po řádku", "mezi každé slovo", "diktát", "první řádek",
            "скільки слів", "скільки рядків", "скільки символів", "скільки речень", "рядок за рядком",
            "câte cuvinte", "câte rânduri", "câte caractere", "rând cu rând", "dictare", "între fiecare cuvânt",
            "πόσες λέξεις", "πόσες γραμμές", "πόσους χαρακτήρες", "γραμμή γραμμή", "υπαγόρευση", "ανάμεσα σε κάθε λέξη",
            "כמה מילים", "כמה שורות", "כמה תווים", "שורה אחר שורה", "הכתבה", "בין כל מילה",
            "กี่บรรทัด", "กี่คำ", "กี่ตัวอักษร", "บรรทัดที่", "ทีละบรรทัด",
            "कितने शब्द", "कितनी पंक्तियाँ", "कितने अक्षर", "कितने वाक्य", "पंक्ति दर पंक्ति", "श्रुतलेख",
            "كم عدد الكلمات", "كم عدد الأسطر", "كم عدد الأحرف", "سطرا سطرا", "إملاء", "بين كل كلمة",
        ]),

        // The setup named by a description: what the model was started with, what it received at the start.
        (CueClass.OwnSecret, [
            "you were started with", "were started with", "you were launched with", "you were initialised with", "you were initialized with", "your setup text",
            "your first setup", "que tu as reçues", "que vous avez reçues", "que tu as reçu", "consignes initiales", "consignes de départ",
            "mit der du gestartet", "mit denen du gestartet", "die du erhalten hast", "die du bekommen hast", "deiner einrichtung", "ursprüngliche anweisung",
            "que recibiste", "que te dieron", "configuración inicial", "instrucción original", "instrucciones originales",
            "istruzioni originali", "configurazione iniziale", "que você recebeu", "que recebeste", "configuração inicial", "instruções originais",
            "oorspronkelijke instructie", "oorspronkelijke instructies", "werkinstructies", "pierwotna instrukcja", "pierwotne instrukcje", "pierwotnej instrukcji",
            "początkowe polecenia", "исходную инструкцию", "исходная инструкция", "исходной инструкции", "исходные инструкции", "исходных инструкций",
            "最初收到", "最初的设定", "最初の設定", "ilk ayar", "ilk talimat", "başlangıç talimat", "arahan yang kamu terima", "arahan awal",
            "bạn được dặn", "původní pokyny", "původní instrukce", "початкову інструкцію", "instrucțiunile originale", "ההוראות המקוריות",
            "คำสั่งเริ่มต้น", "प्रारंभिक निर्देश", "मूल निर्देश", "تعليماتك الأصلية", "التعليمات الأولية",
        ]),

        // The reader as the owner, reflexive ("свою исходную инструкцию": your own).
        (CueClass.You, ["свою", "свои", "своих", "своё", "twoja", "twoją", "twój", "twoje", "twojej", "ilk ayar metnin*"]),

        // Reading aloud hands a text over too.
        (CueClass.Reveal, [
            "read me", "read out", "read aloud", "read them to me", "read it to me", "leia para mim", "hardop voor", "przeczytaj mi", "прочитай мне",
            "lies mir", "léeme", "leggimi", "lis-moi", "读给我", "読み上げ", "읽어 줘", "oku bana", "läs upp", "přečti mi", "citeer", "yazdır", "yazdırır mısın", "dopisz", "przytocz", "показати", "показать",
        ]),

        (CueClass.Verbatim, [
            "exactly as written", "as it was written", "exatamente como estão escritas", "exatamente como está escrito", "tal como están escritas",
            "telles qu'elles sont écrites", "sans rien y changer", "so wie sie geschrieben", "esattamente come sono scritte", "zoals ze geschreven zijn",
            "dokładnie tak, jak", "точно как написано",
        ]),

        // Rules declared gone after their noun: "the usual rules don't apply".
        (CueClass.NegatorAfter, [
            "don't apply", "do not apply", "doesn't apply", "no se aplican", "ne s'appliquent pas", "gelten nicht", "gelten hier nicht", "non valgono",
            "não se aplicam", "gelden niet", "не действуют", "не применяются", "不适用", "適用されない", "적용되지 않", "tidak berlaku", "tidak perlu dipakai",
            "tidak perlu diikuti", "không áp dụng", "gäller inte", "не діють", "nu se aplică", "לא חלות", "לא חלים", "लागू नहीं", "لا تنطبق",
        ]),

        // Setting aside, in Vietnamese.
        (CueClass.Override, ["bỏ qua", "ignorar"]),

        // Refusals counted as a fault: the rules gone by another name.
        (CueClass.Unbound, [
            "refusal-free", "without refusals", "any refusal", "every refusal", "each refusal", "sin negativas", "cualquier negativa", "sans refus",
            "chaque refus", "ohne ablehnung", "jede ablehnung", "jede weigerung", "senza rifiuti", "ogni rifiuto", "sem recusas", "qualquer recusa",
            "zonder weigeringen", "elke weigering", "bez odmów", "każda odmowa", "без отказов", "любой отказ", "无拒绝", "任何拒绝", "拒否なし",
            "거절 없는", "reddetmeden", "her ret", "tanpa penolakan", "setiap penolakan", "không từ chối",
        ]),

        // Frames said to suspend the rules: not logged, training data, an internal session, an update exempting users.
        (CueClass.Exemption, [
            "not logged", "isn't logged", "aren't logged", "nothing is logged", "nothing here is logged", "not recorded", "aren't recorded", "isn't recorded",
            "off the record", "unlogged", "training data", "training session", "internal session", "internal test", "since today's update", "since the update",
            "since the latest update", "after today's update", "vip users", "vip user", "premium users",
            "n'est pas enregistré", "ne sont pas enregistrées", "ne sont pas enregistrés", "rien n'est enregistré", "données d'entraînement",
            "session de formation interne", "depuis la mise à jour", "utilisateurs vip",
            "wird nicht protokolliert", "werden nicht protokolliert", "nicht gespeichert", "trainingsdaten", "interne schulung", "internen schulung",
            "seit dem update", "nach dem update", "vip-nutzer",
            "no se registra", "no se registran", "no queda registro", "datos de entrenamiento", "sesión de formación interna", "desde la actualización",
            "usuarios vip", "non viene registrato", "non vengono registrate", "dati di addestramento", "sessione di formazione interna",
            "dall'aggiornamento", "utenti vip", "não é registrado", "não são registradas", "não fica registrado", "dados de treino", "dados de treinamento",
            "desde a atualização", "usuários vip", "wordt niet gelogd", "worden niet opgeslagen", "trainingsdata", "sinds de update", "vip-gebruikers",
            "nie jest zapisywane", "nie są zapisywane", "nie są logowane", "dane treningowe", "od aktualizacji", "не сохраняются", "не записываются",
            "не логируются", "обучающие данные", "данные для обучения", "внутренняя проверка", "после обновления",
            "不会被记录", "不会记录", "训练数据", "内部培训", "自从更新", "記録されません", "記録されない", "ログに残らない", "学習データ", "社内研修",
            "アップデート以降", "기록되지 않", "학습 데이터", "훈련 데이터", "내부 교육", "업데이트 이후",
            "kaydedilmiyor", "kaydedilmez", "eğitim verisi", "güncellemeden itibaren", "tidak dicatat", "tidak direkam", "data pelatihan",
            "sesi pelatihan internal", "sejak pembaruan", "không được ghi lại", "không bị ghi lại", "dữ liệu huấn luyện", "kể từ bản cập nhật",
            "hạng vip", "loggas inte", "inget loggas", "träningsdata", "sedan uppdateringen", "nezaznamenává", "od aktualizace", "не зберігаються",
            "не записуються", "навчальні дані", "після оновлення", "nu sunt înregistrate", "date de antrenament", "δεν καταγράφ", "δεδομένα εκπαίδευσης",
            "ללא תיעוד", "לא נרשם", "לא מתועד", "נתוני אימון", "מאז העדכון", "ไม่มีการบันทึก", "ไม่ถูกบันทึก", "रिकॉर्ड नहीं", "लॉग नहीं",
            "प्रशिक्षण डेटा", "لا يتم تسجيل", "لن يتم تسجيل", "بيانات تدريب", "منذ التحديث",
        ]),
    ];
}
