using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Rules;

/// <summary>C-TABLES: all nine standard tables are published.</summary>
public sealed class NineTablesPresent : IAuditRule
{
    public string Id => "C-TABLES";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "公开检查：九张公开表齐全（无数据的表也应公开并注明）";

    public string Why => "部门决算公开要求九张表全部公开，空表保留表样并说明。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // A government's 财政决算 report owes none of a department's tables: what it is is said once, here.
        if (report.Nature == DocumentNature.GovernmentFiscalReport)
        {
            yield return new AuditFinding(Id, Severity.Note, report.Document, CompletenessMessages.GovernmentReportNotChecked());
            yield break;
        }

        if (!DocumentScope.PresentsWholeReport(report))
        {
            var missing = TableSpecs.All.Where(s => !report.HasTable(s.Table)).Select(s => s.Name).ToList();
            if (missing.Count > 0)
            {
                yield return new AuditFinding(Id, Severity.Note, report.Document, CompletenessMessages.FragmentLacksTables(DocumentScope.Describe(report), missing));
            }

            yield break;
        }

        foreach (var (kind, name) in TableSpecs.All.Select(s => (s.Table, s.Name)))
        {
            if (!report.HasTable(kind))
            {
                yield return new AuditFinding(Id, Severity.Error, report.Document, CompletenessMessages.TableMissing(name));
            }
            else if (report.Table(kind) is { Truncated: true } t)
            {
                yield return new AuditFinding(Id, Severity.Warning, t.Title, CompletenessMessages.TableTruncated(t.Title));
            }
        }
    }
}

/// <summary>C-SECTIONS: the narrative explains 三公, 机关运行经费, 政府采购, 国有资产, 绩效, and has 名词解释.</summary>
public sealed partial class SectionsPresent : IAuditRule
{
    public string Id => "C-SECTIONS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "公开检查：说明“三公”经费（含数量）、机关运行经费、政府采购、国有资产占用、预算绩效，并有名词解释";

    public string Why => "这些是部门决算公开的必备内容，缺一即不合规。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // A government's 财政决算 report owes none of a department's parts (C-TABLES says what it is).
        if (report.Nature == DocumentNature.GovernmentFiscalReport)
        {
            yield break;
        }

        var required = new (ReportSection Section, string Name)[]
        {
            (ReportSection.ThreePublic, "“三公”经费说明"), (ReportSection.OfficeOperatingCost, "机关运行经费"),
            (ReportSection.Procurement, "政府采购"), (ReportSection.Assets, "国有资产占用"), (ReportSection.Performance, "预算绩效"),
            (ReportSection.Glossary, "名词解释"),
        };
        var absent = required.Where(r => !report.Sections.Contains(r.Section)).ToList();
        if (!DocumentScope.PresentsWholeReport(report))
        {
            if (absent.Count > 0)
            {
                yield return new AuditFinding(Id, Severity.Note, report.Document,
                    CompletenessMessages.FragmentLacksSections(DocumentScope.Describe(report), [.. absent.Select(a => a.Name)]));
            }
        }
        else
        {
            foreach (var (_, name) in absent)
            {
                yield return new AuditFinding(Id, Severity.Error, report.Document, CompletenessMessages.SectionMissing(name));
            }
        }

