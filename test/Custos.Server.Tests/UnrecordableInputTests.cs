using System.Net;

namespace Custos.Server.Tests;

/// <summary>
/// Half a surrogate pair, escaped in JSON as <c>\ud800</c>, is not Unicode text: System.Text.Json refuses to
/// decode it with an exception. It must get a clear error (never a 500), and an action carrying it in its
/// arguments must be refused and still recorded.
/// </summary>
public sealed class UnrecordableInputTests
{
    [Theory]
    [InlineData("call", "github.\\ud800x", "resource")]
    [InlineData("\\udfff", "github", "action")]
    [InlineData("call", "github.\\ud83d", "resource")]
    public async Task A_lone_surrogate_in_the_action_or_resource_is_a_400_naming_the_field(string action, string resource, string field)
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        foreach (var caller in new[] { token, null })
        {
            using var response = await server.AuthorizeAsync(caller, action, resource);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"{field} is not well-formed Unicode", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_lone_surrogate_in_the_arguments_is_refused_and_recorded()
    {
        await using var server = await TestServer.StartAsync();
        var token = await server.IssueAsync("dev-agent");
        using (var response = await server.AuthorizeAsync(token, "call", "github.create_pull_request", """{"repo": "acme/\ud800"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("\"decision\":\"deny\"", body.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("not well-formed Unicode", body, StringComparison.Ordinal);
        }

        var record = Assert.Single(await server.RecordsAsync(), r => r.Resource == "github.create_pull_request");
        Assert.NotEqual(Core.Pipeline.ActionOutcome.Success, record.Outcome);
    }
}
