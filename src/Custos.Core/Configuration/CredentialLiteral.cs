using System.Text.RegularExpressions;

namespace Custos.Core.Configuration;

/// <summary>
/// Recognises literals that look like credentials, so <c>custos validate</c> can insist on a
/// <c>secret://</c> reference instead. It names the kind it recognised, never the value.
/// </summary>
public static partial class CredentialLiteral
{
    private static readonly (Regex Pattern, string Kind)[] Known =
    [
        (AnthropicKey(), "an Anthropic API key"),
        (OpenAiKey(), "an OpenAI API key"),
        (GitHubToken(), "a GitHub token"),
        (GitLabToken(), "a GitLab token"),
        (SlackToken(), "a Slack token"),
        (AwsAccessKey(), "an AWS access key id"),
        (StripeKey(), "a Stripe key"),
        (GoogleApiKey(), "a Google API key"),
        (SendGridKey(), "a SendGrid API key"),
        (NpmToken(), "an npm token"),
        (CustosToken(), "a Custos agent token"),
        (PrivateKey(), "a PEM private key"),
        (Jwt(), "a JSON Web Token"),
        (BearerHeader(), "a bearer credential"),
        (UrlPassword(), "a URL with a password in it"),
    ];

    /// <summary>
    /// Returns a description such as "a GitHub token" when <paramref name="value"/> looks like a credential.
    /// <paramref name="credentialKey"/> is true when the value sits under a name such as <c>password</c> or
    /// <c>api_key</c>; then any long random-looking value counts too.
    /// </summary>
    public static string? Recognize(string value, bool credentialKey)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < 8 || value.StartsWith(SecretReference.Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (pattern, kind) in Known)
        {
            if (pattern.IsMatch(value))
            {
                return kind;
            }
        }

        if (credentialKey && value.Length >= 16 && !value.Contains(' ', StringComparison.Ordinal) && ShannonEntropy(value) >= 3.5)
        {
            return "a random-looking secret value";
        }

        return null;
    }

    /// <summary>True for names under which a value is a credential: <c>password</c>, <c>api_key</c>, <c>token</c>, ….</summary>
    public static bool IsCredentialName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        // federated_token_file, ca_cert_path: where a credential is kept, a path, not the credential.
        if (lower.EndsWith("_file", StringComparison.Ordinal) || lower.EndsWith("_path", StringComparison.Ordinal))
        {
            return false;
        }

        return lower.Contains("password", StringComparison.Ordinal) || lower.Contains("passwd", StringComparison.Ordinal)
            || lower.Contains("secret", StringComparison.Ordinal) || lower.Contains("token", StringComparison.Ordinal)
            || lower.Contains("api_key", StringComparison.Ordinal) || lower.Contains("apikey", StringComparison.Ordinal)
            || lower.Contains("api-key", StringComparison.Ordinal) || lower.Contains("credential", StringComparison.Ordinal)
            || lower == "authorization" || lower.EndsWith("_key", StringComparison.Ordinal);
    }

    internal static double ShannonEntropy(string value)
    {
        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        double length = value.Length;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = count / length;
                entropy -= p * Math.Log2(p);
            }
        }

        if (other > 0)
        {
            var p = other / length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    [GeneratedRegex(@"\bsk-ant-[A-Za-z0-9_\-]{20,}")]
    private static partial Regex AnthropicKey();

    [GeneratedRegex(@"\bsk-(proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}")]
    private static partial Regex OpenAiKey();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bglpat-[A-Za-z0-9_\-]{20,}")]
    private static partial Regex GitLabToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9\-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\b(AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}\b")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b[sr]k_(live|test)_[A-Za-z0-9]{16,}")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_\-]{35}")]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\bSG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}")]
    private static partial Regex SendGridKey();

    [GeneratedRegex(@"\bnpm_[A-Za-z0-9]{36}")]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"\bcst_[A-Za-z0-9]{40,}")]
    private static partial Regex CustosToken();

    [GeneratedRegex(@"-----BEGIN ([A-Z]+ )*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"^(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=\-]{12,}$", RegexOptions.IgnoreCase)]
    private static partial Regex BearerHeader();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*://[^/\s:@]+:[^/\s@]+@")]
    private static partial Regex UrlPassword();
}
