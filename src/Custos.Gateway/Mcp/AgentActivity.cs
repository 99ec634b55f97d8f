using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Custos.Gateway.Mcp;

/// <summary>
/// What each agent has open at the MCP endpoint: its in-flight tool calls (each with a cancellation source) and
/// its HTTP requests (session streams). Halting an agent cancels the calls at once, so each answers with a tool
/// error and is recorded as cancelled, then drops its open streams and closes its sessions.
/// </summary>
public sealed class AgentActivity
{
    /// <summary>How long a halted agent's requests get to finish on their own before they are aborted.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(300);

    private readonly ConcurrentDictionary<string, Entry> agents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> closedSessions = new(StringComparer.Ordinal);

    /// <summary>True while any agent has a call or a request open; the halt watcher polls only then.</summary>
    public bool IsBusy => !agents.IsEmpty;

    public IEnumerable<string> ActiveAgents => agents.Keys;

    /// <summary>Starts tracking a tool call; dispose the result when the call ends. Its token fires when the agent is halted.</summary>
    public Call BeginCall(string agent)
    {
        var call = new Call(this, agent);
        var entry = agents.GetOrAdd(agent, _ => new Entry());
        lock (entry)
        {
            entry.Calls.Add(call);
        }

        return call;
    }

    /// <summary>Tracks an HTTP request of the agent while it runs.</summary>
    public IDisposable TrackRequest(string agent, HttpContext http)
    {
        var entry = agents.GetOrAdd(agent, _ => new Entry());
        lock (entry)
        {
            entry.Requests.Add(http);
        }

        return new Untrack(() => Remove(agent, e => e.Requests.Remove(http)));
    }

    /// <summary>Remembers which agent a session belongs to, so halting the agent closes it.</summary>
    public void SessionOpened(string agent, string sessionId) => sessions[sessionId] = agent;

    public bool IsClosed(string sessionId) => closedSessions.ContainsKey(sessionId);

    /// <summary>Cancels the agent's calls, closes its sessions and, after <see cref="Grace"/>, aborts requests still open.</summary>
    public async Task HaltAsync(string agent)
    {
        foreach (var (session, owner) in sessions)
        {
            if (owner == agent && sessions.TryRemove(session, out _))
            {
                closedSessions[session] = 0;
            }
        }

        if (!agents.TryGetValue(agent, out var entry))
        {
            return;
        }

        Call[] calls;
        HttpContext[] requests;
        lock (entry)
        {
            calls = [.. entry.Calls];
            requests = [.. entry.Requests];
        }

        foreach (var call in calls)
        {
            call.Halt();
        }

        // Streams that carry only notifications go now; requests answering a cancelled call finish by themselves.
        foreach (var request in requests)
        {
            if (HttpMethods.IsGet(request.Request.Method))
            {
                request.Abort();
            }
        }

        await Task.Delay(Grace);
        lock (entry)
        {
            requests = [.. entry.Requests];
        }

        foreach (var request in requests)
        {
            request.Abort();
        }
    }

    private void Remove(string agent, Action<Entry> change)
    {
        if (!agents.TryGetValue(agent, out var entry))
        {
            return;
        }

        lock (entry)
        {
            change(entry);
            if (entry.Calls.Count == 0 && entry.Requests.Count == 0)
            {
                agents.TryRemove(new KeyValuePair<string, Entry>(agent, entry));
            }
        }
    }

    private sealed class Entry
    {
        public HashSet<Call> Calls { get; } = [];

        public HashSet<HttpContext> Requests { get; } = [];
    }

    private sealed class Untrack(Action action) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                action();
            }
        }
    }

    /// <summary>One in-flight tool call.</summary>
    public sealed class Call : IDisposable
    {
        private readonly AgentActivity owner;
        private readonly string agent;
        private readonly CancellationTokenSource halted = new();

        internal Call(AgentActivity owner, string agent)
        {
            this.owner = owner;
            this.agent = agent;
        }

        public CancellationToken Halted => halted.Token;

        public bool WasHalted => halted.IsCancellationRequested;

        internal void Halt()
        {
            try
            {
                halted.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The call ended meanwhile.
            }
        }

        public void Dispose()
        {
            owner.Remove(agent, e => e.Calls.Remove(this));
            halted.Dispose();
        }
    }
}
