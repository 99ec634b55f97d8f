using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Custos.Core.Configuration;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree with positions, refusing what a hostile file could use
/// against the reader: aliases (exponential expansion), deep nesting, too many nodes, several documents and
/// duplicate keys. Problems come back as diagnostics; the reader never throws on input.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 200_000;

    public static YamlNode? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlScalar?>();
        YamlNode? root = null;
        var documents = 0;
        var nodes = 0;
        var lastMark = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                lastMark = ev.End;
                switch (ev)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Add(Error(file, ev.Start, "the file holds more than one YAML document ('---'); keep a single document"));
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        diagnostics.Add(Error(file, ev.Start, $"alias '*{alias.Value}' is not allowed in Custos configuration; write the value out in full"));
                        return null;
                    case Scalar scalar:
                        if (++nodes > MaxNodes)
                        {
                            diagnostics.Add(Error(file, ev.Start, $"the file has more than {MaxNodes} values; split it or remove generated content"));
                            return null;
                        }

                        var node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, ToMark(ev.Start), ToMark(ev.End));
                        if (!Add(node, stack, pendingKeys, file, diagnostics, ref root))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart seq:
                    case MappingStart:
                        if (++nodes > MaxNodes)
                        {
                            diagnostics.Add(Error(file, ev.Start, $"the file has more than {MaxNodes} values; split it or remove generated content"));
                            return null;
                        }

                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Add(Error(file, ev.Start, $"nesting is deeper than {MaxDepth} levels; Custos configuration is never that deep"));
                            return null;
                        }

                        YamlNode container = ev is SequenceStart s
                            ? new YamlSequence(ToMark(ev.Start), s.Style == SequenceStyle.Flow)
                            : new YamlMapping(ToMark(ev.Start), ((MappingStart)ev).Style == MappingStyle.Flow);
                        if (!Add(container, stack, pendingKeys, file, diagnostics, ref root))
                        {
                            return null;
                        }

                        stack.Push(container);
                        pendingKeys.Push(null);
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var closed = stack.Pop();
                        pendingKeys.Pop();
                        closed.End = ToMark(ev.End);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Error(file, ex.Start, "invalid YAML: " + StripPosition(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner can fail without a position on some malformed input (a stray quote inside a
            // flow list, for one); the last good event is as close as it can be located.
            diagnostics.Add(Error(file, lastMark, "invalid YAML after this point; check for unbalanced quotes or brackets"));
            return null;
        }

        return root;
    }

    private static bool Add(YamlNode node, Stack<YamlNode> stack, Stack<YamlScalar?> pendingKeys, string file, List<Diagnostic> diagnostics, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        switch (stack.Peek())
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                return true;
            case YamlMapping mapping:
                var key = pendingKeys.Pop();
                if (key is null)
                {
                    if (node is not YamlScalar scalarKey)
                    {
                        diagnostics.Add(new Diagnostic(file, node.Start.Line, node.Start.Column, DiagnosticSeverity.Error, "a mapping key must be a plain name, not a list or mapping"));
                        return false;
                    }

                    foreach (var existing in mapping.Entries)
                    {
                        if (existing.Key.Value == scalarKey.Value)
                        {
                            diagnostics.Add(new Diagnostic(file, node.Start.Line, node.Start.Column, DiagnosticSeverity.Error,
                                $"duplicate key '{Truncate(scalarKey.Value)}' (first written at line {existing.Key.Start.Line}); remove one of them"));
                            return false;
                        }
                    }

                    pendingKeys.Push(scalarKey);
                }
                else
                {
                    mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, node));
                    pendingKeys.Push(null);
                }

                return true;
            default:
                throw new InvalidOperationException("a scalar cannot contain nodes");
        }
    }

    internal static string Truncate(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");

    private static SourceMark ToMark(Mark mark) => new((int)mark.Line, (int)mark.Column, mark.Index);

    private static Diagnostic Error(string file, Mark mark, string message) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), DiagnosticSeverity.Error, message);

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (Line: ...): "; the diagnostic already says where.
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.TrimEnd('.');
    }
}
