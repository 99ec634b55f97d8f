namespace Custos.Cedar.Json;

/// <summary>A parsed value, or the error that says why the JSON was not accepted.</summary>
public readonly record struct JsonResult<T>(T? Value, string? Error)
    where T : class
{
    public bool IsSuccess => Value is not null;
}
