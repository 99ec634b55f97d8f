using System.Text;

namespace Custos.Core.Configuration;

/// <summary>
/// Edits <c>custos.yaml</c> as text, so comments, order and formatting survive: commands such as
/// <c>custos agent add</c> insert a block where it belongs and leave every other byte alone. The result is
/// validated before anyone writes it.
/// </summary>
public static class ConfigEditor
{
    /// <summary>Returns the text with a new agent appended to the <c>agents</c> list.</summary>
    public static string AddAgent(string text, AgentDefinition agent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(agent);
        var diagnostics = new List<Diagnostic>();
        var root = YamlTreeReader.Read(text, "custos.yaml", diagnostics);
        if (diagnostics.Count > 0 || root is not YamlMapping map)
        {
            throw new ConfigurationException(diagnostics.Count > 0 ? diagnostics : [new Diagnostic("custos.yaml", 1, 1, DiagnosticSeverity.Error, "the top level must be a mapping")]);
        }

        var lines = SplitLines(text);
        var agentsKey = map.Entries.FirstOrDefault(e => e.Key.Value == "agents").Key;
        var agents = map.Find("agents");
        if (agentsKey is null)
        {
            var block = new StringBuilder(text);
            if (text.Length > 0 && !text.EndsWith('\n'))
            {
                block.Append('\n');
            }

            block.Append("\nagents:\n");
            AppendAgent(block, agent, "  - ", "    ");
            return block.ToString();
        }

        if (agents is YamlSequence { IsFlow: false, Items.Count: > 0 } sequence)
        {
            var first = sequence.Items[0];
            var firstLine = lines[first.Start.Line - 1];
            var contentColumn = first.Start.Column - 1;
            var dash = firstLine.LastIndexOf('-', Math.Max(0, contentColumn - 1));
            if (dash < 0)
            {
                throw new ConfigurationException("cannot find where the agents list items start; add the agent by hand");
            }

            var itemIndent = new string(' ', dash) + "-" + new string(' ', contentColumn - dash - 1);
            var fieldIndent = new string(' ', contentColumn);
            var last = sequence.Items[^1];
            var insertAfterLine = LastContentLine(lines, last);
            var block = new StringBuilder();
            if (sequence.Items.Count > 1 && lines[sequence.Items[1].Start.Line - 2].Trim().Length == 0)
            {
                // The list separates its items with a blank line; so does the new one.
                block.Append('\n');
            }

            AppendAgent(block, agent, itemIndent, fieldIndent);
            var offset = LineOffset(text, insertAfterLine + 1);
            var needsNewline = offset == text.Length && text.Length > 0 && !text.EndsWith('\n');
            return string.Concat(text.AsSpan(0, offset), needsNewline ? "\n" : string.Empty, block.ToString(), text.AsSpan(offset));
        }

        if (agents is null || agents is YamlScalar { IsNull: true } || agents is YamlSequence { Items.Count: 0 })
        {
            // "agents:" with nothing, or "agents: []": replace the value with a block list.
            var keyLine = agentsKey.Start.Line - 1;
            var keyIndent = agentsKey.Start.Column - 1;
            var block = new StringBuilder();
            AppendAgent(block, agent, new string(' ', keyIndent + 2) + "- ", new string(' ', keyIndent + 4));
            var lineStart = LineOffset(text, keyLine);
            var lineEnd = LineOffset(text, keyLine + 1);
            var replaced = new string(' ', keyIndent) + "agents:\n" + block;
            return string.Concat(text.AsSpan(0, lineStart), replaced, text.AsSpan(lineEnd));
        }

        throw new ConfigurationException("agents is written in flow style ([...]); rewrite it as a block list or add the agent by hand");
    }

    private static void AppendAgent(StringBuilder block, AgentDefinition agent, string itemIndent, string fieldIndent)
    {
        block.Append(itemIndent).Append("name: ").Append(Quote(agent.Name)).Append('\n');
        block.Append(fieldIndent).Append("owner: ").Append(Quote(agent.Owner)).Append('\n');
        if (agent.Team.Length > 0)
        {
            block.Append(fieldIndent).Append("team: ").Append(Quote(agent.Team)).Append('\n');
        }

        block.Append(fieldIndent).Append("purpose: ").Append(Quote(agent.Purpose)).Append('\n');
        block.Append(fieldIndent).Append("risk_tier: ").Append(ConfigLoader.SnakeCase(agent.RiskTier.ToString())).Append('\n');
        block.Append(fieldIndent).Append("gdpr:\n");
        block.Append(fieldIndent).Append("  lawful_basis: ").Append(ConfigLoader.SnakeCase(agent.Gdpr.LawfulBasis.ToString())).Append('\n');
        block.Append(fieldIndent).Append("  processing_purpose: ").Append(Quote(agent.Gdpr.ProcessingPurpose)).Append('\n');
    }

    /// <summary>Double-quoted YAML scalar with escapes, safe for any text including newlines and '#'.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static int LastContentLine(string[] lines, YamlNode node)
    {
        // The node's end mark may sit on the next item's line; step back over blank and comment lines.
        var line = Math.Min(lines.Length - 1, Math.Max(node.Start.Line - 1, node.End.Column == 1 ? node.End.Line - 2 : node.End.Line - 1));
        while (line > node.Start.Line - 1 && (lines[line].Trim().Length == 0 || lines[line].TrimStart().StartsWith('#')))
        {
            line--;
        }

        return line;
    }

    private static string[] SplitLines(string text) => text.Split('\n');

    private static int LineOffset(string text, int lineIndex)
    {
        var offset = 0;
        for (var i = 0; i < lineIndex; i++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        return offset;
    }
}
