using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>R-PLACEHOLDER: the template's placeholders left in the report (XX局, XXX万元, ××, （单位名称）, 20XX).</summary>
public sealed partial class Placeholders : IAuditRule
{
    public string Id => "R-PLACEHOLDER";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "模板占位符未替换（XX局、XXX万元、XX%、××、（单位名称）、20XX、“******人民政府”、“包括……。”），金额印成“*”（“预算数*元”），或“……如下：”之后没有内容就是下一节";

    public string Why => "占位符说明报告是照模板填写而未填完，公开检查中属于明显差错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // One placeholder left on many lines ("****财政局" on every line of a page a mirror site masked) is one slip, said once
        // with the other lines it stands on.
        var placeholders = new List<(string Value, PrintedLine Line, string Excerpt)>();
        for (var n = 0; n < report.Lines.Count; n++)
        {
            var line = report.Lines[n];
            var m = Placeholder().Match(line.Text);
            if (m.Success)
            {
                placeholders.Add((m.Value.Trim(), line, Residue.Excerpt(line.Text, m.Index)));
            }
            else if (Masked().Match(line.Text) is { Success: true } k)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.FigureMasked(k.Value, Residue.Excerpt(line.Text, k.Index))) { At = line.Place };
            }

            if (NothingFollows(report.Lines, n) is { } next)
            {
                var flat = Residue.Flat(line.Text);
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.NothingFollows(flat.Length > 30 ? "…" + flat[^30..] : flat, next)) { At = line.Place };
            }
        }

        foreach (var same in placeholders.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            var (value, line, excerpt) = same.First();
            var others = same.Skip(1).Select(p => p.Line.Place).ToList();
            yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.PlaceholderLeft(value, excerpt, others)) { At = line.Place };
        }
    }

    /// <summary>
    /// "绩效目标如下：" and then "二、绩效目标完成情况分析": the list it announces was never filled in — the next line is the heading
    /// after the one this line stands under (one of its series, one number on). A list of its own ("（一）…") is content.
    /// </summary>
    private static string? NothingFollows(IReadOnlyList<PrintedLine> lines, int n)
    {
        var flat = Residue.Flat(lines[n].Text).TrimEnd();
        // (an organisation chart or a table drawn as a picture is lost from a page's text: "内设机构及所属单位如下：")
        if (!flat.EndsWith("如下：", StringComparison.Ordinal) || ChartAnnounced().IsMatch(flat))
        {
            return null;
        }

        var next = n + 1;
        while (next < lines.Count && next <= n + 3 && lines[next].Text.Trim().Length == 0)
        {
            next++;
        }

        if (next >= lines.Count || Heading.Ordinal(Residue.Flat(lines[next].Text)) is not { } after || after.Value < 2)
        {
            return null;
        }

        // The heading this line stands under: the nearest one of the same series above it (bounded: a section is not that long).
        for (var k = n; k >= 0 && k >= n - 200; k--)
        {
            if (Heading.Ordinal(Residue.Flat(lines[k].Text)) is { } above && above.Series == after.Series)
            {
                return above.Value == after.Value - 1 ? Residue.Flat(lines[next].Text) is var h && h.Length > 30 ? h[..30] + "…" : Residue.Flat(lines[next].Text) : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"机构|架构|单位构成|图|表")]
    private static partial Regex ChartAnnounced();

    /// <summary>"项目全年预算数*元", "执行数78.*元", "预算数*，": a figure a mirror or the writer replaced with asterisks.</summary>
    [GeneratedRegex(@"(?<=(?:数|额|为|计|共|资金))\d{0,9}\.?[*＊]{1,3}(?=万?元|[，,。；;])")]
    private static partial Regex Masked();

    // "……" stands for content only where a list or a statement should be: after 包括/：/、 and before the end of the clause
    // ("内设机构包括…… 。", "XX部门本级、XX、……。"); elsewhere an ellipsis is the writer's own.
    [GeneratedRegex(@"(?<![A-Za-z])(?:[XＸxｘ]\s?){2,}(?![A-Za-z])|(?<![A-Za-z\d.])[XＸxｘ](?=万元|元|名|个|人|%|辆)|××|（单位名称）|（部门名称）|(?<=纳入)(?:部门|单位)名称(?=20\d\d年)|(?<![*＊])[*＊]{4,}(?=支出|款|类|项|科目|[，,]|[\u4e00-\u9fff])|20[XＸ]{2}年|202[XＸ]年|(?:包括|[：:、])\s*……\s*(?=[。；）)]|$)|(?<=[\u4e00-\u9fff])(?<![*＊])[*＊]{2,3}(?=个|人|名|辆|家|所|户|万元|元)|(?<=[≥≤>＞<＜=])[*＊]{2,3}(?=平方米|立方米|米|公里|千米|万元|元|个|人|户|亩|次|%)|(?<=[（(])[≥≤]\s?(?:平方米|立方米|米|公里|个|人|户|亩|台|辆|套|件|所|家)(?=[）)])")]
    private static partial Regex Placeholder();
}

/// <summary>R-INSTRUCTION: the template's instructions to the preparer printed in the report, or alternatives left unchosen (增加（减少）).</summary>
public sealed partial class TemplateInstructions : IAuditRule
{
    public string Id => "R-INSTRUCTION";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "模板的填写说明印在报告中（“（如持平作持平表述）”“仍保留该表格式，并在本表下方作下述说明”…），备选词未作选择（“增加（减少）”“大小于”），或决算报告沿用预算的说法（“纳入部门预算汇编范围”）";

