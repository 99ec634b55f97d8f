using Custos.Core.Alerts;
using Custos.Core.Secrets;

namespace Custos.Gateway.Llm;

/// <summary>
/// What an LLM call uses besides the pipeline, passed in from the endpoint so the dependencies are visible: the
/// secrets broker (a fallback's credentials), the values Custos holds (leak detection on streams), the alert
/// sink (a leak found mid-stream), the clock, the vault of reversible tokens (<c>redaction: token</c> in a stream), and
/// the Microsoft Entra ID tokens Custos fetches for Azure OpenAI systems with <c>entra:</c>.
/// </summary>
internal sealed record LlmServices(ISecretResolver Secrets, IKnownSecretValues KnownSecrets, IAlertSink Alerts, TimeProvider Clock, Core.Tokenization.TokenVault? Tokens = null, EntraTokens? Entra = null);
