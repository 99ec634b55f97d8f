using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Custos.Cli.Tests;
using Custos.Core.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Tests.Secrets;

/// <summary>
/// One whole life of a set of secrets, with real parts: stored with the custos CLI (a child process), injected into
/// LLM calls through a real Custos server, rotated by the webhook and PostgreSQL rotators, revealed, refused out of
/// scope, and failing in every way the rotators can fail. Then every log line the server wrote (all levels), every
/// byte the CLI printed (but the one reveal), this process's console, the exported ledger bundle and the server's
/// files are searched for every value, raw and as base64, base64url and hex: none may appear.
/// </summary>
public sealed class LeakScanTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_secret_value_appears_in_logs_console_output_or_the_ledger_export_after_a_full_flow()
    {
        var values = new ConcurrentBag<string>();
        string Value(string prefix)
        {
            var value = prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            values.Add(value);
            return value;
        }

        var console = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new Tee(stdout, console));
        Console.SetError(new Tee(stderr, console));
        var printed = new StringBuilder();
        try
        {
            var providerKey = Value("sk-leakscan-");
            var signingKey = Value("hmac-leakscan-");
            var appPassword = Value("pg-app-");
            values.Add(postgres.AdminPassword);
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var (roleA, roleB) = ($"leak_a_{suffix}", $"leak_b_{suffix}");
            await postgres.ExecuteAsync($"CREATE ROLE {roleA} LOGIN PASSWORD '{appPassword}'; CREATE ROLE {roleB} LOGIN;");

            await using var receiver = await RotationReceiver.StartAsync(signingKey);
            await using var provider = await OpenAiStub.StartAsync();
            provider.Accepted.Add(providerKey);
            var yaml = StarterWorkspace.Yaml
                .Replace("    url: https://api.openai.com/v1\n", $"    url: {provider.BaseAddress}v1\n    tools: [gpt-4.1, gpt-4.1-mini]\n", StringComparison.Ordinal)
                .Replace("api_key: secret://env/OPENAI_API_KEY", "api_key: secret://builtin/openai", StringComparison.Ordinal)
                + $"""

                secrets:
                  scopes:
                    - secret: secret://builtin/openai
                      agents: [dev-agent]
                      systems: [openai]
                      rotate:
                        schedule: 30d
                        webhook:
                          url: {new Uri(receiver.Address, "/rotate")}
                          signing_key: secret://builtin/rotator-key
                          timeout: 2s
                    - secret: secret://builtin/app-db
                      systems: [billing]
                      rotate:
                        postgres:
                          host: 127.0.0.1
                          port: {postgres.Port}
                          username: {PostgresServer.AdminUser}
                          password: secret://builtin/pg-admin
                          roles: [{roleA}, {roleB}]
                          ssl_mode: disable
                """;
            await using var server = await TestServer.StartAsync(yaml: yaml);
            var dir = server.Directory;

            async Task<CliResult> Cli(int exit, string? stdin, IReadOnlyDictionary<string, string>? env, params string[] args)
            {
                var result = (await CustosExecutable.RunAsync(dir, args, stdin, env)).Expect(exit);
                printed.Append(result.StdOut).Append('\n').Append(result.StdErr).Append('\n');
                return result;
            }

            // Stored with the CLI: from a variable, standard input and a file.
            await Cli(0, null, new Dictionary<string, string> { ["LEAK_OPENAI"] = providerKey }, "secrets", "set", "openai", "--from-env", "LEAK_OPENAI");
            await Cli(0, signingKey, null, "secrets", "set", "rotator-key");
            await Cli(0, postgres.AdminPassword, null, "secrets", "set", "pg-admin");
            var appFile = Path.Combine(dir, "app-db.txt");
            await File.WriteAllTextAsync(appFile, $"Username={roleA};Password={appPassword}\n", Ct);
            await Cli(0, null, null, "secrets", "set", "app-db", "--from-file", appFile);
            File.Delete(appFile);
            await Cli(2, null, null, "secrets", "set", "oops", "--value", Value("on-the-command-line-"));
            var honeytoken = await Cli(0, null, null, "secrets", "honeytoken", "create", "decoy", "--style", "openai");

            // Injected into LLM calls; the agent's token is all the agent holds.
            var dev = await server.IssueAsync("dev-agent");
            Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(server, dev, "gpt-4.1", printed)).Status);
            Assert.Equal(providerKey, provider.Seen.Last());

            // Rotated by the webhook: the service issues the next key, the provider accepts it, the next call uses it.
            receiver.Answer = null;
            var rotatedByWebhook = await Cli(0, null, null, "secrets", "rotate", "openai");
            Assert.Contains($"Rotated secret://builtin/openai to version 2 (webhook rotator: issued by {new Uri(receiver.Address, "/rotate")}", rotatedByWebhook.StdOut, StringComparison.Ordinal);
            var issued = Assert.Single(receiver.Issued);
            values.Add(issued);
            provider.Accepted.Add(issued);
            server.Workspace.Secrets.Invalidate(Core.Secrets.BuiltinSecrets.ReferenceOf("openai"));
            Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(server, dev, "gpt-4.1", printed)).Status);
            Assert.Equal(issued, provider.Seen.Last());

            // Rotated by PostgreSQL, twice.
            await Cli(0, null, null, "secrets", "rotate", "app-db");
            await Cli(0, null, null, "secrets", "rotate", "app-db");
            for (var version = 2; version <= 3; version++)
            {
                var (rotated, _) = await server.Workspace.Builtin.ReadAsync("app-db", version, Ct);
                values.Add(rotated[(rotated.IndexOf("Password=", StringComparison.Ordinal) + 9)..]);
            }

            // Revealed (the one place a value is printed, on purpose) — that output is not scanned, its record is.
            var reveal = (await CustosExecutable.RunAsync(dir, ["secrets", "get", "openai", "--reveal"])).Expect(0);
            Assert.Equal(issued, reveal.StdOut.TrimEnd('\n'));
            printed.Append(reveal.StdErr);
            var decoy = (await CustosExecutable.RunAsync(dir, ["secrets", "get", "decoy", "--reveal"])).Expect(0);
            values.Add(decoy.StdOut.TrimEnd('\n'));

            // Failure paths: out of scope, bad rotator answers (one carrying a value), a wrong admin password, a wrong provider key.
            var marketing = await server.IssueAsync("marketing-agent");
            Assert.NotEqual(HttpStatusCode.OK, (await CompleteAsync(server, marketing, "gpt-4.1-mini", printed)).Status);
            var smuggled = Value("in-a-bad-answer-");
            receiver.Answer = (c, id) => receiver.WriteSignedAsync(c, id, Encoding.UTF8.GetBytes($"{{\"valu\":\"{smuggled}\"}}"));
            await Cli(1, null, null, "secrets", "rotate", "openai");
            receiver.Answer = (c, id) => c.Response.WriteAsync($"{{\"value\":\"{smuggled}\"}}", c.RequestAborted);
            await Cli(1, null, null, "secrets", "rotate", "openai");
            var wrongAdmin = Value("wrong-admin-");
            await Cli(0, wrongAdmin, null, "secrets", "set", "pg-admin");
            var failed = await Cli(1, null, null, "secrets", "rotate", "app-db");
            Assert.Contains($"custos: error: secret://builtin/app-db was not rotated: PostgreSQL at 127.0.0.1:{postgres.Port}: logging in to PostgreSQL at 127.0.0.1:{postgres.Port} as {PostgresServer.AdminUser} failed with 28P01", failed.StdErr, StringComparison.Ordinal);
            Assert.Contains("The current version stays in use; the failure is recorded in the audit ledger", failed.StdErr, StringComparison.Ordinal);
            var wrongKey = Value("sk-wrong-");
            await Cli(0, wrongKey, null, "secrets", "set", "openai");
            server.Workspace.Secrets.Invalidate(Core.Secrets.BuiltinSecrets.ReferenceOf("openai"));
            var refused = await CompleteAsync(server, dev, "gpt-4.1", printed);
            Assert.NotEqual(HttpStatusCode.OK, refused.Status);
            Assert.Equal(wrongKey, provider.Seen.Last());
            await Cli(1, Value("not-for-a-honeytoken-"), null, "secrets", "set", "decoy");
            await server.Workspace.Observers.DrainAsync(Ct);

            // The ledger, exported as an auditor gets it, and the flow's own listings.
            await Cli(0, null, null, "secrets", "list");
            await Cli(0, null, null, "secrets", "usage", "--json");
            var bundle = Path.Combine(dir, "bundle");
            await Cli(0, null, null, "audit", "export", "--out", bundle);
            var exported = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
            {
                exported.Append(await File.ReadAllTextAsync(file, Ct)).Append('\n');
            }

            Assert.Contains("rotated secret://builtin/openai to version 2 (webhook rotator", exported.ToString(), StringComparison.Ordinal);
            Assert.Contains("could not rotate secret://builtin/app-db (postgres rotator)", exported.ToString(), StringComparison.Ordinal);
            Assert.Contains("revealed secret://builtin/openai", exported.ToString(), StringComparison.Ordinal);
            Assert.Contains("secret.out_of_scope:secret://builtin/openai", exported.ToString(), StringComparison.Ordinal);
            Assert.Contains("Created honeytoken", honeytoken.StdOut, StringComparison.Ordinal);

            var stores = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(dir, ".custos"), "*", SearchOption.AllDirectories))
            {
                stores.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Ct))).Append('\n');
            }

            await server.StopAsync();
            var places = new Dictionary<string, string>
            {
                ["the server's log"] = string.Join("\n", server.Logs),
                ["the CLI's output"] = printed.ToString(),
                ["this process's console"] = console.ToString(),
                ["the exported ledger"] = exported.ToString(),
                ["the server's files (database, WAL, keys)"] = stores.ToString(),
                ["PostgreSQL's log"] = await File.ReadAllTextAsync(postgres.LogFile, Ct),
            };
            Assert.True(places["the server's log"].Length > 1000, "the server logged next to nothing: the scan would prove nothing");
            Assert.True(values.Count >= 12);
            foreach (var (value, index) in values.Select((v, i) => (v, i)))
            {
                foreach (var (encoding, form) in Forms(value))
                {
                    foreach (var (place, text) in places)
                    {
                        // The message names where and how, never the value.
                        Assert.False(text.Contains(form, StringComparison.Ordinal), $"secret value #{index} ({encoding}, {value.Length} characters) appears in {place}");
                    }
                }
            }
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static IEnumerable<(string Encoding, string Form)> Forms(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var base64 = Convert.ToBase64String(bytes);
        yield return ("raw", value);
        yield return ("base64", base64.TrimEnd('='));
        yield return ("base64url", base64.TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        yield return ("hex", Convert.ToHexStringLower(bytes));
        yield return ("HEX", Convert.ToHexString(bytes));
        yield return ("URL-encoded", Uri.EscapeDataString(value));
    }

    private static async Task<(HttpStatusCode Status, string Body)> CompleteAsync(TestServer server, string token, string model, StringBuilder printed)
    {
        using var response = await server.SendAsync(HttpMethod.Post, "/v1/chat/completions", token, $$"""{"model": "{{model}}", "messages": [{"role": "user", "content": "Say hello."}]}""");
        var body = await response.Content.ReadAsStringAsync();
        printed.Append(body).Append('\n');
        return (response.StatusCode, body);
    }

    /// <summary>Writes to two writers: the console as it was, and a capture.</summary>
    private sealed class Tee(TextWriter first, TextWriter second) : TextWriter
    {
        public override Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            lock (second)
            {
                second.Write(value);
            }
        }

        public override void Write(string? value)
        {
            first.Write(value);
            lock (second)
            {
                second.Write(value);
            }
        }
    }

    /// <summary>
    /// An OpenAI-compatible provider on loopback (the paid provider cannot run here): answers
    /// <c>POST /v1/chat/completions</c> when the bearer key is one it accepts, 401 with OpenAI's error body otherwise.
    /// </summary>
    private sealed class OpenAiStub(WebApplication app) : IAsyncDisposable
    {
        public ConcurrentBag<string> Accepted { get; } = [];

        /// <summary>The keys it was called with, in order.</summary>
        public ConcurrentQueue<string> Seen { get; } = new();

        public Uri BaseAddress { get; private set; } = null!;

        public static async Task<OpenAiStub> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var stub = new OpenAiStub(builder.Build());
            stub.Map();
            await stub.StartInternalAsync();
            return stub;
        }

        private void Map() => app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            var key = http.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : string.Empty;
            Seen.Enqueue(key);
            var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync())!;
            if (!Accepted.Contains(key))
            {
                http.Response.StatusCode = 401;
                await http.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["message"] = "Incorrect API key provided.", ["type"] = "invalid_request_error", ["code"] = "invalid_api_key" } });
                return;
            }

            await http.Response.WriteAsJsonAsync(new JsonObject
            {
                ["id"] = "chatcmpl-leakscan",
                ["object"] = "chat.completion",
                ["created"] = 1_764_288_000,
                ["model"] = (string)body["model"]!,
                ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = "Hello." }, ["finish_reason"] = "stop" }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["completion_tokens"] = 2, ["total_tokens"] = 7 },
            });
        });

        private async Task StartInternalAsync()
        {
            await app.StartAsync();
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