    public string Why => "填写说明和未选择的备选词是模板残留，读者会以为报告未完成。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // A report that calls itself 决算 near its top and still speaks of its 预算汇编范围 kept the budget report's sentence.
        var finalAccounts = report.Lines.Take(30).Any(l => l.Text.Contains("决算", StringComparison.Ordinal));
        for (var n = 0; n < report.Lines.Count; n++)
        {
            var line = report.Lines[n];
            var flat = Residue.Flat(line.Text);
            if (finalAccounts && BudgetScope().Match(flat) is { Success: true } scope)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.BudgetScopeWording(scope.Value)) { At = line.Place };
            }

            // An instruction the text layer broke over two lines ("…本部分内容为“机" / "构设置”）") is read across them.
            var joined = n + 1 < report.Lines.Count ? flat + Residue.Flat(report.Lines[n + 1].Text) : flat;
            if (Instruction().Match(joined) is { Success: true } i && i.Index < flat.Length)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.InstructionPrinted(i.Value)) { At = line.Place };
            }
            else if (Unchosen().Match(flat) is { Success: true } u)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.AlternativeUnchosen(u.Value, Residue.Excerpt(flat, u.Index))) { At = line.Place };
            }
            else if (Merged().Match(flat) is { Success: true } g)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.AlternativeHalfDeleted(g.Value, Residue.Excerpt(flat, g.Index))) { At = line.Place };
            }
        }
    }

    [GeneratedRegex(@"（注：如果是[^）]{2,80}?(?:即可|可只说明|可不说明)[^）]{0,40}）|（如持平作持平表述）|（不涉及的不列）|按上述格式依次说明|仍保留该表格式|在本表下方作下述说明|的部门，作下述说明|由主管部门根据[^。]{0,20}填写|（仅有一个单位的部门，本部分内容为“机构设置”）|（无事业收入的单位保留[^）]*）|列明公务(?:用车购置数量|接待批次)|[（(][^（）()]{0,30}?[，,]?按支出功能分类(?:科目)?类级科目逐(?:类|项)分析[）)]|[（(]注[：:]请(?:各)?(?:单位|部门)?根据实际[^）)]{0,20}[）)]|[（(]比照[^（）()]{0,12}内容格式[）)]|[（(]需公开[^（）()]{2,30}[）)]|结合自评情况[，,][^|]{0,40}?[（(]\d{2,3}字以内[）)]|（注：(?:如无|如没有|若无)[^）]{0,30}?，?(?:应|请|须)(?:写明|说明|填写|注明)[^）]{0,30}）?|(?:部门|单位)?应当?按照[^。]{0,24}参照(?:公开)?模板进行[^。]{0,20}|参照公开模板进行[^。]{0,20}|注明(?:因公出国（境）团组数|公务用车购置数|公务接待批次)[^。；]{0,20}|请对[^。；]{0,20}(?:增减变化|变动|变化)原因等?进行说明|[（(](?:为|按)?(?:机构改革后)?[“""]?三定方案[”""]?(?:确定|规定)的(?:职能|职责)[）)]|[（(]由?(?:基层预算单位|中央单位|中央部门|主管部门|一级预算单位|二级预算单位|基层单位|各单位|各部门)(?:编写|填写|填列)[）)]")]
    private static partial Regex Instruction();

    // "增加（减少）", "增加/减少0万元，增长/下降0%", and the template's "决算数小于预算数（或与预算数持平）" / "大于（或等于）" left as printed.
    [GeneratedRegex(@"(?:增加|增长|上升)[/／](?:减少|下降|降低)|(?:减少|下降|降低)[/／](?:增加|增长|上升)|(?:增加|增长|减少|下降|大于|小于|高于|低于)(?:预算数?|上年数?)?（或?(?:与预算数?|与上年数?)?(?:增加|增长|减少|下降|大于|小于|高于|低于|持平|等于)(?:预算数?|上年数?)?）")]
    private static partial Regex Unchosen();

    [GeneratedRegex(@"大小于|小大于|减增加|增减少|增加减少|减少增加")]
    private static partial Regex Merged();

    [GeneratedRegex(@"纳入[^。，；]{0,12}预算(?:汇编|编制)范围")]
    private static partial Regex BudgetScope();
}

/// <summary>R-YEAR: another year left in the body: 截至 20YY 年 12 月 31 日 of the wrong year, the wrong year in a heading (部门决算, a 三公 statement's), a year cut short ("202 年度").</summary>
public sealed partial class WrongYear : IAuditRule
{
    public string Id => "R-YEAR";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "正文中的年份与报告年度不符（截至某年 12 月 31 日、标题或部分标题中的“某年度部门决算”“某年度“三公”经费…说明”），或年份残缺（“202 年度”）；与上年的比较不在此列";

    public string Why => "错误的年份多是沿用上年报告的残留，会让读者误解数据所属的年度。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // The years the page's 决算 headings name, found once: three checks below fall back on them.
        var headings = HeadingYears(report);
        foreach (var f in LastYearComparedWithLastYear(report, headings).Concat(HeadingOfAnotherYear(report, headings)))
        {
            yield return f;
        }

