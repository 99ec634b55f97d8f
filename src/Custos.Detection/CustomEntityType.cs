using System.Text.RegularExpressions;
using Custos.Detection.Pii;

namespace Custos.Detection;

/// <summary>The check a <see cref="CustomEntityType"/> match must pass besides its pattern.</summary>
public enum CustomValidator
{
    None,

    /// <summary>The digits of the match pass the Luhn check (card-like numbers).</summary>
    Luhn,

    /// <summary>The letters and digits of the match pass ISO 7064 mod 97-10 (IBAN-like codes).</summary>
    Mod97,
}

/// <summary>
/// A finding type of the user's own (custos.yaml <c>screening.types</c>): a pattern compiled with
/// <see cref="RegexOptions.NonBacktracking"/>, so its work is linear in the text whatever the pattern; context words
/// that raise the score when one stands near a match; an optional validator. Built once per configuration.
/// </summary>
public sealed class CustomEntityType
{
    public const int MaxPatternLength = 1000;
    public const int MaxMatchLength = 256;
    public const int MaxContextWords = 64;

    public CustomEntityType(string name, string pattern, IReadOnlyList<string> context, CustomValidator validator, double score)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(context);
        if (pattern.Length is 0 or > MaxPatternLength)
        {
            throw new ArgumentException($"the pattern of {name} must be 1 to {MaxPatternLength} characters", nameof(pattern));
        }

        if (score is < 0 or > 1 || double.IsNaN(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"the score of {name} must be between 0 and 1");
        }

        if (context.Count > MaxContextWords || context.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > 64))
        {
            throw new ArgumentException($"{name} takes at most {MaxContextWords} context words of 1 to 64 characters", nameof(context));
        }

        Name = name;
        Pattern = pattern;
        Context = [.. context];
        Validator = validator;
        Score = score;
        Regex = Compile(pattern);
    }

    public string Name { get; }

    public string Pattern { get; }

    public IReadOnlyList<string> Context { get; }

    public CustomValidator Validator { get; }

    public double Score { get; }

    internal Regex Regex { get; }

    /// <summary>
    /// Compiles <paramref name="pattern"/> for linear-time matching; an <see cref="ArgumentException"/> says why a
    /// pattern cannot be (a syntax error, or a construct such as a backreference or lookaround that needs backtracking).
    /// </summary>
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (RegexParseException e)
        {
            throw new ArgumentException($"the pattern is not a valid regular expression: {e.Error} at character {e.Offset}", nameof(pattern), e);
        }
        catch (NotSupportedException e)
        {
            throw new ArgumentException($"the pattern uses a construct that needs backtracking ({e.Message.TrimEnd('.')}); patterns run in linear time, so backreferences, lookarounds, atomic groups and conditionals are not allowed", nameof(pattern), e);
        }
    }

    internal bool Validates(ReadOnlySpan<char> match) => Validator switch
    {
        CustomValidator.Luhn => LuhnOf(match),
        CustomValidator.Mod97 => Mod97Of(match),
        _ => true,
    };

    /// <summary>True when a context word stands within <paramref name="window"/> characters before the match (or half that after).</summary>
    internal bool HasContext(string text, int start, int end, int window)
    {
        if (Context.Count == 0)
        {
            return false;
        }

        var from = Math.Max(0, start - window);
        var to = Math.Min(text.Length, end + (window / 2));
        var before = text.AsSpan(from, start - from);
        var after = text.AsSpan(end, to - end);
        foreach (var word in Context)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase) || after.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LuhnOf(ReadOnlySpan<char> match)
    {
        Span<char> digits = stackalloc char[MaxMatchLength];
        var n = 0;
        foreach (var c in match)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        return n >= 2 && CreditCard.Luhn(digits[..n]);
    }

    private static bool Mod97Of(ReadOnlySpan<char> match)
    {
        Span<char> compact = stackalloc char[MaxMatchLength];
        var n = 0;
        foreach (var c in match)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[n++] = char.ToUpperInvariant(c);
            }
        }

        return n >= 5 && Iban.Mod97(compact[..n]);
    }
}
