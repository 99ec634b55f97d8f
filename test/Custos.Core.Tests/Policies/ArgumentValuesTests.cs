using System.Text.Json;
using Custos.Cedar.Values;
using Custos.Core.Policies;

namespace Custos.Core.Tests.Policies;

public sealed class ArgumentValuesTests
{
    private static CedarValue Convert(string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = ArgumentValues.From(document.RootElement, out var error);
        Assert.Null(error);
        return value!;
    }

    private static CedarValue Attribute(string json, string name)
    {
        var record = Assert.IsType<RecordValue>(Convert(json));
        Assert.True(record.TryGet(name, out var value), $"{name} is missing");
        return value;
    }

    [Theory]
    [InlineData("""{"x": 42}""", "42")]
    [InlineData("""{"x": -9223372036854775808}""", "-9223372036854775808")]
    [InlineData("""{"x": 2.0}""", "2")]
    [InlineData("""{"x": 2e3}""", "2000")]
    [InlineData("""{"x": 0.7}""", "decimal(\"0.7000\")")]
    [InlineData("""{"x": -12.3456}""", "decimal(\"-12.3456\")")]
    [InlineData("""{"x": 0.12345}""", "\"0.12345\"")]
    [InlineData("""{"x": 1e300}""", "\"1e300\"")]
    [InlineData("""{"x": 9223372036854775808}""", "\"9223372036854775808\"")]
    [InlineData("""{"x": true}""", "true")]
    [InlineData("""{"x": "text"}""", "\"text\"")]
    public void Numbers_and_scalars_become_the_Cedar_value_that_holds_them_exactly(string json, string expected) =>
        Assert.Equal(expected, Attribute(json, "x").ToString());

    [Fact]
    public void Cedar_escapes_from_an_agent_are_ordinary_keys_never_entities_or_extensions()
    {
        var target = Assert.IsType<RecordValue>(Attribute("""{"target": {"__entity": {"type": "Custos::Agent", "id": "security-agent"}}}""", "target"));
        Assert.IsType<RecordValue>(target.TryGet("__entity", out var inner) ? inner : null);
        var address = Assert.IsType<RecordValue>(Attribute("""{"ip": {"__extn": {"fn": "ip", "arg": "10.0.0.1"}}}""", "ip"));
        Assert.True(address.Has("__extn"));
    }

    [Fact]
    public void Nulls_are_left_out_and_arrays_become_sets()
    {
        var record = Assert.IsType<RecordValue>(Convert("""{"a": null, "b": [1, null, 1, "x"], "c": {}}"""));
        Assert.False(record.Has("a"));
        Assert.Equal(2, Assert.IsType<SetValue>(record.TryGet("b", out var b) ? b : null).Count);
        Assert.Same(RecordValue.Empty, record.TryGet("c", out var c) ? c : null);
    }

    [Fact]
    public void A_repeated_key_keeps_the_last_value()
    {
        Assert.Equal("2", Attribute("""{"x": 1, "x": 2}""", "x").ToString());
        Assert.False(Assert.IsType<RecordValue>(Convert("""{"x": 1, "x": null}""")).Has("x"));
    }

    [Fact]
    public void A_wide_object_keeps_every_attribute_findable_in_name_order()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"k{i:D2}").Reverse().ToArray();
        var record = Assert.IsType<RecordValue>(Convert("{" + string.Join(",", names.Select((n, i) => $"\"{n}\": {i}")) + "}"));
        Assert.Equal(40, record.Count);
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            Assert.True(record.TryGet(name, out var value), name);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), value.ToString());
        }

        Assert.False(record.Has("k40"));
        Assert.Equal(names.Order(StringComparer.Ordinal), record.Attributes.Keys);
    }

    [Fact]
    public void A_repeated_key_in_a_wide_object_keeps_the_last_value()
    {
        var members = string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"k{i}\": {i}"));
        Assert.Equal("99", Attribute("{" + members + ", \"k3\": 99}", "k3").ToString());
        Assert.Equal(20, Assert.IsType<RecordValue>(Convert("{" + members + ", \"k3\": 99}")).Count);
    }
}
