using System.CommandLine;
using System.Text;
using Custos.Cli.Commands;
using Custos.Ledger.Notes;
using Custos.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Custos.Cli.Audit;

/// <summary>Where the audit commands read the ledger from: the data directory, its custos.db, and the key the auditor trusts.</summary>
internal static class LedgerSource
{
    public const string DatabaseFile = "custos.db";
    public const string KeyFile = "ledger.vkey";
    private const int MaxKeyFileBytes = 4096;

    public static Option<string?> DataDirectoryOption() =>
        new("--data-dir") { Description = "The data directory holding custos.db and ledger.vkey (default: data_dir of custos.yaml)" };

    public static Option<string?> KeyOption() =>
        new("--key") { Description = "The verifier key you trust (name+keyid+base64) or a file holding it (default: ledger.vkey in the data directory)" };

    public static Option<string?> OriginOption() =>
        new("--origin") { Description = "The log's origin, the first line of its checkpoints (default: the key's name)" };

    /// <summary>--data-dir when given (custos.yaml is then not read), else the configuration's data directory.</summary>
    public static string? DataDirectory(ParseResult parse, Option<string?> option, CliOutput output)
    {
        if (parse.GetValue(option) is { } given)
        {
            var full = Path.GetFullPath(given);
            if (!Directory.Exists(full))
            {
                output.Fail($"--data-dir {given}: no such directory; pass the directory that holds custos.db (data_dir in custos.yaml)");
                return null;
            }

            return full;
        }

        var config = CommonOptions.LoadConfig(parse, output);
        if (config is null)
        {
            output.Error.WriteLine("The audit commands read the data directory from custos.yaml; pass --data-dir DIR to name it directly.");
        }

        return config?.DataDirectory;
    }

    /// <summary>The key from --key (a key string or a file), or <c>ledger.vkey</c> in the data directory; null after reporting why not.</summary>
    public static NoteVerifierKey? TrustedKey(ParseResult parse, Option<string?> option, string? dataDirectory, CliOutput output, out int exitCode)
    {
        exitCode = ExitCodes.Ok;
        if (parse.GetValue(option) is { } given)
        {
            if (File.Exists(given))
            {
                return ReadKeyFile(given, "--key " + given, output, out exitCode);
            }

            var parsed = NoteVerifierKey.Parse(given.Trim());
            if (parsed.IsSuccess)
            {
                return parsed.Value;
            }

            exitCode = output.Fail(given.Contains('+', StringComparison.Ordinal)
                ? $"--key is not a verifier key: {parsed.Error}; pass the ledger.vkey line you were given, or the path of the file"
                : $"--key {given}: no such file, and not a verifier key (name+keyid+base64); pass the ledger.vkey file or its line", ExitCodes.Usage);
            return null;
        }

        if (dataDirectory is null)
        {
            exitCode = output.Fail("no key to verify with: pass --key with the verifier key you trust", ExitCodes.Usage);
            return null;
        }

        var path = Path.Combine(dataDirectory, KeyFile);
        if (!File.Exists(path))
        {
            exitCode = output.Fail($"{path} does not exist: the ledger has no signing key yet ('custos serve' creates it), or pass --key with the verifier key you were given");
            return null;
        }

        return ReadKeyFile(path, path, output, out exitCode);
    }

    /// <summary>
    /// The data directory, its <c>custos.db</c> opened read-only, and the trusted verifier key, as the audit commands
    /// that read the database need them; null after reporting why not, with the exit code to return.
    /// </summary>
    public static OpenedLedger? Open(ParseResult parse, Option<string?> dataDirectory, Option<string?> key, CliOutput output, out int exitCode)
    {
        exitCode = ExitCodes.Failed;
        var directory = DataDirectory(parse, dataDirectory, output);
        if (directory is null)
        {
            return null;
        }

        var connection = OpenDatabase(directory, output);
        if (connection is null)
        {
            return null;
        }

        var trusted = TrustedKey(parse, key, directory, output, out exitCode);
        if (trusted is null)
        {
            connection.Dispose();
            return null;
        }

        return new OpenedLedger(directory, connection, trusted);
    }

    /// <summary>Opens <c>custos.db</c> read-only and checks that it has the ledger tables; null after reporting why not.</summary>
    public static SqliteConnection? OpenDatabase(string dataDirectory, CliOutput output)
    {
        var path = Path.Combine(dataDirectory, DatabaseFile);
        if (!File.Exists(path))
        {
            output.Fail($"{path} does not exist: nothing has been recorded in this data directory yet; run 'custos serve' or pass --data-dir with the directory that holds custos.db");
            return null;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = SqliteLedgerReader.OpenReadOnly(path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('ledger_entries', 'ledger_checkpoints')";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 2)
            {
                output.Fail($"{path} has no ledger tables: it was written by an older Custos; start 'custos serve' once with this version to upgrade it");
                connection.Dispose();
                return null;
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            output.Fail($"{path} cannot be read as a SQLite database: {ex.Message}");
            return null;
        }
    }

    private static NoteVerifierKey? ReadKeyFile(string path, string display, CliOutput output, out int exitCode)
    {
        exitCode = ExitCodes.Ok;
        var info = new FileInfo(path);
        if (info.Length > MaxKeyFileBytes)
        {
            exitCode = output.Fail($"{display}: {info.Length} bytes is too long for a verifier key file; it holds one line, name+keyid+base64");
            return null;
        }

        var text = File.ReadAllText(path, Encoding.UTF8).TrimEnd('\n', '\r');
        var parsed = NoteVerifierKey.Parse(text);
        if (!parsed.IsSuccess)
        {
            exitCode = output.Fail($"{display}: line 1: {parsed.Error}");
            return null;
        }

        return parsed.Value;
    }
}

/// <summary>A ledger database opened read-only with the key its checkpoints must verify under.</summary>
internal sealed record OpenedLedger(string Directory, SqliteConnection Connection, NoteVerifierKey Trusted) : IDisposable
{
    public void Dispose() => Connection.Dispose();
}
