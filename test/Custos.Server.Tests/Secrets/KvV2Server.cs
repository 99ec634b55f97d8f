using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Tests.Secrets;

/// <summary>
/// A small, faithful implementation of the parts of the HashiCorp Vault / OpenBao HTTP API that Custos uses, on a
/// real Kestrel server on loopback: the KV version 2 engine (<c>GET|POST|DELETE /v1/MOUNT/data/PATH</c>, versions,
/// soft delete) and AppRole login (<c>POST /v1/auth/approle/login</c>), with tokens checked on every request
/// (<c>X-Vault-Token</c>; 403 <c>permission denied</c> as Vault answers) and each token's paths limited like a
/// policy's <c>read</c> capability. Neither Debian nor npm ships a Vault or OpenBao server, so this stands in for one.
/// </summary>
internal sealed class KvV2Server : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, List<(JsonObject? Data, DateTimeOffset Created, DateTimeOffset? Deleted)>> secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string[] Paths, DateTimeOffset Until)> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string SecretId, string[] Paths, int TtlSeconds)> roles = new(StringComparer.Ordinal);

    private KvV2Server(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>Requests seen, as "METHOD /path" (never headers or bodies).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public int Logins;

    public static async Task<KvV2Server> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new KvV2Server(builder.Build());
        server.Map();
        await server.app.StartAsync();
        var addresses = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.Address = new Uri(addresses.First());
        return server;
    }

    /// <summary>A token that may read the given path prefixes (MOUNT/data/PATH), as a policy would allow.</summary>
    public string CreateToken(params string[] paths)
    {
        var token = "hvs." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
        tokens[token] = (paths, DateTimeOffset.UtcNow.AddHours(1));
        return token;
    }

    /// <summary>An AppRole role; returns (role_id, secret_id).</summary>
    public (string RoleId, string SecretId) CreateRole(int ttlSeconds, params string[] paths)
    {
        var roleId = Guid.NewGuid().ToString();
        var secretId = Guid.NewGuid().ToString();
        roles[roleId] = (secretId, paths, ttlSeconds);
        return (roleId, secretId);
    }

    public void RevokeAllTokens() => tokens.Clear();

    public void Put(string mount, string path, Dictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (key, value) in data)
        {
            json[key] = value;
        }

        var versions = secrets.GetOrAdd($"{mount}/{path}", _ => []);
        lock (versions)
        {
            versions.Add((json, DateTimeOffset.UtcNow, null));
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            Requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            await next(context);
        });
        app.MapPost("/v1/auth/approle/login", async (HttpContext context) =>
        {
            Interlocked.Increment(ref Logins);
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var roleId = body?["role_id"]?.GetValue<string>();
            var secretId = body?["secret_id"]?.GetValue<string>();
            if (roleId is null || !roles.TryGetValue(roleId, out var role) || role.SecretId != secretId)
            {
                return Errors(400, "invalid role or secret ID");
            }

            var token = CreateToken(role.Paths);
            tokens[token] = (role.Paths, DateTimeOffset.UtcNow.AddSeconds(role.TtlSeconds));
            return Results.Json(new JsonObject
            {
                ["request_id"] = Guid.NewGuid().ToString(),
                ["lease_id"] = string.Empty,
                ["renewable"] = false,
                ["lease_duration"] = 0,
                ["data"] = null,
                ["auth"] = new JsonObject
                {
                    ["client_token"] = token,
                    ["accessor"] = Guid.NewGuid().ToString(),
                    ["policies"] = new JsonArray("default", "custos"),
                    ["lease_duration"] = role.TtlSeconds,
                    ["renewable"] = true,
                    ["token_type"] = "service",
                },
            });
        });
        app.MapMethods("/v1/{mount}/data/{**path}", ["GET", "POST", "PUT", "DELETE"], async (HttpContext context, string mount, string path) =>
        {
            var token = context.Request.Headers["X-Vault-Token"].ToString();
            if (!tokens.TryGetValue(token, out var grant) || grant.Until < DateTimeOffset.UtcNow
                || !grant.Paths.Any(p => $"{mount}/data/{path}".StartsWith(p, StringComparison.Ordinal)))
            {
                return Errors(403, "permission denied");
            }

            var key = $"{mount}/{path}";
            switch (context.Request.Method)
            {
                case "POST" or "PUT":
                    var body = await JsonNode.ParseAsync(context.Request.Body);
                    if (body?["data"] is not JsonObject data)
                    {
                        return Errors(400, "no data provided");
                    }

                    var list = secrets.GetOrAdd(key, _ => []);
                    lock (list)
                    {
                        list.Add(((JsonObject)data.DeepClone(), DateTimeOffset.UtcNow, null));
                        return Results.Json(new JsonObject { ["data"] = new JsonObject { ["version"] = list.Count, ["destroyed"] = false, ["deletion_time"] = string.Empty } });
                    }

                case "DELETE":
                    if (secrets.TryGetValue(key, out var toDelete))
                    {
                        lock (toDelete)
                        {
                            toDelete[^1] = toDelete[^1] with { Deleted = DateTimeOffset.UtcNow };
                        }
                    }

                    return Results.StatusCode(204);
            }

            if (!secrets.TryGetValue(key, out var versions))
            {
                return Errors(404);
            }

            lock (versions)
            {
                var number = versions.Count;
                if (context.Request.Query.TryGetValue("version", out var requested) && requested.ToString() != "0")
                {
                    if (!int.TryParse(requested, out number) || number < 1)
                    {
                        return Errors(400, "invalid version");
                    }
                }

                if (number > versions.Count)
                {
                    return Errors(404);
                }

                var (data, created, deleted) = versions[number - 1];
                var body = new JsonObject
                {
                    ["request_id"] = Guid.NewGuid().ToString(),
                    ["lease_id"] = string.Empty,
                    ["renewable"] = false,
                    ["lease_duration"] = 0,
                    ["data"] = new JsonObject
                    {
                        ["data"] = deleted is null ? data!.DeepClone() : null,
                        ["metadata"] = new JsonObject
                        {
                            ["created_time"] = created.ToString("O"),
                            ["custom_metadata"] = null,
                            ["deletion_time"] = deleted?.ToString("O") ?? string.Empty,
                            ["destroyed"] = false,
                            ["version"] = number,
                        },
                    },
                    ["wrap_info"] = null,
                    ["warnings"] = null,
                    ["auth"] = null,
                };

                // Vault answers 404 for a deleted version, with the metadata in the body.
                return deleted is null ? Results.Json(body) : Results.Json(body, statusCode: 404);
            }
        });
    }

    private static IResult Errors(int status, params string[] errors) =>
        Results.Json(new JsonObject { ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)JsonValue.Create(e))]) }, statusCode: status);
}
