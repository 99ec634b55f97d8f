using System.Security.Cryptography;
using System.Text;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Npgsql;

namespace Custos.Server.Secrets;

/// <summary>
/// Rotates a PostgreSQL login between two roles (<c>rotate.postgres.roles</c>): a new random password is set on the
/// role not in use, checked by logging in with it, and only then does the secret switch to that role
/// (<c>Username=ROLE;Password=PASSWORD</c>). The role in use is never touched, so connections and pools holding its
/// password keep working until the rotation after this one, and a rotation that fails half way leaves the secret's
/// current value working. The password is sent to the server as a SCRAM-SHA-256 verifier, never in clear, so it
/// reaches no server log either.
/// </summary>
public sealed class PostgresRoleRotator : ISecretRotator
{
    public string Kind => "postgres";

    public async Task<RotatedValue> RotateAsync(SecretRotationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = (PostgresRotationSettings)request.Settings;
        var where = $"PostgreSQL at {settings.Host}:{settings.Port}";
        var inUse = RoleOf(request.CurrentValue);
        var next = inUse == settings.Roles[0] ? settings.Roles[1] : settings.Roles[0];
        var admin = await request.Secrets.ResolveAsync(settings.Password, new SecretUse(null, SecretRotationRequest.System), cancellationToken);
        var password = Honeytokens.RandomSecret();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var stage = $"logging in to {where} as {settings.Username}";
        try
        {
            await using (var connection = new NpgsqlConnection(ConnectionString(settings, settings.Username, admin.Reveal())))
            {
                await connection.OpenAsync(timeout.Token);
                stage = $"setting the password of role {next}";
                await using var alter = connection.CreateCommand();

                // ALTER ROLE takes no parameters; the role name is checked by the config loader and the verifier is base64 and '$:'.
                alter.CommandText = $"ALTER ROLE \"{next}\" WITH PASSWORD '{ScramVerifier(password)}'";
                await alter.ExecuteNonQueryAsync(timeout.Token);
            }

            stage = $"logging in to {where} as {next} with its new password";
            await using (var check = new NpgsqlConnection(ConnectionString(settings, next, password)))
            {
                await check.OpenAsync(timeout.Token);
                await using var who = check.CreateCommand();
                who.CommandText = "SELECT current_user";
                if (await who.ExecuteScalarAsync(timeout.Token) as string != next)
                {
                    throw new SecretRotationException($"{where}: logging in as {next} did not make {next} the current user; check that the role is not mapped to another (pg_ident.conf)");
                }
            }
        }
        catch (PostgresException ex)
        {
            throw new SecretRotationException($"{where}: {stage} failed with {ex.SqlState} ({ex.MessageText}){Hint(ex.SqlState, settings, next)}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SecretRotationException($"{where}: {stage} took longer than rotate.postgres.timeout ({settings.Timeout.TotalSeconds:0}s); check that the server is up and reachable");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or IOException)
        {
            var cause = ex.InnerException is { } inner ? $"{ex.GetType().Name}: {inner.GetType().Name}" : ex.GetType().Name;
            throw new SecretRotationException($"{where}: {stage} failed ({cause}); check that the server is up, reachable from Custos and accepts {settings.Username}");
        }

        var note = inUse is null ? $"role {next} (first rotation)" : $"role {next}; {inUse} keeps its password until the next rotation";
        return new RotatedValue($"Username={next};Password={password}", note);
    }

    /// <summary>The role named by a value <c>Username=ROLE;Password=…</c>, or null.</summary>
    internal static string? RoleOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var part in value.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals("Username", StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The SCRAM-SHA-256 verifier PostgreSQL stores for <paramref name="password"/> (RFC 5802, as <c>\password</c>
    /// in psql computes it): the server never sees the password itself.
    /// </summary>
    internal static string ScramVerifier(string password, int iterations = 4096)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var bytes = Encoding.UTF8.GetBytes(password);
        var salted = Rfc2898DeriveBytes.Pbkdf2(bytes, salt, iterations, HashAlgorithmName.SHA256, 32);
        var clientKey = HMACSHA256.HashData(salted, "Client Key"u8);
        var storedKey = SHA256.HashData(clientKey);
        var serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        CryptographicOperations.ZeroMemory(bytes);
        CryptographicOperations.ZeroMemory(salted);
        CryptographicOperations.ZeroMemory(clientKey);
        return $"SCRAM-SHA-256${iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}";
    }

    private static string ConnectionString(PostgresRotationSettings settings, string username, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = settings.Host,
        Port = settings.Port,
        Database = settings.Database,
        Username = username,
        Password = password,
        SslMode = settings.SslMode switch
        {
            "disable" => SslMode.Disable,
            "require" => SslMode.Require,
            "verify-ca" => SslMode.VerifyCA,
            "verify-full" => SslMode.VerifyFull,
            _ => SslMode.Prefer,
        },
        Timeout = Math.Max(1, (int)settings.Timeout.TotalSeconds),
        CommandTimeout = Math.Max(1, (int)settings.Timeout.TotalSeconds),
        Pooling = false,
        ApplicationName = "custos-rotator",
    }.ConnectionString;

    private static string Hint(string sqlState, PostgresRotationSettings settings, string role) => sqlState switch
    {
        "28P01" or "28000" => $"; check the password in {settings.Password} and pg_hba.conf",
        "42704" => $"; create the role first: CREATE ROLE {role} LOGIN IN ROLE <the group role that holds the privileges>",
        "42501" => $"; {settings.Username} needs CREATEROLE (or to be a superuser) to set {role}'s password",
        "3D000" => $"; rotate.postgres.database names a database that does not exist",
        _ => string.Empty,
    };
}
