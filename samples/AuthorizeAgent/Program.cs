// An agent that asks Custos before each tool call and acts only on an explicit allow.
//
//   custos serve &
//   export CUSTOS_TOKEN=$(custos agent token issue dev-agent)
//   dotnet run --project samples/AuthorizeAgent
using Custos.Client;

var url = Environment.GetEnvironmentVariable("CUSTOS_URL") ?? "http://127.0.0.1:8421/";
var token = Environment.GetEnvironmentVariable("CUSTOS_TOKEN");
if (string.IsNullOrEmpty(token))
{
    Console.Error.WriteLine("Set CUSTOS_TOKEN to the agent's token: export CUSTOS_TOKEN=$(custos agent token issue dev-agent)");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(url) };
var custos = new CustosClient(http, token);
(string Action, string Resource, Dictionary<string, object?> Arguments)[] plan =
[
    ("call", "github.get_file_contents", new() { ["path"] = "src/retry.cs" }),
    ("call", "github.create_pull_request", new() { ["title"] = "Fix the retry loop" }),
    ("call", "github.delete_repository", new() { ["repo"] = "acme/api" }),
];

foreach (var (action, resource, arguments) in plan)
{
    try
    {
        var decision = await custos.AuthorizeAsync(action, resource, arguments);
        Console.WriteLine(decision.IsAllowed
            ? $"allowed  {resource}: calling the tool ({decision.Reasons[0]})"
            : $"denied   {resource}: skipping it ({string.Join("; ", decision.Reasons)})");
    }
    catch (CustosException ex)
    {
        // No decision is a denial: fail closed.
        Console.WriteLine($"no answer {resource}: not acting ({ex.Message})");
    }
}

return 0;
