namespace Custos.Detection.Scanning;

/// <summary>The state of one scan: the text, the candidates found so far and reusable buffers.</summary>
internal sealed class ScanContext(string text, ScannerOptions options)
{
    public string Text { get; } = text;

    public ScannerOptions Options { get; } = options;

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Context words seen, as (start, end, kind), in order of their end.</summary>
    public List<(int Start, int End, ContextKind Kind)> ContextHits { get; } = [];

    /// <summary>URLs read (for exfiltration), in order.</summary>
    public List<Exfiltration.UrlHit> Urls { get; } = [];

    /// <summary>Email addresses seen (for exfiltration instructions), in order.</summary>
    public List<(int Start, int End)> Emails { get; } = [];

    /// <summary>Words of the exfiltration vocabulary seen (private data, hiding, public places, placing verbs), in order.</summary>
    public List<(int Start, int End, Exfiltration.ExfiltrationVocabulary.Kind Kind)> ExfiltrationWords { get; } = [];

    /// <summary>Transfer commands (nc, scp, aws s3 …) that carry data out, judged once the whole text is read.</summary>
    public List<(int Start, int End, List<(string Reason, double Weight)> Reasons)> Transfers { get; } = [];

    /// <summary>Where the last transfer command line read ends; a transfer command name before it is inside it.</summary>
    public int TransferUntil { get; set; }

    /// <summary>Where the last URL read ends.</summary>
    public int UrlUntil { get; set; }

    /// <summary>PROMPT_INJECTION and EXFILTRATION findings: regions, kept apart from overlap resolution of values.</summary>
    public List<Finding> Regions { get; } = [];

    public ScanWork Work { get; } = new();

    /// <summary>Where the last long credential body read ends; a prefix found before it is inside that body.</summary>
    public int LongBodyUntil { get; set; }

    /// <summary>The last table block <see cref="CsvColumns.HeaderCell"/> read: its header line and a row known to be in it.</summary>
    public (int Header, char Delimiter, int Count, int Row) CsvBlock { get; set; } = (-1, '\0', 0, -1);

    /// <summary>
    /// The last position asked whether its command line runs curl, and the answer (-1: none asked yet): a later
    /// question on the same line only reads the text between, so many "-u" on one line stay linear.
    /// </summary>
    public (int At, bool Curl) CurlLine { get; set; } = (-1, false);

    /// <summary>Where the last URL or command read ends; triggers before it are inside it.</summary>
    public int TriggerUntil { get; set; }

    /// <summary>Digit runs read under other regions' phone rules so far (<see cref="Pii.NationalPhones.MaxRunsPerScan"/>).</summary>
    public int NationalPhoneRuns { get; set; }

    /// <summary>Digit groups of the number run being read.</summary>
    public List<(int Start, int End)> Groups { get; } = [];

    public void Add(string type, int start, int end, double score, string detector, string? subtype = null, string? explanation = null, ContextKind boost = ContextKind.None, ContextKind dampen = ContextKind.None)
    {
        if (!Options.IsEnabled(type))
        {
            return;
        }

        Candidates.Add(new Candidate
        {
            Type = type,
            Start = start,
            End = end,
            Score = score,
            Detector = detector,
            Subtype = subtype,
            Explanation = explanation,
            Boost = boost,
            Dampen = dampen,
        });
    }
}
