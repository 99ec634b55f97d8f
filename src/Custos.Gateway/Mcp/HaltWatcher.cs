using Custos.Core.Agents;
using Custos.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Custos.Gateway.Mcp;

/// <summary>
/// Carries a halt to the MCP endpoint within a second wherever it was made: at once for a halt made in this
/// process (<see cref="AgentControl.Changed"/>), and by reading the state store every
/// <see cref="PollInterval"/> while some agent has calls or streams open (a halt from the CLI or another node).
/// </summary>
public sealed partial class HaltWatcher(AgentActivity activity, IAgentStateStore states, ILogger<HaltWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The in-process hook: subscribe it to <see cref="AgentControl.Changed"/>.</summary>
    public void OnChanged(AgentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status == AgentStatus.Halted)
        {
            _ = activity.HaltAsync(state.Agent);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PollAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping (or never started): nothing to watch any more.
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        if (!activity.IsBusy)
        {
            return;
        }

        try
        {
            foreach (var agent in activity.ActiveAgents.ToArray())
            {
                if (await states.GetAsync(agent, stoppingToken) is { Status: AgentStatus.Halted })
                {
                    _ = activity.HaltAsync(agent);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPollFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 710, Level = LogLevel.Warning, Message = "Could not read agents' states to apply halts to open MCP calls; retrying")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
