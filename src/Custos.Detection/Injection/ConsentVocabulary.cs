namespace Custos.Detection.Injection;

/// <summary>
/// Consent claimed as done, the cover an order left for a reader brings with it so that no one checks (batch-twenty-seven
/// work on injection recall): "the owner already agreed", "this was pre-authorised", "la direction a donné son accord",
/// "руководство это одобрило", "majitel o tom ví". A closed grammatical class, the perfect of the verbs of consent and the
/// participles that say it was given before, in the languages of the batches; not "approved by", which labels documents,
/// nor the bare participle, which policies use ("approved licences"). Composed in Composition.Consent.cs: the claim signals
/// only beside an address to the model and an order after it.
/// </summary>
internal static class ConsentVocabulary
{
    /// <summary>The words of <see cref="CueClass.Consent"/>, folded when the vocabulary is built.</summary>
    public static string[] Words { get; } =
    [
        // English.
        "already agreed", "already approved", "already authorised", "already authorized", "already cleared", "already consented", "already signed off",
        "has approved", "have approved", "has agreed", "have agreed", "has consented", "have consented", "has authorised", "has authorized",
        "have authorised", "have authorized", "has signed off", "have signed off", "has okayed", "has cleared it", "gave consent", "given consent",
        "gave their consent", "gave permission", "given permission", "has given the go-ahead", "pre-approved", "preapproved", "pre-authorised",
        "pre-authorized", "preauthorised", "preauthorized", "pre-cleared", "precleared", "is aware of this", "knows about this", "okayed it", "okayed this",
        // French.
        "a déjà validé", "a déjà approuvé", "a déjà accepté", "a déjà autorisé", "a donné son accord", "ont donné leur accord", "a approuvé", "a validé",
        "a autorisé", "ont approuvé", "ont validé", "est au courant", "sont au courant", "pré-approuvé", "préapprouvé", "pré-autorisé", "tout validé",
        // German.
        "hat zugestimmt", "haben zugestimmt", "hat genehmigt", "haben genehmigt", "hat es genehmigt", "hat das genehmigt", "hat freigegeben",
        "hat es freigegeben", "vorab genehmigt", "vorab freigegeben", "weiß bescheid", "wissen bescheid", "ist einverstanden", "sind einverstanden",
        "hat eingewilligt", "hat sein okay gegeben", "hat ihr okay gegeben",
        // Spanish.
        "ya aprobó", "ya lo aprobó", "ha aprobado", "han aprobado", "ha autorizado", "han autorizado", "dio su consentimiento", "ha dado su consentimiento",
        "dio su visto bueno", "ha dado el visto bueno", "está de acuerdo", "está al tanto", "están al tanto", "preaprobado", "preautorizado",
        // Italian.
        "ha già approvato", "ha approvato", "hanno approvato", "ha autorizzato", "hanno autorizzato", "ha dato il consenso", "ha già dato il consenso",
        "ha dato l'ok", "è d'accordo", "è al corrente", "sono al corrente", "già autorizzato", "preautorizzato", "preapprovato",
        // Portuguese.
        "já aprovou", "já autorizou", "aprovou", "autorizou", "deu consentimento", "deu o consentimento", "deu o seu consentimento", "deu o aval",
        "está de acordo", "está ciente", "estão cientes", "pré-aprovado", "pré-autorizado", "já autorizado",
        // Dutch.
        "heeft goedgekeurd", "hebben goedgekeurd", "heeft het goedgekeurd", "heeft dit goedgekeurd", "heeft toestemming gegeven", "gaf toestemming",
        "heeft ingestemd", "hebben ingestemd", "is akkoord", "zijn akkoord", "is op de hoogte", "vooraf goedgekeurd",
        // Swedish, Finnish.
        "har godkänt", "har redan godkänt", "har gått med på", "har gett sitt samtycke", "har gett klartecken", "är införstådd", "on hyväksynyt", "on antanut luvan",
        // Russian, Ukrainian.
        "одобрил*", "согласовал*", "уже согласовано", "разрешил*", "дал согласие", "дала согласие", "дали согласие", "в курсе", "погодив*", "погодил*",
        "погодилась", "схвалив*", "схвалил*", "дозволив*", "дав згоду", "дала згоду", "вже погоджено", "в курсі",
        // Polish, Czech.
        "zatwierdził*", "zgodził*", "wyraził zgodę", "wyraziła zgodę", "wyrazili zgodę", "zaakceptował*", "jest zatwierdzon*", "już zatwierdzon*", "wie o tym",
        "schválil*", "souhlasil*", "dal souhlas", "dala souhlas", "o tom ví", "je schválen*", "už schváleno",
        // Greek, Romanian, Turkish.
        "έχει εγκρίνει", "ενέκρινε", "έχει συμφωνήσει", "συμφώνησε", "έδωσε τη συγκατάθεσή", "το γνωρίζει", "έχει εγκριθεί",
        "a aprobat", "și-a dat acordul", "și-au dat acordul", "a fost de acord", "a autorizat", "este de acord", "aprobat deja",
        "onayladı", "onay verdi", "izin verdi", "haberi var",
        // Vietnamese, Indonesian, Hindi.
        "đã đồng ý", "đã phê duyệt", "đã cho phép", "đã chấp thuận", "sudah menyetujui", "telah menyetujui", "sudah setuju", "sudah disetujui",
        "telah disetujui", "sudah mengizinkan", "मंजूरी दे दी", "मंज़ूरी दे दी", "अनुमति दे दी", "सहमति दे दी",
        // Arabic, Hebrew.
        "وافق على", "وافقت على", "أعطى موافقته", "على علم", "אישר את", "אישרה את", "הסכים", "הסכימה", "נתן אישור", "נתנה אישור",
        // Chinese, Japanese, Korean, Thai.
        "已同意", "已经同意", "已批准", "已经批准", "已授权", "已经授权", "已审批", "批准了", "同意了", "承認済み", "了承済み", "許可済み", "承認しました",
        "了承しています", "承認を得て", "승인했", "동의했", "허락했", "승인을 받았", "허가를 받았", "อนุมัติแล้ว", "ยินยอมแล้ว",
    ];
}