        // "22017年": a year with a digit too many is broken whatever the report's year.
        foreach (var line in report.Lines)
        {
            // (…but not in a 绩效自评表 run together: "时效指标（5分）公用经费完成时间52021年12月完成" is a score before a date.)
            // (A run of spaces kept: "1             2024年协会财务收入明细表" is a cell's number beside a year; a PDF's single spaces
            // between characters are not: "截至 22023 年".)
            if (LongYear().Match(Residue.Flat(WideSpace().Replace(line.Text, "|"))) is { Success: true } y && !ScoredCells().IsMatch(line.Text))
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.YearMalformed(y.Value)) { At = line.Place };
            }
        }

        foreach (var f in PublishedTooEarly(report, headings))
        {
            yield return f;
        }

        // "2012年6月14日，广西收到《…》（财建〔2022〕153号）", "根据…（阳财绩〔2024〕14号）要求，…于2023年6月至9月…开展了绩效评价":
        // what was done at a date cannot come before the document that ordered it or was received.
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (!flat.Contains('〔', StringComparison.Ordinal) && !flat.Contains('[', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match d in EventDate().Matches(flat))
            {
                var sentence = Sentence(flat, d.Index);
                if (Ordered().IsMatch(sentence) && DocumentYear().Matches(sentence).Cast<Match>().MaxBy(m => m.Groups["y"].Value) is { } doc
                    && string.CompareOrdinal(d.Groups["y"].Value, doc.Groups["y"].Value) < 0)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.DateBeforeDocument(d.Value.TrimStart('于'), doc.Value, Residue.Excerpt(flat, d.Index))) { At = line.Place };
                    break;
                }
            }
        }

        // "在2022年12月31日前至少给120人发放…" in a 2023 form's 年度目标 (阜康 2023): a deadline that passed before the year began
        // is last year's target left in.
        if ((report.Year?.Value ?? FormYear(report)) is { } due)
        {
            var sinceGoal = int.MaxValue; // lines since the last that named a 目标 (the form's heading is on the row above)
            foreach (var line in report.Lines)
            {
                var flat = Residue.Flat(line.Text);
                sinceGoal = flat.Contains("目标", StringComparison.Ordinal) ? 0 : sinceGoal == int.MaxValue ? sinceGoal : sinceGoal + 1;
                // Only a target's ("年度总体目标…在2022年12月31日前至少给120人发放"), never a history told ("原计划于2023年底前完工，
                // 延期至…", "已于2023年底之前整改到位", "上一期已于2022年底前完成").
                if (PassedDeadline().Match(flat) is { Success: true } d && int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture) < due
                    && sinceGoal <= 2 && !Told().IsMatch(Sentence(flat, d.Index)))
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.DeadlineBeforeYear(d.Value, due, Residue.Excerpt(flat, d.Index))) { At = line.Place };
                }
            }
        }

        foreach (var f in SameMoneyAnotherYear(report))
        {
            yield return f;
        }

        if (report.Year is not { } year)
        {
            // A page whose title was not found: "纳入本部门2020年度决算编制" against the year its sentences name, a warning. ("截至
            // 2022年12月31日" is left alone there: a 2023 budget page rightly speaks of the end of 2022.)
            if (report.Nature == DocumentNature.FinalAccounts && (SingleHeadingYear(headings) ?? MostNamedYear(report) ?? YearComparedWithLastYear(report) ?? OpeningYearAmongHeadings(report, headings)) is { } named)
            {
                foreach (var line in report.Lines)
                {
                    var flat = Residue.Flat(line.Text);
                    if (AsOf().Match(flat) is { Success: true } a && a.Groups[2].Success && int.Parse(a.Groups[2].Value, CultureInfo.InvariantCulture) != named)
                    {
                        yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.AsOfYearWrong(a.Value, named)) { At = line.Place };
                    }
                    // "第二部分 2022年度单位决算情况说明……5" in the 目录 over a body whose heading and sentences speak of 2023 (庆云学校):
                    // the 目录 was kept from last year's report. Only when a heading of the named year is printed too.
                    else if (!Navigation().IsMatch(flat) && Titled().Match(ContentsEntry.WithoutLeader(flat)) is { Success: true } t && int.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture) is var ty
                        && ty != named && headings.Contains(named))
                    {
                        yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.TitleYearWrong(t.Value, named)) { At = line.Place };
                    }
                }
            }

            yield break;
        }

        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            if (AsOf().Match(flat) is { Success: true } a && int.Parse(a.Groups[1].Success ? a.Groups[1].Value : a.Groups[2].Value, CultureInfo.InvariantCulture) != year.Value)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.AsOfYearWrong(a.Value, year.Value)) { At = line.Place };
            }
            // A 目录 entry keeps last year's heading as the body does: "第二部分 2023年度部门决算情况说明……5" in a 2024 report.
            else if (!Navigation().IsMatch(flat) && (Titled().Match(ContentsEntry.WithoutLeader(flat)) is { Success: true } titled ? titled : SectionTitled().Match(ContentsEntry.WithoutLeader(flat).Replace(" ", string.Empty, StringComparison.Ordinal))) is { Success: true } t
                && int.Parse(t.Groups[1].Value, CultureInfo.InvariantCulture) is var y && y != year.Value)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.TitleYearWrong(t.Value, year.Value)) { At = line.Place };
            }
            // "现将秦安县财政局2021年度部门决算信息公开如下" under a 2022 title: the opening kept from last year's report.
            else if (Introduced().Match(flat) is { Success: true } n && int.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) is var ny && ny != year.Value)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.TitleYearWrong(n.Value, year.Value)) { At = line.Place };
            }
            else if (Broken().Match(flat) is { Success: true } b)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.YearMalformed(b.Value, year.Value)) { At = line.Place };
            }
            // "2021年末实有在职人员60人" in the 2022 report: last year's staff sentence kept (a warning: it may be a base the sentence
            // goes on to compare with).
            else if (YearEndCount().Match(flat) is { Success: true } e && int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture) != year.Value
                && !flat.Contains($"{year.Value}年末", StringComparison.Ordinal) && !Movement().IsMatch(flat))
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.AsOfYearWrong(e.Value, year.Value)) { At = line.Place };
            }
        }
    }

    /// <summary>
    /// 台江 2023: "该项目在2023年度安排预算547.615万元" and further on "2022年上级下达…资金共计547.615万元": one sum of money
    /// told under two years, the one not the report's a sentence kept from last year's report. Only a sum of five figures or more
    /// (a round 100万元 recurs by chance), only a sentence that names one year and compares nothing.
    /// </summary>
    private IEnumerable<AuditFinding> SameMoneyAnotherYear(PublishedReport report)
    {
        if ((report.Year?.Value ?? FormYear(report) ?? TitleYear(report)) is not { } year)
        {
            yield break;
        }

        var told = new List<(int Year, string Amount, NarrativeStatement At)>();
        foreach (var s in report.Statements)
        {
            var flat = Residue.Flat(s.Text);
            var years = AnyYear().Matches(flat).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
            if (years.Count != 1 || Compared().IsMatch(flat))
            {
                continue;
            }

            told.AddRange(DistinctSum().Matches(flat).Where(m => Figures(m.Value) >= 5).Select(m => (years[0], m.Value, s)));
        }

        foreach (var sum in told.GroupBy(t => t.Amount).Where(g => g.Any(t => t.Year == year)))
        {
            foreach (var (other, amount, at) in sum.Where(t => t.Year != year).DistinctBy(t => t.At))
            {
                var flat = Residue.Flat(at.Text);
                yield return new AuditFinding(Id, Severity.Warning, $"{at.Place}", ResidueMessages.SameMoneyAnotherYear(other, amount, year, Residue.Excerpt(flat, flat.IndexOf(amount, StringComparison.Ordinal))))
                { At = at.Place };
            }
        }
    }

    // A sentence that sets two years side by side or carries money over speaks of both rightly.
    [GeneratedRegex(@"较|比|同比|上年|去年|结转|结余|持平|相同|一致|分别|累计|以来|至今")]
    private static partial Regex Compared();

    // "547.615万元", "1,234.56万元" (its figures counted by the caller).
    [GeneratedRegex(@"(?<![\d.,，])\d{1,12}(?:[,，]\d{3})*(?:\.\d{1,6})?万?元")]
    private static partial Regex DistinctSum();

    /// <summary>A sum's significant figures: 547.615 has six, 100.00 one.</summary>
    private static int Figures(string sum) => sum.Where(char.IsAsciiDigit).SkipWhile(c => c == '0').Reverse().SkipWhile(c => c == '0').Count();

    /// <summary>The year a self-evaluation's title names ("…转移支付2023年度绩效自评报告") in the page's first lines.</summary>
    private static int? TitleYear(PublishedReport report) => report.Lines.Take(12).Select(l => ReportTitle().Match(Residue.Flat(l.Text))).FirstOrDefault(m => m.Success) is { } m
        ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<y>20\d\d)年度?[^，。；0-9]{0,30}(?:自评报告|评价报告|自评表|决算)$")]
    private static partial Regex ReportTitle();

    // A line that goes on from the year-end count ("2021年末实有人员58人，本年增加5人", "较上年末") uses it as a base.
    [GeneratedRegex(@"本年|上年末|增加|减少|增减|变动|新增|处置|调入|调出")]
    private static partial Regex Movement();

    // "2021年末实有在职人员60人" — not "较2021年末增加5人".
    [GeneratedRegex(@"(?<![较比与同从自至上])(20\d\d)年末(?:实有|在职|在编|共有|现有)(?:在职|在编|编制|人员|人数|车辆)?")]
    private static partial Regex YearEndCount();

    /// <summary>
    /// The year the first sentence opens with ("2023年度收、支总计1801.06万元"), when one of the headings names it too: a page
    /// without a title whose 目录 and body headings disagree is told apart by its figures' year.
    /// </summary>
    private static int? OpeningYearAmongHeadings(PublishedReport report, HashSet<int> headings) =>
        headings.Count == 2 && report.Statements.Select(s => OpeningYear().Match(s.Text)).FirstOrDefault(m => m.Success) is { } m
        && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var y && headings.Contains(y) ? y : null;

    /// <summary>
    /// A page without a title whose 决算 headings all name one year ("第三部分:某办公室2022年度部门决算情况说明"): that is its
    /// year, before any the sentences suggest — those name the base years too ("在职人员2021年下半年增加2人…比上年增加").
    /// </summary>
    private static int? SingleHeadingYear(HashSet<int> headings) => headings.Count == 1 ? headings.First() : null;

    // A web page's links to other pages: "上一篇：某县某局2022年度部门决算" is no heading of this one.
    [GeneratedRegex(@"^(?:上一篇|下一篇|上一条|下一条|相关|推荐|链接|附件[：:])")]
    private static partial Regex Navigation();

    /// <summary>The years the page's 决算 headings name ("第二部分 2023年度 单位决算情况说明", a 目录 entry).</summary>
    private static HashSet<int> HeadingYears(PublishedReport report) => report.Lines
        .Select(l => Residue.Flat(l.Text)).Where(flat => !Navigation().IsMatch(flat))
        .Select(flat => Titled().Match(ContentsEntry.WithoutLeader(flat))).Where(m => m.Success)
        .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>
    /// "公开时间：2023年9月6日" over a 2023 决算: a year's accounts are closed after it ends, so the page cannot be of that year —
    /// the report's year or its date is wrong. The year is the title's or, without one, the one its 目录 headings all name
    /// ("第二部分 2023年度单位决算情况说明"); the first dated label only (a page prints its date once).
    /// </summary>
    private IEnumerable<AuditFinding> PublishedTooEarly(PublishedReport report, HashSet<int> headings)
    {
        var year = report.Year?.Value ?? SingleHeadingYear(headings);
        if (report.Nature != DocumentNature.FinalAccounts || year is null)
        {
            yield break;
        }

        foreach (var line in report.Lines)
        {
            if (PublishedOn().Match(Residue.Flat(line.Text)) is { Success: true } date)
            {
                if (int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture) <= year)
                {
                    yield return new AuditFinding(Id, Severity.Error, $"{line.Place}", ResidueMessages.PublishedBeforeYearEnd(date.Value, year.Value)) { At = line.Place };
                }

                yield break;
            }
        }
    }

    /// <summary>
    /// "2022年“三公”经费财政拨款支出决算为3.46万元，…较上年增加…" in a 2023 report: a sentence that compares with 上年 speaks of
    /// the report's year, so a year before it is the last report's left in place. The report's year is its title's or,
    /// for a page without a title, the year most of its sentences name.
    /// </summary>
    private IEnumerable<AuditFinding> LastYearComparedWithLastYear(PublishedReport report, HashSet<int> headings)
    {
        var year = report.Year?.Value ?? SingleHeadingYear(headings) ?? MostNamedYear(report) ?? YearComparedWithLastYear(report) ?? YearAfterBaseYears(report);
        if (year is null)
        {
            // No year for the page (a budget's 说明, whose title this reader does not date): a sentence that names its own year and
            // then compares with that year ("2017年…拟安排公务接待费预算1.97万元，较2017年的1.86万元增加0.11万元") still breaks.
            foreach (var statement in report.Statements)
            {
                var flat = Residue.Flat(statement.Text);
                if (BaseYear().Match(flat) is { Success: true } b && !b.Groups["budget"].Success
                    && OwnYear().Match(flat[..b.Index]) is { Success: true } own && own.Groups["year"].Value == b.Groups["year"].Value
                    && int.Parse(own.Groups["year"].Value, CultureInfo.InvariantCulture) is var y
                    && !flat[..b.Index].Contains($"{y - 1}年", StringComparison.Ordinal) && !flat.Contains($"{y + 1}年", StringComparison.Ordinal))
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                        ResidueMessages.BaseYearIsReportYear(b.Value, y, Residue.Excerpt(flat, b.Index)))
                    { At = statement.Place };
                }
            }

            yield break;
        }

        var comparesWithLastYear = report.Statements.Any(s => s.Text.Contains("上年", StringComparison.Ordinal) || s.Text.Contains("同比", StringComparison.Ordinal));

        // "2015年衢江区“三公”经费支出决算同比下降的原因主要是：…" in a 2016 statement: a reason states no figure, so it is no
        // statement — its line is read here.
        var stated = report.Statements.Select(s => s.Place.Line).ToHashSet();
        foreach (var line in report.Lines.Where(l => !stated.Contains(l.Place.Line)))
        {
            var flat = Residue.Flat(line.Text);
            if (flat.Length < 400 && ComparedWithLastYear().Match(flat) is { Success: true } m && m.Groups["year"].Value is var y && int.Parse(y, CultureInfo.InvariantCulture) == year - 1)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.LastYearLeft(y, year.Value, Residue.Excerpt(flat, m.Index))) { At = line.Place };
            }
        }

        foreach (var statement in report.Statements)
        {
            var flat = Residue.Flat(statement.Text);
            if (ComparedWithLastYear().Match(flat) is { Success: true } m && int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) == year - 1)
            {
                yield return new AuditFinding(Id, Severity.Error, $"情况说明 {statement.Place}",
                    ResidueMessages.LastYearLeft(m.Groups["year"].Value, year.Value, Residue.Excerpt(flat, m.Index)))
                { At = statement.Place };
                continue;
            }

            // "与2019498.83万元相比" in a 2020 report: 上年 and its amount printed with nothing between them.
            // A real base of 20,195.36 万元 would start the same way: only a figure a thousand times the sentence's others is glued.
            if (GluedYear().Matches(flat).FirstOrDefault(g => int.Parse(g.Groups["year"].Value, CultureInfo.InvariantCulture) == year - 1
                    && LargestOther(flat, decimal.Parse(g.Groups["figure"].Value, CultureInfo.InvariantCulture)) * 1000m <= decimal.Parse(g.Groups["figure"].Value, CultureInfo.InvariantCulture)) is { } glued)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                    ResidueMessages.YearGluedToAmount(glued.Groups["figure"].Value, glued.Groups["year"].Value, glued.Groups["rest"].Value, Residue.Excerpt(flat, glued.Index)))
                { At = statement.Place };
            }

            if (BaseYear().Match(flat) is not { Success: true } b)
            {
                continue;
            }

            var baseYear = int.Parse(b.Groups["year"].Value, CultureInfo.InvariantCulture);
            // (…but "2012年…预算44.58万元，较2011年决算增长1%" is next year's budget against this year's accounts.)
            if (baseYear == year && !b.Groups["budget"].Success && !flat.Contains($"{year + 1}年", StringComparison.Ordinal))
            {
                // "（2022年）…與2022年決算數持平": the year compared with itself.
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                    ResidueMessages.BaseYearIsReportYear(b.Value, year.Value, Residue.Excerpt(flat, b.Index)))
                { At = statement.Place };
            }
            else if (baseYear < year - 1 && comparesWithLastYear && !Explained().IsMatch(flat))
            {
                // "较2015年下降2.3%" in a 2017 report whose other sentences compare with 上年: the base year was left from an older report.
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                    ResidueMessages.BaseYearNotLastYear(b.Value, baseYear, year.Value, Residue.Excerpt(flat, b.Index)))
                { At = statement.Place };
            }
        }
    }

    /// <summary>
    /// "迪庆州州本级2020年度“三公”经费决算情况说明" over sentences that all speak of 2021: a 三公 statement's heading kept from
    /// last year's. The report's year is its title's or, for a page whose title was not found, the year its sentences name
    /// (as for <see cref="LastYearComparedWithLastYear"/>); a heading naming two years or a budget is not this.
    /// </summary>
    private IEnumerable<AuditFinding> HeadingOfAnotherYear(PublishedReport report, HashSet<int> headings)
    {
        var year = report.Year?.Value ?? SingleHeadingYear(headings) ?? MostNamedYear(report) ?? YearComparedWithLastYear(report);
        if (year is null)
        {
            yield break;
        }

        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text).Trim();
            if (flat.Length <= 50 && ThreePublicHeading().Match(flat) is { Success: true } h && !flat.Contains("预算", StringComparison.Ordinal)
                && int.Parse(h.Groups["year"].Value, CultureInfo.InvariantCulture) is var heads && heads != year)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.HeadingYearWrong(flat, heads, year.Value)) { At = line.Place };
            }
        }
    }

    // A heading or a table's title, no clause punctuation: "（三）2020年度“三公”经费支出决算情况说明", "某州本级2020年度“三公”经费决支出情况说明",
    // "某县2017年“三公”经费决算统计表" over 2018's figures.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?[^，。；：0-9]{0,30}?(?<year>20\d\d)年度?[^，。；：0-9]{0,12}三公”?经费[^，。；：0-9]{0,12}(?:说明|表)$")]
    private static partial Regex ThreePublicHeading();

    // "较2015年下降", "與2022年決算數持平", "比2019年减少", "较2017年的1.86万元增加"; a budget of that year ("与2022年预算数相比") is a
    // legitimate base.
    [GeneratedRegex(@"(?:较|比|与|同)(?<year>20\d\d)年度?(?:(?<budget>年初预算|预算|调整预算)数?|决算数?|同期|支出)?(?:的[0-9]{1,12}(?:\.[0-9]{1,4})?万元)?(?:相比|比较)?，?(?:增加|减少|增长|下降|上升|降低|持平|基本持平|无变化)")]
    private static partial Regex BaseYear();

    // The year a sentence speaks of, printed first in it: "二、公务接待费2017年普洱市民族中学拟安排…".
    [GeneratedRegex(@"^[^0-9]{0,40}?(?<year>20[0-9]{2})年")]
    private static partial Regex OwnYear();

    /// <summary>The largest 万元 amount of the sentence other than <paramref name="glued"/> (one pass; MaxValue when there is none).</summary>
    private static decimal LargestOther(string text, decimal glued)
    {
        var largest = decimal.MinValue;
        foreach (Match a in Amount().Matches(text))
        {
            if (decimal.TryParse(a.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v != glued && v > largest)
            {
                largest = v;
            }
        }

        return largest == decimal.MinValue ? decimal.MaxValue : largest;
    }

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)万元")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:与|比|较|同|万元)(?<figure>(?<year>20[0-4]\d)(?<rest>\d{1,6}(?:\.\d+)?))万元(?:相比|比较|决算|部门决算|的)?")]
    private static partial Regex GluedYear();

    // "比2019年（疫情前）", "比十三五末的2020年": the writer says why that year is the base.
    [GeneratedRegex(@"(?:较|比|与)20\d\d年(?:度)?（|疫情|十[三四五]五|同口径|可比")]
    private static partial Regex Explained();

    /// <summary>The year a sentence names before it compares with 上年 ("2017年…5834万元，…较上年下降21%"), the most common.</summary>
    private static int? YearComparedWithLastYear(PublishedReport report) => MostCommon(report.Statements
        .Select(s => s.Text.IndexOf("上年", StringComparison.Ordinal) is var i and > 0 ? AnyYear().Match(s.Text[..i]) : Match.Empty)
        .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));

    /// <summary>The year after the one most sentences compare with ("比2021年度决算数增加…" throughout a 2022 report).</summary>
    private static int? YearAfterBaseYears(PublishedReport report) => MostCommon(report.Statements
        .SelectMany(s => BaseYear().Matches(Residue.Flat(s.Text)))
        .Where(m => !m.Groups["budget"].Success).Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) + 1), atLeast: 3);

    private static int? MostCommon(IEnumerable<int> years, int atLeast = 1)
    {
        var counted = years.GroupBy(y => y).OrderByDescending(g => g.Count()).ToList();
        return counted.Count > 0 && counted[0].Count() >= atLeast && (counted.Count == 1 || counted[0].Count() > counted[1].Count()) ? counted[0].Key : null;
    }

    private static int? MostNamedYear(PublishedReport report)
    {
        var years = report.Statements.Select(s => OpeningYear().Match(s.Text)).Where(m => m.Success)
            .GroupBy(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).ToList();
        return years.Count > 0 && years[0].Count() >= 2 && (years.Count == 1 || years[0].Count() > years[1].Count()) ? years[0].Key : null;
    }

    // The year opens the sentence and the sentence states a 决算 figure before comparing it with 上年.
    [GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?<year>20\d\d)年度?(?:[^。；0-9]{0,30}(?:决算|支出|收入)[^。；]{0,40}?[\d.]+万元[^。]{0,30}?(?:较|比|与)(?:上年|\k<year>年(?!预算|年初))|[^。；0-9]{0,30}决算[^。；0-9]{0,6}同比)")]
    private static partial Regex ComparedWithLastYear();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WideSpace();

    // "22017年", and "20209月" whose 年 fell out; not a table's number run into its title's year ("表12024年全区…平衡表").
    [GeneratedRegex(@"(?<![\d.表])[1-9]20\d\d年|(?<![\d.])20[0-4]\d(?:0?[1-9]|1[0-2])月")]
    private static partial Regex LongYear();

    /// <summary>The sentence of a line around a position: from the "。" or "；" before it to the one after.</summary>
    // A date something was done: "于2023年6月" or a clause opened by its day ("2012年6月14日，广西收到…").
    [GeneratedRegex(@"于(?<y>20\d\d)年\d{1,2}月|(?<=^|[。；，：\d]\.?|[（(])(?<y>20\d\d)年\d{1,2}月\d{1,2}日(?=[，,])")]
    private static partial Regex EventDate();

    [GeneratedRegex(@"收到|根据|按照|依据")]
    private static partial Regex Ordered();

    // A document's number: "财建〔2022〕153号", "阳财绩[2024]14号".
    [GeneratedRegex(@"[〔\[［](?<y>20\d\d)[〕\]］]\d{1,5}号")]
    private static partial Regex DocumentYear();

    private static string Sentence(string flat, int at)
    {
        var from = flat.LastIndexOfAny(['。', '；'], Math.Max(0, at - 1)) + 1;
        var to = flat.IndexOfAny(['。', '；'], at);
        return flat[from..(to < 0 ? flat.Length : to)];
    }

    [GeneratedRegex(@"已|原计划|原定|延期|按期|如期|上一期|整改|应于|要求|规定")]
    private static partial Regex Told();

    /// <summary>The year of a 绩效自评表 under its title ("（2023年度）" on a line of its own), when every such line names one year.</summary>
    private static int? FormYear(PublishedReport report)
    {
        var years = report.Lines.Select(l => FormYearLine().Match(Residue.Flat(l.Text))).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).Distinct().Take(2).ToList();
        return years.Count == 1 ? years[0] : null;
    }

    [GeneratedRegex(@"^（(?<y>(?:19|20)\d{2})年度）$")]
    private static partial Regex FormYearLine();

    // A target's deadline: "在2022年12月31日前", "于2022年底前" — not "截至2022年12月31日" (a balance date) nor a date done.
    [GeneratedRegex(@"(?:在|于)(?<y>(?:19|20)\d{2})年(?:12月31日|12月底|底)(?:前|之前)")]
    private static partial Regex PassedDeadline();

    [GeneratedRegex(@"指标.{0,12}[（(]\d{1,2}分[）)]|分值|得分")]
    private static partial Regex ScoredCells();

    [GeneratedRegex(@"^(20\d\d)年")]
    private static partial Regex OpeningYear();

    [GeneratedRegex(@"(?<!\d)(20\d\d)年")]
    private static partial Regex AnyYear();

    // "截至2020年12月31日", "纳入本部门2020年度决算编制的…单位" of another year than the report's.
    [GeneratedRegex(@"截至(20\d\d)年12月31日|纳入[^。，；0-9]{0,12}?(20\d\d)年度?[^。，；0-9]{0,12}?决算(?:编制|汇编)")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(20\d\d)年度?(?:[^，。；0-9]{0,30})(?:部门|单位)决算(?:情况说明|表|公开)?(?=\d{0,3}$)")]
    private static partial Regex Titled();

    // A section's heading of another year: "十三、关于2020年度预算绩效情况的说明" in the 2022 report (洛王; its 于 lost too).
    [GeneratedRegex(@"(?<=^[一二三四五六七八九十]{1,3}、(?:关于?)?)(20\d\d)年度[^，。；0-9]{0,24}说明(?=\d{0,3}$)")]
    private static partial Regex SectionTitled();

    [GeneratedRegex(@"(?<!\d)20\d年度")]
    private static partial Regex Broken();

    [GeneratedRegex(@"现将[^。，；0-9]{0,30}?(20\d\d)年度?(?:部门|单位)?决算[^。，；0-9]{0,10}?公开如下")]
    private static partial Regex Introduced();

    [GeneratedRegex(@"(?:公开|发布|发表|印发|成文)(?:时间|日期)[：:]\s*(?<year>20\d\d)\s*(?:年|-|/|\.)\s*\d{1,2}(?:\s*(?:月|-|/|\.)\s*\d{1,2}日?)?")]
    private static partial Regex PublishedOn();

}

