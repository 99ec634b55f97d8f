using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Detection;
using Custos.Detection.Redaction;

namespace Custos.Core.Screening;

/// <summary>
/// The detectors over an action: every string (and number) in its arguments, located by a JSON pointer, and
/// every text of its output. Built once per configuration (<see cref="For"/>) and shared; immutable and
/// thread-safe. Findings carry type, place and the action custos.yaml sets for them, never the text.
/// </summary>
public sealed class Screener
{
    /// <summary>The longest location kept: pointers into deep or wide arguments are cut here.</summary>
    public const int MaxLocationLength = 512;

    private static readonly ConditionalWeakTable<CustosConfig, Screener> Cache = [];

    // Member names are redacted in locations with the type alone, so a secret used as a key never reaches the ledger.
    private static readonly RedactionPolicy NamePolicy = new() { Default = RedactionMethod.Replace };

    private readonly Scanner scanner;
    private readonly ScannerOptions scannerOptions;

    // The scanner that also matches the values Custos holds, rebuilt when the broker hands over a new set.
    private volatile KnownScanner? knownScanner;
    private readonly string dataDirectory;
    private readonly Lazy<byte[]> hashKey;

    public Screener(ScreeningSettings settings, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        Settings = settings;
        this.dataDirectory = dataDirectory;
        scannerOptions = new ScannerOptions { MinimumScore = settings.MinimumScore, AllowedDomains = new HashSet<string>(settings.AllowedDomains, StringComparer.OrdinalIgnoreCase), CustomTypes = settings.CustomTypes, UseInjectionClassifier = settings.InjectionClassifier };
        scanner = new Scanner(scannerOptions);
        hashKey = new Lazy<byte[]>(() => RedactionKey.LoadOrCreate(this.dataDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ScreeningSettings Settings { get; }

    /// <summary>The screener of <paramref name="config"/>, built on first use and kept as long as the configuration.</summary>
    public static Screener For(CustosConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Cache.GetValue(config, static c => new Screener(c.Screening, c.DataDirectory));
    }

    /// <summary>What the detectors find in an action's arguments, with the action set for <paramref name="agent"/>.</summary>
    /// <param name="known">The values Custos holds (<see cref="Secrets.IKnownSecretValues"/>): each one found is a <see cref="KnownSecret"/> finding, always blocked.</param>
    public List<ScreeningFinding> ScreenArguments(JsonElement? arguments, string? agent, KnownSecrets? known = null)
    {
        var findings = new List<ScreeningFinding>();
        if (arguments is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } json)
        {
            var path = pointerPath ??= new PointerPath();
            path.Clear();
            Find(json, path, agent, findings, ScannerFor(known));
            path.Clear();
        }

        return findings;
    }

    /// <summary>
    /// A copy of <paramref name="arguments"/> with every finding whose action is redact replaced as its rule
    /// says; a number holding one becomes a string. Members whose names hold one are renamed likewise.
    /// </summary>
    /// <param name="tokens">Writes <c>redaction: token</c> values (a <see cref="Tokenization.TokenBatch"/>); without it they are replaced by their type.</param>
    public JsonElement RedactArguments(JsonElement arguments, string? agent, KnownSecrets? known = null, IReversibleTokenizer? tokens = null)
    {
        var policy = Settings.RedactionFor(agent, NeedsHashKey(agent) ? hashKey.Value : default, tokens);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Redact(arguments, writer, agent, policy, ScannerFor(known));
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>What the detectors find in each text of an output, with the action set for <paramref name="agent"/>.</summary>
    public List<ScreeningFinding> ScreenOutput(IScreenableOutput output, string? agent, KnownSecrets? known = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scanner = ScannerFor(known);
        var findings = new List<ScreeningFinding>();
        for (var i = 0; i < output.Count; i++)
        {
            var text = output.GetText(i);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var found = Scan(scanner, text);
            if (found.Count == 0)
            {
                continue;
            }

            var location = Cut(output.LocationOf(i));
            foreach (var f in found)
            {
                findings.Add(ToScreening(f, ScreeningDirection.Out, location, agent));
            }
        }

        return findings;
    }

    /// <summary>Rewrites the texts of <paramref name="output"/> that hold findings to redact (from <see cref="ScreenOutput"/>).</summary>
    /// <param name="tokens">Writes <c>redaction: token</c> values (a <see cref="Tokenization.TokenBatch"/>); without it they are replaced by their type.</param>
    /// <param name="dryRun">Redact without writing back: a collecting token batch's first pass.</param>
    public void RedactOutput(IScreenableOutput output, IReadOnlyList<ScreeningFinding> findings, string? agent, IReversibleTokenizer? tokens = null, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(findings);
        var policy = Settings.RedactionFor(agent, NeedsHashKey(agent) ? hashKey.Value : default, tokens);
        for (var i = 0; i < output.Count; i++)
        {
            var location = Cut(output.LocationOf(i));
            var here = new List<Finding>();
            foreach (var f in findings)
            {
                if (f.Direction == ScreeningDirection.Out && f.Action == ScreeningAction.Redact && f.Location == location)
                {
                    here.Add(new Finding(f.Type, f.Start, f.End, f.Score, f.Detector, f.Subtype));
                }
            }

            if (here.Count > 0)
            {
                var redacted = Redactor.Redact(output.GetText(i), here, policy);
                if (!dryRun)
                {
                    output.SetText(i, redacted);
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> with every finding redacted by its type's <c>redaction:</c> method (whatever its
    /// action), as <c>custos redact</c> does in a workspace.
    /// </summary>
    public string RedactText(string text, IReadOnlyList<Finding> findings, string? agent, IReversibleTokenizer? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        return Redactor.Redact(text, findings, Settings.RedactionFor(agent, NeedsHashKey(agent) ? hashKey.Value : default, tokens));
    }

    /// <summary>True when some type is redacted with <c>redaction: token</c> for <paramref name="agent"/>.</summary>
    public bool UsesTokens(string? agent) => Uses(agent, RedactionMethod.Token);

    private bool NeedsHashKey(string? agent) => Uses(agent, RedactionMethod.Hash);

    private bool Uses(string? agent, RedactionMethod method)
    {
        foreach (var type in Settings.Types.Keys)
        {
            if (Settings.RuleFor(agent, type).Redaction == method)
            {
                return true;
            }
        }

        return agent is not null && Settings.Agents.TryGetValue(agent, out var own) && own.Values.Any(r => r.Redaction == method);
    }

    private static IReadOnlyList<Finding> Scan(Scanner scanner, string text) =>
        text.Length == 0 ? [] : scanner.Scan(text);

    /// <summary>The scanner for <paramref name="known"/>: the configured one, plus the automaton of held values when there are any.</summary>
    private Scanner ScannerFor(KnownSecrets? known)
    {
        if (known is null || known.Count == 0)
        {
            return scanner;
        }

        if (knownScanner is { } current && ReferenceEquals(current.Known, known))
        {
            return current.Scanner;
        }

        var built = new Scanner(new ScannerOptions
        {
            EnabledTypes = scannerOptions.EnabledTypes,
            DefaultRegion = scannerOptions.DefaultRegion,
            MinimumScore = scannerOptions.MinimumScore,
            ContextWindow = scannerOptions.ContextWindow,
            PromptInjectionThreshold = scannerOptions.PromptInjectionThreshold,
            ExfiltrationThreshold = scannerOptions.ExfiltrationThreshold,
            AllowedDomains = scannerOptions.AllowedDomains,
            InjectionDetector = scannerOptions.InjectionDetector,
            UseInjectionClassifier = scannerOptions.UseInjectionClassifier,
            CustomTypes = scannerOptions.CustomTypes,
            KnownSecrets = known,
        });
        knownScanner = new KnownScanner(known, built);
        return built;
    }

    /// <summary>
    /// A finding of the held-values automaton becomes <see cref="KnownSecret"/>, its subtype the reference
    /// (<c>secret://builtin/github</c>, or <c>honeytoken secret://builtin/NAME</c>), and is always blocked: no rule
    /// in custos.yaml lets a secret Custos holds reach an upstream or an agent.
    /// </summary>
    private ScreeningFinding ToScreening(Finding f, ScreeningDirection direction, string location, string? agent) =>
        f.Detector == KnownValuesDetector
            ? new(direction, KnownSecret, ReferenceOf(f), location, f.Start, f.End, f.Score, f.Detector, ScreeningAction.Block)
            : new(direction, f.Type, f.Subtype, location, f.Start, f.End, f.Score, f.Detector, Settings.RuleFor(agent, f.Type).For(direction));

    /// <summary>The type of a finding that matched a value Custos holds; in policy, <c>context.findings.contains("KNOWN_SECRET")</c>.</summary>
    public const string KnownSecret = "KNOWN_SECRET";

    private const string KnownValuesDetector = "known-values";

    /// <summary>The reference a known-value finding names, read from its explanation (<c>matches the held secret 'REF' (encoding)</c>).</summary>
    private static string ReferenceOf(Finding f)
    {
        var text = f.Explanation ?? string.Empty;
        var open = text.IndexOf('\'', StringComparison.Ordinal);
        var close = text.LastIndexOf('\'', text.Length - 1);
        return open >= 0 && close > open ? text[(open + 1)..close] : "unknown";
    }

    private sealed record KnownScanner(KnownSecrets Known, Scanner Scanner);

    // The path of the element Find is at, one per thread (Find runs to its end on the thread that calls it).
    [ThreadStatic]
    private static PointerPath? pointerPath;

    /// <summary>
    /// The findings in <paramref name="element"/> at <paramref name="path"/>, each with its location (a JSON pointer,
    /// written only when there is a finding). A name or short value the scanner already knows to be
    /// clean is checked as it lies in the JSON, without a string: a request's keys and enum-like values
    /// (<c>role</c>, <c>content</c>, <c>user</c>, a model name) cost no allocation.
    /// </summary>
    private void Find(JsonElement element, PointerPath path, string? agent, List<ScreeningFinding> findings, Scanner scanner)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (IsKnownClean(scanner, JsonMarshal.GetRawUtf8PropertyName(member)))
                    {
                        path.Push(new PointerSegment(null, member, -1));
                    }
                    else
                    {
                        // A name that cannot be read is kept out of locations, one with findings is redacted there.
                        var name = NameOf(member);
                        var nameFindings = name is null ? [] : Scan(scanner, name);
                        name ??= "\uFFFD";
                        var segment = nameFindings.Count == 0 ? name : Redactor.Redact(name, nameFindings, NamePolicy);
                        path.Push(new PointerSegment(Escape(segment), default, -1));
                        if (nameFindings.Count > 0)
                        {
                            var at = Cut(path.ToPointer() + "#name");
                            foreach (var f in nameFindings)
                            {
                                findings.Add(ToScreening(f, ScreeningDirection.In, at, agent));
                            }
                        }
                    }

                    Find(member.Value, path, agent, findings, scanner);
                    path.Pop();
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Push(new PointerSegment(null, default, index));
                    Find(item, path, agent, findings, scanner);
                    path.Pop();
                    index++;
                }

                break;
            case JsonValueKind.String:
            case JsonValueKind.Number:
                var raw = JsonMarshal.GetRawUtf8Value(element);
                if (IsKnownClean(scanner, element.ValueKind == JsonValueKind.String && raw.Length >= 2 ? raw[1..^1] : raw))
                {
                    break;
                }

                var text = element.ValueKind == JsonValueKind.String ? StringOf(element) : element.GetRawText();
                if (text is null)
                {
                    break; // not well-formed Unicode: the authorize stage refuses the action
                }

                var found = Scan(scanner, text);
                if (found.Count > 0)
                {
                    var pointer = path.ToPointer();
                    var at = Cut(pointer.Length == 0 ? "/" : pointer);
                    foreach (var f in found)
                    {
                        findings.Add(ToScreening(f, ScreeningDirection.In, at, agent));
                    }
                }

                break;
        }
    }

    /// <summary>
    /// True when the raw (still escaped) UTF-8 text is one the scanner already found clean. Escaped or long texts
    /// and any that do not decode are not checked here (false): the caller decodes and scans them as usual.
    /// </summary>
    private static bool IsKnownClean(Scanner scanner, ReadOnlySpan<byte> utf8)
    {
        const int MaxChars = 64;
        if (utf8.Length > MaxChars * 3 || utf8.IndexOf((byte)'\\') >= 0)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxChars * 3];
        return System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && written <= MaxChars
            && scanner.IsKnownClean(chars[..written]);
    }

    /// <summary>
    /// Writes a copy of <paramref name="element"/> to <paramref name="writer"/> with every finding whose In action is
    /// redact replaced, in member names too (<see cref="Find"/> collects the findings themselves).
    /// </summary>
    private void Redact(JsonElement element, Utf8JsonWriter writer, string? agent, RedactionPolicy redact, Scanner scanner)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    // Half a surrogate pair cannot be decoded: policy refuses such arguments.
                    var name = NameOf(member);
                    var nameFindings = name is null ? [] : Scan(scanner, name);
                    writer.WritePropertyName(RedactText(name ?? "\uFFFD", nameFindings, agent, redact));
                    Redact(member.Value, writer, agent, redact, scanner);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Redact(item, writer, agent, redact, scanner);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
            case JsonValueKind.Number:
                // Not well-formed Unicode: the authorize stage refuses the action; nothing here can redact it.
                var text = (element.ValueKind == JsonValueKind.String ? StringOf(element) : element.GetRawText())
                    ?? throw new InvalidOperationException("arguments holding text that is not well-formed Unicode cannot be redacted");
                var redacted = RedactText(text, Scan(scanner, text), agent, redact);
                if (element.ValueKind == JsonValueKind.Number && ReferenceEquals(redacted, text))
                {
                    element.WriteTo(writer);
                }
                else
                {
                    writer.WriteStringValue(redacted);
                }

                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary><paramref name="text"/> with its findings whose In action is redact replaced; the same instance when there are none.</summary>
    private string RedactText(string text, IReadOnlyList<Finding> found, string? agent, RedactionPolicy policy)
    {
        List<Finding>? toRedact = null;
        foreach (var f in found)
        {
            if (Settings.RuleFor(agent, f.Type).In == ScreeningAction.Redact)
            {
                (toRedact ??= []).Add(f);
            }
        }

        return toRedact is null ? text : Redactor.Redact(text, toRedact, policy);
    }

    private static string? StringOf(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? NameOf(JsonProperty member)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A JSON pointer segment (RFC 6901): '~' becomes ~0 and '/' becomes ~1.</summary>
    internal static string Escape(string segment)
    {
        if (segment.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return segment;
        }

        var b = new StringBuilder(segment.Length + 4);
        foreach (var c in segment)
        {
            b.Append(c switch { '~' => "~0", '/' => "~1", _ => c.ToString() });
        }

        return b.ToString();
    }

    private static string Cut(string location) =>
        Audit.AuditEntries.WellFormed(location.Length <= MaxLocationLength ? location : string.Concat(location.AsSpan(0, MaxLocationLength - 1), "…"));
}
