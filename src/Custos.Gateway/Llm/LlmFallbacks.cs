using Custos.Core.Pipeline;

namespace Custos.Gateway.Llm;

/// <summary>What a call needs to go to a fallback system: the pipeline to authorize it for the agent as the first was.</summary>
internal sealed record LlmFallbacks(ActionPipeline Pipeline, AgentCredential? Credential, LlmRequest Request);
