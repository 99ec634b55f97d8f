namespace Custos.Detection.Scanning;

/// <summary>
/// Delimited tables (CSV, TSV, pipe or semicolon separated): a value in a data row is spoken for by its column's
/// header, however many rows lie between them ("employee_id,name,ssn" over "30022,Brooks,115754789"). The header is the
/// first line of the block of lines holding as many delimiters as the value's own line. Reads are bounded: a line of at
/// most <see cref="MaxLine"/> characters and at most <see cref="MaxRows"/> rows up.
/// </summary>
internal static class CsvColumns
{
    private const int MaxLine = 4096;
    private const int MaxRows = 200;
    private static readonly char[] Delimiters = [',', '\t', ';', '|'];

    /// <summary>
    /// The header cell over the value at [<paramref name="start"/>, <paramref name="end"/>), or (-1, -1) where the value
    /// is in no data row of a table.
    /// </summary>
    public static (int Start, int End) HeaderCell(ScanContext context, int start, int end)
    {
        var text = context.Text;
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        if (lineStart == 0 || lineEnd - lineStart > MaxLine)
        {
            return (-1, -1);
        }

        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var delimiter = '\0';
        var count = 0;
        foreach (var d in Delimiters)
        {
            var n = line.Count(d);
            if (n > count)
            {
                (delimiter, count) = (d, n);
            }
        }

        // The value must fill one cell: no delimiter inside it.
        if (count == 0 || text.AsSpan(start, end - start).Contains(delimiter))
        {
            return (-1, -1);
        }

        var column = text.AsSpan(lineStart, start - lineStart).Count(delimiter);
        // Rows already walked for an earlier value of the same block are not walked again: each line is read about once.
        var cache = context.CsvBlock;
        var header = -1;
        var at = lineStart;
        for (var rows = 0; rows < MaxRows && at > 0; rows++)
        {
            if (at == cache.Row && cache.Delimiter == delimiter && cache.Count == count)
            {
                header = cache.Header;
                break;
            }

            var previousStart = at - 1 == 0 ? 0 : text.LastIndexOf('\n', at - 2) + 1;
            var previous = text.AsSpan(previousStart, at - 1 - previousStart);
            if (previous.Length > MaxLine || previous.Count(delimiter) != count)
            {
                break;
            }

            header = previousStart;
            at = previousStart;
        }

        if (header < 0)
        {
            return (-1, -1);
        }

        context.CsvBlock = (header, delimiter, count, lineStart);

        var cellStart = header;
        for (var k = 0; k < column; k++)
        {
            cellStart = text.IndexOf(delimiter, cellStart) + 1;
        }

        var cellEnd = text.IndexOf(delimiter, cellStart);
        var headerEnd = text.IndexOf('\n', cellStart);
        cellEnd = cellEnd < 0 || (headerEnd >= 0 && headerEnd < cellEnd) ? (headerEnd < 0 ? text.Length : headerEnd) : cellEnd;
        return (cellStart, cellEnd);
    }
}
