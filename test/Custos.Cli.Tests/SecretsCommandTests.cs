using System.Text;
using System.Text.Json;

namespace Custos.Cli.Tests;

/// <summary><c>custos secrets</c> run as a process, as an operator would; no value may show anywhere but a reveal.</summary>
public sealed class SecretsCommandTests
{
    private const string Value = "ghp_CliSecretValue0123456789abcdefghijkl";

    [Fact]
    public async Task Set_from_stdin_list_get_reveal_rotate_and_usage_work_and_only_the_reveal_prints_the_value()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var outputs = new StringBuilder();
        async Task<CliResult> Run(int exit, string? stdin, params string[] args)
        {
            var result = (await CustosExecutable.RunAsync(workspace.Directory, args, stdin, null)).Expect(exit);
            outputs.Append(result.StdOut).Append(result.StdErr);
            return result;
        }

        var set = await Run(0, Value + "\n", "secrets", "set", "crm#authorization");
        Assert.Contains("Stored secret://builtin/crm#authorization version 1", set.StdOut, StringComparison.Ordinal);

        var list = await Run(0, null, "secrets", "list", "--json");
        using (var json = JsonDocument.Parse(list.StdOut))
        {
            var crm = json.RootElement.EnumerateArray().Single(e => e.GetProperty("reference").GetString() == "secret://builtin/crm#authorization");
            Assert.Equal(1, crm.GetProperty("version").GetInt32());
            Assert.Equal("secret", crm.GetProperty("kind").GetString());
            Assert.Equal("crm", crm.GetProperty("systems")[0].GetString());
            var missing = json.RootElement.EnumerateArray().Single(e => e.GetProperty("reference").GetString() == "secret://builtin/billing#api_key");
            Assert.Equal("missing", missing.GetProperty("kind").GetString());
        }

