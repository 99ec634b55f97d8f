using System.ClientModel;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Gateway.Llm;
using FsCheck;
using FsCheck.Fluent;
using OpenAI;
using OpenAI.Chat;

namespace Custos.Llm.Tests;

/// <summary>
/// An Azure OpenAI system with <c>entra:</c>: Custos gets the Microsoft Entra ID token itself (OAuth 2.0 client
/// credentials against a local stand-in for the token endpoint that speaks the real wire format), caches it until
/// five minutes before it expires, refreshes it with one request however many calls wait, and sends it upstream as
/// a bearer. A token endpoint that fails or answers nonsense gives the agent a 502 in OpenAI's shape naming the
/// provider, recorded; the client secret and the token appear in no answer, log line or ledger file.
/// </summary>
public sealed class EntraTokenTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private sealed class Setup : IAsyncDisposable
    {
        public required LlmWorkspace Workspace { get; init; }

        public required EntraTokenStub Entra { get; init; }

        public required string SecretVariable { get; init; }

        public required string AgentToken { get; init; }

        public ChatClient Chat => new("azure/gpt-4o", new ApiKeyCredential(AgentToken), new OpenAIClientOptions { Endpoint = Workspace.OpenAiEndpoint, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });

        /// <summary>A completion as raw HTTP, to see the exact status, shape and headers the agent gets.</summary>
        public async Task<HttpResponseMessage> PostAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Workspace.OpenAiEndpoint + "/chat/completions"))
            {
                Content = new StringContent("""{"model":"azure/gpt-4o","messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AgentToken);
            return await Workspace.Server.Http.SendAsync(request, Cancel);
        }

        /// <summary>Everything the ledger and the logs hold, as text: the database files' bytes and every log line.</summary>
        public async Task<string> EverythingWrittenAsync()
        {
            var text = new StringBuilder(string.Join('\n', Workspace.Server.Logs));
            foreach (var file in Directory.EnumerateFiles(Workspace.Server.Directory, "*", SearchOption.AllDirectories))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, Encoding.Latin1);
                text.Append('\n').Append(await reader.ReadToEndAsync(Cancel));
            }

            return text.ToString();
        }

        public async ValueTask DisposeAsync()
        {
            await Workspace.DisposeAsync();
            await Entra.DisposeAsync();
            Environment.SetEnvironmentVariable(SecretVariable, null);
        }
    }

    private static async Task<Setup> StartAsync(Func<Uri, string>? entraBlock = null)
    {
        var secret = "entra-secret~" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var variable = "CUSTOS_TEST_ENTRA_SECRET_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        Environment.SetEnvironmentVariable(variable, secret);
        var entra = await EntraTokenStub.StartAsync("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-stub." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), secret);
        var block = entraBlock?.Invoke(entra.BaseAddress) ?? $"""
                entra:
                  tenant_id: {EntraTokenStub.TenantId}
                  client_id: {EntraTokenStub.ClientId}
                  client_secret: secret://env/{variable}
                  authority_host: {entra.BaseAddress}
            """;
        var workspace = await LlmWorkspace.StartAsync(yaml =>
        {
            var url = yaml[(yaml.IndexOf("url: http://127.0.0.1:", StringComparison.Ordinal) + 5)..].Split('\n')[0].Replace("/v1", string.Empty, StringComparison.Ordinal);
            var at = yaml.IndexOf("# Least privilege:", StringComparison.Ordinal);
            yaml = yaml[..at] + $"""
                  - name: azure
                    kind: llm
                    provider: azure-openai
                    url: {url}
                    dpa: Microsoft Products and Services DPA, signed 2026-01-15
                    deployments:
                      gpt-4o: prod-gpt4o
                {block}

                """ + yaml[at..];
            at = yaml.IndexOf("  - id: marketing-drafts", StringComparison.Ordinal);
            return yaml[..at] + """
                  - id: dev-uses-azure
                    agent: dev-agent
                    system: azure
                    actions: [complete]

                """ + yaml[at..];
        });
        workspace.Stub.EntraToken = entra.AccessToken;
        return new Setup { Workspace = workspace, Entra = entra, SecretVariable = variable, AgentToken = await workspace.Server.IssueAsync("dev-agent") };
    }

    [Fact]
    public async Task Custos_gets_the_token_with_client_credentials_reuses_it_and_sends_it_as_a_bearer_and_nowhere_else()
    {
        await using var setup = await StartAsync();

        for (var i = 0; i < 3; i++)
        {
            ChatCompletion completion = await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
            Assert.Equal(setup.Workspace.Stub.Reply, completion.Content[0].Text);
        }

        // One token request, in the client credentials grant's own form, to the tenant's v2.0 endpoint.
        var (path, contentType, form) = Assert.Single(setup.Entra.Received);
        Assert.Equal($"/{EntraTokenStub.TenantId}/oauth2/v2.0/token", path);
        Assert.StartsWith("application/x-www-form-urlencoded", contentType, StringComparison.Ordinal);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(EntraTokenStub.ClientId, form["client_id"]);
        Assert.Equal(setup.Entra.ClientSecret, form["client_secret"]);
        Assert.Equal(EntraSettings.DefaultScope, form["scope"]);

        // Each provider call carries it as a bearer, and no api-key.
        Assert.Equal(3, setup.Workspace.Stub.Received.Count);
        Assert.All(setup.Workspace.Stub.Received, r =>
        {
            Assert.Equal("Bearer " + setup.Entra.AccessToken, r.Headers["authorization"]);
            Assert.False(r.Headers.ContainsKey("api-key"));
        });
        Assert.Equal(3, (await setup.Workspace.Server.RecordsAsync()).Count(r => r.Action == "complete" && r.Resource == "azure.gpt-4o" && r.Outcome == ActionOutcome.Success));

        var written = await setup.EverythingWrittenAsync();
        Assert.DoesNotContain(setup.Entra.ClientSecret, written, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.Entra.AccessToken, written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fetched_token_is_a_known_value_so_a_copy_in_a_prompt_or_a_reply_is_blocked_and_named_not_shown()
    {
        await using var setup = await StartAsync();
        ChatCompletion first = await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        Assert.Equal(setup.Workspace.Stub.Reply, first.Content[0].Text);
        var name = EntraTokens.IssuedName(new SecretReference("entra", $"{EntraTokenStub.TenantId}/{EntraTokenStub.ClientId}", null), "azure");

        // In: an agent that got hold of the token (a log line, a tool result) and sends it on.
        var sent = await Assert.ThrowsAsync<ClientResultException>(() => setup.Chat.CompleteChatAsync([new UserChatMessage("is this still valid? " + setup.Entra.AccessToken)], cancellationToken: Cancel));
        Assert.DoesNotContain(setup.Entra.AccessToken, sent.Message, StringComparison.Ordinal);
        Assert.Single(setup.Workspace.Stub.Received);

        // Out: a provider that echoes the bearer it was sent.
        setup.Workspace.Stub.Reply = "Your bearer was " + setup.Entra.AccessToken + ".";
        var echoed = await Assert.ThrowsAsync<ClientResultException>(() => setup.Chat.CompleteChatAsync([new UserChatMessage("hi again")], cancellationToken: Cancel));
        Assert.DoesNotContain(setup.Entra.AccessToken, echoed.Message, StringComparison.Ordinal);

        var records = (await setup.Workspace.Server.RecordsAsync()).Where(r => r.Action == "complete").ToList();
        Assert.Equal(3, records.Count);
        Assert.Contains(records, r => r.StoppedAt == StageName.ScreenIn && r.Findings!.Any(f => f is { Type: Core.Screening.Screener.KnownSecret, Direction: Core.Screening.ScreeningDirection.In } && f.Subtype == name));
        Assert.Contains(records, r => r.StoppedAt == StageName.ScreenOut && r.Findings!.Any(f => f is { Type: Core.Screening.Screener.KnownSecret, Direction: Core.Screening.ScreeningDirection.Out } && f.Subtype == name));
        Assert.Single(setup.Entra.Received);
        Assert.DoesNotContain(setup.Entra.AccessToken, await setup.EverythingWrittenAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_managed_identity_gets_its_token_from_the_metadata_endpoint_with_the_metadata_header_and_no_secret()
    {
        await using var setup = await StartAsync(stub => $"""
                entra:
                  managed_identity: true
                  client_id: {EntraTokenStub.ClientId}
                  identity_endpoint: {stub}metadata/identity/oauth2/token
            """);

        for (var i = 0; i < 2; i++)
        {
            ChatCompletion completion = await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
            Assert.Equal(setup.Workspace.Stub.Reply, completion.Content[0].Text);
        }

        // One GET to the metadata service, as Azure's SDKs send it: the resource without /.default, the user-assigned
        // identity's client ID, the Metadata header; its expires_in (a string there) was read.
        var (path, _, query) = Assert.Single(setup.Entra.Received);
        Assert.Equal("/metadata/identity/oauth2/token", path);
        Assert.Equal("true", query["Metadata"]);
        Assert.Equal("2018-02-01", query["api-version"]);
        Assert.Equal("https://cognitiveservices.azure.com", query["resource"]);
        Assert.Equal(EntraTokenStub.ClientId, query["client_id"]);
        Assert.All(setup.Workspace.Stub.Received, r => Assert.Equal("Bearer " + setup.Entra.AccessToken, r.Headers["authorization"]));
        Assert.DoesNotContain(setup.Entra.AccessToken, await setup.EverythingWrittenAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_machine_without_that_managed_identity_is_a_502_that_says_so_and_is_recorded()
    {
        await using var setup = await StartAsync(stub => $"""
                entra:
                  managed_identity: true
                  client_id: 00000000-0000-0000-0000-00000000abcd
                  identity_endpoint: {stub}metadata/identity/oauth2/token
            """);

        using var response = await setup.PostAsync();
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("error").GetProperty("message").GetString()!;
        Assert.Contains("answered 400 invalid_request; is the user-assigned managed identity entra.client_id assigned to this machine?", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Identity not found", message, StringComparison.Ordinal);
        var record = Assert.Single(await setup.Workspace.Server.RecordsAsync(), r => r.Action == "complete");
        Assert.Equal(ActionOutcome.Failure, record.Outcome);
    }

    [Fact]
    public async Task Workload_identity_sends_the_federated_token_read_afresh_from_its_file_as_the_client_assertion()
    {
        var directory = Directory.CreateTempSubdirectory("custos-federated-").FullName;
        var file = Path.Combine(directory, "azure-identity-token");
        try
        {
            await using var setup = await StartAsync(stub => $"""
                    entra:
                      tenant_id: {EntraTokenStub.TenantId}
                      client_id: {EntraTokenStub.ClientId}
                      federated_token_file: {file}
                      authority_host: {stub}
                """);

            // No file yet: a 502 naming the file (a path, not a secret), recorded.
            using (var missing = await setup.PostAsync())
            {
                Assert.Equal(HttpStatusCode.BadGateway, missing.StatusCode);
                Assert.Contains($"the federated token file {file} could not be read", await missing.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
            }

            await File.WriteAllTextAsync(file, setup.Entra.FederatedToken + "\n", Cancel);
            ChatCompletion completion = await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
            Assert.Equal(setup.Workspace.Stub.Reply, completion.Content[0].Text);

            var (_, _, form) = setup.Entra.Received.Last();
            Assert.Equal("client_credentials", form["grant_type"]);
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            Assert.Equal(setup.Entra.FederatedToken, form["client_assertion"]);
            Assert.False(form.ContainsKey("client_secret"));
            Assert.Equal(EntraSettings.DefaultScope, form["scope"]);

            var written = await setup.EverythingWrittenAsync();
            Assert.DoesNotContain(setup.Entra.FederatedToken, written, StringComparison.Ordinal);
            Assert.DoesNotContain(setup.Entra.AccessToken, written, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), "the condition did not hold within 15 s");
            await Task.Delay(20, Cancel);
        }
    }

    [Fact]
    public async Task Calls_waiting_together_share_one_token_request_and_a_token_due_for_refresh_is_used_while_one_refresh_runs_behind_the_calls()
    {
        await using var setup = await StartAsync();

        // 303 s: due for refresh three seconds after it arrives (room for nine calls on a loaded machine).
        setup.Entra.ExpiresIn = 303;
        setup.Entra.Delay = TimeSpan.FromMilliseconds(400);
        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel)));
        Assert.All(calls, c => Assert.Equal(setup.Workspace.Stub.Reply, c.Value.Content[0].Text));
        Assert.Equal(1, setup.Entra.Requests);

        await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        Assert.Equal(1, setup.Entra.Requests);

        // Due: the next call goes on with the token (it has minutes left) while one refresh runs behind it. The
        // endpoint fails; that is logged, and for a moment no call asks again.
        await Task.Delay(TimeSpan.FromSeconds(3.2), Cancel);
        setup.Entra.Delay = TimeSpan.Zero;
        setup.Entra.Canned.Enqueue((503, "text/plain", Encoding.UTF8.GetBytes("busy")));
        await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        await WaitUntilAsync(() => setup.Entra.Requests == 2 && setup.Workspace.Server.Logs.Any(l => l.Contains("Could not refresh the Microsoft Entra ID token for azure (the token endpoint", StringComparison.Ordinal) && l.Contains("answered 503", StringComparison.Ordinal)));
        await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        Assert.Equal(2, setup.Entra.Requests);

        // After that moment the next call starts a refresh again, which succeeds; the fresh token is kept.
        await Task.Delay(EntraTokens.RefreshRetryDelay + TimeSpan.FromMilliseconds(300), Cancel);
        setup.Entra.ExpiresIn = 3599;
        await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        await WaitUntilAsync(() => setup.Entra.Requests == 3);
        await Task.Delay(200, Cancel);
        await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        Assert.Equal(3, setup.Entra.Requests);
        Assert.Equal(13, setup.Workspace.Stub.Received.Count);
        Assert.All(setup.Workspace.Stub.Received, r => Assert.Equal("Bearer " + setup.Entra.AccessToken, r.Headers["authorization"]));
        Assert.DoesNotContain(setup.Entra.AccessToken, await setup.EverythingWrittenAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_or_malformed_token_answer_gives_the_agent_a_502_in_openai_shape_naming_the_provider_and_is_recorded()
    {
        await using var setup = await StartAsync();
        var secret = setup.Entra.ClientSecret;
        static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);
        var token = setup.Entra.AccessToken;
        var cases = new (int Status, string ContentType, byte[] Body, string Expected)[]
        {
            // Entra's own refusal, its description quoting what it was sent: only the code and AADSTS number pass.
            (401, "application/json", Json($$"""{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided: '{{secret}}'.","error_codes":[7000215]}"""), "answered 401 invalid_client (AADSTS7000215); check entra.client_id and that the client secret is current"),
            (400, "application/json", Json("""{"error":"invalid_request","error_description":"AADSTS90002: Tenant not found.","error_codes":[90002]}"""), "answered 400 invalid_request (AADSTS90002); check entra.tenant_id"),
            (503, "text/html", Json("<html><body>Service Unavailable</body></html>"), "answered 503"),
            (200, "application/json", Json("""{"token_type":"Bearer","expires_in":3599}"""), "answered 200 without an access_token"),
            (200, "application/json", Json("""{"token_type":"Bearer","expires_in":3599,"access_token":""}"""), "answered 200 without an access_token"),
            (200, "text/html", Json("<html>signed in</html>"), "answered 200 with a body that is not JSON (22 bytes)"),
            (200, "application/json", Json("""{"token_type":"Bearer","expires_in":3599,"access_token":"abc"""), "answered 200 with a body that is not JSON"),
            (200, "application/json", Json("[1,2]"), "answered 200 with JSON that is not an object"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":3599,"access_token":"{{token}}","padding":"{{new string('x', 200_000)}}"}"""), "answered 200 with more than 65536 bytes"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","access_token":"{{token}}"}"""), "answered without expires_in"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":null,"access_token":"{{token}}"}"""), "answered without expires_in"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":-60,"access_token":"{{token}}"}"""), "answered expires_in -60; a token must last a positive number of seconds"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":0,"access_token":"{{token}}"}"""), "answered expires_in 0"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":"soon","access_token":"{{token}}"}"""), "an expires_in that is not a whole number of seconds"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":1.5,"access_token":"{{token}}"}"""), "an expires_in that is not a whole number of seconds"),
            (200, "application/json", Json($$"""{"token_type":"mac","expires_in":3599,"access_token":"{{token}}"}"""), "a token_type other than Bearer"),
            (200, "application/json", Json($$"""{"token_type":"Bearer","expires_in":3599,"access_token":"{{token}}\r\nX-Injected: 1"}"""), "an access_token with characters a bearer token cannot have"),
        };

        foreach (var (status, contentType, body, expected) in cases)
        {
            setup.Entra.Canned.Enqueue((status, contentType, body));
            var before = setup.Workspace.Stub.Received.Count;
            using var response = await setup.PostAsync();
            var text = await response.Content.ReadAsStringAsync(Cancel);

            Assert.True(response.StatusCode == HttpStatusCode.BadGateway, $"{expected}: {(int)response.StatusCode} {text}");
            using var error = JsonDocument.Parse(text);
            var message = error.RootElement.GetProperty("error").GetProperty("message").GetString()!;
            Assert.Contains("the provider 'azure' could not be called: Custos got no Microsoft Entra ID access token for it", message, StringComparison.Ordinal);
            Assert.Contains(expected, message, StringComparison.Ordinal);
            Assert.Contains($"the token endpoint 127.0.0.1:{setup.Entra.BaseAddress.Port}", message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            Assert.True(response.Headers.TryGetValues("x-custos-action-id", out var ids), expected);

            // Recorded as a failed call at the forward stage, with the same reason; the provider was never called.
            var record = Assert.Single(await setup.Workspace.Server.RecordsAsync(), r => r.Id.ToString() == ids.Single());
            Assert.Equal((ActionOutcome.Failure, StageName.Forward, "azure.gpt-4o"), (record.Outcome, record.StoppedAt, record.Resource));
            Assert.Contains(record.Reasons, r => r.Contains(expected, StringComparison.Ordinal));
            Assert.Equal(before, setup.Workspace.Stub.Received.Count);
        }

        // The official SDK reads the same answer as a 502 with Custos's message.
        setup.Entra.Canned.Enqueue((200, "application/json", Json("{}")));
        var sdk = await Assert.ThrowsAsync<ClientResultException>(() => setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel));
        Assert.Equal(502, sdk.Status);
        Assert.Contains("the provider 'azure'", sdk.Message, StringComparison.Ordinal);

        // Nothing bad was cached: the next good answer serves the call.
        ChatCompletion completion = await setup.Chat.CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: Cancel);
        Assert.Equal(setup.Workspace.Stub.Reply, completion.Content[0].Text);
        var written = await setup.EverythingWrittenAsync();
        Assert.DoesNotContain(secret, written, StringComparison.Ordinal);
        Assert.DoesNotContain(token, written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_client_secret_or_unreachable_endpoint_is_a_502_that_names_the_cause_but_not_the_secret()
    {
        await using (var setup = await StartAsync())
        {
            Environment.SetEnvironmentVariable(setup.SecretVariable, "not-the-secret-" + Guid.NewGuid().ToString("N"));
            using var response = await setup.PostAsync();
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Contains("answered 401 invalid_client (AADSTS7000215)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-secret-", text, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-secret-", await setup.EverythingWrittenAsync(), StringComparison.Ordinal);
        }

        // A secret the broker cannot resolve is said so, by its reference.
        var unset = "CUSTOS_TEST_ENTRA_NEVER_SET_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        await using (var setup = await StartAsync(stub => $"""
                entra:
                  tenant_id: {EntraTokenStub.TenantId}
                  client_id: {EntraTokenStub.ClientId}
                  client_secret: secret://env/{unset}
                  authority_host: {stub}
            """))
        {
            using var missing = await setup.PostAsync();
            Assert.Equal(HttpStatusCode.BadGateway, missing.StatusCode);
            var missingText = await missing.Content.ReadAsStringAsync(Cancel);
            Assert.True(missingText.Contains("its client secret could not be resolved", StringComparison.Ordinal), missingText);
            Assert.Contains(unset, missingText, StringComparison.Ordinal);
            Assert.Equal(0, setup.Entra.Requests);
        }

        // Nothing listens there: unreachable, said plainly.
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using (var setup = await StartAsync(_ => $"""
                entra:
                  tenant_id: contoso.onmicrosoft.com
                  client_id: {EntraTokenStub.ClientId}
                  client_secret: secret://env/CUSTOS_TEST_ENTRA_UNUSED
                  authority_host: http://127.0.0.1:{port}
            """))
        {
            Environment.SetEnvironmentVariable("CUSTOS_TEST_ENTRA_UNUSED", "unused-" + Guid.NewGuid().ToString("N"));
            using var response = await setup.PostAsync();
            var text = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Contains($"the token endpoint 127.0.0.1:{port} could not be reached", text, StringComparison.Ordinal);
            Environment.SetEnvironmentVariable("CUSTOS_TEST_ENTRA_UNUSED", null);
        }
    }

    private const string SystemHead = "version: 1\nsystems:\n  - name: azure\n    kind: llm\n    provider: azure-openai\n    url: https://res.openai.azure.com\n";

    private static string Entra(string lines) => SystemHead + "    entra:\n" + lines;

    private const string Good = "      tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n      client_id: 3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b\n      client_secret: secret://env/AZURE_CLIENT_SECRET\n";

    [Fact]
    public void Entra_settings_default_to_the_public_cloud_and_cognitive_services()
    {
        var system = Assert.Single(ConfigLoader.Parse(Entra(Good), "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow().Systems);
        var entra = system.Azure!.Entra!;
        Assert.Equal(new Uri("https://login.microsoftonline.com/"), entra.AuthorityHost);
        Assert.Equal("https://cognitiveservices.azure.com/.default", entra.Scope);
        Assert.Equal(new SecretReference("env", "AZURE_CLIENT_SECRET", null), entra.ClientSecret);
        Assert.Equal("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token", entra.TokenEndpoint.AbsoluteUri);

        var us = Assert.Single(ConfigLoader.Parse(Entra(Good + "      authority_host: https://login.microsoftonline.us\n      scope: api://custom/.default\n"), "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow().Systems).Azure!.Entra!;
        Assert.Equal("https://login.microsoftonline.us/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token", us.TokenEndpoint.AbsoluteUri);
        Assert.Equal("api://custom/.default", us.Scope);

        var managed = Assert.Single(ConfigLoader.Parse(Entra("      managed_identity: true\n"), "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow().Systems).Azure!.Entra!;
        Assert.Equal(new Uri(EntraSettings.DefaultIdentityEndpoint), managed.IdentityEndpoint);
        Assert.Null(managed.ClientId);
        Assert.Null(managed.ClientSecret);
        Assert.Equal("https://cognitiveservices.azure.com", managed.Resource);
        Assert.Equal("managed_identity", managed.Grant);

        var federated = Assert.Single(ConfigLoader.Parse(Entra("      tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n      client_id: 3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b\n      federated_token_file: /var/run/secrets/azure/tokens/azure-identity-token\n"), "custos.yaml", "/srv/custos.yaml").GetConfigOrThrow().Systems).Azure!.Entra!;
        Assert.Equal("/var/run/secrets/azure/tokens/azure-identity-token", federated.FederatedTokenFile);
        Assert.Null(federated.ClientSecret);
        Assert.Null(federated.IdentityEndpoint);
        Assert.Equal("federated_token_file", federated.Grant);
    }

    [Fact]
    public void Bad_entra_settings_are_errors_at_their_line_and_column_that_say_how_to_fix_them()
    {
        // SystemHead is 6 lines; "entra:" is line 7, its first key line 8 (values at column 18 for tenant_id).
        (string Yaml, int Line, int Column, string Message)[] cases =
        [
            (Entra("      client_id: 3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b\n      client_secret: secret://env/S\n"), 8, 7, "systems[0].entra is missing 'tenant_id'"),
            (Entra(Good.Replace("72f988bf-86f1-41af-91ab-2d7cd011db47", "common", StringComparison.Ordinal)), 8, 18, "tenant_id 'common' names no tenant; the client credentials grant needs the app's own tenant"),
            (Entra(Good.Replace("72f988bf-86f1-41af-91ab-2d7cd011db47", "../../evil?x=", StringComparison.Ordinal)), 8, 18, "is not a tenant; give the directory (tenant) ID, a GUID"),
            (Entra(Good.Replace("3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "my-app", StringComparison.Ordinal)), 9, 18, "client_id 'my-app' is not an application (client) ID"),
            (Entra(Good.Replace("secret://env/AZURE_CLIENT_SECRET", "s3cr3t-in-the-file", StringComparison.Ordinal)), 10, 22, "client_secret must be a secret reference such as secret://env/AZURE_CLIENT_SECRET; credentials never go in custos.yaml"),
            (Entra(Good.Replace("secret://env/AZURE_CLIENT_SECRET", "secret://nowhere", StringComparison.Ordinal)), 10, 22, "systems[0].entra.client_secret:"),
            (Entra(Good + "      authority_host: http://login.example.com\n"), 11, 23, "authority_host must use https:// (the client's credential is sent to it)"),
            (Entra(Good + "      authority_host: login.microsoftonline.com\n"), 11, 23, "authority_host 'login.microsoftonline.com' is not a sign-in host; write an https:// URL"),
            (Entra(Good + "      authority_host: https://login.microsoftonline.com/?x=1\n"), 11, 23, "is not a sign-in host"),
            (Entra(Good + "      scope: \"a\\\"b\"\n"), 11, 14, "scope 'a\"b' is not an OAuth scope; for Azure OpenAI write https://cognitiveservices.azure.com/.default"),
            (Entra(Good + "      tenantid: x\n"), 11, 7, "unknown key 'tenantid' in systems[0].entra (did you mean 'tenant_id'?)"),
            (SystemHead + "    entra: yes\n", 7, 12, "systems[0].entra must be a mapping"),
            (SystemHead + "    credentials:\n      api_key: secret://env/K\n    entra:\n" + Good, 10, 7, "systems[0] has both entra: and credentials.api_key; with entra: Custos gets the token itself, so remove credentials.api_key"),
            ("version: 1\nsystems:\n  - name: openai\n    kind: llm\n    provider: openai\n    entra:\n" + Good, 7, 7, "systems[0].entra is only for Azure OpenAI systems (provider: azure-openai)"),
            (SystemHead + "    entrа:\n" + Good, 7, 5, "unknown key 'entrа' in systems[0]"),
            (Entra("      tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n      client_id: 3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b\n"), 8, 7, "systems[0].entra needs one way to get the token: client_secret"),
            (Entra(Good + "      federated_token_file: /var/run/secrets/azure/tokens/azure-identity-token\n"), 8, 7, "systems[0].entra has client_secret and federated_token_file; Custos gets the token one way, keep one"),
            (Entra(Good + "      managed_identity: true\n"), 8, 7, "has client_secret and managed_identity"),
            (Entra("      managed_identity: yes\n"), 8, 25, "managed_identity must be true or false, found 'yes'"),
            (Entra("      managed_identity: true\n      tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n"), 9, 18, "tenant_id is not used with managed_identity: true"),
            (Entra("      managed_identity: true\n      identity_endpoint: http://metadata.example/token\n"), 9, 26, "identity_endpoint must use https:// unless it is the metadata address 169.254.169.254 or a loopback address"),
            (Entra("      managed_identity: true\n      client_id: my-identity\n"), 9, 18, "client_id 'my-identity' is not an application (client) ID"),
            (Entra(Good + "      identity_endpoint: http://127.0.0.1:1/token\n"), 11, 26, "identity_endpoint is only for managed_identity: true"),
            (Entra("      tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47\n      client_id: 3f2a1b0c-4d5e-4f60-8a7b-9c0d1e2f3a4b\n      federated_token_file: tokens/azure\n"), 10, 29, "federated_token_file 'tokens/azure' is not an absolute file path"),
        ];
        foreach (var (yaml, line, column, message) in cases)
        {
            var result = ConfigLoader.Parse(yaml, "custos.yaml", "/srv/custos.yaml");
            var diagnostics = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            var diagnostic = diagnostics.FirstOrDefault(d => d.Message.Contains(message, StringComparison.Ordinal));
            Assert.True(diagnostic is not null, $"no error '{message}' for:\n{yaml}\ngot: {string.Join(" | ", diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}"))}");
            Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
            Assert.False(result.IsValid);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Any_tenant_id_is_an_error_at_its_line_or_stays_inside_the_authority_hosts_token_path(NonNull<string> tenant)
    {
        var text = tenant.Get;
        var yaml = Entra(Good.Replace("72f988bf-86f1-41af-91ab-2d7cd011db47", JsonSerializer.Serialize(text), StringComparison.Ordinal));
        var result = ConfigLoader.Parse(yaml, "custos.yaml", "/srv/custos.yaml");
        if (result.Config?.Systems.SingleOrDefault()?.Azure?.Entra is { } entra)
        {
            var endpoint = entra.TokenEndpoint;
            return (endpoint.Host == "login.microsoftonline.com" && endpoint.Segments.Length == 5 && endpoint.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && endpoint.Query.Length == 0).Label($"tenant '{text}' gave {endpoint}");
        }

        return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Line >= 8).Label($"tenant '{text}' neither accepted nor an error at its line");
    }

    private static readonly EntraSettings Settings = new("t", "c", new SecretReference("env", "S", null), new Uri("https://login.example/"), EntraSettings.DefaultScope);

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Any_token_answer_is_read_or_refused_with_a_reason_that_holds_no_token(NonNull<string> token, int expiresIn, bool asString, NonNull<string> noise)
    {
        var expires = asString ? JsonSerializer.Serialize(expiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture)) : expiresIn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var answers = new[]
        {
            $$"""{"token_type":"Bearer","expires_in":{{expires}},"access_token":{{JsonSerializer.Serialize(token.Get)}}}""",
            noise.Get,
            $$"""{"access_token":{{JsonSerializer.Serialize(token.Get)}},"expires_in":{{JsonSerializer.Serialize(noise.Get)}}}""",
        };
        foreach (var answer in answers)
        {
            try
            {
                var (value, lifetime) = EntraTokens.ReadAnswer(Settings, "login.example", 200, Encoding.UTF8.GetBytes(answer));
                if (lifetime <= TimeSpan.Zero || lifetime > EntraTokens.MaxLifetime || value.Reveal().Length == 0 || value.Reveal().Any(c => c is < '!' or > '~') || (value.Reveal().Length >= 8 && value.ToString().Contains(value.Reveal(), StringComparison.Ordinal)))
                {
                    return false.Label($"accepted a bad token from {answer}");
                }
            }
            catch (EntraTokenException ex)
            {
                if (token.Get.Length >= 8 && ex.Message.Contains(token.Get, StringComparison.Ordinal))
                {
                    return false.Label($"the reason quotes the token: {ex.Message}");
                }
            }
        }

        return true.ToProperty();
    }

    [Fact]
    public void A_token_endpoints_error_is_told_by_status_code_and_number_never_by_its_free_text()
    {
        var secret = "s3cret-" + Guid.NewGuid().ToString("N");
        (string Body, string Expected)[] cases =
        [
            ($$"""{"error":"invalid_client","error_description":"secret {{secret}} is wrong","error_codes":[7000215]}""", "the token endpoint h answered 401 invalid_client (AADSTS7000215); check entra.client_id"),
            ($$"""{"error":"{{secret}} <script>","error_codes":["x"]}""", "the token endpoint h answered 401"),
            ("""{"error":"unauthorized_client","error_codes":[-1]}""", "answered 401 unauthorized_client; the app registration may not use the client credentials grant"),
            ("""{"error":"invalid_scope"}""", "answered 401 invalid_scope; check entra.scope"),
            ("not json " + secret, "the token endpoint h answered 401"),
            ("[]", "the token endpoint h answered 401"),
            ("", "the token endpoint h answered 401"),
        ];
        foreach (var (body, expected) in cases)
        {
            var message = EntraTokens.ErrorOf("h", 401, Encoding.UTF8.GetBytes(body));
            Assert.Contains(expected, message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, message, StringComparison.Ordinal);
        }
    }
}
