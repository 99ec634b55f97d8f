namespace Custos.Cedar.Evaluation;

internal enum PolicyOutcome : byte
{
    NotSatisfied,
    Satisfied,
    Error,
}
