using Juesuan.Core.Published;

namespace Juesuan.Audit.Messages;

/// <summary>模板残留审核说明: placeholders, instructions, wrong years, punctuation and units left in the text (R-*).</summary>
public static class ResidueMessages
{
    /// <summary>R-PLACEHOLDER: a placeholder left, with the other lines the same placeholder stands on (at most five named).</summary>
    public static AuditMessage PlaceholderLeft(string placeholder, string excerpt, IReadOnlyList<PrintedPlace>? others = null) =>
        new(AuditMessageId.PlaceholderLeft, $"模板占位符“{placeholder.Trim()}”未替换：{excerpt}"
            + (others is { Count: > 0 } o ? $"（另有 {o.Count} 行同样未替换：{string.Join("、", o.Take(5))}{(o.Count > 5 ? "等" : string.Empty)}）" : string.Empty));

    /// <summary>R-INSTRUCTION: a 决算 report that speaks of its 预算汇编范围.</summary>
    public static AuditMessage BudgetScopeWording(string words) =>
        new(AuditMessageId.BudgetScopeWording, $"决算报告沿用了预算的说法“{words}”，应为“决算汇编范围”");

    /// <summary>R-SCOPE: a county's report defining its scope in the province's or the centre's words.</summary>
    public static AuditMessage OtherLevelScope(string words, string place, string excerpt) =>
        new(AuditMessageId.OtherLevelScope, $"“{place}”是省以下的报告，却用了上级的口径“{words}”，像是照抄省级或中央的说明而未改成本级：{excerpt}");

    public static AuditMessage InstructionPrinted(string instruction) => new(AuditMessageId.InstructionPrinted, $"模板的填写说明印在报告中：“{instruction}”");

    /// <summary>R-INSTRUCTION: "增加（减少）" left as the template prints it.</summary>
    public static AuditMessage AlternativeUnchosen(string words, string excerpt) => new(AuditMessageId.AlternativeUnchosen, $"备选词未作选择：“{words}”（{excerpt}）");

    /// <summary>R-INSTRUCTION: "大小于": an alternative half deleted.</summary>
    public static AuditMessage AlternativeHalfDeleted(string words, string excerpt) =>
        new(AuditMessageId.AlternativeHalfDeleted, $"“{words}”像是备选词（如“大于（小于）”）只删了一半：{excerpt}");

    /// <summary>R-YEAR: "22017年", "202 年度".</summary>
    public static AuditMessage YearMalformed(string words) => new(AuditMessageId.YearMalformed, $"年份残缺：“{words}”");

    /// <summary>R-YEAR: a target's deadline before the report's year ("在2022年12月31日前" in 2023).</summary>
    public static AuditMessage DeadlineBeforeYear(string words, int reportYear, string excerpt) =>
        new(AuditMessageId.DeadlineBeforeYear, $"{reportYear} 年度的报告写“{words}”：期限在本年度开始之前，多是沿用上年的目标：{excerpt}");

    /// <summary>R-YEAR: something done at a date before the year of the document that ordered it or was received.</summary>
    public static AuditMessage DateBeforeDocument(string date, string document, string excerpt) =>
        new(AuditMessageId.DateBeforeDocument, $"“{date}”早于所依据或收到的文件“{document}”的年份：日期的年份多半写错：{excerpt}");

    /// <summary>R-YEAR: one sum of money told under the report's year and, elsewhere, under another.</summary>
    public static AuditMessage SameMoneyAnotherYear(int other, string amount, int reportYear, string excerpt) =>
        new(AuditMessageId.SameMoneyAnotherYear, $"同一笔 {amount}在别处写作 {reportYear} 年的，这里写作 {other} 年：年份多半沿用上年报告：{excerpt}");

    public static AuditMessage YearMalformed(string words, int reportYear) => new(AuditMessageId.YearMalformed, $"年份残缺：“{words}”（报告年度 {reportYear}）");

