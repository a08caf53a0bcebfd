using Juesuan.Core.Model;
using Juesuan.Core.Tables;

namespace Juesuan.Core.Published;

/// <summary>
/// Where a printed figure stands in a published document: page and line of the text layer (1-based),
/// or the sheet/paragraph for XLSX/DOCX, plus the table, row (行次 or row index) and column (栏次).
/// </summary>
public sealed record PrintedPlace(int? Page, int? Line)
{
    public string? Table { get; init; }

    public int? Row { get; init; }

    public int? Column { get; init; }

    public override string ToString()
    {
        var parts = new List<string>();
        if (Table is not null)
        {
            parts.Add(Table);
        }

        if (Page is { } p)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{p}页"));
        }

        if (Line is { } l)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{l}行"));
        }

        if (Row is { } r)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"行{r}"));
        }

        if (Column is { } c)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"栏{c}"));
        }

        return string.Join(" ", parts);
    }
}

/// <summary>
/// A number as printed: its text, its value, and its precision (the unit of its last printed digit:
/// 1 for "7,973", 0.01 for "7972.87"). The precision is what the rounding tolerance follows from.
/// </summary>
public sealed record PrintedNumber(string Text, decimal Value, decimal Precision, PrintedPlace Place)
{
    /// <summary>Parses "7,973", "7972.87", "-1.5", "0.00", "（12）"-free numbers; null for anything else.</summary>
    public static PrintedNumber? TryParse(string text, PrintedPlace place)
    {
        // Spaces inside are not removed: "1,248 302" is two cells run together, not one number.
        var s = text.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0 || !decimal.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            return null;
        }

        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : s.Length - dot - 1;
        var precision = 1m;
        for (var i = 0; i < decimals; i++)
        {
            precision /= 10m;
        }

        return new PrintedNumber(text.Trim(), v, precision, place);
    }
}

/// <summary>
/// One printed row: its label (项目 / 科目名称), its 功能分类 or 经济分类 code if printed, its 行次 if
/// printed, and its cells by column index (null where the cell is empty). Side-by-side tables
/// (公开01/04/06) are read as separate <see cref="PublishedRow"/>s per side, with <see cref="Side"/> set.
/// </summary>
public sealed record PublishedRow(string Label, string? Code, int? LineNumber, IReadOnlyList<PrintedNumber?> Cells, PrintedPlace Place)
{
    /// <summary>
    /// Only the first figure's column is known: a page text without tabs dropped the blank cells, so the other
    /// figures cannot be placed. Rules leave this row's other columns alone.
    /// </summary>
    public bool ColumnsUncertain { get; init; }

    /// <summary>0 for a plain table; for side-by-side tables 0 = left (收入 / 人员经费), 1 = right (支出 / 公用经费), 2 = third group.</summary>
    public int Side { get; init; }
}

/// <summary>A table as printed in a published report.</summary>
public sealed record PublishedTable(PublicTable Kind, string Title, string? Number, IReadOnlyList<PublishedRow> Rows)
{
    /// <summary>Column captions (flattened multi-level header, one per amount column), in order.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>万元 or 元.</summary>
    public string AmountUnit { get; init; } = "万元";

    public PrintedPlace Place { get; init; } = new(null, null);

    /// <summary>True when the table was printed with no figures (or explicitly said to be empty).</summary>
    public bool PrintedEmpty { get; init; }

    /// <summary>True when the document ended (or was cut) inside this table.</summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// Why the reader found the table but could not place its figures (a text layer that drops empty cells or
    /// splits numbers, figures a row off their items, no figures where totals must be); null when it could.
    /// Such a table's rows are not audited, and a reader note gives this reason.
    /// </summary>
    public string? LayoutProblem { get; init; }

    /// <summary>True when <see cref="LayoutProblem"/> says the figures could not be placed.</summary>
    public bool LayoutUnclear => LayoutProblem is not null;

    /// <summary>
    /// True when the only problem is that 总计 or 本年收入/支出合计 is printed blank (the figures are placed): a
    /// balance check reads a blank total as zero, never as missing, so nothing printed blank against a figure passes.
    /// </summary>
    public bool TotalsBlank { get; init; }
}

