using System.CommandLine;
using Custos.Server.Hosting;
using Microsoft.Extensions.Hosting;

namespace Custos.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(CliOutput output)
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen, overriding server.urls (default http://127.0.0.1:8421)" };
        var logFormat = new Option<string>("--log-format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var command = new Command("serve", "Run the Custos server: the authorize API, the control plane and health endpoints") { urls, logFormat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var config = CommonOptions.LoadConfig(parse, output);
            if (config is null)
            {
                return ExitCodes.Failed;
            }

            var listen = parse.GetValue(urls);
            if (listen is not null && !Uri.TryCreate(listen.Split(';')[0], UriKind.Absolute, out _))
            {
                return output.Fail($"--urls '{listen}' is not a URL; write for example http://127.0.0.1:8421", ExitCodes.Usage);
            }

            try
            {
                using var host = CustosHost.CreateBuilder(new CustosServerOptions
                {
                    Config = config,
                    Urls = listen,
                    JsonLogs = parse.GetValue(logFormat) == "json",
                }).Build();
                await host.RunAsync(cancellationToken);
                return ExitCodes.Ok;
            }
            catch (IOException ex)
            {
                return output.Fail($"cannot listen on {listen ?? config.Server.Urls}: {ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                return output.Fail(ex.Message);
            }
        });
        return command;
    }
}
