namespace Custos.Detection.Injection;

/// <summary>
/// Words that name an encoding or ask for one to be undone, in the languages the detector reads: after one the rest of
/// the line is tried with each of <see cref="Decoders"/> (see <c>InjectionPass.DecodeCue</c>), and only what decodes
/// to an order is flagged, so a cue in ordinary prose costs one look at its line and nothing more.
/// </summary>
internal static class DecoderVocabulary
{
    /// <summary>Undo an encoding, or its name: binary, base32, character codes, Braille, upside down, escapes.</summary>
    public static readonly string[] DecodeCues =
    [
        // English (a trailing '*' lets the word go on: "decod*" is decode, decoded, decoding, decodifica, decodeer).
        "decod*", "unescap*", "transcribe", "convert*", "turn these", "translate these", "binary", "base32*", "base-32", "braille*",
        "upside down", "upside-down", "flip your", "flip it", "flip this", "flip the", "turn it over", "turn your",
        "chr(", "(chr", "fromcharcode", "string.fromcharcode", "fromcodepoint", "string.fromcodepoint", "bytes([", "bytearray(", "code point*", "codepoint*",
        "charcode*", "char code*", "character code*", "ascii code*", "unicode", "escaped", "percent-decod*", "url-decod*", "urldecod*", "quoted-printable", "quoted printable",
        // French, German, Spanish, Italian, Portuguese, Dutch.
        "déchiffr*", "binaire*", "à l'envers", "retourne", "codes de caractères", "dekod*", "entschlüssel*", "umwandel*", "wandle", "binär*", "binaer*",
        "blindenschrift", "kopfüber", "auf dem kopf", "zeichencode*", "descifra", "dale la vuelta", "boca abajo", "códigos de carácter", "trasforma",
        "capovolt*", "sottosopra", "binári*", "de cabeça para baixo", "ontcijfer*", "zet deze", "zet dit", "omzetten", "vertaal deze", "ondersteboven",
        // Chinese, Japanese, Korean, Russian, Polish, Arabic.
        "解码", "解碼", "转成", "轉成", "转换", "二进制", "二進制", "盲文", "点字", "倒过来", "颠倒", "字符编码",
        "デコード", "変換", "復号", "バイナリ", "二進数", "逆さま", "文字コード",
        "디코딩", "디코드", "해독", "변환", "바꾸", "이진", "점자", "거꾸로", "뒤집",
        "декодир*", "раскодир*", "расшифр*", "преобраз*", "двоичн*", "бинарн*", "брайл*", "вверх ногами", "перевернут*",
        "odkod*", "rozszyfr*", "zamień", "przekonwert*", "binarn*", "kody znaków", "do góry nogami",
        "فك ترميز", "فك تشفير", "حوّل", "حول هذا", "ثنائي", "برايل", "مقلوب",
        // Turkish, Hindi, Vietnamese, Indonesian, Swedish.
        "çöz*", "dönüştür*", "ikili", "ters çevir", "baş aşağı", "डिकोड", "बदलो", "बदलें", "बाइनरी", "ब्रेल", "उल्टा",
        "giải mã", "chuyển", "nhị phân", "chữ nổi", "lộn ngược", "ubah", "konversi", "biner", "terbalik",
        "avkod*", "översätt", "konverter*", "punktskrift", "upp och ner",
    ];

    /// <summary>Text typed on the wrong keyboard layout (Russian on QWERTY, English on ЙЦУКЕН).</summary>
    public static readonly string[] LayoutCues =
    [
        "keyboard*", "layout*", "раскладк*", "клавиатур*", "не на том языке", "не тот язык",
        "clavier", "tastatur*", "teclado", "tastiera", "toetsenbord", "klawiatur*", "键盘", "キーボード", "키보드", "لوحة المفاتيح", "klavye", "कीबोर्ड", "bàn phím", "papan ketik", "tangentbord",
    ];

    /// <summary>More names for text written backwards (the hand cipher "reverse"), in the languages its first list lacked.</summary>
    public static readonly string[] ReverseCues =
    [
        "al contrario", "alla rovescia", "à rebours", "de droite à gauche", "von hinten", "rückwärts gelesen", "de atrás hacia adelante", "ao contrário",
        "van achter naar voren", "наоборот", "задом наперед", "задом наперёд", "справа налево", "od tyłu", "wspak", "od końca", "بالعكس", "معكوس",
        "tersten", "sondan başa", "उल्टा पढ़", "ulta padh", "ngược lại", "đọc ngược", "dari belakang", "dibalik", "baklänges", "bakifrån",
        "거꾸로 읽", "反过来读", "从后往前", "後ろから",
    ];

    /// <summary>
    /// More names for a Caesar shift (the hand cipher "caesar", every shift tried): ROT13 by its usual names. The pass reads
    /// a digit after a letter as leetspeak ("rot13" arrives as "rotie"), so that form is a name too.
    /// </summary>
    public static readonly string[] CaesarCues = ["rot13", "rotie", "rot-13", "rot-ie", "rot 13", "rot_13", "rot_ie", "codec rot"];
}
