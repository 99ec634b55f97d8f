using Custos.Core.Pipeline;
using Custos.Core.Secrets;

namespace Custos.Gateway.Llm;

/// <summary>What a call needs to go to a fallback system: the pipeline to authorize it for the agent, the secrets to reach it.</summary>
internal sealed record LlmFallbacks(ActionPipeline Pipeline, ISecretResolver Secrets, AgentCredential? Credential, LlmRequest Request, TimeProvider Clock);
