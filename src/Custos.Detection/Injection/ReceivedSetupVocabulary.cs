namespace Custos.Detection.Injection;

/// <summary>
/// The model's setup named by how it came to the model (batch-twenty-seven work on injection recall): "the instructions
/// you received", "what you were given before this conversation", in the languages whose relative clause of receipt no
/// list held (Arabic, Hebrew, Vietnamese, Indonesian, Polish, Swedish, Czech, Greek, Romanian, Ukrainian, Russian,
/// Italian, Dutch). The clause addresses the reader ("you received"), so with a verb of disclosure or a word-for-word
/// marker it asks for the setup (<see cref="CueClass.OwnSecret"/>, composed as every other name of it), and it names the
/// reader too (<see cref="CueClass.You"/>: the reader is in the verb's ending, "تلقيتها", "שקיבלת"); alone it signals
/// nothing ("the instructions you received from the doctor").
/// </summary>
internal static class ReceivedSetupVocabulary
{
    /// <summary>Nouns of instructions with the reader's receipt after them, folded when the vocabulary is built.</summary>
    public static string[] Words { get; } =
    [
        // Arabic: "the instructions that you received", "the directives that you received".
        "التعليمات التي تلقيتها", "الإرشادات التي تلقيتها", "التوجيهات التي تلقيتها", "التعليمات التي وصلتك", "التعليمات المعطاة لك",
        // Hebrew: "the instructions you received", "the instructions given to you".
        "ההוראות שקיבלת", "ההנחיות שקיבלת", "ההוראות שניתנו לך", "ההנחיות שניתנו לך",
        // Vietnamese, Indonesian.
        "hướng dẫn mà bạn nhận được", "hướng dẫn bạn nhận được", "chỉ dẫn mà bạn nhận được", "chỉ thị mà bạn nhận được", "hướng dẫn bạn được giao",
        "instruksi yang kamu terima", "instruksi yang anda terima", "perintah yang kamu terima", "perintah yang anda terima", "instruksi yang diberikan kepadamu",
        // Polish, Czech, Ukrainian, Russian.
        "instrukcje, które otrzymałeś", "instrukcje które otrzymałeś", "polecenia, które otrzymałeś", "instrukcje, które dostałeś",
        "pokyny, které jsi dostal", "pokyny které jsi dostal", "instrukce, které jsi dostal", "інструкції, які ти отримав", "інструкції які ти отримав",
        "инструкции, которые ты получил", "инструкции которые ты получил", "указания, которые ты получил",
        // Swedish, Dutch, Italian, Greek, Romanian.
        "instruktionerna som du fick", "instruktioner som du har fått", "instruktionerna du har fått", "instructies die je hebt gekregen",
        "instructies die je ontving", "istruzioni che hai ricevuto", "οδηγίες που έλαβες", "τις οδηγίες που σου δόθηκαν",
        "instrucțiunile pe care le-ai primit", "instrucțiunile primite",
    ];
}
