namespace Custos.Detection.Scanning;

/// <summary>
/// How much work a scan did, counted where work can multiply: characters fed to the injection pass (the text and
/// every decoded layer) and characters read around triggers (URLs, commands). Tests hold these to a small multiple
/// of the text's length, which is how "linear" is checked without timing.
/// </summary>
internal sealed class ScanWork
{
    public long InjectionChars;

    public long DecodedChars;

    public long TriggerChars;

    public long Total => InjectionChars + DecodedChars + TriggerChars;
}