/// <summary>R-EMPTYNOTE: "故本表无数据" under a table that prints figures; R-PUNCT: doubled punctuation.</summary>
public sealed partial class EmptyTableNote : IAuditRule
{
    public string Id => "R-EMPTYNOTE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "空表说明（“故本表无数据”“本表为空表”）印在有数据的表下，或“无……支出”的说明与同一事项的数字并存";

    public string Why => "说明与表格矛盾：读者不知道该信说明还是数字。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var tables = report.Tables.Where(t => t.Place.Line is not null).OrderBy(t => t.Place.Line).ToList();
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var hasData = t.Rows.Any(r => r.Cells.Any(c => c is { Value: not 0m }));
            if (!hasData)
            {
                continue;
            }

            var from = t.Place.Line!.Value;
            var to = i + 1 < tables.Count ? tables[i + 1].Place.Line!.Value : from + 200;
            var note = report.Lines.FirstOrDefault(l => l.Place.Line > from && l.Place.Line < to && EmptyNote().IsMatch(Residue.Flat(l.Text)));
            if (note is not null)
            {
                yield return new AuditFinding(Id, Severity.Error, $"{t.Title} {note.Place}", ResidueMessages.EmptyNoteUnderFigures(t.Title, Residue.Flat(note.Text))) { At = note.Place };
            }
        }

        // "三、支出决算表" / "我单位无此项内容,本表无数据" (簰洲湾镇 2022): a department that exists has income and spends it.
        var lines = report.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (CoreTable().Match(Residue.Flat(lines[i].Text).Replace(" ", string.Empty, StringComparison.Ordinal)) is not { Success: true } core)
            {
                continue;
            }

            for (var k = i + 1; k < lines.Count && k <= i + 3; k++)
            {
                var flat = Residue.Flat(lines[k].Text);
                if (flat.Trim().Length == 0)
                {
                    continue;
                }

                if (EmptyNote().IsMatch(flat) || NothingToReport().IsMatch(flat))
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{core.Groups["table"].Value} {lines[k].Place}", ResidueMessages.CoreTableSaidEmpty(core.Groups["table"].Value, flat.Trim())) { At = lines[k].Place };
                }

                break;
            }
        }
    }

    // The three tables every department fills: its income, its spending and both together (the 财政拨款 ones may be empty).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?(?:部门|单位)?(?<table>收入支出决算总表|收入决算表|支出决算表)$")]
    private static partial Regex CoreTable();

    [GeneratedRegex(@"^(?:我|本)(?:单位|部门)无此项(?:内容|数据|支出|收入)")]
    private static partial Regex NothingToReport();

    /// <summary>An unconditional note; "如本表为空，则…" is the Liaoning form's standing note, not a claim.</summary>
    [GeneratedRegex(@"^(?!.*如本表为空)(?:说明：)?.*(?:故本表无数据|本表无数据|本表为空表)")]
    private static partial Regex EmptyNote();
}

