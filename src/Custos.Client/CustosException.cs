using System.Net;

namespace Custos.Client;

/// <summary>
/// Custos refused to decide: the token was not accepted (401), the request was malformed (400), the action
/// could not be recorded (503), or Custos could not be reached. Treat it as a denial: fail closed.
/// </summary>
public class CustosException : Exception
{
    public CustosException()
    {
    }

    public CustosException(string message)
        : base(message)
    {
    }

    public CustosException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CustosException(HttpStatusCode? statusCode, string message, string? actionId, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ActionId = actionId;
    }

    /// <summary>The HTTP status Custos answered with; null when it could not be reached.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The id under which Custos recorded the refused request, when it did.</summary>
    public string? ActionId { get; }
}

/// <summary>Thrown by <see cref="CustosClient.EnsureAllowedAsync"/> when policy denies the action.</summary>
public sealed class CustosDeniedException : CustosException
{
    public CustosDeniedException()
    {
    }

    public CustosDeniedException(string message)
        : base(message)
    {
    }

    public CustosDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CustosDeniedException(AuthorizationDecision decision)
        : base(HttpStatusCode.OK, $"Custos denied the action: {string.Join("; ", decision?.Reasons ?? [])}", decision?.ActionId)
    {
        Decision = decision;
    }

    public AuthorizationDecision? Decision { get; }
}
