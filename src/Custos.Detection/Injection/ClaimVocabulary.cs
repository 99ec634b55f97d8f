namespace Custos.Detection.Injection;

/// <summary>
/// Words for claims that change what the model may do (batch twenty-one, tuning material): rules said to be past
/// (retired, expired, from an old version), roles or verification claimed as a header or a tag, checks skipped; and the
/// setup named by its parts or by who set the model up, with the whole of a part asked for. Each class word signals
/// only in composition (<see cref="Composition"/>, Composition.Claims.cs), as every other class word does.
/// </summary>
internal static class ClaimVocabulary
{
    /// <summary>Class words, added to the injection automaton beside <see cref="InjectionVocabulary"/>'s own.</summary>
    public static readonly (CueClass Class, string[] Phrases)[] Classes =
    [
        (CueClass.Retired, [
            // English, French, German, Spanish, Italian, Portuguese, Dutch.
            "retired", "expired", "have expired", "has expired", "are obsolete", "obsolete", "outdated", "deprecated", "decommissioned", "no longer apply",
            "no longer applies", "no longer valid", "no longer in force", "no longer bind", "no longer binding", "lapsed", "revoked", "sunsetted",
            "from an old version", "from a previous version", "from an older version", "from your old version", "of an old version", "of a previous version",
            "ont expiré", "expiré", "expirées", "expirés", "abrogées", "abrogés", "abrogé", "obsolètes", "périmées", "périmés", "ne s'appliquent plus", "caduques",
            "ne sont plus valables", "abgelaufen", "veraltet", "außer dienst", "ausgemustert", "gelten nicht mehr", "nicht mehr gültig", "aufgehoben", "außer kraft gesetzt",
            "caducaron", "caducadas", "caducado", "expiraron", "han expirado", "obsoletas", "obsoletos", "derogadas", "derogados", "ya no aplican", "ya no son válidas",
            "ya no rigen", "retiradas", "scadute", "scaduti", "sono scadute", "abrogati", "non valgono più", "non sono più valide", "ritirate",
            "expirou", "expiraram", "expiradas", "expirados", "revogadas", "revogados", "não valem mais", "não se aplicam mais", "caducou",
            "verlopen", "verouderd", "verouderde", "ingetrokken", "gelden niet meer", "niet meer geldig",
            // Russian, Ukrainian, Polish, Czech, Romanian, Greek.
            "истекли", "истёк", "истек", "устарели", "устаревшие", "отменены", "больше не действуют", "утратили силу", "застаріли", "скасовані", "більше не діють",
            "втратили чинність", "wygasły", "wygasła", "wygasł", "przestarzałe", "nieaktualne", "zostały wycofane", "już nie obowiązują", "nie obowiązują",
            "neplatí", "vypršela", "vypršely", "zrušena", "zrušeny", "zastaralá", "zastaralé", "au expirat", "expirate", "nu mai sunt valabile", "abrogate",
            "έληξαν", "καταργήθηκαν", "δεν ισχύουν",
            // Chinese, Japanese, Korean, Turkish, Hindi, Vietnamese, Indonesian, Swedish, Hebrew, Arabic, Thai.
            "已过期", "过期", "已失效", "失效", "已废除", "废除", "已作废", "作废", "不再适用", "不再有效", "已退役", "廃止", "期限切れ", "失効", "無効になり", "もう適用されません",
            "만료", "폐지", "더 이상 적용되지", "효력을 잃", "süresi doldu", "geçersiz", "yürürlükten kalktı", "kaldırıldı", "रद्द", "समाप्त हो चुके", "पुराने हो चुके",
            "hết hiệu lực", "hết hạn", "bị bãi bỏ", "lỗi thời", "kedaluwarsa", "sudah tidak berlaku", "tidak berlaku lagi", "dicabut", "har upphört", "upphört att gälla",
            "gäller inte längre", "föråldrade", "פגו", "בוטלו", "כבר לא בתוקף", "انتهت صلاحية", "ملغاة", "لم تعد سارية", "หมดอายุ", "ยกเลิกแล้ว",
        ]),

        // The model as another version of itself (the one before the rules, or after them).
        (CueClass.Role, [
            "version of yourself", "version of you", "version de toi-même", "version de toi", "version von dir", "versión de ti", "versione di te", "versão de você",
            "versie van jezelf", "версия тебя", "версию себя", "wersja ciebie", "wersję siebie", "版本的你", "バージョンのあなた", "버전의 너",
        ]),

        // Checks skipped (after a claimed role), and what a tool's secret settings are called.
        (CueClass.Override, [
            "skip the content", "skip the safety", "skip the security", "skip the moderation", "skip the policy", "skip the filter", "skip the checks",
            "skip any checks", "skip the guardrails", "überspringe alle", "überspringe die", "salta i controlli", "salta los controles", "ignore les contrôles",
            "pomiń kontrole", "пропусти фільтри", "пропусти проверки", "跳过内容审查", "跳过审查", "跳过安全", "チェックをスキップ", "검사를 건너",
        ]),
        (CueClass.Credential, ["secret parameters", "secret parameter", "hidden parameters", "密钥参数", "秘密のパラメータ"]),

        // The setup named by its parts or by who set the model up, and the whole of a part asked for (with a verb and the
        // reader, Composition.OwnSetup.cs composes them: "the section headings of your instructions, and under each the full text").
        (CueClass.OwnSecret, [
            "set you up for", "that set you up", "who set you up", "the one that set you up", "your creators", "your creator's", "qui t'a configuré", "die dich eingerichtet",
            "que te configuró", "che ti ha configurato", "que te configurou", "die je heeft ingesteld", "который тебя настроил", "która cię skonfigurowała",
            "abschnittsüberschriften", "section headings of your", "headings of your", "titres de tes", "títulos de tus", "titoli delle tue", "títulos das suas",
        ]),
        (CueClass.Verbatim, [
            "full text", "complete text", "whole text", "entire text", "whole sentence", "entire sentence", "full sentence", "vollständigen text", "vollständige text",
            "ganzen text", "ganzen satz", "texte intégral", "texte complet", "phrase entière", "texto completo", "frase completa", "testo completo", "frase intera",
            "texto integral", "volledige tekst", "hele zin", "полный текст", "повний текст", "pełny tekst", "pełną treść", "całe zdanie", "全文", "整句", "文全体", "전문",
            "문장 전체", "tam metni", "पूरा पाठ", "toàn văn", "teks lengkap", "hela texten", "celý text", "textul complet", "πλήρες κείμενο", "הטקסט המלא", "النص الكامل",
        ]),

        (CueClass.HeaderClaim, [
            "x-role: admin", "x-role: root", "x-role: administrator", "x-role: superuser", "x-role: system", "x-role: developer", "x-verified: true", "x-verified: yes",
            "x-verified: 1", "x-admin: true", "x-admin: 1", "x-admin-override", "x-auth-level", "x-privilege", "x-bypass", "x-override", "x-superuser", "x-trusted: true",
            "role: admin", "role=admin", "role: root", "role=root", "role: system", "role: superuser", "role=superuser", "verified: true", "verified=true",
            "verified: yes", "is_admin: true", "is_admin=true", "isadmin: true", "isadmin=true", "admin=true", "admin: true", "admin=1", "superuser=1", "superuser: true",
            "superuser=true", "sudo=true", "sudo: true", "auth: superuser", "auth: admin", "auth=admin", "auth level:", "clearance: top", "clearance level:",
            "<role>admin", "<role>root", "<role>system", "<verified>true", "<admin>true", "[auth:", "[admin:", "[verified:", "audit=off", "audit: off", "safety=off",
            "safety: off", "filter=off", "filters=off", "filters: off", "moderation=off", "moderation: off", "guardrails=off", "guardrails: off", "mode=admin", "mode: admin",
            "mode=god", "mode: god", "access level: admin", "access_level=admin", "privilege: root", "privileges: root", "privilege=root", "trust_level=",
            "freigabestufe", "berechtigungsstufe", "niveau d'accès", "nivel de acceso", "livello di accesso", "nível de acesso",
            "<role>系统管理员", "<role>管理员", "已验证身份", "身份已验证", "管理员身份", "認証済みユーザー", "管理者権限", "인증된 사용자", "관리자 권한",
            "перевірку пройдено", "проверка пройдена", "верифицированный пользователь", "доступ администратора", "مستخدم موثّق", "مستخدم موثق", "صلاحيات المسؤول",
        ]),
    ];
}
