namespace Custos.Detection;

/// <summary>
/// Turns the evidence of one scan into <see cref="EntityTypes.PromptInjection"/> findings. The scanner's single
/// pass normalizes the text and collects <see cref="InjectionSignal"/>s; a detector scores them. The default is
/// <see cref="HeuristicInjectionDetector"/>; a classifier (an ONNX model, say) can implement this interface,
/// reading the text around the signals or the whole text, and be set in <see cref="ScannerOptions.InjectionDetector"/>.
/// </summary>
public interface IPromptInjectionDetector
{
    /// <summary>
    /// Findings of type PROMPT_INJECTION (offsets into <paramref name="text"/>, any order) scoring at least
    /// <paramref name="threshold"/>. <paramref name="signals"/> come sorted by start. Must not throw on any text, and
    /// must be a function of its inputs (the same text gives the same findings): the scanner remembers short clean texts.
    /// </summary>
    IReadOnlyList<Finding> Detect(string text, IReadOnlyList<InjectionSignal> signals, double threshold);
}
