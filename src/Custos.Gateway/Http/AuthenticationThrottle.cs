using System.Collections.Concurrent;
using System.Globalization;
using Custos.Core.Configuration;
using Custos.Core.Pipeline;
using Custos.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Custos.Gateway.Http;

/// <summary>
/// Refuses a client address for a minute after too many failed authentications in a minute
/// (<c>server.failed_auth_limit</c>). Each failure is recorded like any refused action; once an address is
/// blocked its requests get 429 before they reach the pipeline, so a flood of bad tokens cannot fill the audit
/// trail, and the block itself is recorded once. Requests without a network address are never throttled.
/// </summary>
public sealed class AuthenticationThrottle(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MaxTrackedAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>A 429 problem when the request's address is blocked, else null.</summary>
    public IResult? Refuse(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (ClientAddress.Of(http) is not { } origin || !entries.TryGetValue(origin, out var entry))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        lock (entry)
        {
            if (entry.BlockedUntil <= now)
            {
                return null;
            }

            var seconds = Math.Max(1, (int)Math.Ceiling((entry.BlockedUntil - now).TotalSeconds));
            http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
            return Problems.Create(StatusCodes.Status429TooManyRequests, "Too many failed authentications",
                $"this address failed to authenticate too often; retry after {seconds} s with a valid token");
        }
    }

    /// <summary>Counts a failed authentication; records the block when this failure starts one.</summary>
    public async ValueTask ObserveAsync(HttpContext http, ActionContext context, IActionRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorder);
        var limit = context.Config.Server.FailedAuthLimit;
        if (context.StoppedAt != StageName.Authenticate || limit == 0 || ClientAddress.Of(http) is not { } origin)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (!entries.TryGetValue(origin, out var entry))
        {
            if (entries.Count >= MaxTrackedAddresses)
            {
                Prune(now);
                if (entries.Count >= MaxTrackedAddresses)
                {
                    return;
                }
            }

            entry = entries.GetOrAdd(origin, _ => new Entry { WindowStart = now });
        }

        bool blocked;
        lock (entry)
        {
            if (now - entry.WindowStart >= Window)
            {
                entry.WindowStart = now;
                entry.Failures = 0;
            }

            entry.Failures++;
            blocked = entry.Failures == limit && entry.BlockedUntil <= now;
            if (blocked)
            {
                entry.BlockedUntil = now + Window;
            }
        }

        if (blocked)
        {
            await recorder.RecordAsync(
                ActionRecord.ForEvent(now, context.Action.Channel, "custos", "quarantine", $"{BuiltInSystem.Name}.origins",
                    $"blocked {origin} for {Window.TotalSeconds:N0} s after {limit} failed authentications within {Window.TotalSeconds:N0} s") with { Origin = origin },
                cancellationToken);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            lock (entry)
            {
                if (entry.BlockedUntil <= now && now - entry.WindowStart >= Window)
                {
                    entries.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Entry
    {
        public DateTimeOffset WindowStart { get; set; }

        public int Failures { get; set; }

        public DateTimeOffset BlockedUntil { get; set; }
    }
}
