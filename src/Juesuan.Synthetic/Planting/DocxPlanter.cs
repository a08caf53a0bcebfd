using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Juesuan.Synthetic.Planting;

/// <summary>
/// Applies the edits planted in report.txt to report.docx, the same document: a sentence is the paragraph whose
/// text is the old line; a table cell is the cell of the row (the n-th row reading alike, counted as in the text).
/// An edit it cannot place is returned, so that planted.csv never lists an error the file does not hold.
/// </summary>
public static class DocxPlanter
{
    /// <summary>Plants <paramref name="edits"/> in the Word document; returns the edits placed.</summary>
    public static IReadOnlyList<LineEdit> Apply(byte[] docx, IReadOnlyList<LineEdit> edits, out byte[] planted)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        var placed = new List<LineEdit>();
        using (var doc = WordprocessingDocument.Open(ms, isEditable: true))
        {
            var body = doc.MainDocumentPart!.Document!.Body!;
            foreach (var e in edits)
            {
                if (e.Cell < 0 ? Sentence(body, e) : TableCell(body, e))
                {
                    placed.Add(e);
                }
            }

            doc.MainDocumentPart.Document.Save();
        }

        planted = ms.ToArray();
        return placed;
    }

    private static bool Sentence(Body body, LineEdit e)
    {
        var paragraph = body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText == e.OldText);
        return paragraph is not null && SetText(paragraph, e.NewText);
    }

    private static bool TableCell(Body body, LineEdit e)
    {
        var cells = e.OldText.Split('\t');
        var rows = body.Descendants<TableRow>().Where(r => SameCells(r.Elements<TableCell>().Select(c => c.InnerText).ToList(), cells)).ToList();
        if (rows.Count <= e.Occurrence)
        {
            return false;
        }

        var target = rows[e.Occurrence].Elements<TableCell>().ElementAtOrDefault(e.Cell);
        return target?.Elements<Paragraph>().FirstOrDefault() is { } p && SetText(p, e.NewText.Split('\t')[e.Cell]);
    }

    internal static bool SameCells(IReadOnlyList<string> row, string[] cells)
    {
        var a = row.Select(c => c.Trim()).ToList();
        var b = cells.Select(c => c.Trim()).ToList();
        while (a.Count > 0 && a[^1].Length == 0)
        {
            a.RemoveAt(a.Count - 1);
        }

        while (b.Count > 0 && b[^1].Length == 0)
        {
            b.RemoveAt(b.Count - 1);
        }

        return a.SequenceEqual(b, StringComparer.Ordinal);
    }

    /// <summary>The paragraph's text becomes <paramref name="text"/>: kept in its first run (its formatting), other runs emptied.</summary>
    private static bool SetText(Paragraph paragraph, string text)
    {
        var runs = paragraph.Elements<Run>().ToList();
        if (runs.Count == 0)
        {
            var run = paragraph.AppendChild(new Run());
            run.AppendChild(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            return true;
        }

        var first = runs[0].Elements<Text>().FirstOrDefault() ?? runs[0].AppendChild(new Text());
        first.Text = text;
        first.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        foreach (var t in runs.SelectMany(r => r.Elements<Text>()).Where(t => t != first).ToList())
        {
            t.Remove();
        }

        return true;
    }
}
