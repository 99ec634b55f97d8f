using Custos.Core.Secrets;

namespace Custos.Core.Pipeline.Stages;

/// <summary>
/// Resolves the credentials of the system an allowed action goes to (custos.yaml <c>systems[].credentials</c>),
/// each for this agent, system and action only, into <see cref="ActionContext.Credentials"/> for the forwarder.
/// An action with nothing to forward needs none. A secret out of scope or a honeytoken refuses the action; a
/// provider that fails stops it (fail closed). Reasons name the reference, never a value.
/// </summary>
public sealed class InjectCredentialsStage(ISecretResolver resolver) : IPipelineStage
{
    public StageName Stage => StageName.InjectCredentials;

    public async ValueTask InvokeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Forwarder is null || context.Resource is not { } resource || context.Config.FindSystem(resource.System) is not { Credentials.Count: > 0 } system)
        {
            return;
        }

        var agent = context.Agent ?? throw new InvalidOperationException("inject credentials runs after authenticate");
        var credentials = new Dictionary<string, SecretValue>(system.Credentials.Count, StringComparer.Ordinal);
        foreach (var (name, reference) in system.Credentials)
        {
            try
            {
                credentials[name] = await resolver.ResolveAsync(reference, new SecretUse(agent.Name, system.Name, context.Action.Id), cancellationToken);
            }
            catch (SecretResolutionException ex)
            {
                var reason = $"the credential '{name}' of {system.Name} ({reference}) could not be injected: {ex.Message}";
                if (ex.Failure == SecretFailure.Honeytoken)
                {
                    // The alert is in the ledger; the agent is not told it touched a trap.
                    context.Deny(Stage, $"the credential '{name}' of {system.Name} could not be injected; an operator was alerted");
                }
                else if (ex.Failure == SecretFailure.OutOfScope)
                {
                    context.Deny(Stage, reason);
                }
                else
                {
                    context.Fail(Stage, reason);
                }

                return;
            }
        }

        context.Credentials = credentials;
    }
}