    /// <summary>R-YEAR: 截至 20YY 年 12 月 31 日 of another year.</summary>
    public static AuditMessage AsOfYearWrong(string words, int reportYear) => new(AuditMessageId.AsOfYearWrong, $"“{words}”与报告年度 {reportYear} 不符");

    /// <summary>R-YEAR: a part's heading ("2020年度“三公”经费决算情况说明") names another year than the report's, read from its title or its sentences.</summary>
    public static AuditMessage HeadingYearWrong(string heading, int heads, int reportYear) =>
        new(AuditMessageId.HeadingYearWrong, $"标题“{heading}”写的是 {heads} 年度，报告说明的是 {reportYear} 年度的数字");

    public static AuditMessage TitleYearWrong(string words, int reportYear) => new(AuditMessageId.TitleYearWrong, $"“{words}”的年度与报告年度 {reportYear} 不符");

    /// <summary>R-YEAR: a sentence that compares with 上年 names the year before the report's.</summary>
    public static AuditMessage LastYearLeft(string year, int reportYear, string excerpt) =>
        new(AuditMessageId.LastYearLeft, $"“{year}年”与报告年度 {reportYear} 不符：这句与上年比较，说的是 {reportYear} 年（{excerpt}）");

    /// <summary>R-YEAR: "与2019498.83万元相比": a year glued to an amount.</summary>
    public static AuditMessage YearGluedToAmount(string figure, string year, string amount, string excerpt) =>
        new(AuditMessageId.YearGluedToAmount, $"“{figure}万元”像是年份 {year} 与金额 {amount} 万元连在一起，缺少“年”字（{excerpt}）");

    public static AuditMessage BaseYearIsReportYear(string words, int reportYear, string excerpt) =>
        new(AuditMessageId.BaseYearIsReportYear, $"“{words}”：与报告年度 {reportYear} 本身比较，比较的基数应为上年（{reportYear - 1} 年）（{excerpt}）");

    public static AuditMessage BaseYearNotLastYear(string words, int baseYear, int reportYear, string excerpt) =>
        new(AuditMessageId.BaseYearNotLastYear, $"“{words}”：比较的基年是 {baseYear} 年，不是上年 {reportYear - 1} 年，其他各句均与上年比较（{excerpt}）");

    /// <summary>R-EMPTYNOTE: "本表无数据" under a table that prints figures.</summary>
    public static AuditMessage EmptyNoteUnderFigures(string table, string note) => new(AuditMessageId.EmptyNoteUnderFigures, $"{table}印有数字，表下却说明“{note}”");

    /// <summary>R-EMPTYNOTE: a table no department can leave empty (收入决算表, 支出决算表) said to have no data.</summary>
    public static AuditMessage CoreTableSaidEmpty(string table, string note) =>
        new(AuditMessageId.CoreTableSaidEmpty, $"{table}不可能为空（部门当年总有收入和支出），表下却说明“{note}”：表漏印或说明错放");

    /// <summary>R-PUNCT: a percentage with a unit of money after it ("占8.8%元").</summary>
    public static AuditMessage UnitAfterPercent(string printed, string excerpt) => new(AuditMessageId.UnitAfterPercent, $"百分比后多了金额单位“{printed}”：{excerpt}");

    /// <summary>R-PUNCT: a comma between a total's word and its figure ("团组共计 ,0 个").</summary>
    public static AuditMessage CommaBeforeFigure(string printed, string excerpt) => new(AuditMessageId.CommaBeforeFigure, $"数字前多了逗号“{printed}”：{excerpt}");

    /// <summary>R-PUNCT: a run of "?" or U+FFFD where characters were lost.</summary>
    /// <summary>R-PUNCT: a web page's or a word processor's markup left in the text.</summary>
    public static AuditMessage MarkupLeft(string markup, string excerpt) => new(AuditMessageId.MarkupLeft, $"网页标记残留“{markup}”：{excerpt}");

    public static AuditMessage TextGarbled(string run, string excerpt) => new(AuditMessageId.TextGarbled, $"乱码“{run}”（字符丢失或编码错误）：{excerpt}");