/// <summary>One indicator row of a performance self-evaluation table.</summary>
public sealed record PublishedIndicator(
    string Level1,
    string Level2,
    string Name,
    string? Operator,
    string? Target,
    string? Unit,
    string? Actual,
    PrintedNumber? Weight,
    PrintedNumber? Score,
    PrintedPlace Place);

/// <summary>A line of text as printed (table cells joined by a space) and where it is.</summary>
public sealed record PrintedLine(string Text, PrintedPlace Place);

/// <summary>A 绩效自评表 as printed: project (预算项目（政策）绩效自评表) or unit (部门（单位）整体绩效自评表).</summary>
public sealed record PublishedEvaluation(bool IsUnit, string Name, PrintedPlace Place)
{
    /// <summary>The table's title as printed when it is not one of the two Liaoning titles (项目支出绩效自评表, the national form).</summary>
    public string? Title { get; init; }

    /// <summary>年初预算数 (the national form prints it beside 全年预算数, which is <see cref="Budget"/>).</summary>
    public PrintedNumber? InitialBudget { get; init; }

    /// <summary>The funds' 分值 (the national form: 10); the execution score is 执行率 × this, at most this.</summary>
    public PrintedNumber? FundsWeight { get; init; }

    /// <summary>总分's 分值 (100 on the national form).</summary>
    public PrintedNumber? TotalWeight { get; init; }

    /// <summary>The last line of the file the form takes up (from <see cref="Place"/>'s): text inside it is the form's, not the narrative's.</summary>
    public int? LastLine { get; init; }

    /// <summary>A 部门整体 form's funds broken down 按收入性质分 and 按支出性质分: two views of one sum.</summary>
    public PrintedNumber? ByIncomeKind { get; init; }

    /// <summary>See <see cref="ByIncomeKind"/>.</summary>
    public PrintedNumber? BySpendingKind { get; init; }

    /// <summary>年度资金总额's parts as printed below it (其中：当年财政拨款, 上年结转资金, 其他资金) — their amounts make the total's.</summary>
    public IReadOnlyList<FundsPart> FundsParts { get; init; } = [];

    /// <summary>
    /// 一级指标分值 printed in the level's label ("产出指标（50分）", "效益指标(30分)"), and a block over them ("年度绩效目标(80分)",
    /// "绩效指标（90分）"), each first as printed in the form.
    /// </summary>
    public IReadOnlyList<LevelWeight> LevelWeights { get; init; } = [];

    /// <summary>Cells of the form left blank where a figure or a value belongs ("「培训人数」的实际完成值"), in print order.</summary>
    public IReadOnlyList<string> BlankCells { get; init; } = [];

    /// <summary>The form's cells hold figures: an evaluation read empty from it was misread, not left blank by its unit.</summary>
    public bool HasFigures { get; init; } = true;

    /// <summary>True when indicator rows were printed that could not be read whole: sums over the indicators are not checked.</summary>
    public bool IndicatorsIncomplete { get; init; }

    /// <summary>实施单位 as printed (project tables), without the trailing "-" some templates add.</summary>
    public string? ImplementingUnit { get; init; }

    public PrintedNumber? Budget { get; init; }

    /// <summary>The form prints no 全年预算数: <see cref="Budget"/> is its 年初预算数 (spending above it is the year's additions).</summary>
    public bool BudgetIsInitial { get; init; }

    public PrintedNumber? Executed { get; init; }

    public PrintedNumber? ExecutionRate { get; init; }

    public IReadOnlyList<PublishedIndicator> Indicators { get; init; } = [];

    /// <summary>指标自评得分小计</summary>
    public PrintedNumber? Subtotal { get; init; }

    /// <summary>预算执行率得分</summary>
    public PrintedNumber? ExecutionScore { get; init; }

    /// <summary>减分项</summary>
    public PrintedNumber? Deduction { get; init; }

    /// <summary>绩效自评总得分 / 总评价得分</summary>
    public PrintedNumber? Total { get; init; }

    /// <summary>Unit tables: 年度主要任务 lines (下达/执行/执行率/分值/得分).</summary>
    public IReadOnlyList<(string Task, PrintedNumber? Assigned, PrintedNumber? Executed, PrintedNumber? Rate, PrintedNumber? Weight, PrintedNumber? Score)> Tasks { get; init; } = [];
}

