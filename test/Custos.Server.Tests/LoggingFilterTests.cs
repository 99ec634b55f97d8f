using Custos.Core.Configuration;
using Custos.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Tests;

/// <summary>
/// The MCP SDK logs two Information lines per request ("request handler called", "completed"); every call is in the
/// audit ledger already, so `custos serve` keeps only the SDK's warnings, unless a lower level is asked for.
/// </summary>
public sealed class LoggingFilterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("custos-logging-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(LogLevel.Information, false, true)]
    [InlineData(LogLevel.Debug, true, true)]
    [InlineData(LogLevel.Warning, false, true)]
    public void The_mcp_sdks_per_request_lines_are_kept_only_below_information(LogLevel minimum, bool sdkInformation, bool sdkWarning)
    {
        var path = Path.Combine(directory, CustosConfig.DefaultFileName);
        File.WriteAllText(path, StarterWorkspace.Yaml);
        using var host = CustosHost.CreateBuilder(new CustosServerOptions
        {
            Config = ConfigLoader.LoadFile(path).GetConfigOrThrow(),
            MinimumLogLevel = minimum,
            ConsoleLogs = false,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(new EverythingProvider()),
        }).Build();
        var factory = host.Services.GetRequiredService<ILoggerFactory>();
        var sdk = factory.CreateLogger("ModelContextProtocol.Server.McpServer");
        Assert.Equal(sdkInformation, sdk.IsEnabled(LogLevel.Information));
        Assert.Equal(sdkWarning, sdk.IsEnabled(LogLevel.Warning));

        // Custos's own lines follow the level asked for.
        Assert.Equal(minimum <= LogLevel.Information, factory.CreateLogger("Custos.Gateway.Mcp.McpToolGateway").IsEnabled(LogLevel.Information));
    }

    /// <summary>A provider whose loggers take every level: what is left out is left out by the host's filters.</summary>
    private sealed class EverythingProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Everything();

        public void Dispose()
        {
        }

        private sealed class Everything : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }
}