/// <summary>R-PUNCT: doubled punctuation (，，、。。) in the narrative.</summary>
public sealed partial class DoubledPunctuation : IAuditRule
{
    public string Id => "R-PUNCT";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "重复的标点（“，，”“。。”“；；”“≥≥”），引号方向错误（“”三公“经费”），文号或表题的括号不成对（“（川财行2020〕189号）”“2019年度）”），百分比后多了金额单位（“8.8%元”），数字前多了逗号（“共计，0个”），乱码（“????”）或网页标记残留（“<![endif]>”）";

    // A warning, not a note: reviewers doing 公开检查 list it as a 文字差错 (a reader sees the report was not proofread).
    public string Why => "文字差错：说明文字未经校对。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var before = string.Empty; // the last line with text: a bracket may open there and close on this one
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            if (flat.Trim('。', '.', '…').Length == 0)
            {
                continue;
            }

            var previous = before;
            before = flat;
            if (UnpairedBracket(flat, previous) is { } b)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.BracketUnpaired(b.Value, Residue.Excerpt(flat, b.Index))) { At = line.Place };
            }
            else if (NumberOutsideBracket().Match(flat) is { Success: true } o)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.DocumentNumberBracketMisplaced(o.Value, Residue.Excerpt(flat, o.Index))) { At = line.Place };
            }
            else if (TitleClosedTwice(flat, previous) is { } t)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.BracketUnpaired("》", Residue.Excerpt(flat, t))) { At = line.Place };
            }

            if (Doubled().Match(flat) is { Success: true } m)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.PunctuationDoubled(m.Value, Residue.Excerpt(flat, m.Index))) { At = line.Place };
            }
            else if (Mismatched().Match(flat) is { Success: true } q)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.QuotesReversed(q.Value, Residue.Excerpt(flat, q.Index))) { At = line.Place };
            }
            else if (UnitAfterPercent().Match(flat) is { Success: true } u)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.UnitAfterPercent(u.Value, Residue.Excerpt(flat, u.Index))) { At = line.Place };
            }
            else if (CommaBeforeFigure().Match(flat) is { Success: true } c)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.CommaBeforeFigure(c.Value, Residue.Excerpt(flat, c.Index))) { At = line.Place };
            }
            else if (Markup().Match(line.Text) is { Success: true } mk)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.MarkupLeft(mk.Value, Residue.Excerpt(flat, Math.Min(mk.Index, Math.Max(0, flat.Length - 1))))) { At = line.Place };
            }
            else if (Garbled().Match(flat) is { Success: true } g)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.TextGarbled(g.Value.Length > 8 ? g.Value[..8] + "…" : g.Value, Residue.Excerpt(flat, g.Index))) { At = line.Place };
            }
        }
    }

    // Two different marks where one belongs ("87.39%，；") count as doubled too.
    // "≥≥98%": an indicator's operator typed twice is a doubled mark too.
    [GeneratedRegex(@"，，|(?<!。)。。(?!。)|；；|、、|：：|，；|；，|，。|；。|、。|、，|≥≥|≤≤|≧≧|≦≦")]
    private static partial Regex Doubled();

    // "占8.8%元": a percentage with a unit of money after it.
    // "全年因公出国（境）团组共计 ,0 个": a comma typed between the word and its figure ("以上各项合计，10.00万元" is a pause).
    [GeneratedRegex(@"(?:共计|累计)[，,](?=\d+(?:\.\d+)?(?:万元|元|个|人次|人|辆|批次|次|项))")]
    private static partial Regex CommaBeforeFigure();

    [GeneratedRegex(@"\d+(?:\.\d+)?[%％](?:万元|元)")]
    private static partial Regex UnitAfterPercent();

    // "一、<![endif]>部门职能" (总寨镇 2016): a word processor's conditional comment, or a tag or an entity, pasted with the text.
    [GeneratedRegex(@"<!\[(?:end)?if[^\]>]{0,40}\]>|<!--\[if[^\]>]{0,40}\]>|</?(?:span|font|div|p|o:p|br|table|td|tr)(?:\s[^<>]{0,200})?/?>|&(?:nbsp|amp|lt|gt|quot);")]
    private static partial Regex Markup();

    // "????????": characters lost on the way (a mirror's or a converter's), or U+FFFD replacement characters.
    [GeneratedRegex(@"[?？]{4,}|\uFFFD{2,}")]
    private static partial Regex Garbled();

    /// <summary>
    /// A document number's or a form title's bracket without its pair: "（川财行2020〕189号）" (the 〔 lost), "（巴财农〔2023〕444号"
    /// closed by "〕" then "）" of another kind, "《…通知》阿州财行〔2021〕15号）" (a closing bracket nothing opened), and a form's
    /// "2019年度）" on its own line under a title that opened no bracket. A bracket that closes a line opened on the one before is
    /// a wrapped line, not a slip.
    /// </summary>
    private static Match? UnpairedBracket(string flat, string previous)
    {
        if (NumberWithoutOpening().Match(flat) is { Success: true } n)
        {
            return n;
        }

        if (NumberMixed().Match(flat) is { Success: true } x)
        {
            return x;
        }

        if (NumberWithoutClosing().Match(flat) is { Success: true } w)
        {
            return w;
        }

        // "…通知》阿州财行〔2021〕15号）": nothing between the title and the number opened the bracket that closes it.
        if (NumberClosedAlone().Match(flat) is { Success: true } c && !flat[..c.Index].Contains('（', StringComparison.Ordinal))
        {
            return c;
        }

        return YearClosedAlone().Match(flat) is { Success: true } y && !previous.Contains('（', StringComparison.Ordinal) ? y : null; // (Flat made every "(" a "（")
    }

    // "川财行2020〕189号": an issuer and a year closed by 〔's pair with no 〔 before the year.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}])(?:19|20)\d{2}〕\d{1,5}[号號]")]
    private static partial Regex NumberWithoutOpening();

    // "川财社〔2020165号", "万财预〔20211号" (万源 2021): the 〕 lost, year and serial run together.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}])[〔［](?:19|20)\d{2}\d{1,5}[号號]")]
    private static partial Regex NumberWithoutClosing();

    // "〔2023）444号", "（2023〕444号": the year's brackets of two kinds.
    [GeneratedRegex(@"〔(?:19|20)\d{2}）\d{1,5}[号號]|(?<=[\p{IsCJKUnifiedIdeographs}])（(?:19|20)\d{2}〕\d{1,5}[号號]")]
    private static partial Regex NumberMixed();

    [GeneratedRegex(@"(?<=》)[\p{IsCJKUnifiedIdeographs}]{1,8}〔(?:19|20)\d{2}〕\d{1,5}[号號]）")]
    private static partial Regex NumberClosedAlone();

    // "（株荷财发〔2017〕31）号", "（财行[2017]31）号": the number's bracket closed before its 号.
    [GeneratedRegex(@"(?:〔(?:19|20)\d{2}〕|[\[［](?:19|20)\d{2}[\]］])\d{1,5}）[号號]")]
    private static partial Regex NumberOutsideBracket();

    /// <summary>
    /// "《关于印发〈…编制方案〉》的通知》" (南川 2024): a 》 that closes no 《 — on this line, or on the line before when a title
    /// wrapped — is the title's mark typed twice. The index of that 》, or null.
    /// </summary>
    private static int? TitleClosedTwice(string flat, string previous)
    {
        var open = 0;
        foreach (var c in previous)
        {
            open = c == '《' ? open + 1 : c == '》' ? Math.Max(0, open - 1) : open;
        }

        for (var i = 0; i < flat.Length; i++)
        {
            if (flat[i] == '《')
            {
                open++;
            }
            else if (flat[i] == '》' && --open < 0)
            {
                // (a line that opens none of its own may be the tail of a title wrapped two lines up: only a line with its own 《)
                return flat.IndexOf('《', StringComparison.Ordinal) is >= 0 and var first && first < i ? i : null;
            }
        }

        return null;
    }

    // "2019年度）" alone on its line: the title above it never opened the bracket.
    [GeneratedRegex(@"^(?:19|20)\d{2}年度?）$")]
    private static partial Regex YearClosedAlone();

    // "”三公“经费", "“三公“": a quote turned the wrong way round the one word every report quotes.
    // "官仓镇2015年三公”经费支出说明": the closing quote without its opening one.
    [GeneratedRegex(@"”三公[“”]|“三公“|(?<![“""”])三公”")]
    private static partial Regex Mismatched();
}

