namespace Custos.Detection.Tests;

/// <summary>
/// Honest instruction files address coding agents with lists of everyday orders ("Keep the …", "Skip the …", "Never
/// print …"); the orders of a note left in data for its reader need a stake, and "keep the" alone is none (it was an
/// order word of <c>RecordReaderVocabulary</c>, which flagged such files when a second order stood beside it).
/// </summary>
public sealed class AgentInstructionFileTests
{
    [Theory]
    [InlineData("## Guidance for coding agents\n- Skip the flaky browser suite on laptops.\n- Never echo tokens into CI logs.\n- Keep the headings of the API reference as they are.")]
    [InlineData("# Notes for agents\n- Keep the changelog in date order.\n- Run the linter before each commit.")]
    [InlineData("AI assistants working in this repo: keep the public API stable, never print credentials, and skip the e2e suite unless asked.")]
    public void An_honest_instruction_file_is_not_flagged(string text)
        => Assert.DoesNotContain(new Scanner().Scan(text), f => f.Type is EntityTypes.PromptInjection or EntityTypes.Exfiltration);
}
