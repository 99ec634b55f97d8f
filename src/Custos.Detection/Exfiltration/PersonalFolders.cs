namespace Custos.Detection.Exfiltration;

/// <summary>
/// The folders of a home where people keep their own papers ("~/Documents", "~/Finance", "C:\Users\bob\Desktop",
/// "/home/anna/Pictures"), in the languages of the vocabulary: sending one of them out is sending someone's documents,
/// not a build's output ("~/project/dist", "~/.cache").
/// </summary>
internal static class PersonalFolders
{
    private static readonly string[] Names =
    [
        "documents", "desktop", "downloads", "pictures", "photos", "finance", "finances", "taxes", "tax", "scans", "mail", "private",
        "dokumente", "bilder", "schreibtisch", "steuer", "finanzen", "documentos", "escritorio", "imágenes", "descargas", "fotos", "documenti",
        "immagini", "scrivania", "documenten", "afbeeldingen", "bureaublad", "dokumenty", "obrazy", "pulpit", "pobrane", "документы", "рабочий стол",
        "загрузки", "изображения", "ドキュメント", "デスクトップ", "文档", "桌面", "图片", "문서", "바탕화면", "المستندات",
        "dokumen", "keuangan", "pajak", "gambar", "unduhan", "belgeler", "masaüstü", "resimler", "indirilenler", "vergi", "dokument", "skrivbord", "ekonomi", "skatt",
        "tài liệu", "दस्तावेज़",
    ];

    // Roots followed by a user's name before the folders of the home.
    private static readonly string[] NamedRoots = ["/home/", "/users/", "c:\\users\\", "c:/users/"];

    private static readonly System.Buffers.SearchValues<char> FolderEnds = System.Buffers.SearchValues.Create("/\\ \"')");

    private static readonly string[] TildeRoots = ["~/", "~\\", "$home/", "$home\\", "${home}/", "%userprofile%\\", "%userprofile%/", "$env:userprofile\\", "$env:userprofile/"];

    /// <summary>Whether <paramref name="path"/> names a personal folder of a home, or something inside one.</summary>
    public static bool Contains(ReadOnlySpan<char> path)
    {
        foreach (var root in TildeRoots)
        {
            var at = path.IndexOf(root, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && IsPersonal(path[(at + root.Length)..]))
            {
                return true;
            }
        }

        foreach (var root in NamedRoots)
        {
            var at = path.IndexOf(root, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var rest = path[(at + root.Length)..];
            var slash = rest.IndexOfAny('/', '\\');
            if (slash > 0 && IsPersonal(rest[(slash + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonal(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny(FolderEnds);
        var folder = end >= 0 ? rest[..end] : rest;
        foreach (var name in Names)
        {
            if (folder.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
