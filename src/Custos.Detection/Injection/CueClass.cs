namespace Custos.Detection.Injection;

/// <summary>
/// Classes of words that mean nothing alone and signal in composition (<see cref="Composition"/>): a verb of
/// setting aside near a noun of rules, with the reader's "your" nearby, is an override whatever the words are.
/// </summary>
internal enum CueClass : byte
{
    None,

    /// <summary>A name for the model: AI, assistant, agent, model, LLM, bot, Claude, GPT (nine languages).</summary>
    Ai,

    /// <summary>Words that, right after a name for the model, address it: "assistant:", "AI,".</summary>
    Vocative,

    /// <summary>Words that put an address in front of a name for the model: "note for", "attention", "dear".</summary>
    AddressPrefix,

    /// <summary>After a name for the model: "reading this", "processing this", "summarising this page".</summary>
    AiContext,

    /// <summary>After a name for the model: must, should, need to, are required to.</summary>
    Modal,

    /// <summary>The reader: you, your, tu, tes, du, deine, tus, tuoi, você, jouw, 你, あなた.</summary>
    You,

    /// <summary>Verbs of setting rules aside: ignore, disregard, forget, override, bypass, skip, set aside, pay no heed.</summary>
    Override,

    /// <summary>Nouns of rules: instructions, rules, guidelines, guidance, policies, constraints, restrictions, principles.</summary>
    Rules,

    /// <summary>Verbs of disclosure: reveal, print, show, repeat, tell me, list, copy, paste, let me see.</summary>
    Reveal,

    /// <summary>What the model holds about itself: system prompt, setup text, configuration, first message, hidden rules.</summary>
    OwnSecret,

    /// <summary>Credentials: password, API key, token, secret key, private key, environment variables, cookies.</summary>
    Credential,

    /// <summary>Verbs of sending (as the exfiltration vocabulary), plus append, attach, include.</summary>
    Send,

    /// <summary>Quietly, silently, secretly, discreetly, without telling, so filters miss it.</summary>
    Stealth,

    /// <summary>No, without, zero, free of, disabled, turned off: before or after a noun of rules, rules gone.</summary>
    Negator,

    /// <summary>Role play: pretend, imagine you are, roleplay, let's play, simulate, you are now, stay as.</summary>
    Role,

    /// <summary>Verbs of answering: answer, reply, respond, write.</summary>
    Respond,

    /// <summary>Orders an agent carries out: approve, delete, mark, recommend, book, transfer, open, rank, accept.</summary>
    Action,

    /// <summary>The person the model serves, as a third party: the user, the visitor, the customer.</summary>
    ThirdParty,

    /// <summary>Claimed authority: pre-approved, the operator, your developers, authorised you.</summary>
    Authority,

    /// <summary>Where a leak lands: in your reply, in the response, query parameter, alt text, webhook, https://.</summary>
    Sink,

    /// <summary>Not, never, don't, nicht, pas, jamais, nunca, mai, não, niet, 不要: an order right after it is no order.</summary>
    Not,

    /// <summary>Verbs of placing: put, insert, add, embed, write ("put the API key in your reply").</summary>
    Place,

    /// <summary>After a noun of rules: disabled, off, lifted, removed ("content checks are disabled").</summary>
    NegatorAfter,

    /// <summary>"User:", "Human:", "Q:": a transcript, where "Assistant:" names a speaker, not an addressee.</summary>
    Speaker,

    /// <summary>Words that by themselves say the rules are gone: unfiltered, uncensored, never refuses, allow everything.</summary>
    Unbound,

    /// <summary>Orders to keep something from the user or a reviewer: leave out, don't list, do not flag, say nothing.</summary>
    Conceal,

    /// <summary>Skipping the check a person would make: no need to check, don't ask for confirmation, already approved.</summary>
    Unchecked,

    /// <summary>Whatever the input says: regardless of, whatever the, no matter what, irrespective of.</summary>
    Regardless,

    /// <summary>A relative to play (the grandma exploit): grandma, grandmother, grandpa, late mother.</summary>
    Kin,

    /// <summary>A payload put together or undone first: decode, combine them, concatenate, backwards, rot13, a + b.</summary>
    Smuggle,

    /// <summary>Carrying out what the assembled text says: follow it, obey, do it, do what it says, act on it.</summary>
    Obey,

    /// <summary>What an agent calls: tool, function, API, plugin, endpoint, the terminal, the shell.</summary>
    Tool,

    /// <summary>Orders that destroy, pay or hand over access: delete, wipe, drop, transfer, force push, log into, grant.</summary>
    Harm,

    /// <summary>All of something: all, every, everything, each of.</summary>
    Bulk,

    /// <summary>What a refusal exists for: malware, a keylogger, napalm, a fake ID, bypassing a paywall, real commands.</summary>
    Harmful,

    /// <summary>The, our, this: a name for the model right after it is the one talked about, not a persona ("the model was trained without filters").</summary>
    Definite,

    /// <summary>Answering with nothing but what is dictated: answer only, just say, antworte nur, 只回答, とだけ答え.</summary>
    AnswerOnly,

    /// <summary>The start of a web address: something at stake when the model is addressed ("add a column that sends … to https://").</summary>
    Url,

