namespace Custos.Core.Configuration;

/// <summary>A position in a YAML source: 1-based line and column, 0-based character offset.</summary>
public readonly record struct SourceMark(int Line, int Column, long Offset);

/// <summary>
/// A node of the small YAML tree Custos builds from parser events. Custos does not use YamlDotNet's
/// object model because it needs every node's position, must refuse aliases (billion-laughs expansion) and
/// duplicate keys, and must bound depth and size.
/// </summary>
public abstract class YamlNode
{
    protected YamlNode(SourceMark start, SourceMark end)
    {
        Start = start;
        End = end;
    }

    public SourceMark Start { get; }

    public SourceMark End { get; internal set; }

    /// <summary>A short name for the node's kind, used in "expected X, found Y" messages.</summary>
    public abstract string KindName { get; }
}

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SourceMark start, SourceMark end)
        : base(start, end)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>True when the scalar was written without quotes, so <c>null</c>, <c>~</c> and the empty string mean "no value".</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public override string KindName => IsNull ? "nothing (null)" : "a scalar";
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceMark start, bool isFlow)
        : base(start, start)
    {
        IsFlow = isFlow;
    }

    public bool IsFlow { get; }

    public List<YamlNode> Items { get; } = [];

    public override string KindName => "a list";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourceMark start, bool isFlow)
        : base(start, start)
    {
        IsFlow = isFlow;
    }

    public bool IsFlow { get; }

    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = [];

    public override string KindName => "a mapping";

    public YamlNode? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
