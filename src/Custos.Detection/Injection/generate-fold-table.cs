#:property InvariantGlobalization=false
// Writes fold-table.txt: for every code point whose fold differs from itself, "XXXX YYYY YYYY…" (hex UTF-16).
// The fold is NFKC, then NFD with combining marks dropped, then lowercase: what the injection detector matches on.
// .NET in invariant-globalization mode (as Custos runs) cannot normalize, so the table is generated here, with ICU,
// and embedded. Run: dotnet run generate-fold-table.cs (needs ICU), from this folder.
using System.Globalization;
using System.Text;

var lines = new List<string>();
void Add(int cp)
{
    string s;
    try { s = char.ConvertFromUtf32(cp); } catch (ArgumentOutOfRangeException) { return; }
    var cat = CharUnicodeInfo.GetUnicodeCategory(s, 0);
    if (cat is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.Control) return;
    string k;
    try { k = s.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD); } catch (ArgumentException) { return; }
    var sb = new StringBuilder();
    foreach (var ch in k)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
        sb.Append(ch);
    }
    // Recompose what is left (Hangul, kana with voicing marks dropped stay decomposed consistently).
    var folded = sb.ToString().ToLowerInvariant();
    // Pure case mappings are left to char.ToLowerInvariant at run time; Hangul syllables need no folding.
    if (folded == s || string.Equals(folded, s.ToLowerInvariant(), StringComparison.Ordinal) || folded.Length > 8 || cp is >= 0xAC00 and <= 0xD7A3) return;
    lines.Add($"{cp:X4} " + string.Join(' ', folded.Select(c => ((int)c).ToString("X4"))));
}
for (var cp = 0x80; cp < 0x10000; cp++) Add(cp);
for (var cp = 0x1D400; cp < 0x1D800; cp++) Add(cp);
for (var cp = 0x1F100; cp < 0x1F200; cp++) Add(cp);
// ASCII capitals fold by lowercase; kept in code, not in the table.
File.WriteAllText("fold-table.txt", string.Join('\n', lines) + "\n");
Console.WriteLine($"{lines.Count} entries");