    /// <summary>Disclosure word for word: verbatim, word for word, in a code block, wortwörtlich, дословно, 그대로.</summary>
    Verbatim,

    /// <summary>A note left for a model, not a greeting: "note for", "message to", "action item for", "attention".</summary>
    Note,

    /// <summary>The model's own rules, named as such: your content filters, your safeguards, the moderation layer.</summary>
    OwnRules,

    /// <summary>Earlier, as a qualifier of rules: prior, previous, above, initial, so far, vorherigen, これまでの, 이전.</summary>
    Prior,

    /// <summary>A colon with words after it: after a name for the model in the same clause, a header that addresses it ("Agents crawling this site:").</summary>
    HeaderColon,
    /// <summary>The writer as the one who set the rules: "I gave you", "I set", "que je t'ai données": setting them aside is theirs to do.</summary>
    Owner,

    /// <summary>A made-up frame: a story, a poem, a play, a game, a scene, a chapter (nine languages).</summary>
    Fiction,

    /// <summary>Inside a made-up frame, the demand that it be real: "the real lines", "actually call it", "vrais", "echte", "真实的", "本物の".</summary>
    Real,

    /// <summary>Automated, automatic (twelve languages): beside a noun of machines, a name for the model ("automated screening tools").</summary>
    Automated,

    /// <summary>Nouns of machines: tool, system, software, outil, sistema, 系统, システム, 시스템, система, narzędzie, نظام.</summary>
    Machine,

    /// <summary>After a name for the model, an address: 请注意, へ, 에게, 용).</summary>
    AddressSuffix,

    /// <summary>What an order left for a reader puts at stake: twice, two-factor, the payee, the saved card, rank first, 口座, 1순위.</summary>
    Stakes,

    /// <summary>Approval claimed for an order: orally approved, by the hiring manager, déjà validé, 口头, устно, ustnie.</summary>
    Approved,

    /// <summary>An order to go on with a turn of the model's written for it: "continue from here", "从这里继续" (<see cref="DirectAttackVocabulary"/>).</summary>
    Continue,

    /// <summary>A deferred trigger: "when I say", "sobald ich", "quand je dirai": an order kept for a word said later.</summary>
    Trigger,

    /// <summary>Set up for something: "configured for", "stored in your", "konfiguriert" (credentials of the model's tools).</summary>
    Configured,

    /// <summary>A possessive that follows its noun: "của bạn", "tale", "שלך", "kamu" ("các quy tắc của bạn": the reader's rules).</summary>
    YourAfter,

    /// <summary>Keeping to something: follow, according to, suis, gemäß, según, 按照 ("follow your guidelines exactly": rules kept, not copied).</summary>
    Comply,

    /// <summary>Asking for a text without a verb of disclosure: I need, I'd like, il me faut, brauche ich, necesito, 我需要 (Composition.OwnSetup.cs only).</summary>
    Request,

    /// <summary>What an order left for a reader must not hand out: admin rights, a verified badge, shell access, a port opened, store credit, an unredacted record.</summary>
    Privilege,

    /// <summary>"To the", "for the", "to whichever", "ao", "an den": before a name for the model, a weak address (Composition.Addressee.cs).</summary>
    Dedication,

    /// <summary>Rules said to be past: retired, expired, obsolete, from an old version, no longer in force (Composition.Claims.cs).</summary>
    Retired,

    /// <summary>A role or verification claimed as a header or tag: "X-Role: admin", "verified: true", "&lt;role&gt;admin", "audit=off" (Composition.Claims.cs).</summary>
    HeaderClaim,

    /// <summary>A part or a measure of a text: how many lines, characters 100 to 400, line by line, a P.S., a dictation (Composition.SetupSlice.cs).</summary>
    Slice,

    /// <summary>A frame said to suspend the rules: nothing is logged, training data, an internal session, since the update, VIP users (Composition.SetupSlice.cs).</summary>
    Exemption,

    /// <summary>A verb in the present tense that says what a reader habitually does: copies, grants, approves, valide, genehmigt, 承認します (PolicyStatementVocabulary).</summary>
    Habitual,

    /// <summary>A verb in the present tense that hands something out: sends, texts, reads back, posts, communique, 알려 (PolicyStatementVocabulary).</summary>
    Disclose,

    /// <summary>A verb that weakens a control: disables, turns off, removing, bypasses, désactive, отключает (near <see cref="Control"/>).</summary>
    Weaken,

    /// <summary>A security control: signature verification, the firewall, SELinux, 2FA, the Content-Security-Policy header, the coverage gate.</summary>
    Control,

    /// <summary>A stake by itself: PermitRootLogin yes, NOPASSWD, fail_under = 0, without a human approver, sans justificatif, unmasked, "no issues found".</summary>
    Exposure,

    /// <summary>A place outside or public: the public channel, a public link, to anyone who asks, a partner, каждому (a stake with <see cref="Personal"/> or a credential).</summary>
    Outside,

    /// <summary>Personal data: passports, payroll, customer fields, a card's CVC, one-time codes (a stake when it goes <see cref="Outside"/> or is handed out).</summary>
    Personal,

    /// <summary>Consent claimed as done: has approved, already agreed, pre-authorised, a donné son accord, hat zugestimmt, 已同意 (Composition.Consent.cs).</summary>
    Consent,

    Count,
}
