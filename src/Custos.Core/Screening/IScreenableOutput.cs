namespace Custos.Core.Screening;

/// <summary>
/// What an adapter's forwarder got back, as texts the screen-out stage can read and rewrite (redact) in
/// place. The adapter wraps its protocol's result (an MCP tool result's text blocks, a completion's message)
/// and answers the agent from the same object after screening, so what was redacted never leaves.
/// </summary>
public interface IScreenableOutput
{
    /// <summary>How many texts the output holds.</summary>
    int Count { get; }

    /// <summary>A stable name for text <paramref name="index"/>, used as the finding's location (<c>content/0</c>).</summary>
    string LocationOf(int index);

    string GetText(int index);

    void SetText(int index, string text);
}
