using System.Text;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Tables;

namespace Juesuan.Renderers.PlainText;

/// <summary>
/// The report as plain text (report.txt): paragraphs separated by blank lines, tables as tab-separated
/// rows — the shape of a good PDF text extraction, so the published-report reader reads it back.
/// </summary>
public static class TextReportWriter
{
    public static string Write(ReportDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var line in doc.TitleLines)
        {
            sb.Append(line).Append('\n');
        }

        sb.Append('\n');
        if (doc.HasTableOfContents)
        {
            sb.Append("目 录\n\n");
            foreach (var h in doc.Blocks.OfType<Heading>().Where(h => h.Level <= 2))
            {
                sb.Append(h.Text).Append("\n\n");
            }
        }

        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    sb.Append(h.Text).Append("\n\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Text).Append("\n\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table);
                    break;
                case GridBlock g:
                    Grid(sb, g);
                    break;
                case PageBreak:
                    sb.Append('\f');
                    break;
            }
        }

        return sb.ToString();
    }

    private static void Table(StringBuilder sb, DisclosureTable t)
    {
        sb.Append(t.Title).Append("\n\n");
        if (t.Number.Length > 0)
        {
            sb.Append(t.Number).Append("\n\n");
        }

        sb.Append("部门：").Append(t.DepartmentName).Append("\n\n");
        sb.Append(t.Year.ToString()).Append(" 年度\n\n");
        sb.Append("金额单位：").Append(t.AmountUnit).Append("\n\n");
        foreach (var row in t.HeaderRowsAsText())
        {
            sb.Append(string.Join('\t', row)).Append('\n');
        }

        foreach (var row in t.Rows)
        {
            sb.Append(string.Join('\t', row.Cells.Select(c => c.Text))).Append('\n');
        }

        sb.Append('\n');
        foreach (var note in t.Notes)
        {
            sb.Append(note).Append("\n\n");
        }
    }

    private static void Grid(StringBuilder sb, GridBlock g)
    {
        sb.Append(g.Title).Append("\n\n");
        if (g.Subtitle is not null)
        {
            sb.Append(g.Subtitle).Append("\n\n");
        }

        foreach (var row in g.Rows)
        {
            var cells = Enumerable.Repeat(string.Empty, g.ColumnCount).ToArray();
            foreach (var c in row.Cells.Where(c => c.Column < g.ColumnCount))
            {
                cells[c.Column] = c.Text;
            }

            sb.Append(string.Join('\t', cells)).Append('\n');
        }

        sb.Append('\n');
    }
}