/// <summary>一级指标分值: a level's weight as its label prints it ("产出指标（50分）").</summary>
public sealed record LevelWeight(string Level, PrintedNumber Weight);

/// <summary>
/// A part of a form's 年度资金总额 as printed below it, with its 年初预算数, 全年预算数 and 全年执行数: a source (当年财政拨款,
/// 上年结转资金, 其他资金) or, on a 部门整体 form, a kind (基本支出, 项目支出).
/// </summary>
public sealed record FundsPart(string Label, PrintedNumber? InitialBudget, PrintedNumber? Budget, PrintedNumber? Executed)
{
    /// <summary>The part's own 分值 and 得分, where the form scores each (a 部门整体 form's 基本支出 and 项目支出).</summary>
    public PrintedNumber? Weight { get; init; }

    /// <inheritdoc cref="Weight"/>
    public PrintedNumber? Score { get; init; }

    /// <summary>The part's own 执行率 (%), where the form prints one.</summary>
    public PrintedNumber? Rate { get; init; }
}

/// <summary>The standard narrative sections the 公开检查 looks for.</summary>
public enum ReportSection
{
    Overview,
    Duties,
    Units,
    IncomeExpenditure,
    Appropriation,
    ThreePublic,
    BasicExpenditure,
    OfficeOperatingCost,
    Procurement,
    Assets,
    Performance,
    Glossary,
    Tables,
    Annex,
}

/// <summary>文件性质: what a published document is, as its title and opening say, and so what the audit may ask of it.</summary>
public enum DocumentNature
{
    /// <summary>部门（单位）决算, whole or a part of one (a 三公 statement, a page with its 目录), or news about one</summary>
    FinalAccounts,

    /// <summary>部门预算: a budget statement ("…年部门预算“三公”经费公开说明", "“三公”经费预算情况说明"); its figures are budgets</summary>
    Budget,

    /// <summary>
    /// 政府财政决算 / 预算执行报告: a government's report on its region's 一般公共预算, 政府性基金… ("受区人民政府委托",
    /// "在…人民代表大会常务委员会第…次会议上", 收入总量/支出总量, 上解上级支出, 债务转贷收入) — not a 部门决算; its
    /// figures are tied to no department item, and only each sentence's own arithmetic is checked (N-ARITH, N-LISTSUM)
    /// </summary>
    GovernmentFiscalReport,
}

/// <summary>
/// A final-accounts report as published by someone (read from PDF, DOCX, XLSX or text), with every
/// figure as printed and where it stands. The audit checks this model; Juesuan's own reports are
/// checked the same way.
/// </summary>
public sealed record PublishedReport
{
    /// <summary>The document read (file name), for messages.</summary>
    public required string Document { get; init; }

    public string? DepartmentName { get; init; }

    public FiscalYear? Year { get; init; }

    public IReadOnlyList<string> Units { get; init; } = [];

    public IReadOnlyList<PublishedTable> Tables { get; init; } = [];

    /// <summary>What the narrative states with figures, claim by claim (flattened from <see cref="Statements"/>).</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Relations and directions the narrative states in words (决算数大于预算数, 与上年持平).</summary>
    public IReadOnlyList<WordClaim> Words { get; init; } = [];

    /// <summary>The narrative's sentences that print figures, each with what was understood of it.</summary>
    public IReadOnlyList<NarrativeStatement> Statements { get; init; } = [];

    /// <summary>How many figures the narrative prints, and how many of them a claim understood.</summary>
    public (int Printed, int Understood) NarrativeFigureCount =>
        (Statements.Sum(s => s.FigureCount), Statements.Sum(s => s.FigureCount - s.Unread.Count));

    public IReadOnlyList<PublishedEvaluation> Evaluations { get; init; } = [];

    /// <summary>Sections found (by heading or content).</summary>
    public IReadOnlySet<ReportSection> Sections { get; init; } = new HashSet<ReportSection>();

    /// <summary>The template (profile) the report was written in, when known (Juesuan's own output).</summary>
    public string? Template { get; init; }

    /// <summary>The wordings <see cref="Template"/> prescribes, which the audit notes rather than warns about.</summary>
    public IReadOnlySet<TemplateWording> TemplateWordings { get; init; } = new HashSet<TemplateWording>();

