using System.Text;
using System.Text.Json.Nodes;
using Custos.Ledger.Privacy;
using FsCheck.Xunit;

namespace Custos.Ledger.Tests.Privacy;

public sealed class SealedEnvelopeTests
{
    private static JsonObject Sample(int subjects = 2) =>
        PersonalDataSeal.Seal("{\"email\":\"ada@example.com\"}"u8, new SubjectSet(subjects).Keys, "ctx").ToJson();

    private static string? Error(JsonNode node) => SealedEnvelope.Parse(Encoding.UTF8.GetBytes(node.ToJsonString())).Error;

    [Fact]
    public void The_json_form_has_the_documented_fields()
    {
        var json = Sample();
        Assert.Equal(["version", "alg", "id", "nonce", "ciphertext", "shares"], json.Select(p => p.Key));
        Assert.Equal(1, (int)json["version"]!);
        Assert.Equal("A256GCM-XOR", (string)json["alg"]!);
        Assert.Equal(["subject", "nonce", "wrapped"], json["shares"]!.AsArray()[0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void The_json_form_round_trips_to_the_same_text()
    {
        var text = Sample(3).ToJsonString();
        var parsed = SealedEnvelope.Parse(Encoding.UTF8.GetBytes(text));
        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.Equal(text, parsed.Value!.ToJson().ToJsonString());
    }

    [Theory]
    [InlineData("version", "2", "not supported")]
    [InlineData("version", "\"1\"", "whole number")]
    [InlineData("alg", "\"A128GCM\"", "sealed.alg")]
    [InlineData("nonce", "\"AAAAAAAAAAAAAAAAAAAA\"", "sealed.nonce must be base64 of 12 bytes")]
    [InlineData("nonce", "\"AAAAAAAAAAAAAAA!\"", "sealed.nonce")]
    [InlineData("id", "\"AAAA\"", "sealed.id")]
    [InlineData("ciphertext", "\"AAAA\"", "sealed.ciphertext")]
    [InlineData("ciphertext", "\"AAAAAAAAAAAAAAAAAAAAAB==\"", "canonical base64")]
    [InlineData("shares", "[]", "1 to 64 shares")]
    [InlineData("shares", "{}", "sealed.shares must be an array")]
    [InlineData("extra", "1", "sealed.extra is not a field")]
    public void A_wrong_field_is_refused_with_its_name(string field, string value, string expected)
    {
        var json = Sample();
        json[field] = JsonNode.Parse(value);
        Assert.Contains(expected, Error(json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version")]
    [InlineData("alg")]
    [InlineData("id")]
    [InlineData("nonce")]
    [InlineData("ciphertext")]
    [InlineData("shares")]
    public void A_missing_field_is_refused_with_its_name(string field)
    {
        var json = Sample();
        json.Remove(field);
        Assert.Equal($"sealed.{field} is required", Error(json));
    }

    [Theory]
    [InlineData("subject", "\"customer 42\"", "sealed.shares[0].subject")]
    [InlineData("subject", "\"\"", "sealed.shares[0].subject")]
    [InlineData("nonce", "\"AAAA\"", "sealed.shares[0].nonce")]
    [InlineData("wrapped", "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"", "sealed.shares[0].wrapped must be base64 of 48 bytes")]
    [InlineData("other", "1", "sealed.shares[0].other is not a field of a share")]
    public void A_wrong_share_field_is_refused_with_its_path(string field, string value, string expected)
    {
        var json = Sample();
        json["shares"]![0]![field] = JsonNode.Parse(value);
        Assert.Contains(expected, Error(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_shares_are_refused()
    {
        var json = Sample(1);
        var share = json["shares"]![0]!.AsObject();
        var shares = new JsonArray();
        for (var i = 0; i < 65; i++)
        {
            var copy = share.DeepClone().AsObject();
            copy["subject"] = $"ds_{i}";
            shares.Add(copy);
        }

        json["shares"] = shares;
        Assert.Contains("1 to 64 shares, found 65", Error(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_shares_for_one_subject_are_refused()
    {
        var json = Sample(2);
        json["shares"]![1]!["subject"] = (string)json["shares"]![0]!["subject"]!;
        Assert.Contains("already has a share", Error(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_field_is_refused()
    {
        var text = Sample(1).ToJsonString();
        var duplicated = text.Replace("{\"version\":1,", "{\"version\":1,\"version\":1,", StringComparison.Ordinal);
        Assert.Contains("appears twice", SealedEnvelope.Parse(Encoding.UTF8.GetBytes(duplicated)).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{} {}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void Malformed_text_is_an_error_value(string text) =>
        Assert.NotNull(SealedEnvelope.Parse(Encoding.UTF8.GetBytes(text)).Error);

    [Property(MaxTest = 500)]
    public bool Arbitrary_bytes_never_throw(byte[]? bytes) =>
        SealedEnvelope.Parse(bytes ?? []).Error is not null;

    [Property(MaxTest = 300)]
    public bool Arbitrary_strings_in_a_field_never_throw(string? value, int field)
    {
        var json = Sample();
        var names = new[] { "version", "alg", "id", "nonce", "ciphertext", "shares" };
        json[names[Math.Abs(field % names.Length)]] = value;
        var result = SealedEnvelope.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()));
        return result.IsSuccess || result.Error is not null;
    }
}
