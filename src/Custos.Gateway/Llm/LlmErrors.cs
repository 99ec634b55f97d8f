using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Custos.Gateway.Llm;

/// <summary>
/// Errors in each provider API's own format, so an agent's SDK raises its usual exception with Custos's reason:
/// OpenAI <c>{"error":{"message","type","param","code"}}</c>, Anthropic <c>{"type":"error","error":{"type","message"}}</c>.
/// </summary>
public static class LlmErrors
{
    public const string ActionIdHeader = "x-custos-action-id";

    public static IResult Create(LlmDialect dialect, int status, string message, string? code = null, Guid? actionId = null, string? param = null) =>
        new ErrorResult(status, Body(dialect, status, message, code, param), actionId);

    public static byte[] Body(LlmDialect dialect, int status, string message, string? code = null, string? param = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (dialect == LlmDialect.Anthropic)
            {
                writer.WriteString("type", "error");
                writer.WriteStartObject("error");
                writer.WriteString("type", AnthropicType(status));
                writer.WriteString("message", message);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteStartObject("error");
                writer.WriteString("message", message);
                writer.WriteString("type", OpenAiType(status));
                if (param is null)
                {
                    writer.WriteNull("param");
                }
                else
                {
                    writer.WriteString("param", param);
                }

                if (code is null)
                {
                    writer.WriteNull("code");
                }
                else
                {
                    writer.WriteString("code", code);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static string OpenAiType(int status) => status switch
    {
        StatusCodes.Status429TooManyRequests => "rate_limit_exceeded",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };

    private static string AnthropicType(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "authentication_error",
        StatusCodes.Status403Forbidden => "permission_error",
        StatusCodes.Status404NotFound => "not_found_error",
        StatusCodes.Status413PayloadTooLarge => "request_too_large",
        StatusCodes.Status429TooManyRequests => "rate_limit_error",
        529 or StatusCodes.Status503ServiceUnavailable => "overloaded_error",
        >= 500 => "api_error",
        _ => "invalid_request_error",
    };

    private sealed class ErrorResult(int status, byte[] body, Guid? actionId) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "application/json";
            if (actionId is { } id)
            {
                httpContext.Response.Headers[ActionIdHeader] = id.ToString();
            }

            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
