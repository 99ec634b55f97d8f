using System.Text.Json;
using Custos.Gateway.Authorize;
using Custos.Gateway.Http;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Custos.Gateway.Tests;

public sealed class AuthorizeRequestTests
{
    [Fact]
    public void A_complete_request_is_read_with_its_context()
    {
        using var document = JsonDocument.Parse("""{"action": "call", "resource": "github.create_issue", "context": {"repo": "acme/api"}}""");
        var errors = new List<FieldError>();
        var request = AuthorizeRequest.TryRead(document.RootElement, errors);
        Assert.Empty(errors);
        Assert.Equal(("call", "github.create_issue"), (request!.Action, request.Resource));
        Assert.Equal("acme/api", request.Context!.Value.GetProperty("repo").GetString());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        using var document = JsonDocument.Parse("""{"action": 1, "context": "x", "extra": null}""");
        var errors = new List<FieldError>();
        Assert.Null(AuthorizeRequest.TryRead(document.RootElement, errors));
        Assert.Equal(["$.action", "$.context", "$.extra", "$.resource"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_long_unknown_field_name_is_shortened_in_the_message()
    {
        using var document = JsonDocument.Parse($$"""{"{{new string('k', 5000)}}": 1}""");
        var errors = new List<FieldError>();
        AuthorizeRequest.TryRead(document.RootElement, errors);
        Assert.All(errors, e => Assert.True(e.Message.Length < 300, e.Message));
    }

    [Property(MaxTest = 300)]
    public Property Any_json_value_is_either_a_request_or_errors_never_an_exception() =>
        Prop.ForAll(JsonText().ToArbitrary(), text =>
        {
            using var document = JsonDocument.Parse(text);
            var errors = new List<FieldError>();
            var request = AuthorizeRequest.TryRead(document.RootElement, errors);
            return (request is null) == (errors.Count > 0) && errors.TrueForAll(e => e.Field.StartsWith('$'));
        });

    [Property(MaxTest = 300)]
    public Property Well_formed_requests_round_trip(NonEmptyString action, NonEmptyString resource)
    {
        var a = action.Get.Length > 64 ? action.Get[..64] : action.Get;
        var r = resource.Get.Length > 256 ? resource.Get[..256] : resource.Get;
        var text = JsonSerializer.Serialize(new Dictionary<string, string> { ["action"] = a, ["resource"] = r });
        using var document = JsonDocument.Parse(text);
        var request = AuthorizeRequest.TryRead(document.RootElement, []);
        return (request is not null && request.Action == a && request.Resource == r).ToProperty();
    }

    /// <summary>Random JSON of the shapes a client might send: objects with the real fields, wrong types, nesting.</summary>
    private static Gen<string> JsonText()
    {
        var scalar = Gen.OneOf(
            Gen.Constant("null"),
            Gen.Constant("true"),
            ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArbMap.Default.GeneratorFor<string>().Select(s => JsonSerializer.Serialize(s ?? string.Empty)));
        var key = Gen.Elements("action", "resource", "context", "extra", "Action", string.Empty);
        var value = Gen.OneOf(scalar, scalar.ListOf().Select(items => "[" + string.Join(",", items) + "]"),
            Gen.Zip(key, scalar).ListOf().Select(pairs => "{" + string.Join(",", pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}"));
        var obj = Gen.Zip(key, value).ListOf().Select(pairs => "{" + string.Join(",", pairs.DistinctBy(p => p.Item1).Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");
        return Gen.OneOf(obj, value);
    }
}
