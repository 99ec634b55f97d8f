using System.Collections.Concurrent;
using Custos.Core.Alerts;
using Custos.Core.Configuration;
using Custos.Core.Secrets;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Alerts;

/// <summary>
/// The routes of custos.yaml's <c>alerts.routes</c> as one <see cref="IAlertRoute"/>: each alert goes to every route
/// whose severity and rule filters accept it, under the configuration in force when it is raised (a reload adds
/// or replaces routes; a webhook keeps its queue while its definition is unchanged).
/// </summary>
public sealed partial class AlertRouter : IAlertRoute, IAsyncDisposable
{
    private readonly IConfigSource configSource;
    private readonly ISecretResolver secrets;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly WebhookRetry? retry;
    private readonly HttpClient http;
    private readonly ConcurrentDictionary<string, WebhookAlertRoute> webhooks = new();

    public AlertRouter(IConfigSource configSource, ISecretResolver secrets, TimeProvider clock, ILoggerFactory loggerFactory, WebhookRetry? retry = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        this.configSource = configSource;
        this.secrets = secrets;
        this.clock = clock;
        this.retry = retry;
        logger = loggerFactory.CreateLogger("Custos.Alerts");
        http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AllowAutoRedirect = false,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The webhook routes started so far (tests, diagnostics).</summary>
    public IReadOnlyCollection<WebhookAlertRoute> Webhooks => [.. webhooks.Values];

    public void Deliver(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        foreach (var route in configSource.Current.Alerts.Routes)
        {
            if (!route.Accepts(alert))
            {
                continue;
            }

            if (route.Kind == AlertRouteKind.Log)
            {
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    var severity = alert.Severity.ToString();
                    LogRouted(logger, route.Name, alert.Rule, severity, alert.Subject, alert.Message);
                }
            }
            else
            {
                // Keyed by everything that defines it, so a reload that changes the route starts a new one.
                var key = $"{route.Name}|{route.Url}|{route.Secret}|{route.MinSeverity}|{string.Join(',', route.Rules)}";
                webhooks.GetOrAdd(key, _ => new WebhookAlertRoute(route, http, secrets, clock, logger, retry)).Deliver(alert);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var webhook in webhooks.Values)
        {
            await webhook.DisposeAsync();
        }

        http.Dispose();
    }

    [LoggerMessage(EventId = 522, Level = LogLevel.Warning, Message = "Alert route {Route}: {Rule} ({Severity}) on {Subject}: {Message}")]
    private static partial void LogRouted(ILogger logger, string route, string rule, string severity, string subject, string message);
}
