namespace Custos.Ledger;

/// <summary>The outcome of reading untrusted input: the value, or what was wrong with the input.</summary>
public readonly record struct ParseResult<T>(T? Value, string? Error)
    where T : class
{
    /// <summary>True when the input was well-formed and <see cref="Value"/> is set.</summary>
    public bool IsSuccess => Error is null && Value is not null;

    internal static ParseResult<T> Ok(T value) => new(value, null);

    internal static ParseResult<T> Fail(string error) => new(null, error);
}
