using Custos.Core.Configuration;

namespace Custos.Gateway.Llm;

/// <summary>The upstream a requested model goes to: an LLM system from custos.yaml and the model name it knows.</summary>
/// <param name="Resource">What policy sees: <c>system.model</c>.</param>
public sealed record ModelRoute(SystemDefinition System, string Model)
{
    public string Resource => $"{System.Name}.{Model}";

    /// <summary>The longest model name Custos accepts.</summary>
    public const int MaxModelLength = 200;

    /// <summary>
    /// Finds the system for <paramref name="requested"/>: <c>SYSTEM/MODEL</c> names one explicitly; a bare model
    /// goes to the first LLM system (in custos.yaml order) speaking <paramref name="dialect"/> whose models
    /// (<c>tools:</c>, <c>*</c> wildcards; none listed = any) match it.
    /// </summary>
    public static ModelRoute? Find(CustosConfig config, string requested, LlmDialect dialect, out string? error)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(requested);
        error = null;
        if (requested.Length is 0 or > MaxModelLength || !IsModelText(requested))
        {
            error = $"model must be 1 to {MaxModelLength} letters, digits and '-', '_', '.', ':', '/', as in gpt-4o or openai/gpt-4o";
            return null;
        }

        var slash = requested.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && config.FindSystem(requested[..slash]) is { Kind: SystemKind.Llm } named)
        {
            var model = requested[(slash + 1)..];
            if (DialectOf(named) != dialect)
            {
                error = $"system '{named.Name}' is a {named.Provider} provider; {Describe(dialect)}";
                return null;
            }

            return model.Length == 0 ? null : new ModelRoute(named, model);
        }

        SystemDefinition? otherDialect = null;
        var systems = config.Systems;
        for (var i = 0; i < systems.Count; i++)
        {
            var system = systems[i]; // indexed: foreach over the IReadOnlyList would box an enumerator per completion
            if (system.Kind != SystemKind.Llm || !Serves(system, requested))
            {
                continue;
            }

            if (DialectOf(system) == dialect)
            {
                return new ModelRoute(system, requested);
            }

            otherDialect ??= system;
        }

        error = otherDialect is not null
            ? $"model '{requested}' is served by '{otherDialect.Name}', a {otherDialect.Provider} provider; {Describe(dialect)}"
            : $"no LLM system in custos.yaml serves model '{requested}'; list it under a system's tools, or name the system as SYSTEM/MODEL";
        return null;
    }

    public static LlmDialect DialectOf(SystemDefinition system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.Provider == "anthropic" ? LlmDialect.Anthropic : LlmDialect.OpenAi;
    }

    private static string Describe(LlmDialect dialect) => dialect == LlmDialect.Anthropic
        ? "this endpoint (/v1/messages) speaks Anthropic's API; use /v1/chat/completions for OpenAI-compatible providers"
        : "this endpoint speaks OpenAI's API; use /v1/messages for Anthropic";

    /// <summary>The models a system names: its <c>tools</c>, or for Azure OpenAI without them its deployments' models.</summary>
    public static IEnumerable<string> ModelsOf(SystemDefinition system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.Tools.Count == 0 && system.Azure is { Deployments.Count: > 0 } azure ? azure.Deployments.Keys : system.Tools;
    }

    private static bool Serves(SystemDefinition system, string model)
    {
        var models = ModelsOf(system);
        if (!models.Any())
        {
            return true;
        }

        foreach (var pattern in models)
        {
            if (Core.Authorization.GrantAuthorizer.Matches(pattern, model))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsModelText(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Which provider API an endpoint and an upstream speak.</summary>
public enum LlmDialect
{
    OpenAi,
    Anthropic,
}
