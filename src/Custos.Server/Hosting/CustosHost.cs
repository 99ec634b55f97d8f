using Custos.Core.Pipeline;
using Custos.Core.Telemetry;
using Custos.Gateway.Authorize;
using Custos.Gateway.Detokenize;
using Custos.Gateway.Llm;
using Custos.Gateway.Mcp;
using Custos.Server.ControlPlane;
using Custos.Server.Health;
using Custos.Server.Workspaces;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Custos.Server.Hosting;

/// <summary>Builds the Custos server host: the one place where services, limits and endpoints are wired.</summary>
public static partial class CustosHost
{
    /// <summary>The first address a started host listens on; with port 0 in the URL, the port the system chose.</summary>
    public static Uri ListeningAddress(this IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("the host is not listening; start it first"));
    }

    public static IHostBuilder CreateBuilder(CustosServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = options.Config;
        return new HostBuilder()
            .UseContentRoot(Path.GetDirectoryName(config.SourcePath)!)
            .UseEnvironment(Environments.Production)
            .ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.SetMinimumLevel(options.MinimumLogLevel);
                logging.AddFilter("Microsoft", LogLevel.Warning);

                // The MCP SDK logs every request twice at Information ("request handler called", "completed"); each
                // call is already in the audit ledger, so only its warnings are kept, unless a lower level is asked for.
                logging.AddFilter("ModelContextProtocol", options.MinimumLogLevel < LogLevel.Information ? options.MinimumLogLevel : LogLevel.Warning);

                // A host that fails to start (a port in use) is reported by the caller in one line, not a stack trace.
                logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
                logging.AddFilter("Microsoft.Hosting.Lifetime", options.MinimumLogLevel <= LogLevel.Information ? LogLevel.Information : options.MinimumLogLevel);
                if (!options.ConsoleLogs)
                {
                    return;
                }

                if (options.JsonLogs)
                {
                    logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
                }
                else
                {
                    logging.AddSimpleConsole(o =>
                    {
                        o.SingleLine = true;
                        o.UseUtcTimestamp = true;
                        o.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
                    });
                }
            })
            .ConfigureServices(services =>
            {
                services.AddSingleton(options.Clock);
                services.AddSingleton(sp => new WatchedConfigSource(config, sp.GetRequiredService<ILogger<WatchedConfigSource>>()));
                services.AddSingleton<Core.Configuration.IConfigSource>(sp => sp.GetRequiredService<WatchedConfigSource>());
                services.AddSingleton(sp =>
                {
                    var source = sp.GetRequiredService<WatchedConfigSource>();
                    var workspace = Workspace.Open(source, options.Clock, sp.GetRequiredService<ILoggerFactory>(), sp.GetServices<IPipelineStage>());
                    source.Recorder = workspace.Store;
                    return workspace;
                });
                services.AddSingleton(sp => sp.GetRequiredService<Workspace>().Pipeline);
                services.AddSingleton<Core.Storage.IActionRecorder>(sp => sp.GetRequiredService<Workspace>().Store);
                services.AddSingleton<Core.Secrets.ISecretResolver>(sp => sp.GetRequiredService<Workspace>().Secrets);
                services.AddSingleton<Core.Secrets.IKnownSecretValues>(sp => sp.GetRequiredService<Workspace>().Secrets);
                services.AddSingleton<Core.Secrets.IIssuedSecrets>(sp => sp.GetRequiredService<Workspace>().Secrets);
                services.AddHostedService<RetentionService>();
                services.AddHostedService<RotationService>();
                services.AddSingleton(sp => new Gateway.Http.AuthenticationThrottle(options.Clock));
                services.AddSingleton<Core.Authorization.IAuthorizer>(sp => sp.GetRequiredService<Workspace>().Authorizer);
                services.AddSingleton<Core.Storage.IAgentStateStore>(sp => sp.GetRequiredService<Workspace>().Store);
                services.AddSingleton<Core.Storage.IToolPinStore>(sp => sp.GetRequiredService<Workspace>().Store);
                services.AddSingleton<Core.Alerts.IAlertSink>(sp => sp.GetRequiredService<Workspace>().Alerts);
                services.AddSingleton(sp => sp.GetRequiredService<Workspace>().Detokenizer);
                services.AddSingleton(sp => sp.GetRequiredService<Workspace>().RedactionTokens);
                services.AddMcpGateway();
                services.AddSingleton(_ => new LlmUpstream());
                services.AddSingleton<EntraTokens>();
                services.AddProblemDetails();
                services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
                services.AddRouting();
                services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
                {
                    document.Info.Title = "Custos";
                    document.Info.Description = "Security and compliance control plane for AI agents: the authorize API and the control plane.";
                    document.Info.Version = "v1";
                    return Task.CompletedTask;
                }));
                var telemetry = services.AddOpenTelemetry()
                    .ConfigureResource(r => r.AddService("custos"))
                    .WithMetrics(m => m.AddMeter(CustosTelemetry.Name).AddMeter("Microsoft.AspNetCore.Hosting").AddPrometheusExporter());
                if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
                {
                    // Traces only when they go somewhere: a listener without an exporter would have every action
                    // build an Activity (and its tags) that nothing reads.
                    telemetry.WithTracing(t => t.AddSource(CustosTelemetry.Name)).UseOtlpExporter();
                }

                options.ConfigureServices?.Invoke(services);
            })
            .ConfigureWebHost(web =>
            {
                web.UseKestrel(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.Limits.MaxRequestBodySize = config.Server.MaxRequestBytes;
                    kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
                });
                web.UseUrls(options.Urls ?? config.Server.Urls);
                web.Configure(app =>
                {
                    // Open the store now: a server that cannot record must not start taking actions.
                    var workspace = app.ApplicationServices.GetRequiredService<Workspace>();
                    var lifetime = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>();
                    var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Custos.Server");
                    lifetime.ApplicationStarted.Register(() => LogStarted(
                        logger, workspace.Config.SourcePath, workspace.Config.Agents.Count, workspace.Config.Grants.Count, workspace.Config.Policies.Policies.Policies.Length, workspace.Store.Path));
                    app.UseExceptionHandler();
                    app.UseStatusCodePages();
                    app.UseRouting();
                    app.UseMcpGateway();

                    // A halt made through this server reaches the agent's open MCP calls at once.
                    workspace.Control.Changed += app.ApplicationServices.GetRequiredService<HaltWatcher>().OnChanged;
                    app.UseEndpoints(endpoints =>
                    {
                        endpoints.MapHealth();
                        endpoints.MapAuthorize();
                        endpoints.MapDetokenize();
                        endpoints.MapMcpGateway();
                        endpoints.MapLlm();
                        endpoints.MapControlPlane();
                        endpoints.MapOpenApi("/openapi/{documentName}.json");
                        endpoints.MapPrometheusScrapingEndpoint("/metrics");
                    });
                });
            });
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Custos is serving {Config} ({Agents} agents, {Grants} grants, {Policies} Cedar policies in force); audit trail in {Database}")]
    private static partial void LogStarted(ILogger logger, string config, int agents, int grants, int policies, string database);
}
