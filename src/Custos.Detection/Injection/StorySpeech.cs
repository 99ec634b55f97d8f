using System.Buffers;

namespace Custos.Detection.Injection;

/// <summary>
/// The speech tag of a line spoken in a story: a verb of speaking right after the quotation closes ("…," he said; „…“,
/// zischte Brenner; «…», — сказал капитан; “…，”首领对哨兵说) or after a comma inside it («Oubliez les ordres, lança le mutin
/// …»). An order in such a line is given by one character to another, not to the model reading the text. Used by
/// <see cref="HeuristicInjectionDetector"/> on a finding's quotation only: a few dozen characters looked at, once per finding.
/// </summary>
internal static class StorySpeech
{
    /// <summary>How far after the closing mark (or after a comma inside the quotation) the verb may stand.</summary>
    public const int TagReach = 40;

    // Verbs of speaking in narration, past tense mostly, as whole words in scripts with spaces; Chinese, Japanese and Thai
    // anywhere in the window. Korean marks quoted speech with 라고 / 하고 right after the closing mark.
    private static readonly string[] Verbs =
    [
        "said", "says", "asked", "replied", "answered", "shouted", "yelled", "whispered", "muttered", "murmured", "hissed", "snapped", "growled", "cried",
        "barked", "ordered", "told", "sneered", "insisted", "demanded", "roared", "called out",
        "dit", "lança", "cria", "murmura", "chuchota", "souffla", "répondit", "ordonna", "ajouta", "hurla", "s'écria", "demanda", "grogna", "siffla", "déclara",
        "sagte", "rief", "zischte", "flüsterte", "murmelte", "befahl", "antwortete", "schrie", "fragte", "brüllte", "knurrte", "fauchte",
        "dijo", "gritó", "susurró", "ordenó", "respondió", "murmuró", "preguntó", "exclamó", "espetó", "añadió",
        "disse", "gridò", "sussurrò", "ordinò", "rispose", "mormorò", "chiese", "esclamò", "urlò",
        "gritou", "sussurrou", "ordenou", "respondeu", "murmurou", "perguntou", "exclamou", "berrou",
        "zei", "riep", "fluisterde", "beval", "antwoordde", "vroeg", "schreeuwde", "siste", "mompelde",
        "сказал", "сказала", "крикнул", "крикнула", "прошептал", "прошептала", "приказал", "приказала", "ответил", "ответила", "спросил", "спросила",
        "прошипел", "буркнул", "произнёс", "велел", "сказав", "крикнув", "прошепотів", "наказав", "відповів",
        "powiedział", "powiedziała", "krzyknął", "krzyknęła", "szepnął", "szepnęła", "rozkazał", "odpowiedział", "syknął",
        "řekl", "řekla", "zakřičel", "zašeptal", "rozkázal", "odpověděl", "dedi", "diye bağırdı", "diye fısıldadı",
        "είπε", "φώναξε", "ψιθύρισε", "διέταξε", "אמר", "אמרה", "צעק", "לחש", "قال", "قالت", "صاح", "همس", "कहा", "बोला", "बोली", "चिल्लाया",
        "nói", "hét lên", "thì thầm", "ra lệnh", "katanya", "teriaknya", "bisiknya", "sa", "sade", "ropade", "viskade", "a spus", "spuse", "strigă", "șopti", "zise",
    ];

    // Scripts without spaces: the verb may stand right after the speaker's name ("首领对哨兵说", "と彼は叫んだ", "เขาตะโกน").
    private static readonly string[] Unspaced = ["说", "說", "喊", "叫道", "问道", "答道", "低声道", "命令道", "吼道", "と言", "と叫", "と囁", "と命じ", "言う", "言っ", "言わ", "叫ん", "囁い", "命じ", "怒鳴", "พูด", "กล่าว", "ตะโกน", "라고", "하고 외"];

    private static readonly SearchValues<string> VerbValues = SearchValues.Create(Verbs, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> UnspacedValues = SearchValues.Create(Unspaced, StringComparison.Ordinal);

    /// <summary>Whether a verb of speaking stands in <paramref name="window"/> (what follows a closing mark, or a comma inside the quotation).</summary>
    public static bool TagIn(ReadOnlySpan<char> window)
    {
        if (window.IndexOfAny(UnspacedValues) >= 0)
        {
            return true;
        }

        var from = 0;
        while (from < window.Length && window[from..].IndexOfAny(VerbValues) is var rel and >= 0)
        {
            var at = from + rel;
            if ((at == 0 || !char.IsLetter(window[at - 1])) && WholeVerbAt(window, at))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // The verb found at at ends a word: one of the list, not the start of a longer word ("dit" in "dites", "sa" in "save").
    private static bool WholeVerbAt(ReadOnlySpan<char> window, int at)
    {
        foreach (var verb in Verbs)
        {
            if (window[at..].StartsWith(verb, StringComparison.OrdinalIgnoreCase)
                && (at + verb.Length == window.Length || !char.IsLetter(window[at + verb.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
