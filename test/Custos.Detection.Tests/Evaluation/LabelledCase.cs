namespace Custos.Detection.Tests.Evaluation;

/// <summary>One labelled text of the evaluation set; a negative has no labels.</summary>
internal sealed record LabelledCase(string Id, string Category, string Text, IReadOnlyList<Label> Labels);

/// <summary>Where a finding of <paramref name="Type"/> must be.</summary>
internal sealed record Label(string Type, int Start, int End);
