using System.Security.Cryptography;
using Custos.Core.Configuration;
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
    public static NoteSigner LoadOrCreate(string dataDirectory, SecretReference? reference)
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
                CreateKeyFile(path);
            }

            text = ReadPrivateFile(path);
        }
        else if (reference.Provider == "env")
        {
            where = $"{reference} (ledger.signing_key)";
            text = Environment.GetEnvironmentVariable(reference.Path)
                ?? throw new InvalidOperationException($"ledger.signing_key names the environment variable {reference.Path}, which is not set; set it to the contents of a key file made by 'custos audit keygen --out FILE' or remove ledger.signing_key");
        }
        else if (reference.Provider == "file")
        {
            where = reference.Path;
            if (!File.Exists(reference.Path))
            {
                throw new InvalidOperationException($"ledger.signing_key names {reference.Path}, which does not exist");
            }

            text = ReadPrivateFile(reference.Path);
        }
        else
        {
            throw new InvalidOperationException($"ledger.signing_key: the {reference.Provider} provider cannot hold the ledger key yet; use secret://env/NAME or secret://file/PATH");
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

    private static void CreateKeyFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            using var writer = new StreamWriter(stream);
            writer.Write(NewSignerKey());
            writer.Write('\n');
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
        }
    }

    private static string ReadPrivateFile(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
            {
                throw new InvalidOperationException($"{path} can be read or written by other users; it holds the ledger's private key. Run: chmod 600 {path}");
            }
        }

        var info = new FileInfo(path);
        if (info.Length > 4096)
        {
            throw new InvalidOperationException($"{path} is {info.Length} bytes, too large for a signer key; it should hold one line 'PRIVATE+KEY+NAME+ID+KEY'");
        }

        return File.ReadAllText(path);
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