    /// <summary>文件性质: a 部门决算 (or a part of one), a 部门预算 statement, or a government's 财政决算/预算执行 report.</summary>
    public DocumentNature Nature { get; init; } = DocumentNature.FinalAccounts;

    /// <summary>Reader notes: things it could not read (a page cut mid-table, an unknown code, …).</summary>
    public IReadOnlyList<string> ReaderNotes { get; init; } = [];

    /// <summary>目录: the table of contents' entries as printed (dot leaders and page numbers removed).</summary>
    public IReadOnlyList<PrintedLine> Contents { get; init; } = [];

    /// <summary>Every line of the document's text, for the rules about wording; not written to published.json.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<PrintedLine> Lines { get; init; } = [];

    /// <summary>
    /// The text stops inside a sentence ("…全年安排因公出国(境)团", "…支出决算8.47万", "…减少12,625.00元,下降7"): an
    /// excerpt or a page cut off. Its last line is prose — long, with a clause's punctuation before its end, no table
    /// cells (figures set apart by spaces) — and ends in a character of a word or a digit, so what a rule finds missing
    /// may be after the cut.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool EndsMidSentence => Lines.LastOrDefault(l => l.Text.Trim().Length > 0)?.Text.Trim() is { } last
        && (OpensAndStops(last) || UnitCut(last) || FigureWithNoStop(last)
            || (last.Length >= 15 && !last.Contains("  ", StringComparison.Ordinal)
                && (last[^1] is >= '\u4e00' and <= '\u9fff' || char.IsAsciiDigit(last[^1]))
                && HasClausePunctuation(last.AsSpan(0, last.Length - 1))
                && !FiguresSetApart(last)));

    /// <summary>
    /// "2024年度本年收入合计23816.98万元": a sentence of the narrative stopped right after its figure — a table prints no unit
    /// in its cells and its title's "单位：万元" has no figure; a complete sentence goes on to its "。".
    /// </summary>
    private static bool FigureWithNoStop(string last) =>
        last.Length >= 10 && last[0] is >= '\u4e00' and <= '\u9fff' or (>= '0' and <= '9') && !last.Contains('|') && !FiguresSetApart(last)
        && last.EndsWith("元", StringComparison.Ordinal) && last.TrimEnd('元', '万', '亿', ' ') is { Length: > 0 } figure && char.IsAsciiDigit(figure[^1])
        && last.Any(c => c is >= '\u4e00' and <= '\u9fff' && c is not ('元' or '万' or '亿'));

    /// <summary>"2.上级补助收入0万": a figure whose unit the cut took (万 without its 元), however short the line.</summary>
    private static bool UnitCut(string last) =>
        last.Length >= 3 && last[^1] is '万' or '亿' && char.IsAsciiDigit(last[^2]) && last.Any(c => c is >= '\u4e00' and <= '\u9fff' && c != '万' && c != '亿');

    /// <summary>"…（" or "按照中央八项规定和《党政机关": a bracket, quote or title mark opened and never closed.</summary>
    private static bool OpensAndStops(string last) =>
        last[^1] is '（' or '(' or '《' or '“' or '、'
        || Count(last, '《') > Count(last, '》') || Count(last, '（') + Count(last, '(') > Count(last, '）') + Count(last, ')');

    private static int Count(string s, char c)
    {
        var n = 0;
        foreach (var x in s)
        {
            n += x == c ? 1 : 0;
        }

        return n;
    }

    /// <summary>"，" "。" "；" — or a half-width comma that is not a thousands separator.</summary>
    private static bool HasClausePunctuation(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '，' or '；' or ';' || (text[i] == ',' && !(i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A table row printed as text: two figures with only spaces between them ("1,234.56 1,000.00").</summary>
    private static bool FiguresSetApart(string line)
    {
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] == ' ' && char.IsAsciiDigit(line[i - 1]) && (char.IsAsciiDigit(line[i + 1]) || line[i + 1] == '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The table of a kind, if it was read with its columns aligned (what the rules may compare).</summary>
    public PublishedTable? Table(PublicTable kind) => Tables.FirstOrDefault(t => t.Kind == kind && !t.LayoutUnclear);

    /// <summary>Whether the document has the table at all (even one whose columns could not be aligned).</summary>
    public bool HasTable(PublicTable kind) => Tables.Any(t => t.Kind == kind);
}