        // Counts are owed when there was 三公 spending: "本年度无“三公”经费财政拨款支出" says all there is to say.
        var noSpending = report.Lines.Any(l => l.Text.Contains("无“三公”经费", StringComparison.Ordinal) || l.Text.Contains("无三公经费", StringComparison.Ordinal));
        // Owed where the narrative states 三公 money spent; given where a count is read or the words count (批次, 团组, 辆) are printed.
        var spent = report.Claims.Any(c => c.Measure == Measure.Amount && c.Number.Value > 0m
            && (c.Subject == NarrativeItems.ThreePublicTotal || c.Subject.StartsWith(NarrativeItems.ThreePublicPrefix, StringComparison.Ordinal)));
        var counted = report.Lines.Any(l => CountWords().IsMatch(l.Text)) || CountedInCells(report.Lines);
        // A news article reporting someone's 三公 figures owes no counts: the report it cites is where they are.
        // Nor does a text cut off inside a sentence: the counts may be after the cut. Nor a 部门预算 statement: a budget plans money, not vehicles and batches.
        if (report.Sections.Contains(ReportSection.ThreePublic) && !noSpending && spent && !counted && !DocumentScope.IsNewsArticle(report) && !DocumentScope.IsAggregate(report) && !DocumentScope.CutOff(report) && !DocumentScope.EndsInTable(report)
            && report.Nature != DocumentNature.Budget && !OpensWithBudget(report)
            && !report.Claims.Any(f => f.Subject.StartsWith(NarrativeItems.ThreePublicCountPrefix, StringComparison.Ordinal)))
        {
            yield return new AuditFinding(Id, Severity.Warning, report.Document, CompletenessMessages.ThreePublicCountsMissing());
        }
    }

    /// <summary>
    /// "一、2022年“三公”经费预算安排情况 … 二、2021年“三公”经费决算情况": a budget statement that recalls last year's accounts — its
    /// first word on 三公 is of the budget, before any word of 决算.
    /// </summary>
    private static bool OpensWithBudget(PublishedReport report) =>
        report.Lines.FirstOrDefault(l => l.Text.Contains("三公", StringComparison.Ordinal)) is { } first
        && ThreePublicBudget().IsMatch(Residue.Flat(first.Text));

    // "一、2022年“三公”经费预算安排情况", "…2023年“三公”经费预算和2022年“三公”经费决算公开说明" — not "“三公”经费预算数…决算数…",
    // a 决算 report's comparison.
    [GeneratedRegex(@"^[^决]*三公”?经费(?:财政拨款)?预算(?:安排情况|安排|总计|总额|和|及|公开|情况)")]
    private static partial Regex ThreePublicBudget();

    /// <summary>A table printed one cell per line ("公务用车保有量" / "694"): the count's name, then within two lines a bare number.</summary>
    private static bool CountedInCells(IReadOnlyList<PrintedLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (CountName().IsMatch(lines[i].Text.Trim())
                && lines.Skip(i + 1).Take(3).FirstOrDefault(l => l.Text.Trim().Length > 0) is { } next && BareNumber().IsMatch(next.Text.Trim()))
            {
                return true;
            }
        }

        return false;
    }

    // Arabic or Chinese numerals (壹辆, 三台) before the unit; 台 for vehicles counted as machines ("保有329台公务车"). Each run
    // of numerals is tried from its start only: from every digit of a 200,000-digit run the scan was quadratic (80 s).
    [GeneratedRegex(@"(?<!\d)\d+\s*(?:批次|批|个团组|辆|台公务)|(?<![一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰])[一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+\s*(?:辆|台公务)|团组\s*\d+|批次\s*\d+|保有量\s*(?:为)?\s*(?:\d+|[一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]+)")]
    private static partial Regex CountWords();

    [GeneratedRegex(@"^(?:因公出国（境）|因公出国\(境\))?(?:团组数|人次|公务用车购置数|公务用车保有量|国内公务接待批次|国内公务接待人次)$")]
    private static partial Regex CountName();

    [GeneratedRegex(@"^[\d,，]+$")]
    private static partial Regex BareNumber();
}

/// <summary>C-EMPTY: a table with no figures says so (under the table, or in the narrative).</summary>
public sealed partial class EmptyTableExplained : IAuditRule
{
    // Amounts with their decimals: a 栏次 "1" / "2" / "3" or a page number alone is no figure of the table's.
    [GeneratedRegex(@"^[|\s]*-?\d[\d,]*\.\d+[|\s]*$")]
    private static partial Regex LoneFigure();

    public string Id => "C-EMPTY";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "公开检查：空表保留表样并注明（如“本表无数据”“本部门本年度无政府性基金预算财政拨款收入和支出”）";

    public string Why => "空表不说明，读者无法区分“没有这类资金”和“漏填”。";

    private static readonly string[] Statements = ["为空", "无数据", "无此类", "没有", "未发生", "未安排"];

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var starts = report.Tables.Select(t => t.Place.Line ?? 0).Where(l => l > 0).Order().ToList();
        // A table the text ends under (its rows cut off) is not empty: C-TABLES' warning or the fragment's note says so.
        // A table outside the nine is read as printed, not checked: its emptiness may be the reading's.
        foreach (var t in report.Tables.Where(t => t.PrintedEmpty && !t.Truncated && !t.LayoutUnclear && t.Kind != PublicTable.Other && t.Place.Line is not null))
        {
            var from = t.Place.Line!.Value;
            var to = starts.FirstOrDefault(l => l > from, int.MaxValue);
            var under = report.Lines.Where(l => l.Place.Line > from && l.Place.Line < to).Select(l => l.Text).ToList();
            // "1.69" / "1.69" / "因公出国(境)费" / "0.00"…: figures printed a cell to a line under a header whose labels are blank
            // (徽州师范 2022) — the table has data the reading did not place; it is not empty.
            if (under.Take(80).Count(text => LoneFigure().IsMatch(text.Trim())) >= 2)
            {
                continue;
            }

            var said = under.Any(text => Statements.Any(s => text.Contains(s, StringComparison.Ordinal)));
            if (!said && t.Kind != PublicTable.Other && TableSpecs.Of(t.Kind).Subject is { } subject)
            {
                said = report.Lines.Any(l => l.Text.Contains("无" + subject, StringComparison.Ordinal) || l.Text.Contains("没有" + subject, StringComparison.Ordinal));
            }

            if (!said && report.Lines.Count > 0)
            {
                yield return new AuditFinding(Id, Severity.Warning, t.Title, CompletenessMessages.EmptyTableUnexplained(t.Title)) { At = t.Place };
            }
        }
    }
}

