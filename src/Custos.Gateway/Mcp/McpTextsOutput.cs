using Custos.Core.Screening;

namespace Custos.Gateway.Mcp;

/// <summary>
/// The texts of a prompt or a resource read, for the screen-out stage: each slot is one text (a message's text
/// block, an embedded or read resource's text), located as the answer nests it (<c>messages/0</c>,
/// <c>contents/1</c>); a rewritten text replaces its slot.
/// </summary>
internal sealed class McpTextsOutput : IScreenableOutput
{
    private readonly List<(string Location, Func<string> Get, Action<string> Set)> slots = [];

    public int Count => slots.Count;

    public void Add(string location, Func<string> get, Action<string> set) => slots.Add((location, get, set));

    public string LocationOf(int index) => slots[index].Location;

    public string GetText(int index) => slots[index].Get();

    public void SetText(int index, string text) => slots[index].Set(text);
}
