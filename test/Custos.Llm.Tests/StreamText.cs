using System.Text;

namespace Custos.Llm.Tests;

/// <summary>Reads a stream Custos may cut off on purpose (a failed chat stream ends with an error chunk and no end of body).</summary>
internal static class StreamText
{
    /// <summary>Posts <paramref name="json"/> and returns once the headers are in, so a body cut off midway can still be read up to its break.</summary>
    public static async Task<HttpResponseMessage> PostAsync(Custos.Server.Tests.TestServer server, string path, string token, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Everything that arrived, and whether the body ended cleanly.</summary>
    public static async Task<(string Text, bool Complete)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return (Encoding.UTF8.GetString(buffer.ToArray()), true);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return (Encoding.UTF8.GetString(buffer.ToArray()), false);
        }
    }
}
