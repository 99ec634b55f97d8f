using System.Diagnostics.CodeAnalysis;

namespace Custos.Core.Pipeline;

/// <summary>
/// What an action touches: a system (<c>github</c>) or one of its tools, models, tables or endpoints
/// (<c>github.create_issue</c>). System names hold no dot, so the first dot separates the two.
/// </summary>
public readonly record struct ResourceName(string System, string? Tool)
{
    public const int MaxLength = 256;

    public override string ToString() => Tool is null ? System : $"{System}.{Tool}";

    public static bool TryParse(string? text, out ResourceName resource, [NotNullWhen(false)] out string? error)
    {
        resource = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "resource is empty; name a system or a system's tool, as in github or github.create_issue";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"resource is longer than {MaxLength} characters";
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ':'))
            {
                error = "resource may hold only letters, digits, '_', '-', '.', '/' and ':'";
                return false;
            }
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var system = dot < 0 ? text : text[..dot];
        var tool = dot < 0 ? null : text[(dot + 1)..];
        if (system.Length == 0 || tool is { Length: 0 })
        {
            error = "resource has an empty system or tool part; write system or system.tool";
            return false;
        }

        resource = new ResourceName(system, tool);
        error = null;
        return true;
    }
}