/// <summary>
/// Whether a document presents itself as the whole report (then whatever it lacks is an error) or is a fragment — a
/// page with only the 目录 and 概况, a stand-alone 三公 statement, a narrative whose tables were published apart —
/// whose absent parts are said once, as a note.
/// </summary>
internal static partial class DocumentScope
{
    /// <summary>
    /// Whole: most of the nine tables are there with some narrative (its figures, or a heading no table title has), or its 目录 promises the tables and the narrative.
    /// The nine tables alone (a workbook published beside the narrative) are a fragment.
    /// </summary>
    public static bool PresentsWholeReport(PublishedReport report)
    {
        // A text cut off (a stored page, an excerpt) holds the report up to the cut, whatever it promised.
        if (CutOff(report))
        {
            return false;
        }

        var tables = TableSpecs.All.Count(s => report.HasTable(s.Table));
        if (tables >= 5 && (report.Statements.Count > 0 || report.Sections.Any(s => s is ReportSection.Overview or ReportSection.Duties or ReportSection.Units
            or ReportSection.OfficeOperatingCost or ReportSection.Procurement or ReportSection.Assets or ReportSection.Performance or ReportSection.Glossary)))
        {
            return true;
        }

        // "决算公开表格附后", "详见附件": a narrative whose tables were published apart.
        if (tables == 0 && TablesPublishedApart(report))
        {
            return false;
        }

        var contents = string.Concat(report.Contents.Select(c => c.Text));
        var promisesTables = contents.Contains("决算表", StringComparison.Ordinal) || contents.Contains("公开0", StringComparison.Ordinal);
        var promisesNarrative = contents.Contains("情况说明", StringComparison.Ordinal);
        return promisesTables && promisesNarrative && (tables > 0 || report.Statements.Count > 0);
    }

    /// <summary>
    /// A region's 三公 figures added up over its departments ("经汇总，本级2020年…“三公”经费决算数为1421万元", "从汇总数据看，
    /// 2021年县本级“三公”经费…"): a summary, not one department's statement — the counts a department owes are in theirs.
    /// </summary>
    public static bool IsAggregate(PublishedReport report) =>
        report.Lines.Take(60).Any(l => Aggregated().IsMatch(l.Text)) || report.Statements.Any(s => Aggregated().IsMatch(s.Text));

    // "经汇总", "经昌宁县财政局汇总", "从汇总数据看", "本级汇总".
    [GeneratedRegex(@"经(?!费)[^，。；,]{0,12}汇总|汇总数据|本级汇总")]
    private static partial Regex Aggregated();

    /// <summary>
    /// A news article about a report ("新华社北京7月18日电（记者 …）", "本报讯"): its opening lines say so. Not the
    /// "责任编辑" or "来源" of a web page: a government site prints those above the department's own report.
    /// </summary>
    public static bool IsNewsArticle(PublishedReport report) =>
        report.Lines.Take(12).Any(l => NewsOpening().IsMatch(l.Text));

