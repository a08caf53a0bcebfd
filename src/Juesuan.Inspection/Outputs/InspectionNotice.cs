using System.Globalization;
using Juesuan.Renderers.Docx;
using Juesuan.Reporting.Document;

namespace Juesuan.Inspection.Outputs;

/// <summary>
/// 检查通报.docx: the notice a finance bureau circulates after a 公开检查 — its title, the overall situation (how many
/// departments should publish, published, on time, the average score, what was found), the ranking table, the typical
/// problems each with real examples from the batch (department, file and place quoted), and the requirements
/// (整改要求). Composed as a <see cref="ReportDocument"/> and laid out by the report's DOCX writer (its 黑体 headings
/// over a 宋体 body); every figure comes from the <see cref="InspectionSummary"/>.
/// </summary>
public static class InspectionNotice
{
    public const string FileName = "检查通报.docx";

    public static void Write(InspectionSummary summary, Stream output) => DocxReportWriter.Write(Compose(summary), output);

    public static ReportDocument Compose(InspectionSummary s)
    {
        var year = s.Year is { } y ? N(y) : "本";
        var date = s.Result.InspectedAt.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var blocks = new List<ReportBlock>
        {
            new Paragraph("各部门：") { FirstLineIndent = false },
            new Paragraph($"根据《中华人民共和国预算法》第十四条、中共中央办公厅 国务院办公厅《关于进一步推进预算公开工作的意见》（中办发〔2016〕13号）和财政部《地方预决算公开操作规程》（财预〔2016〕143号）的规定，{date}对各部门{year}年度部门决算公开情况进行了检查。现将检查情况通报如下。"),
            new Heading(2, "一、总体情况"),
            new Paragraph(Overview(s, year)),
            new Paragraph(Found(s)),
            new Heading(2, "二、检查得分"),
            new Paragraph(s.Ranking.Count == 0
                ? "本次检查未计算得分。"
                : $"按完整性、细化程度、真实性、规范性、及时性五个方面评分，{N(s.DepartmentRanking.Count)} 个{(s.DepartmentRanking[0].Level == ScoreLevel.Department ? "部门" : "报告")}的得分和名次见下表，各份报告的得分和各项扣分原因见检查结果工作簿的“排名”工作表。"),
        };
        if (s.Ranking.Count > 0)
        {
            blocks.Add(RankingGrid(s, year));
        }

        blocks.Add(new Heading(2, "三、存在的主要问题"));
        if (s.TypicalProblems.Count == 0)
        {
            blocks.Add(new Paragraph("本次检查未发现错误或需要关注的问题。"));
        }

        for (var i = 0; i < s.TypicalProblems.Count; i++)
        {
            var p = s.TypicalProblems[i];
            blocks.Add(new Heading(3, $"（{ChineseOrdinal(i + 1)}）{p.Title}"));
            blocks.Add(new Paragraph($"涉及 {N(p.Departments)} 个部门（单位），共 {N(p.Findings)} 处（规则 {p.RuleId}）。例如："));
            foreach (var e in p.Examples)
            {
                blocks.Add(new Paragraph([new TextRun(e.Department, Bold: true), new TextRun($"（{e.Files}，{e.Place}）：{e.Message}")]));
            }
        }

        blocks.Add(new Heading(2, "四、整改要求"));
        blocks.AddRange(Requirements(s).Select(r => new Paragraph(r)));
        blocks.Add(new Paragraph($"附件：检查结果（{InspectionWorkbook.FileName}，含全部问题清单和各部门明细）") { FirstLineIndent = false });
        blocks.Add(new Paragraph(date) { FirstLineIndent = false });

        return new ReportDocument
        {
            TitleLines = [$"关于{year}年度部门决算公开检查情况的通报"],
            DepartmentName = string.Empty,
            Year = s.Year ?? s.Result.InspectedAt.Year,
            Profile = "inspection-notice",
            HasTableOfContents = false,
            TitleOnOwnPage = false,
            Blocks = blocks,
        };
    }

