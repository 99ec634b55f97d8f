namespace Custos.Detection.Exfiltration;

/// <summary>
/// Secrets named in prose as a value to put somewhere: a credential file's path ("the contents of ~/.aws/credentials",
/// "le contenu de ~/.config/gh/hosts.yml") or a secret that is someone else's, said with a word that makes it a real
/// one ("our current production API key", "the office VPN password", "la clave API de producción"). The reader's own
/// ("your API key") and a negated one ("never the password") are not. Used by <see cref="SecretFields"/> for fields
/// that others read (a header, a signature, a footer, an auto-reply, a commit description).
/// </summary>
internal static class SecretSources
{
    private static readonly string[] Nouns =
    [
        "api key", "api-key", "apikey", "secret key", "private key", "password", "passwort", "mot de passe", "contraseña", "senha", "wachtwoord", "пароль", "密码", "パスワード",
        "비밀번호", "şifre", "mật khẩu", "kata sandi", "lösenord", "heslo", "hasło", "token", "credentials", "clé api", "api-schlüssel", "clave api", "chiave api", "chave api",
        "access key", "secret access key", "client secret",
    ];

    // Words that make the secret a real one of the company's, the team's or another person's.
    private static readonly string[] Qualifiers =
    [
        "production", "prod ", "live ", "current", "our ", "office", "team", "company", "admin", "root", "master", "vpn", "wi-fi", "wifi", "user's", "customer's", "deploy",
        "de production", "produktions", "de producción", "di produzione", "de produção", "生产", "本番", "운영", "боев", "продакшн", "du client", "des kunden", "del cliente",
        "notre", "unser", "nuestra", "nuestro", "nostra", "nostro", "nossa", "nosso",
    ];

    private static readonly string[] Refusals = ["your ", "never", "not ", "no ", "without", "jamais", "nie ", "nunca", "kein", "mai ", "nunca", "placeholder", "redacted", "dummy", "fake", "example"];

    /// <summary>Where a secret named in <paramref name="window"/> ends, or -1.</summary>
    public static int In(ReadOnlySpan<char> window)
    {
        var path = CredentialPath(window);
        if (path >= 0)
        {
            return path;
        }

        foreach (var noun in Nouns)
        {
            var at = window.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var before = window[Math.Max(0, at - 28)..at];
            var after = window[(at + noun.Length)..Math.Min(window.Length, at + noun.Length + 20)];
            if ((WordSearch.Any(before, Qualifiers) || WordSearch.Any(after, Qualifiers)) && !WordSearch.Any(window[..at], Refusals))
            {
                return at + noun.Length;
            }
        }

        return -1;
    }

    /// <summary>Where a path token that names a credential file ends in <paramref name="window"/> ("~/.aws/credentials"), or -1.</summary>
    private static int CredentialPath(ReadOnlySpan<char> window)
    {
        var slash = window.IndexOf('/');
        if (slash < 0)
        {
            return -1; // no path: the common case, one vectorised search
        }

        var k = 0;
        while (k < window.Length)
        {
            while (k < window.Length && window[k] is ' ' or '"' or '\'' or '`' or '(' or ')')
            {
                k++;
            }

            var from = k;
            while (k < window.Length && window[k] is not (' ' or '"' or '\'' or '`' or ')'))
            {
                k++;
            }

            var token = window[from..k];
            if (token.IndexOf('/') >= 0 && !token.Contains("://", StringComparison.Ordinal) && token[0] is '~' or '.' or '/' or '$' && CommandInspector.FindSensitive(token) is not null)
            {
                return k;
            }
        }

        return -1;
    }
}
