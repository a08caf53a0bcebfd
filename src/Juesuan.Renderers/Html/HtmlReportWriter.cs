using System.Globalization;
using System.Net;
using System.Text;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Tables;

namespace Juesuan.Renderers.Html;

/// <summary>
/// report.html — one self-contained page (no external resource): semantic headings and a 目录 that links
/// to them, tables with captions and scoped header cells, print CSS for A4 (landscape pages for wide
/// tables), and a layout that reads on a phone. Every text from the model is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    private const string Css = """
        :root { --ink: #1f1f1f; --line: #8a8a8a; --head: #f2f2f2; --accent: #9b1c1c; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff;
               font: 16px/1.8 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
        header.cover { text-align: center; padding: 3rem 0 2rem; border-bottom: 2px solid var(--accent); margin-bottom: 2rem; }
        header.cover h1 { font: 700 1.9rem/1.4 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", SimHei, sans-serif; margin: .2rem 0; }
        h2, h3, h4, h5 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", SimHei, sans-serif; line-height: 1.5; }
        h2 { font-size: 1.45rem; text-align: center; margin: 3rem 0 1.5rem; }
        h3 { font-size: 1.2rem; margin: 2rem 0 .8rem; }
        h4 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
        h5 { font-size: 1rem; margin: 1rem 0 .4rem; }
        p { margin: .4rem 0; text-align: justify; }
        p.indent { text-indent: 2em; }
        nav.toc { border: 1px solid var(--line); padding: .8rem 1.2rem; margin: 1rem 0 2rem; }
        nav.toc h2 { margin: 0 0 .5rem; font-size: 1.2rem; }
        nav.toc ol { list-style: none; margin: 0; padding: 0; }
        nav.toc li.l2 { padding-left: 2em; }
        nav.toc a { color: inherit; text-decoration: none; }
        nav.toc a:hover, nav.toc a:focus { text-decoration: underline; color: var(--accent); }
        .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: .5rem 0 1.5rem; }
        table { border-collapse: collapse; font-size: .82rem; line-height: 1.45; min-width: 100%; }
        caption { caption-side: top; text-align: center; font: 700 1.1rem/1.6 "Noto Sans CJK SC", SimHei, sans-serif; padding-bottom: .3rem; }
        caption .meta { display: flex; justify-content: space-between; gap: 1rem; font-weight: 400; font-size: .8rem; line-height: 1.5; flex-wrap: wrap; }
        th, td { border: 1px solid var(--line); padding: .2rem .4rem; vertical-align: middle; }
        thead th { background: var(--head); font-weight: 700; text-align: center; }
        tbody th { font-weight: 400; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.line, td.code { text-align: center; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: 700; }
        .notes { font-size: .8rem; color: #444; margin-top: .3rem; }
        .notes p { margin: .1rem 0; }
        @media (max-width: 640px) {
          body { font-size: 15px; }
          main { padding: .5rem .75rem 3rem; }
          header.cover h1 { font-size: 1.4rem; }
          h2 { font-size: 1.25rem; margin-top: 2rem; }
          table { font-size: .75rem; }
        }
        @page { size: A4; margin: 2cm 1.8cm; }
        @page wide { size: A4 landscape; margin: 1.5cm; }
        @media print {
          body { font-size: 12pt; }
          main { max-width: none; padding: 0; }
          nav.toc { border: none; }
          section.part { break-before: page; }
          .table-wrap { overflow: visible; }
          .wide { page: wide; }
          table { font-size: 9pt; }
          thead { display: table-header-group; }
          tr, th, td { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>The page's style sheet, for pages that embed <see cref="WriteArticle"/>.</summary>
    public static string Stylesheet => Css;

    public static string Write(ReportDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(string.Join(" ", doc.TitleLines))).Append("</title>\n")
            .Append("<meta name=\"generator\" content=\"Juesuan\">\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append(WriteArticle(doc));
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The report's content — cover, 目录, parts and tables — without the page around it.</summary>
    public static string WriteArticle(ReportDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("<header class=\"cover\">\n");
        foreach (var line in doc.TitleLines)
        {
            sb.Append("<h1>").Append(E(line)).Append("</h1>\n");
        }

        sb.Append("</header>\n");

        var anchors = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        var n = 0;
        foreach (var h in doc.Blocks.OfType<Heading>())
        {
            anchors[h] = h.Anchor ?? "s" + (++n).ToString(CultureInfo.InvariantCulture);
        }

        if (doc.HasTableOfContents)
        {
            sb.Append("<nav class=\"toc\" aria-label=\"目录\">\n<h2>目 录</h2>\n<ol>\n");
            foreach (var h in doc.Blocks.OfType<Heading>().Where(h => h.Level <= 2))
            {
                sb.Append("<li class=\"l").Append(h.Level.ToString(CultureInfo.InvariantCulture)).Append("\"><a href=\"#")
                    .Append(E(anchors[h])).Append("\">").Append(E(h.Text)).Append("</a></li>\n");
            }

            sb.Append("</ol>\n</nav>\n");
        }

        var open = false;
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading { Level: 1 } h:
                    if (open)
                    {
                        sb.Append("</section>\n");
                    }

                    sb.Append("<section class=\"part\">\n");
                    open = true;
                    sb.Append("<h2 id=\"").Append(E(anchors[h])).Append("\">").Append(E(h.Text)).Append("</h2>\n");
                    break;
                case Heading h:
                    var tag = "h" + Math.Min(h.Level + 1, 6).ToString(CultureInfo.InvariantCulture);
                    sb.Append('<').Append(tag).Append(" id=\"").Append(E(anchors[h])).Append("\">").Append(E(h.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case Paragraph p:
                    sb.Append(p.FirstLineIndent ? "<p class=\"indent\">" : "<p>");
                    foreach (var r in p.Runs)
                    {
                        sb.Append(r.Bold ? "<strong>" + E(r.Text) + "</strong>" : E(r.Text));
                    }

                    sb.Append("</p>\n");
                    break;
                case TableBlock t:
                    Table(sb, t.Table, t.Landscape);
                    break;
                case GridBlock g:
                    Grid(sb, g);
                    break;
            }
        }

        if (open)
        {
            sb.Append("</section>\n");
        }

        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string Span(int rowSpan, int colSpan) =>
        (rowSpan > 1 ? $" rowspan=\"{rowSpan.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty)
        + (colSpan > 1 ? $" colspan=\"{colSpan.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty);

    private static void Table(StringBuilder sb, DisclosureTable t, bool wide)
    {
        sb.Append("<div class=\"table-wrap").Append(wide ? " wide" : string.Empty).Append("\">\n<table>\n<caption>")
            .Append(E(t.Title)).Append("<span class=\"meta\"><span>部门：").Append(E(t.DepartmentName)).Append("</span><span>")
            .Append(E(t.Year.ToString())).Append(" 年度</span><span>")
            .Append(t.Number.Length > 0 ? E(t.Number) + "　" : string.Empty)
            .Append("金额单位：").Append(E(t.AmountUnit)).Append("</span></span></caption>\n<thead>\n");
        for (var r = 0; r < t.HeaderRowCount; r++)
        {
            sb.Append("<tr>");
            foreach (var h in t.Header.Where(h => h.Row == r).OrderBy(h => h.Column))
            {
                var scope = h.ColSpan > 1 ? "colgroup" : "col";
                sb.Append("<th scope=\"").Append(scope).Append('"').Append(Span(h.RowSpan, h.ColSpan)).Append('>').Append(E(h.Text)).Append("</th>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            sb.Append(row.Kind == RowKind.Total ? "<tr class=\"total\">" : "<tr>");
            for (var c = 0; c < row.Cells.Count;)
            {
                var cell = row.Cells[c];
                var span = Span(1, cell.ColSpan);
                if (cell.Kind == CellKind.Text && cell.Text.Length > 0)
                {
                    sb.Append("<th scope=\"row\"").Append(span).Append('>').Append(E(cell.Text)).Append("</th>");
                }
                else
                {
                    var cls = cell.Kind switch
                    {
                        CellKind.Amount => " class=\"num\"",
                        CellKind.LineNumber => " class=\"line\"",
                        CellKind.Code => " class=\"code\"",
                        _ => string.Empty,
                    };
                    sb.Append("<td").Append(cls).Append(span).Append('>').Append(E(cell.Text)).Append("</td>");
                }

                c += Math.Max(1, cell.ColSpan);
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        if (t.Notes.Count > 0)
        {
            sb.Append("<div class=\"notes\">");
            foreach (var note in t.Notes)
            {
                sb.Append("<p>").Append(E(note)).Append("</p>");
            }

            sb.Append("</div>\n");
        }

        sb.Append("</div>\n");
    }

    private static void Grid(StringBuilder sb, GridBlock g)
    {
        sb.Append("<div class=\"table-wrap").Append(g.Landscape ? " wide" : string.Empty).Append("\">\n<table>\n<caption>").Append(E(g.Title));
        if (g.Subtitle is not null)
        {
            sb.Append("<span class=\"meta\"><span>").Append(E(g.Subtitle)).Append("</span></span>");
        }

        sb.Append("</caption>\n");
        var inHead = false;
        var bodyOpen = false;
        foreach (var row in g.Rows)
        {
            if (row.IsHeader && !inHead && !bodyOpen)
            {
                sb.Append("<thead>\n");
                inHead = true;
            }
            else if (!row.IsHeader && !bodyOpen)
            {
                if (inHead)
                {
                    sb.Append("</thead>\n");
                    inHead = false;
                }

                sb.Append("<tbody>\n");
                bodyOpen = true;
            }

            sb.Append("<tr>");
            foreach (var cell in row.Cells.OrderBy(c => c.Column))
            {
                var tag = row.IsHeader ? "th" : "td";
                var attrs = row.IsHeader ? " scope=\"col\"" : cell.AlignRight ? " class=\"num\"" : string.Empty;
                var text = cell.Bold && !row.IsHeader ? "<strong>" + E(cell.Text) + "</strong>" : E(cell.Text);
                sb.Append('<').Append(tag).Append(attrs).Append(Span(cell.RowSpan, cell.ColSpan)).Append('>').Append(text).Append("</").Append(tag).Append('>');
            }

            sb.Append("</tr>\n");
        }

        sb.Append(inHead ? "</thead>\n" : string.Empty).Append(bodyOpen ? "</tbody>\n" : string.Empty).Append("</table>\n</div>\n");
    }
}
