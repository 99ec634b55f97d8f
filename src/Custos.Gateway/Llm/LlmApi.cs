namespace Custos.Gateway.Llm;

/// <summary>Which provider endpoint a call goes to; each speaks one dialect (its error format, its streams).</summary>
public enum LlmApi
{
    /// <summary>OpenAI <c>POST /v1/chat/completions</c>.</summary>
    ChatCompletions,

    /// <summary>Anthropic <c>POST /v1/messages</c>.</summary>
    Messages,

    /// <summary>OpenAI <c>POST /v1/responses</c> (the Responses API).</summary>
    Responses,

    /// <summary>OpenAI <c>POST /v1/embeddings</c>.</summary>
    Embeddings,
}

internal static class LlmApis
{
    public static LlmDialect Dialect(this LlmApi api) => api == LlmApi.Messages ? LlmDialect.Anthropic : LlmDialect.OpenAi;

    /// <summary>The Cedar action: <c>embed</c> for embeddings, <c>complete</c> for every kind of completion.</summary>
    public static string Verb(this LlmApi api) => api == LlmApi.Embeddings ? "embed" : "complete";

    /// <summary>The path under the provider's base URL.</summary>
    public static string Path(this LlmApi api) => api switch
    {
        LlmApi.Messages => "messages",
        LlmApi.Responses => "responses",
        LlmApi.Embeddings => "embeddings",
        _ => "chat/completions",
    };
}
