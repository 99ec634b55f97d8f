using Custos.Detection;

namespace Custos.Core.Screening;

/// <summary>The coarse category policy can test for a finding type: pii, secret, injection or exfiltration.</summary>
public static class FindingCategories
{
    public const string Pii = "pii";
    public const string Secret = "secret";
    public const string Injection = "injection";
    public const string Exfiltration = "exfiltration";

    public static string Of(string type) => type switch
    {
        EntityTypes.Secret or Screener.KnownSecret => Secret,
        EntityTypes.PromptInjection => Injection,
        EntityTypes.Exfiltration => Exfiltration,
        EntityTypes.EmailAddress or EntityTypes.PhoneNumber or EntityTypes.CreditCard or EntityTypes.IbanCode or EntityTypes.UsSsn or EntityTypes.IpAddress => Pii,
        _ => type.ToLowerInvariant(),
    };
}
