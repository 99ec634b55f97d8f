using System.Diagnostics.CodeAnalysis;

namespace Custos.Core.Configuration;

/// <summary>
/// A pointer to a credential held outside <c>custos.yaml</c>: <c>secret://PROVIDER/PATH#KEY</c>.
/// The reference is safe to log; the value it points to never is.
/// </summary>
public sealed record SecretReference(string Provider, string Path, string? Key)
{
    public const string Scheme = "secret://";

    public static readonly IReadOnlyList<string> Providers = ["builtin", "env", "file", "vault", "azure"];

    public override string ToString() => Key is null ? $"{Scheme}{Provider}/{Path}" : $"{Scheme}{Provider}/{Path}#{Key}";

    public static bool TryParse(string text, [NotNullWhen(true)] out SecretReference? reference, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        reference = null;
        if (!text.StartsWith(Scheme, StringComparison.Ordinal))
        {
            error = $"a secret reference starts with '{Scheme}', as in secret://builtin/github#token";
            return false;
        }

        var rest = text.AsSpan(Scheme.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            error = "a secret reference names a provider and a path: secret://PROVIDER/PATH#KEY";
            return false;
        }

        var provider = rest[..slash].ToString();
        if (!Providers.Contains(provider))
        {
            error = $"unknown secret provider '{YamlTreeReader.Truncate(provider)}'; use one of: {string.Join(", ", Providers)}";
            return false;
        }

        var pathAndKey = rest[(slash + 1)..];
        string? key = null;
        var hash = pathAndKey.IndexOf('#');
        if (hash >= 0)
        {
            key = pathAndKey[(hash + 1)..].ToString();
            pathAndKey = pathAndKey[..hash];
            if (key.Length == 0 || !IsPathText(key))
            {
                error = "the key after '#' must be a non-empty name of letters, digits, '_', '-' or '.'";
                return false;
            }
        }

        var path = pathAndKey.ToString();
        // Only a file may be named by its absolute path: secret://file//run/secrets/db.
        var absolute = provider == "file" && path.StartsWith('/');
        var relative = absolute ? path[1..] : path;
        if (relative.Length == 0 || !IsPathText(relative) || relative.Contains("..", StringComparison.Ordinal) || relative.StartsWith('/') || relative.EndsWith('/') || relative.Contains("//", StringComparison.Ordinal))
        {
            error = "the path of a secret reference is made of letters, digits, '_', '-', '.' and '/', with no '..', no '//' and no leading or trailing '/' (a file may be absolute: secret://file//run/secrets/NAME)";
            return false;
        }

        reference = new SecretReference(provider, path, key);
        error = null;
        return true;
    }

    private static bool IsPathText(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
