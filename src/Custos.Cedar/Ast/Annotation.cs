namespace Custos.Cedar.Ast;

/// <summary><c>@key("value")</c>; <c>@key</c> alone has the value "" as in Cedar 4.</summary>
public sealed record Annotation(string Key, string Value)
{
    public SourceSpan Span { get; init; }
}