    private static string Overview(InspectionSummary s, string year)
    {
        var files = $"本次共检查文件 {N(s.Files.Count)} 个（{string.Join("、", s.Kinds.Select(k => $"{k.Kind} {N(k.Files)} 个"))}）";
        if (s.FilesUnreadable > 0)
        {
            files += $"，其中 {N(s.FilesUnreadable)} 个无法读取";
        }

        if (s.FilesUnmatched > 0)
        {
            files += $"，{N(s.FilesUnmatched)} 个未能对应到应公开单位名录";
        }

        var missing = s.DepartmentsToPublish - s.DepartmentsPublished;
        var published = $"应公开{year}年度部门决算的部门 {N(s.DepartmentsToPublish)} 个，已公开 {N(s.DepartmentsPublished)} 个"
            + (missing > 0 ? $"，未公开 {N(missing)} 个" : string.Empty);
        var onTime = s.DepartmentsOnTime is { } t ? $"按时公开 {N(t)} 个" : "及时性因未提供批复和公开日期未评估";
        var average = s.AverageScore is { } a ? $"，平均得分 {a.ToString("0.##", CultureInfo.InvariantCulture)} 分" : string.Empty;
        return $"{files}。{published}；{onTime}{average}。";
    }

    private static string Found(InspectionSummary s)
    {
        var byRule = s.Findings.Count(f => f.Source == "检查");
        return $"共发现问题 {N(s.Errors + s.Warnings)} 处，其中错误（数字矛盾超出尾差）{N(s.Errors)} 处、需要核实的警告 {N(s.Warnings)} 处，另有提示 {N(s.Notes)} 条；"
            + $"跨报告检查（部门与所属单位、上年数、重复文件）和名录核对发现 {N(byRule)} 条。";
    }

    /// <summary>The departments' ranking as a portrait table: 名次, 部门, 总分 and the five dimensions (a department once, not again as its report).</summary>
    private static GridBlock RankingGrid(InspectionSummary s, string year)
    {
        var header = new[] { "名次", "部门（单位）", "总分" }.Concat(Enum.GetValues<ComplianceDimension>().Select(ChineseNames.Of)).ToList();
        var rows = new List<GridRow> { new(header.Select((h, c) => new GridCell(c, h)).ToList(), IsHeader: true) };
        foreach (var r in s.DepartmentRanking)
        {
            var cells = new List<GridCell> { new(0, N(r.Rank)), new(1, r.Name), new(2, Score(r.Total), AlignRight: true) };
            for (var d = 0; d < r.Dimensions.Count; d++)
            {
                cells.Add(new GridCell(3 + d, r.Dimensions[d] is { } v ? Score(v) : "—", AlignRight: true));
            }

            rows.Add(new GridRow(cells));
        }

        return new GridBlock($"{year}年度部门决算公开检查得分排名", null, header.Count, rows)
        {
            ColumnWidths = [5, 30, 7, 7, 8, 7, 7, 7],
            Landscape = false,
        };
    }

    private static IEnumerable<string> Requirements(InspectionSummary s)
    {
        var missing = s.DepartmentsToPublish - s.DepartmentsPublished;
        var n = 1;
        if (missing > 0)
        {
            yield return $"{ChineseOrdinal(n++)}、尚未公开部门决算的 {N(missing)} 个部门，应于收到本通报之日起 5 个工作日内在本部门门户网站或政府门户网站预决算公开专栏公开，并报送公开网址。";
        }

        yield return $"{ChineseOrdinal(n++)}、各部门应对照检查结果工作簿列出的问题逐项核实，属于表间、表内或表与说明数字不一致的，更正后重新公开，并在公开页面注明更正情况；检查发现错误的部门于 10 个工作日内报送整改情况。";
        yield return $"{ChineseOrdinal(n++)}、部门决算应公开九张表和情况说明、名词解释、部门概况，空表应注明原因；一般公共预算财政拨款支出细化到功能分类项级，基本支出细化到经济分类款级，“三公”经费分项说明并解释增减原因。";
        yield return $"{ChineseOrdinal(n++)}、部门决算与所属单位决算、本年决算中的上年数与上年已公开决算应当一致；口径调整的，应在说明中注明。同一年度重复或更正公开的，应撤下错误版本。";
        yield return $"{ChineseOrdinal(n)}、财政部门将对整改情况进行复查，复查结果纳入下一年度预决算公开检查评分。";
    }

    private static string Score(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string ChineseOrdinal(int n) => n switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        4 => "四",
        5 => "五",
        6 => "六",
        7 => "七",
        8 => "八",
        9 => "九",
        _ => N(n),
    };
}
