using System.Security.Cryptography;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Custos.Ledger.Notes;

namespace Custos.Core.Audit;

/// <summary>
/// The ledger's Ed25519 checkpoint key: from <c>ledger.signing_key</c> when set (an environment variable or a
/// file), else <c>ledger.key</c> in the data directory, created on first use and readable by its owner only.
/// <c>ledger.vkey</c> beside it is the public verifier key for auditors. No message ever holds the key itself.
/// </summary>
public static class LedgerKeys
{
    public const string KeyFileName = "ledger.key";
    public const string VerifierFileName = "ledger.vkey";

    /// <summary>Loads (or creates) the signer and writes <c>ledger.vkey</c> when it is missing or stale.</summary>
    /// <exception cref="InvalidOperationException">The key is missing, unreadable, malformed or readable by others; the message says how to fix it.</exception>
    public static NoteSigner LoadOrCreate(string dataDirectory, SecretReference? reference, string? configDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        string text;
        string where;
        if (reference is null)
        {
            var path = Path.Combine(dataDirectory, KeyFileName);
            where = path;
            if (!File.Exists(path))
            {
                PrivateKeyFile.CreateNew(path, Encoding.UTF8.GetBytes(NewSignerKey() + "\n"));
            }

            text = ReadKey(path);
        }
        else
        {
            // The same env and file providers the secrets broker resolves through, without a scope: the key is Custos's own.
            where = reference.Provider == "file" ? LocalSecrets.FilePath(reference, configDirectory) : $"{reference} (ledger.signing_key)";
            try
            {
                text = reference.Provider switch
                {
                    "env" => LocalSecrets.ReadEnvironment(reference),
                    "file" => ReadKey(LocalSecrets.FilePath(reference, configDirectory)),
                    _ => throw new InvalidOperationException($"ledger.signing_key: the {reference.Provider} provider cannot hold the ledger key yet; use secret://env/NAME or secret://file/PATH"),
                };
            }
            catch (SecretResolutionException ex)
            {
                throw new InvalidOperationException($"ledger.signing_key: {ex.Message}; it should hold the contents of a key file made by 'custos audit keygen --out FILE', or remove ledger.signing_key", ex);
            }
        }

        var parsed = NoteSigner.Parse(text.Trim());
        if (!parsed.IsSuccess)
        {
            // The parser's message describes the shape, never the content.
            throw new InvalidOperationException($"the ledger signing key in {where} is not a valid signer key: {parsed.Error}");
        }

        var signer = parsed.Value!;
        WriteVerifierFile(dataDirectory, signer.Verifier);
        return signer;
    }

    /// <summary>A new signer key string for a fresh ledger origin, <c>custos.ledger/RANDOM</c>.</summary>
    public static string NewSignerKey() =>
        NoteSigner.GenerateSignerKey($"custos.ledger/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");

    private static string ReadKey(string path)
    {
        var bytes = PrivateKeyFile.ReadOwnerOnly(path, 4096, "the ledger's private key (one line 'PRIVATE+KEY+NAME+ID+KEY')");
        try
        {
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            PrivateKeyFile.Clear(bytes);
        }
    }

    private static void WriteVerifierFile(string dataDirectory, NoteVerifierKey key)
    {
        var path = Path.Combine(dataDirectory, VerifierFileName);
        var line = key + "\n";
        if (File.Exists(path) && File.ReadAllText(path) == line)
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, line);
    }
}