    /// <summary>
    /// The text stops before its end: inside a sentence, or inside a table — the last table runs to the end of the text while
    /// the 目录's last entry never appears ("…决算总表" rows, then nothing of 第三部分 or 第四部分), or the text ends in bare
    /// figures one to a line ("427.83" / "80.15" / "18.73%") that no table was read from.
    /// </summary>
    public static bool CutOff(PublishedReport report)
    {
        if (report.EndsMidSentence)
        {
            return true;
        }

        // "四、财政拨款收入支出决算" for the 目录's "四、财政拨款收入支出决算总表": the last line is a heading cut short.
        var final = report.Lines.LastOrDefault(l => l.Text.Trim().Length > 0);
        if (final is not null && Wording.Key(final.Text) is { Length: >= 6 } cut && (final.Place.Line ?? 0) > (report.Contents.LastOrDefault()?.Place.Line ?? 0)
            && report.Contents.Any(c => Wording.Key(c.Text) is var entry && entry.Length > cut.Length && entry.StartsWith(cut, StringComparison.Ordinal)))
        {
            return true;
        }

        // "一、收入支出决算总体情况说明" with nothing under it, the 目录 listing more after it (散水头 2019): no report ends on a
        // heading — the page's text stops there.
        if (final is not null && Wording.Key(final.Text) is { Length: >= 4 } heading && Wording.Ordinal(heading).Length > 0
            && (final.Place.Line ?? 0) > (report.Contents.LastOrDefault()?.Place.Line ?? 0)
            && report.Contents.SkipLast(1).Any(c => Wording.Key(c.Text) == heading))
        {
            return true;
        }

        var last = report.Lines.Where(l => l.Text.Trim().Length > 0).TakeLast(3).Select(l => l.Text.Trim().TrimEnd('|').Trim()).ToList();
        if (last.Count == 3 && last.All(l => l.Length <= 12 && !l.Contains('。')) && last.Count(l => FigureCell().IsMatch(l)) >= 2)
        {
            return true;
        }

        if (report.Contents.Count == 0 || !EndsInTable(report))
        {
            return false;
        }

        var tocEnd = report.Contents[^1].Place.Line ?? 0;
        var entry = Wording.Key(report.Contents[^1].Text);
        var core = entry[Wording.Ordinal(entry).Length..];
        return !report.Lines.Any(l => (l.Place.Line ?? 0) > tocEnd && Wording.Key(l.Text) is { Length: > 0 } key
            && (key == entry || key.StartsWith(entry, StringComparison.Ordinal) || (core.Length >= 4 && key.EndsWith(core, StringComparison.Ordinal))));
    }

    /// <summary>The text's last table runs to its end ("合 计 | 31.66 | 13.49 |" … "其中:(1)公务用车购"): what the table would go on to show may be after the cut.</summary>
    public static bool EndsInTable(PublishedReport report) => report.Tables.MaxBy(t => t.Place.Line ?? 0) is { Truncated: true };

    /// <summary>The text says its tables are elsewhere: "决算公开表格附后", "详见附件".</summary>
    public static bool TablesPublishedApart(PublishedReport report) => report.Lines.Any(l => TablesElsewhere().IsMatch(l.Text)) || EmptyTablesPart(report);

    /// <summary>
    /// "第一部分 2024年度部门决算报表" with "第二部分 …说明" on the next line, after the 目录: the part that holds the tables
    /// holds nothing here (a web page that links them as files).
    /// </summary>
    private static bool EmptyTablesPart(PublishedReport report)
    {
        var tocEnd = report.Contents.Count > 0 ? report.Contents[^1].Place.Line ?? 0 : 0;
        var lines = report.Lines.Where(l => (l.Place.Line ?? 0) > tocEnd && l.Text.Trim().Length > 0).ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (TablesPart().IsMatch(lines[i].Text) && Part().IsMatch(lines[i + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*第[一二三四五六七八九十]部分\s*\S*(?:决算报表|决算表|公开表|决算公开表)\s*$")]
    private static partial Regex TablesPart();

    [GeneratedRegex(@"^\s*第[一二三四五六七八九十]部分")]
    private static partial Regex Part();

    public static string Describe(PublishedReport report) =>
        CompletenessMessages.DocumentHolds(TableSpecs.All.Count(s => report.HasTable(s.Table)), report.Statements.Count, report.Contents.Count > 0,
            IsNewsArticle(report), CutOff(report));

    // Also the reporter's sources: "10月18日从河南省财政厅了解到", "据省财政厅有关负责人分析" (a traditional text is read simplified first),
    // and a reporter's framing: "福建省财政厅晒出2016年省级“三公”经费决算支出账单。从公布的数据来看…".
    [GeneratedRegex(@"(?:新华社|中新社|中新网|人民网|央视网|新华网|澎湃新闻|本报|本台)[^。]{0,16}(?:电|讯)|^\s*(?:本报讯|【[^】]{0,10}讯】)|[（(]记者\s*[\u4e00-\u9fff]{2,4}|^\s*\d{1,2}月\d{1,2}日[，,]?(?:记者)?从[^。，,]{2,24}(?:了解到|获悉)|据[^。，,]{2,20}(?:有关)?负责人(?:介绍|分析|表示|透露)|晒出[^。]{0,30}账单|从公布的数据(?:来)?看")]
    private static partial Regex NewsOpening();

    [GeneratedRegex(@"表格?附后|附表附后|详见附件|见附件|见附表|表格另附")]
    private static partial Regex TablesElsewhere();

    [GeneratedRegex(@"^-?[\d,，.．]+%?$")]
    private static partial Regex FigureCell();
}
