using System.Text;
using Custos.Gateway.Http;
using FsCheck.Xunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Gateway.Tests;

public sealed class JsonBodyTests
{
    [Fact]
    public async Task Valid_json_is_parsed()
    {
        var (document, problem) = await JsonBody.ReadAsync(Request("""{"a": [1, 2]}"""), 1024, TestContext.Current.CancellationToken);
        using (document)
        {
            Assert.Null(problem);
            Assert.Equal(2, document!.RootElement.GetProperty("a").GetArrayLength());
        }
    }

    [Fact]
    public async Task The_parsed_document_owns_its_bytes_after_the_read_buffer_is_reused()
    {
        var (document, _) = await JsonBody.ReadAsync(Request("""{"a": "hello"}"""), 1024, TestContext.Current.CancellationToken);
        using (document)
        {
            // Rent what the reader just returned to the pool and scribble over it.
            for (var i = 0; i < 4; i++)
            {
                var reused = System.Buffers.ArrayPool<byte>.Shared.Rent(1025);
                Array.Fill(reused, (byte)'x');
                System.Buffers.ArrayPool<byte>.Shared.Return(reused);
            }

            Assert.Equal("hello", document!.RootElement.GetProperty("a").GetString());
        }
    }

    [Theory]
    [InlineData("", "application/json", 400, "empty")]
    [InlineData("{\"a\": }", "application/json", 400, "line 1, byte 7")]
    [InlineData("{\"a\": 1}", "text/plain", 415, "Content-Type: application/json")]
    [InlineData("{\"a\": 1}", null, 415, "Content-Type: application/json")]
    public async Task Bad_bodies_become_problems_that_say_what_and_where(string body, string? contentType, int status, string expected)
    {
        var (document, problem) = await JsonBody.ReadAsync(Request(body, contentType), 1024, TestContext.Current.CancellationToken);
        Assert.Null(document);
        var (actualStatus, detail) = await ExecuteAsync(problem!);
        Assert.Equal(status, actualStatus);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_even_without_a_declared_length()
    {
        var request = Request(new string(' ', 5000) + "{}");
        request.ContentLength = null;
        var (document, problem) = await JsonBody.ReadAsync(request, 1024, TestContext.Current.CancellationToken);
        Assert.Null(document);
        Assert.Equal(413, (await ExecuteAsync(problem!)).Status);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_bytes_never_throw_and_never_pass_as_both(byte[] bytes)
    {
        var request = new DefaultHttpContext().Request;
        request.ContentType = "application/json";
        request.Body = new MemoryStream(bytes);
        var (document, problem) = JsonBody.ReadAsync(request, 4096, CancellationToken.None).GetAwaiter().GetResult();
        using (document)
        {
            return (document is null) != (problem is null);
        }
    }

    [Fact]
    public async Task The_owned_body_keeps_its_bytes_after_the_read_buffer_is_reused()
    {
        var (body, error) = await JsonBody.ReadElementAsync(Request("""{"a": "hello"}"""), 1024, TestContext.Current.CancellationToken);
        Assert.Null(error);
        for (var i = 0; i < 4; i++)
        {
            var reused = System.Buffers.ArrayPool<byte>.Shared.Rent(1025);
            Array.Fill(reused, (byte)'x');
            System.Buffers.ArrayPool<byte>.Shared.Return(reused);
        }

        Assert.Equal("hello", body!.Value.GetProperty("a").GetString());
    }

    [Theory]
    [InlineData("""{"a": [1, 2]}  """)]
    [InlineData("""{"a": 1} x""")]
    [InlineData("""{"a": 1}{"b": 2}""")]
    [InlineData("""{"a": 1} // note""")]
    [InlineData("""{"a": 1,}""")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("\"text\"")]
    [InlineData("[1, 2")]
    [InlineData("""{"a": "\ud800"}""")]
    public async Task The_owned_read_gives_what_the_document_read_gives(string text)
    {
        await AssertSameReadAsync(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public async Task The_owned_read_refuses_nesting_deeper_than_the_limit_as_the_document_read_does()
    {
        await AssertSameReadAsync(Encoding.UTF8.GetBytes(new string('[', JsonBody.MaxDepth) + new string(']', JsonBody.MaxDepth)));
        await AssertSameReadAsync(Encoding.UTF8.GetBytes(new string('[', JsonBody.MaxDepth + 1) + new string(']', JsonBody.MaxDepth + 1)));
    }

    [Property(MaxTest = 300)]
    public bool The_owned_read_agrees_with_the_document_read_on_arbitrary_bytes(byte[] bytes)
    {
        AssertSameReadAsync(bytes).GetAwaiter().GetResult();
        return true;
    }

    private static async Task AssertSameReadAsync(byte[] bytes)
    {
        var (document, documentError) = await JsonBody.ReadDocumentAsync(RequestOf(bytes), 4096, CancellationToken.None);
        var (owned, ownedError) = await JsonBody.ReadElementAsync(RequestOf(bytes), 4096, CancellationToken.None);
        using (document)
        {
            Assert.Equal(documentError, ownedError);
            Assert.Equal(document?.RootElement.GetRawText(), owned?.GetRawText());
        }
    }

    private static HttpRequest RequestOf(byte[] bytes)
    {
        var request = new DefaultHttpContext().Request;
        request.ContentType = "application/json";
        request.Body = new MemoryStream(bytes);
        return request;
    }

    private static HttpRequest Request(string body, string? contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new DefaultHttpContext().Request;
        request.ContentType = contentType;
        request.ContentLength = bytes.Length;
        request.Body = new MemoryStream(bytes);
        return request;
    }

    private static async Task<(int Status, string Body)> ExecuteAsync(IResult result)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
