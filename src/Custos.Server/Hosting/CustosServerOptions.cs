using Custos.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Server.Hosting;

/// <summary>How to run a Custos server: which workspace, where to listen, how to log.</summary>
public sealed class CustosServerOptions
{
    /// <summary>The loaded, valid configuration; load it with <see cref="ConfigLoader"/> and report errors first.</summary>
    public required CustosConfig Config { get; init; }

    /// <summary>Overrides <c>server.urls</c>, as <c>custos serve --urls</c> does.</summary>
    public string? Urls { get; init; }

    public bool JsonLogs { get; init; }

    /// <summary>Write logs to the console; embedders and tests that capture logs elsewhere turn it off.</summary>
    public bool ConsoleLogs { get; init; } = true;

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Last word on services, for tests and embedders.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