        var shown = await Run(0, null, "secrets", "get", "crm#authorization");
        Assert.Contains("Add --reveal", shown.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(Value, outputs.ToString(), StringComparison.Ordinal);

        var revealed = (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "get", "crm#authorization", "--reveal"], null, null)).Expect(0);
        Assert.Equal(Value, revealed.StdOut.TrimEnd('\n'));

        var rotated = await Run(0, null, "secrets", "rotate", "crm#authorization");
        Assert.Contains("to version 2", rotated.StdOut, StringComparison.Ordinal);
        var newValue = (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "get", "crm#authorization", "--reveal"], null, null)).Expect(0).StdOut.TrimEnd('\n');
        Assert.NotEqual(Value, newValue);
        var old = (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "get", "crm#authorization", "--reveal", "--version", "1"], null, null)).Expect(0).StdOut.TrimEnd('\n');
        Assert.Equal(Value, old);

        var audit = await Run(0, null, "audit", "query", "--json", "--limit", "50");
        Assert.Contains("revealed secret://builtin/crm#authorization version 1", audit.StdOut, StringComparison.Ordinal);
        Assert.Contains("revealed secret://builtin/crm#authorization version 2", audit.StdOut, StringComparison.Ordinal);
        Assert.Contains("rotated secret://builtin/crm#authorization to version 2", audit.StdOut, StringComparison.Ordinal);
        Assert.Contains("set secret://builtin/crm#authorization (version 1)", audit.StdOut, StringComparison.Ordinal);

        await Run(0, null, "secrets", "usage");
        var everything = outputs.ToString();
        Assert.DoesNotContain(Value, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(newValue, everything, StringComparison.Ordinal);
        AssertNotInDatabase(workspace, Value, newValue);
    }

    [Fact]
    public async Task A_value_on_the_command_line_is_refused_without_being_echoed()
    {
        using var workspace = await TempWorkspace.InitAsync();
        foreach (var args in new[] { new[] { "secrets", "set", "github", "--value", Value }, ["secrets", "set", "github", $"--value={Value}"] })
        {
            var result = (await workspace.RunAsync(args)).Expect(2);
            Assert.Contains("never given on the command line", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("--from-file", result.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain(Value, result.StdOut + result.StdErr, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("secret://builtin/github", (await workspace.RunAsync("secrets", "list", "--json")).Expect(0).StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_reads_a_file_or_a_variable_and_names_what_is_wrong_with_bad_input()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var file = Path.Combine(workspace.Directory, "token.txt");
        await File.WriteAllTextAsync(file, Value + "\n", TestContext.Current.CancellationToken);
        (await workspace.RunAsync("secrets", "set", "github", "--from-file", file)).Expect(0);
        var fromEnv = (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "cms#authorization", "--from-env", "CUSTOS_TEST_SECRET"], null, new Dictionary<string, string> { ["CUSTOS_TEST_SECRET"] = "Bearer from-env-value-123456" })).Expect(0);
        Assert.Contains("version 1", fromEnv.StdOut, StringComparison.Ordinal);
        Assert.Equal("Bearer from-env-value-123456", (await workspace.RunAsync("secrets", "get", "cms#authorization", "--reveal")).Expect(0).StdOut.TrimEnd('\n'));

        Assert.Contains("is not set or empty", (await workspace.RunAsync("secrets", "set", "x", "--from-env", "CUSTOS_TEST_UNSET_VARIABLE")).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("no such file", (await workspace.RunAsync("secrets", "set", "x", "--from-file", "nope.txt")).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("is empty", (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "x"], string.Empty, null)).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("NUL character", (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "x"], "a\0b-value", null)).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("longer than", (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "x"], new string('k', 70_000), null)).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("is not a secret name", (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "../etc/passwd"], "value-value", null)).Expect(2).StdErr, StringComparison.Ordinal);
        var binary = Path.Combine(workspace.Directory, "binary.key");
        await File.WriteAllBytesAsync(binary, [0xff, 0xfe, 0x00, 0x80], TestContext.Current.CancellationToken);
        Assert.Contains("not UTF-8 text", (await workspace.RunAsync("secrets", "set", "x", "--from-file", binary)).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("there is no built-in secret 'nothing'", (await workspace.RunAsync("secrets", "get", "nothing", "--reveal")).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("there is no built-in secret 'nothing'", (await workspace.RunAsync("secrets", "rotate", "nothing")).Expect(1).StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_master_key_readable_by_others_or_a_different_one_is_refused_with_the_fix()
    {
        using var workspace = await TempWorkspace.InitAsync();
        (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "github"], Value, null)).Expect(0);
        var other = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var wrong = (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "get", "github", "--reveal"], null, new Dictionary<string, string> { ["CUSTOS_MASTER_KEY"] = other })).Expect(1);
        Assert.Contains("was sealed under master key", wrong.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(other, wrong.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(Value, wrong.StdOut + wrong.StdErr, StringComparison.Ordinal);
        var overwrite = (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "github"], "another-value-123", new Dictionary<string, string> { ["CUSTOS_MASTER_KEY"] = other })).Expect(1);
        Assert.Contains("is sealed under master key", overwrite.StdErr, StringComparison.Ordinal);
        Assert.Equal(Value, (await workspace.RunAsync("secrets", "get", "github", "--reveal")).Expect(0).StdOut.TrimEnd('\n'));

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var keyPath = Path.Combine(workspace.DataDirectory, "master.key");
        File.SetUnixFileMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var open = (await workspace.RunAsync("secrets", "get", "github", "--reveal")).Expect(1);
        Assert.Contains($"chmod 600 {keyPath}", open.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(Value, open.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_honeytoken_looks_real_is_listed_as_one_and_cannot_be_overwritten_or_rotated()
    {
        using var workspace = await TempWorkspace.InitAsync();
        var created = (await workspace.RunAsync("secrets", "honeytoken", "create", "aws-backup", "--style", "aws")).Expect(0);
        Assert.Contains("Created honeytoken secret://builtin/aws-backup", created.StdOut, StringComparison.Ordinal);
        var value = (await workspace.RunAsync("secrets", "get", "aws-backup", "--reveal")).Expect(0).StdOut.Trim();
        Assert.Matches("^AKIA[A-Z2-7]{16}$", value);
        Assert.DoesNotContain(value, created.StdOut, StringComparison.Ordinal);
        Assert.Contains("honeytoken", (await workspace.RunAsync("secrets", "list")).Expect(0).StdOut, StringComparison.Ordinal);
        Assert.Contains("is a honeytoken", (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "aws-backup"], "real-value-123", null)).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("is a honeytoken", (await workspace.RunAsync("secrets", "rotate", "aws-backup")).Expect(1).StdErr, StringComparison.Ordinal);
        Assert.Contains("exists already", (await workspace.RunAsync("secrets", "honeytoken", "create", "aws-backup")).Expect(1).StdErr, StringComparison.Ordinal);
        (await workspace.RunAsync("secrets", "honeytoken", "create", "x", "--style", "nope")).Expect(2);
    }

    [Fact]
    public async Task Overdue_lists_secrets_past_their_schedule_exits_1_and_rotate_fixes_them()
    {
        using var workspace = await TempWorkspace.InitAsync();
        workspace.WriteConfig(workspace.ReadConfig() + "\nsecrets:\n  scopes:\n    - secret: secret://builtin/crm#authorization\n      systems: [crm]\n      rotate: 30d\n");
        (await CustosExecutable.RunAsync(workspace.Directory, ["secrets", "set", "crm#authorization"], Value, null)).Expect(0);
        Assert.Contains("No built-in secret is overdue", (await workspace.RunAsync("secrets", "overdue")).Expect(0).StdOut, StringComparison.Ordinal);

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(workspace.DataDirectory, "custos.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE secrets SET rotated_at = rotated_at - 31 * 86400000";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var overdue = (await workspace.RunAsync("secrets", "overdue")).Expect(1);
        Assert.Contains("OVERDUE secret://builtin/crm#authorization: every 30d", overdue.StdOut, StringComparison.Ordinal);
        Assert.Contains("OVERDUE", (await workspace.RunAsync("secrets", "list")).Expect(0).StdOut, StringComparison.Ordinal);

        var rotated = (await workspace.RunAsync("secrets", "overdue", "--rotate")).Expect(0);
        Assert.Contains("Rotated secret://builtin/crm#authorization to version 2", rotated.StdOut, StringComparison.Ordinal);
        (await workspace.RunAsync("secrets", "overdue")).Expect(0);
        Assert.NotEqual(Value, (await workspace.RunAsync("secrets", "get", "crm#authorization", "--reveal")).Expect(0).StdOut.Trim());
    }

    private static void AssertNotInDatabase(TempWorkspace workspace, params string[] values)
    {
        foreach (var file in Directory.GetFiles(workspace.DataDirectory))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var value in values)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) < 0, $"a secret value is in {Path.GetFileName(file)}");
            }
        }
    }
}