    /// <summary>R-PLACEHOLDER: a figure printed as "*" ("预算数*元", "78.*元").</summary>
    public static AuditMessage FigureMasked(string figure, string excerpt) => new(AuditMessageId.FigureMasked, $"金额印成了“{figure}”，没有数字：{excerpt}");

    /// <summary>R-PLACEHOLDER: "…如下：" with the next section's heading straight after it.</summary>
    public static AuditMessage NothingFollows(string excerpt, string next) => new(AuditMessageId.NothingFollows, $"“{excerpt}”之后没有内容，紧接着就是下一节“{next}”");

    public static AuditMessage PunctuationDoubled(string marks, string excerpt) => new(AuditMessageId.PunctuationDoubled, $"重复的标点“{marks}”：{excerpt}");

    public static AuditMessage QuotesReversed(string marks, string excerpt) => new(AuditMessageId.QuotesReversed, $"引号有误“{marks}”（方向反了或不成对），应为““三公””：{excerpt}");

    /// <summary>R-PUNCT: "（川财行2020〕189号）", "2019年度）" — a bracket without its pair.</summary>
    public static AuditMessage BracketUnpaired(string printed, string excerpt) => new(AuditMessageId.BracketUnpaired, $"括号不成对“{printed}”（缺少与之配对的括号，或两种括号混用）：{excerpt}");

    /// <summary>R-UNIT: "增长 13.95。".</summary>
    public static AuditMessage PercentMissing(string figure, string excerpt) => new(AuditMessageId.PercentMissing, $"“{figure}”缺少“%”：{excerpt}");

    /// <summary>R-PUNCT: "（株荷财发〔2017〕31）号" — 号 outside the bracket.</summary>
    public static AuditMessage DocumentNumberBracketMisplaced(string printed, string excerpt) =>
        new(AuditMessageId.DocumentNumberBracketMisplaced, $"文号的括号位置不对“{printed}”（“号”落在括号外）：{excerpt}");

    /// <summary>R-UNIT: "减少484.05，降低11.1%" — a change with no unit.</summary>
    public static AuditMessage AmountUnitMissing(string figure, string excerpt) => new(AuditMessageId.AmountUnitMissing, $"增减金额“{figure}”缺少单位（万元或元）：{excerpt}");

    /// <summary>R-UNIT: "0.00 万，".</summary>
    public static AuditMessage YuanMissing(string figure, string excerpt) => new(AuditMessageId.YuanMissing, $"“{figure}”缺少“元”：{excerpt}");

    /// <summary>R-UNIT: "1.58元" beside "1.58万元" in one sentence.</summary>
    public static AuditMessage YuanForWan(string figure, string number, string excerpt) =>
        new(AuditMessageId.YuanForWan, $"“{figure}”的单位疑为“万元”：同一句中 {number} 又写作“{number}万元”（{excerpt}）");

    /// <summary>R-UNIT: a 三公 category of a few 元 beside a 三公 total in 万元.</summary>
    public static AuditMessage YuanBesideWan(string figure, string item, string total) =>
        new(AuditMessageId.YuanBesideWan, $"{item} {figure} 的单位疑为“万元”：同一段的“三公”经费为 {total}，几元的{item}不合常理");

    /// <summary>R-UNIT: "488.8. 万元".</summary>
    public static AuditMessage PointDoubled(string figure, string excerpt) => new(AuditMessageId.PointDoubled, $"“{figure}”的数字多了一个小数点：{excerpt}");

    /// <summary>R-YEAR: the page's date of publication falls within the year its 决算 speaks of.</summary>
    public static AuditMessage PublishedBeforeYearEnd(string dated, int year) =>
        new(AuditMessageId.PublishedBeforeYearEnd,
            $"“{dated}”在 {year} 年度结束之前：{year} 年度决算要到 {year + 1} 年才能编成公开，报告的年度或公开日期写错了");
}
