using System.Security.Cryptography;

namespace Custos.Core.Secrets;

/// <summary>
/// Fake credentials that look real: planted where an intruder or a misbehaving agent would find them, their use
/// (injection, or their text in any screened input or output) raises an alert. They match the shapes the
/// detectors and attackers' scanners look for.
/// </summary>
public static class Honeytokens
{
    public static readonly IReadOnlyList<string> Styles = ["github", "aws", "openai", "slack", "generic"];

    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <exception cref="ArgumentException">An unknown style.</exception>
    public static string Create(string style) => style switch
    {
        "github" => "ghp_" + Random(Alphanumeric, 36),
        "aws" => "AKIA" + Random(Upper, 16),
        "openai" => "sk-proj-" + Random(Alphanumeric, 48),
        "slack" => $"xoxb-{Random("0123456789", 12)}-{Random("0123456789", 13)}-{Random(Alphanumeric, 24)}",
        "generic" => Random(Alphanumeric, 40),
        _ => throw new ArgumentException($"unknown honeytoken style '{style}'; use one of: {string.Join(", ", Styles)}", nameof(style)),
    };

    /// <summary>A random value for the built-in rotator: 32 random bytes as base64url (43 characters).</summary>
    public static string RandomSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Random(string alphabet, int length) => RandomNumberGenerator.GetString(alphabet, length);
}
