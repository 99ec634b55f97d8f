using System.Text;
using Custos.Core.Configuration;

namespace Custos.Core.Secrets;

/// <summary>
/// The <c>env</c> and <c>file</c> providers: <c>secret://env/NAME</c> reads an environment variable,
/// <c>secret://file/PATH</c> a mounted file (<c>secret://file//run/secrets/db</c> for an absolute path; a relative
/// one is taken from the directory of custos.yaml). A file must be readable by its owner only. With <c>#KEY</c>,
/// the value is read as <c>KEY=value</c> lines (a dotenv file) or a JSON object and the named field is taken.
/// </summary>
public static class LocalSecrets
{
    public const int MaxFileBytes = 64 * 1024;

    /// <exception cref="SecretResolutionException">The variable is unset or empty, or the key is missing.</exception>
    public static string ReadEnvironment(SecretReference reference, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var value = (environment ?? Environment.GetEnvironmentVariable)(reference.Path);
        if (string.IsNullOrEmpty(value))
        {
            throw new SecretResolutionException($"{reference}: the environment variable {reference.Path} is not set in the environment Custos runs in; set it, or move the secret to another provider ('custos secrets set' for the built-in store)")
            {
                Failure = SecretFailure.NotFound,
            };
        }

        return reference.Key is null ? value : Field(reference, value, $"the environment variable {reference.Path}");
    }

    /// <summary>The absolute path a <c>file</c> reference names.</summary>
    public static string FilePath(SecretReference reference, string? baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Path.IsPathRooted(reference.Path) ? reference.Path : Path.GetFullPath(Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), reference.Path));
    }

    /// <exception cref="SecretResolutionException">The file is missing, readable by others, too large or not UTF-8, or the key is missing.</exception>
    public static string ReadFile(SecretReference reference, string? baseDirectory)
    {
        var path = FilePath(reference, baseDirectory);
        byte[] bytes;
        try
        {
            bytes = PrivateKeyFile.ReadOwnerOnly(path, MaxFileBytes, $"the secret {reference}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new SecretResolutionException($"{reference}: {ex.Message}", ex) { Failure = File.Exists(path) ? SecretFailure.ProviderFailed : SecretFailure.NotFound };
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new SecretResolutionException($"{reference}: {path} is not UTF-8 text; a secret file holds the value as text") { Failure = SecretFailure.ProviderFailed };
        }
        finally
        {
            PrivateKeyFile.Clear(bytes);
        }

        // A mounted secret usually ends with one newline that is not part of the value.
        text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        if (text.Length == 0)
        {
            throw new SecretResolutionException($"{reference}: {path} is empty; write the value into it") { Failure = SecretFailure.NotFound };
        }

        return reference.Key is null ? text : Field(reference, text, path);
    }

    /// <summary>The field <c>#KEY</c> of a dotenv (<c>KEY=value</c> lines) or JSON object text. Never echoes the text.</summary>
    public static string Field(SecretReference reference, string text, string where)
    {
        var key = reference.Key!;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(trimmed);
                if (document.RootElement.TryGetProperty(key, out var property) && property.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    return property.GetString()!;
                }

                var names = document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? string.Join(", ", document.RootElement.EnumerateObject().Select(p => p.Name).Take(20))
                    : "none";
                throw new SecretResolutionException($"{reference}: {where} holds a JSON object without a string field '{key}'; its fields are: {names}") { Failure = SecretFailure.NotFound };
            }
            catch (System.Text.Json.JsonException)
            {
                throw new SecretResolutionException($"{reference}: {where} starts with '{{' but is not valid JSON; write a JSON object or KEY=value lines") { Failure = SecretFailure.ProviderFailed };
            }
        }

        var seen = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var name = line[..equals].Trim();
            if (name.StartsWith("export ", StringComparison.Ordinal))
            {
                name = name[7..].Trim();
            }

            if (name == key)
            {
                var value = line[(equals + 1)..].Trim();
                if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
                {
                    value = value[1..^1];
                }

                return value;
            }

            if (seen.Count < 20)
            {
                seen.Add(name);
            }
        }

        throw new SecretResolutionException($"{reference}: {where} has no line '{key}=…'; the names it holds are: {(seen.Count == 0 ? "none" : string.Join(", ", seen))}") { Failure = SecretFailure.NotFound };
    }
}
