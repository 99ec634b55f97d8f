using System.Text.Json;
using Custos.Gateway.Authorize;
using Custos.Gateway.Http;

namespace Custos.Gateway.Tests;

public sealed class AuthorizeDataSubjectsTests
{
    private static (AuthorizeRequest? Request, List<FieldError> Errors) Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new List<FieldError>();
        return (AuthorizeRequest.TryRead(document.RootElement, errors), errors);
    }

    [Fact]
    public void Data_subjects_are_read_in_order()
    {
        var (request, errors) = Read("""{"action": "read", "resource": "crm.get_customer", "context": {"id": 42}, "dataSubjects": ["customer:42", "customer:7"]}""");
        Assert.Empty(errors);
        Assert.Equal(["customer:42", "customer:7"], request!.DataSubjects!);
    }

    [Theory]
    [InlineData("""null""")]
    [InlineData("""[]""")]
    public void No_data_subjects_is_the_same_as_none_given(string value)
    {
        var (request, errors) = Read($$"""{"action": "read", "resource": "crm", "dataSubjects": {{value}}}""");
        Assert.Empty(errors);
        Assert.Null(request!.DataSubjects);
    }

    [Theory]
    [InlineData("\"customer:42\"", "$.dataSubjects", "must be an array of strings")]
    [InlineData("""[42]""", "$.dataSubjects[0]", "must be a string, found a number")]
    [InlineData("""["ok", ""]""", "$.dataSubjects[1]", "1 to 256 characters")]
    [InlineData("""["customer\n42"]""", "$.dataSubjects[0]", "control characters")]
    public void A_bad_data_subject_is_reported_at_its_path(string value, string field, string message)
    {
        var (request, errors) = Read($$"""{"action": "read", "resource": "crm", "dataSubjects": {{value}}}""");
        Assert.Null(request);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_subject_longer_than_256_characters_is_refused()
    {
        var (_, errors) = Read($$"""{"action": "read", "resource": "crm", "dataSubjects": ["{{new string('a', 257)}}"]}""");
        Assert.Equal("$.dataSubjects[0]", Assert.Single(errors).Field);
    }

    [Fact]
    public void More_than_64_data_subjects_are_refused()
    {
        var subjects = JsonSerializer.Serialize(Enumerable.Range(0, 65).Select(i => $"customer:{i}").ToArray());
        var (_, errors) = Read($$"""{"action": "read", "resource": "crm", "dataSubjects": {{subjects}}}""");
        var error = Assert.Single(errors);
        Assert.Equal("$.dataSubjects", error.Field);
        Assert.Contains("at most 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unknown_field_message_lists_data_subjects()
    {
        var (_, errors) = Read("""{"action": "read", "resource": "crm", "subjects": []}""");
        Assert.Contains("dataSubjects", Assert.Single(errors).Message, StringComparison.Ordinal);
    }
}