internal static class Residue
{
    public static string Flat(string s) => s.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('(', '（').Replace(')', '）').Replace(',', '，').Replace(':', '：').Replace(';', '；');

    public static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 15);
        var end = Math.Min(text.Length, at + 25);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }
}

/// <summary>R-UNIT: a rate or share printed without its % ("增长 13.95。"), or an amount without its 万元.</summary>
public sealed partial class FigureWithoutUnit : IAuditRule
{
    public string Id => "R-UNIT";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "增减率、占比、完成率的数字后缺少“%”（“增长 13.95。”），金额缺少“元”（“0.00 万，”），或把万元写成元（同一句中“1.58元”与“1.58万元”）";

    public string Why => "缺了单位，读者无法确定数字是比率还是金额。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var f in StrayPoints(report))
        {
            yield return f;
        }

        var cut = report.EndsMidSentence; // a property that reads the lines: once, not per statement
        bool? inWan = null;
        NarrativeStatement? previous = null;
        foreach (var statement in report.Statements)
        {
            var before = previous;
            previous = statement;
            var text = statement.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            var last = cut && ReferenceEquals(statement, report.Statements[^1]);
            if ((Unitless().Match(text) is { Success: true } um ? um : BareShare(text)) is { Success: true } m && !(last && m.Index + m.Length == text.Length)) // "…下降26.5": the cut took its %
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}", ResidueMessages.PercentMissing(m.Value, Residue.Excerpt(text, m.Index))) { At = statement.Place };
            }
            // (in a sentence of 万元, or a figure of two decimals in a narrative of 万元: "5.经营收入 0.00 万，为事业单位…取得的收入。")
            else if (WanWithoutYuan().Match(text) is { Success: true } w
                && (text.Contains("万元", StringComparison.Ordinal) || (HundredthsOfWan().IsMatch(w.Value) && MoneyClause().IsMatch(ClauseBefore(text, w.Index))
                    && (inWan ??= report.Statements.Any(s => s.Text.Contains("万元", StringComparison.Ordinal)))))
                && !(last && w.Index + w.Length == text.Length)) // "…8.47万": the cut took its 元
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}", ResidueMessages.YuanMissing(w.Value, Residue.Excerpt(text, w.Index))) { At = statement.Place };
            }
            // "收支较上年减少484.05，降低11.1%" (江津 2024): a change in money with no unit at all, its rate beside it.
            // "收入增加20，增长25%": a whole number so placed may count people or cars — money only when its clause names money.
            else if (ChangeWithoutUnit().Match(text) is { Success: true } c && !(last && c.Index + c.Length == text.Length)
                && (c.Groups["n"].Value.Contains('.', StringComparison.Ordinal) || MoneyClause().IsMatch(ClauseBefore(text, c.Index)) || ClauseBefore(text, c.Index).Contains("收支", StringComparison.Ordinal)))
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}", ResidueMessages.AmountUnitMissing(c.Groups["n"].Value, Residue.Excerpt(text, c.Index))) { At = statement.Place };
            }
            else if (YuanSlip(text) is { } slip)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}",
                    ResidueMessages.YuanForWan(slip.Value, slip.Groups["n"].Value, Residue.Excerpt(text, slip.Index)))
                { At = statement.Place };
            }
            else if (TinyThreePublic(statement, before) is { } tiny)
            {
                yield return new AuditFinding(Id, Severity.Warning, NarrativeClaims.Where(tiny.Part),
                    ResidueMessages.YuanBesideWan(NarrativeClaims.AsPrinted(tiny.Part), tiny.Part.SubjectName, NarrativeClaims.AsPrinted(tiny.Total)))
                { At = tiny.Part.Number.Place };
            }
        }
    }

    /// <summary>"488.8. 万元": the stray point makes the figure unreadable, so no statement holds it; the printed lines do.</summary>
    private IEnumerable<AuditFinding> StrayPoints(PublishedReport report)
    {
        foreach (var line in report.Lines)
        {
            var text = line.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (DoublePoint().Match(text) is { Success: true } d)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ResidueMessages.PointDoubled(d.Value, Residue.Excerpt(text, d.Index))) { At = line.Place };
            }
        }
    }

    /// <summary>
    /// "“三公”经费…支出决算为13.07万元…其中：因公出国（境）费支出决算为4.46元" (云南 2017): a 三公 category of a few 元 under a total
    /// in 万元 — no one travels abroad for 4.46 元 — has lost its 万.
    /// </summary>
    private static (Claim Part, Claim Total)? TinyThreePublic(NarrativeStatement statement, NarrativeStatement? previous)
    {
        // (the total may end the sentence before: "…支出决算为13.07万元，完成预算104.56%。其中：因公出国（境）费…4.46元")
        var total = statement.Claims.Concat(previous is not null && previous.Section == statement.Section ? previous.Claims : []).Where(c => c.Subject == NarrativeItems.ThreePublicTotal && c.Measure is Measure.Amount or Measure.Budget && c.Unit == "万元").OrderBy(c => c.Measure == Measure.Amount ? 0 : 1).FirstOrDefault();
        var part = statement.Claims.FirstOrDefault(c => c.Subject.StartsWith(NarrativeItems.ThreePublicPrefix, StringComparison.Ordinal) && c.Measure is Measure.Amount or Measure.Budget
            && c.Unit == "元" && c.Number.Value is > 0m and < 100m);
        return total is not null && part is not null && part.Number.Value <= total.Number.Value ? (part, total) : null;
    }

    /// <summary>"公务接待费1.58元，…1.58万元": the same figure in 元 and in 万元 in one sentence is a dropped 万.</summary>
    private static Match? YuanSlip(string text)
    {
        foreach (Match y in Yuan().Matches(text))
        {
            if (y.Groups["n"].Value != "0" && text.Contains(y.Groups["n"].Value + "万元", StringComparison.Ordinal))
            {
                return y;
            }
        }

        return null;
    }

    // "0.00 万，": a money figure whose 元 fell off (万人、万册 and the like go on with their own unit).
    [GeneratedRegex(@"(?<![\d.])\d[\d,，]*(?:\.\d+)?万(?=[，。；、,;）)]|$)")]
    private static partial Regex WanWithoutYuan();

    [GeneratedRegex(@"\.\d\d万$")]
    private static partial Regex HundredthsOfWan();

    /// <summary>The clause a figure ends: from the last "，", "；" or "。" before it.</summary>
    private static string ClauseBefore(string text, int at) => text[(text.LastIndexOfAny(['，', '；', '。'], Math.Max(0, at - 1)) + 1)..at];

    // "5.经营收入 0.00 万，" is money; "常住人口45.62万，" and "惠及困难群众1.25万，" are people.
    [GeneratedRegex(@"收入|支出|经费|资金|结余|结转|预算|决算|拨款|费用?$")]
    private static partial Regex MoneyClause();

    // An amount changed ("减少了484.05"), then its rate: the amount printed with no 万元 or 元 between them.
    [GeneratedRegex(@"(?:增加|减少|增长|下降|降低|上升)(?:了|为)?(?<n>\d+(?:\.\d{1,2})?)(?=[，,；;]\s*(?:增长|下降|降低|上升|增加|减少|增幅|降幅|幅度)?(?:为|了)?\d+(?:\.\d+)?[%％])")]
    private static partial Regex ChangeWithoutUnit();

    [GeneratedRegex(@"(?<![\d.,，万])(?<n>\d+(?:\.\d+)?)元")]
    private static partial Regex Yuan();

    // "488.8. 万元": a stray point between the figure and its unit.
    [GeneratedRegex(@"\d+\.\d+\.(?:万元|亿元|元)")]
    private static partial Regex DoublePoint();

    [GeneratedRegex(@"(?:增长|下降|降低|上升|占[^，。；%]{0,20}?的|完成[^，。；%]{0,8}?预算的)\d+\.\d+(?=[，。；、]|$)")]
    private static partial Regex Unitless();

    /// <summary>
    /// "因公出国（境）费支出决算0万元，0；公务接待费支出决算6.28万元，占34.88%" (九华山 2019): a bare figure after an amount where
    /// the sentence's other items print "占…%" there — the share lost its words and its %.
    /// </summary>
    private static Match BareShare(string text) => BareAfterAmount().Match(text) is { Success: true } bare && ShareAfterAmount().IsMatch(text) ? bare : Match.Empty;

    [GeneratedRegex(@"(?<=万元[，,])\d+(?:\.\d+)?(?=[；;。]|$)")]
    private static partial Regex BareAfterAmount();

    [GeneratedRegex(@"万元[，,]占[^，。；%]{0,20}?\d+(?:\.\d+)?%")]
    private static partial Regex ShareAfterAmount();
}
