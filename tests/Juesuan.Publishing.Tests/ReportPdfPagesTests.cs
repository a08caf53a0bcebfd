using Juesuan.Audit;
using Juesuan.Core.Published;

namespace Juesuan.Publishing.Tests;

/// <summary>
/// report.txt's lines found on the pages of a PDF's text, and findings placed with them: each case is the shape a
/// LibreOffice page gives (a footer, a paragraph cut by a page break, a 目录 that repeats the headings, a table's
/// stacked headings and its header repeated on the next page).
/// </summary>
public sealed class ReportPdfPagesTests
{
    private const string Text = "目录\n一、收入支出决算总体情况说明\n二、财政拨款支出决算情况说明\n\f"
        + "一、收入支出决算总体情况说明\n2024年度收入总计7972.87万元，支出总计7972.87万元。与上年相比，收支总计各增加1.00万元，主要原因是人员调整。\n"
        + "二、财政拨款支出决算情况说明\n\f"
        + "项目\t本年收入合计\t附属单位上缴收入\n合计\t\t7,973\n201\t一般公共服务支出\t466\n2080705\t公益性岗位补贴\t1,193\n";

    private static readonly string[] Pages =
    [
        "辽宁省某局\n2024 年度部门决算",
        "目录\n一、收入支出决算总体情况说明......1\n二、财政拨款支出决算情况说明......2",
        // The paragraph runs on to the next page, past the footer.
        "一、收入支出决算总体情况说明\n2024 年度收入总计 7972.87 万元，支出总计 7972.87 万元。与上年相比，收\n第 1 页",
        "支总计各增加 1.00 万元，主要原因是人员调整。\n二、财政拨款支出决算情况说明\n第 2 页",
        // Stacked headings; cells marked with their x as PdfText marks them.
        "项目\n附属单位上缴\n\u001F95\u001F本年收入合计\t\u001F413\u001F收入\n\u001F83\u001F合计\t\u001F366\u001F7,973\n\u001F83\u001F201\t\u001F167\u001F一般公共服务支出\t\u001F366\u001F466\n第 3 页",
        // The header repeated on the continuation page.
        "项目\n附属单位上缴\n本年收入合计\t收入\n2080705\t公益性岗位补贴\t1,193\n第 4 页",
    ];

    [Fact]
    public void Each_line_is_on_the_page_that_prints_it()
    {
        var pages = ReportPdfPages.Align(Text, Pages);

        Assert.Equal(6, pages.PageCount);
        // The 目录's entries (lines 2, 3) are on the 目录's page, the same headings in the body (4, 6) on the body's.
        Assert.Equal((2, 2), pages.PagesOf(2));
        Assert.Equal((2, 2), pages.PagesOf(3));
        Assert.Equal((3, 3), pages.PagesOf(4));
        Assert.Equal((4, 4), pages.PagesOf(6));
        // A paragraph cut by a page break and its footer runs over both pages.
        Assert.Equal((3, 4), pages.PagesOf(5));
        // A header whose headings are stacked, rows under it, and a row on the page the header is repeated on.
        Assert.Equal((5, 5), pages.PagesOf(7));
        Assert.Equal((5, 5), pages.PagesOf(8));
        Assert.Equal((5, 5), pages.PagesOf(9));
        Assert.Equal((6, 6), pages.PagesOf(10));
        // Blank lines and lines outside the text print nothing.
        Assert.Null(pages.PagesOf(11));
        Assert.Null(pages.PagesOf(0));
        // Footers: the cover and the 目录 are not numbered.
        Assert.Equal([null, null, 1, 2, 3, 4], Enumerable.Range(1, 6).Select(pages.PrintedNumber));
    }

    [Fact]
    public void A_finding_names_the_pdf_page_and_the_txt_line_instead_of_the_text_s_part()
    {
        var pages = ReportPdfPages.Align(Text, Pages);
        var table = new AuditFinding("T-TOTAL", Severity.Note, "公开02表 收入决算表 2080705", "差 1")
        {
            At = new PrintedPlace(3, 10) { Table = "收入决算表", Row = 4, Column = 1 },
        };
        var narrative = new AuditFinding("W-TERMS", Severity.Note, "第2页 第5行", "「甲」（第1页 第2行）与「乙」（第2页 第6行）")
        {
            At = new PrintedPlace(2, 5),
        };
        var package = new AuditFinding("F-BALANCE", Severity.Error, "数据包", "收支不平衡");

        var placed = OwnReportPlaces.Locate([table, narrative, package], pages);

        Assert.Equal("公开02表 收入决算表 2080705 report.pdf 第6页（页脚第4页），report.txt 第10行", placed[0].Place);
        Assert.Equal(new OutputPlace(10) { PdfPage = 6, PdfLastPage = 6, PdfPageNumber = 4, PdfLastPageNumber = 4 }, placed[0].Output);
        Assert.Equal("report.pdf 第3–4页（页脚第1–2页），report.txt 第5行", placed[1].Place);
        Assert.Equal("「甲」（report.pdf 第2页，report.txt 第2行）与「乙」（report.pdf 第4页（页脚第2页），report.txt 第6行）", placed[1].Message);
        Assert.Same(package, placed[2]);

        // Without a PDF: the line of report.txt only, never the text's part as a page.
        var unplaced = OwnReportPlaces.Locate([table, narrative], null);
        Assert.Equal("公开02表 收入决算表 2080705 report.txt 第10行", unplaced[0].Place);
        Assert.Equal("report.txt 第5行", unplaced[1].Place);
        Assert.Equal(new OutputPlace(10), unplaced[0].Output);
        Assert.DoesNotContain("页", unplaced[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pattern_rewritten_is_the_one_printed_places_write()
    {
        // OwnReportPlaces rewrites 第P页 第L行 as PrintedPlace.ToString writes it; a change there must show here.
        var place = new PrintedPlace(3, 158) { Table = "支出决算表", Row = 10, Column = 2 };
        var finding = new AuditFinding("X", Severity.Note, place.ToString(), "m") { At = place };
        Assert.Equal("支出决算表 report.txt 第158行 行10 栏2", OwnReportPlaces.Locate(finding, null).Place);
    }
}
