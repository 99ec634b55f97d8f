using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Custos.Llm.Tests;

/// <summary>What the provider under <c>/bad/v1/</c> does wrong.</summary>
internal enum Misbehavior
{
    /// <summary>200 with a JSON body cut off halfway.</summary>
    TruncatedJson,

    /// <summary>200 with an answer whose message names <c>content</c> twice (in every API's shape): Custos cannot tell which one the client would read.</summary>
    DuplicateProperty,

    /// <summary>200 with a JSON body larger than Custos reads (33 MiB).</summary>
    OversizedBody,

    /// <summary>502 with an HTML page, as a proxy in front of a provider sends.</summary>
    HtmlError,

    /// <summary>500 with JSON that is not the API's error shape.</summary>
    ForeignJsonError,

    /// <summary>307 to the well-behaved provider on the same server: followed, the provider's key would go along.</summary>
    Redirect,

    /// <summary>A stream that sends its first event and then nothing, keeping the connection open.</summary>
    StallAfterFirstEvent,

    /// <summary>A stream that sends its first event and then one byte of the next every 300 ms, never finishing it.</summary>
    Slowloris,

    /// <summary>A stream whose second event is not JSON (and would quote a secret).</summary>
    InvalidJsonEvent,

    /// <summary>A stream that sends its first event and then resets the connection.</summary>
    Disconnect,
}

/// <summary>A provider that misbehaves in one chosen way (<see cref="Misbehave"/>) on each API, under <c>/bad/v1/</c>.</summary>
internal sealed partial class StubProvider
{
    public Misbehavior Misbehave { get; set; }

    private void MapMisbehaving(WebApplication app)
    {
        app.MapPost("/bad/v1/chat/completions", http => MisbehaveAsync(http, "chat"));
        app.MapPost("/bad/v1/messages", http => MisbehaveAsync(http, "messages"));
        app.MapPost("/bad/v1/responses", http => MisbehaveAsync(http, "responses"));
    }

    /// <summary>A valid first event for each API, so the client's stream has started when things go wrong.</summary>
    private static string FirstEvent(string api) => api switch
    {
        "messages" => "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_bad\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":11,\"output_tokens\":1}}}\n\n"
            + "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
        "responses" => "event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,\"response\":{\"id\":\"resp_bad\",\"object\":\"response\",\"created_at\":1764288000,\"status\":\"in_progress\",\"model\":\"gpt-4.1\",\"output\":[],\"usage\":null}}\n\n",
        _ => "data: {\"id\":\"chatcmpl-bad\",\"object\":\"chat.completion.chunk\",\"created\":1764288000,\"model\":\"gpt-4.1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hello\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
    };

    private async Task MisbehaveAsync(HttpContext http, string api)
    {
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8))
        {
            var text = await reader.ReadToEndAsync();
            Received.Enqueue(new ReceivedRequest(http.Request.Path, http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), text));
        }

        var aborted = http.RequestAborted;
        switch (Misbehave)
        {
            case Misbehavior.TruncatedJson:
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"id\":\"chatcmpl-bad\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hel", aborted);
                return;
            case Misbehavior.DuplicateProperty:
                // The text twice over, under each API's name for it: the second carries what screening would redact.
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"id\":\"dup\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello\",\"content\":\"mail bob.duplicate@example.com\"}}],"
                    + "\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hello\",\"text\":\"mail bob.duplicate@example.com\"}]}],"
                    + "\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\",\"text\":\"mail bob.duplicate@example.com\"}]}", aborted);
                return;
            case Misbehavior.OversizedBody:
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"pad\":\"", aborted);
                var block = new string('x', 1024 * 1024);
                for (var i = 0; i < 33; i++)
                {
                    await http.Response.WriteAsync(block, aborted);
                }

                await http.Response.WriteAsync("\"}", aborted);
                return;
            case Misbehavior.HtmlError:
                http.Response.StatusCode = 502;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>", aborted);
                return;
            case Misbehavior.Redirect:
                http.Response.StatusCode = 307;
                http.Response.Headers.Location = http.Request.Path.Value!.Replace("/bad/v1/", "/v1/", StringComparison.Ordinal);
                return;
            case Misbehavior.ForeignJsonError:
                http.Response.StatusCode = 500;
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"detail\":\"worker crashed\",\"trace\":[1,2,3]}", aborted);
                return;
        }

        StartEvents(http);
        await http.Response.WriteAsync(FirstEvent(api), aborted);
        await http.Response.Body.FlushAsync(aborted);
        try
        {
            switch (Misbehave)
            {
                case Misbehavior.StallAfterFirstEvent:
                    await Task.Delay(Timeout.Infinite, aborted);
                    break;
                case Misbehavior.Slowloris:
                    foreach (var c in "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" world\"}}]}" + new string(' ', 10_000))
                    {
                        await http.Response.WriteAsync(c.ToString(), aborted);
                        await http.Response.Body.FlushAsync(aborted);
                        await Task.Delay(300, aborted);
                    }

                    break;
                case Misbehavior.InvalidJsonEvent:
                    var eventName = api switch { "messages" => "event: content_block_delta\n", "responses" => "event: response.output_text.delta\n", _ => string.Empty };
                    await http.Response.WriteAsync(eventName + "data: {\"delta\":{\"text\":\"key ghp_0123456789abcdefABCDEF0123456789abcd\n\n", aborted);
                    await http.Response.Body.FlushAsync(aborted);
                    await Task.Delay(Timeout.Infinite, aborted);
                    break;
                case Misbehavior.Disconnect:
                    await Task.Delay(50, aborted);
                    http.Abort();
                    break;
            }
        }
        catch (OperationCanceledException)
        {
            // Custos gave up on this stream, as it should.
        }
    }
}
