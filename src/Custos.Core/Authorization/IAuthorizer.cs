using Custos.Core.Configuration;
using Custos.Core.Pipeline;

namespace Custos.Core.Authorization;

/// <summary>
/// The policy engine behind the authorize stage. Deny by default: an implementation allows only what a policy
/// permits, and names the policies that decided. Implementations precompute per configuration, not per call.
/// </summary>
public interface IAuthorizer
{
    Decision Authorize(AuthorizationRequest request, CustosConfig config);
}
