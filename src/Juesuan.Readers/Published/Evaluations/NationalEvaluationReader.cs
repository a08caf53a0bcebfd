using System.Text.RegularExpressions;
using Juesuan.Core.Published;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Evaluations;

/// <summary>
/// 项目支出绩效自评表 in the national form (财预〔2020〕10号): 项目名称 / 主管部门 / 实施单位; 项目资金 with 年初预算数,
/// 全年预算数, 全年执行数, 分值, 执行率, 得分; the indicators (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因);
/// 总分. Reads the raw lines (before one-cell-per-line runs are joined into rows), in three shapes: a row to a line (tabs
/// or " | "), a cell to a line (a web page's table, "|" alone for a blank cell), and a PDF's lines with each cell's x.
/// Blank cells are known only where the text keeps them (tabs and "|"); a PDF drops them, so it reports none.
/// </summary>
internal static partial class NationalEvaluationReader
{
    /// <summary>A form is never longer than this many lines; past it the text is something else.</summary>
    private const int LongestForm = 600;

    private enum Column
    {
        None,
        Level1,
        Level2,
        Level3,
        Target,
        Actual,
        Weight,
        Score,
        Reason,
    }

    private static readonly string[] FundsLabels = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    private static readonly HashSet<string> LevelWords = new(StringComparer.Ordinal)
    {
        "绩效指标", "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标", "成本指标",
        "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
    };

    private readonly record struct Cell(string Text, TextLine Line, int Index, bool Blanks)
    {
        public string Key => Label(Text);

        public double? X => Line.Anchors is { } a && Index < a.Length ? a[Index] : null;

        public PrintedPlace At => new(Line.Page, Line.Number);
    }

    internal static IReadOnlyList<PublishedEvaluation> Read(IReadOnlyList<TextLine> lines)
    {
        lines = Tokenised(lines);
        var titles = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsTitle(lines, i))
            {
                titles.Add(i);
            }
        }

        var result = new List<PublishedEvaluation>();
        for (var t = 0; t < titles.Count; t++)
        {
            var to = Math.Min(t + 1 < titles.Count ? titles[t + 1] : lines.Count, titles[t] + LongestForm);
            if (ReadForm(lines, titles[t], to) is { } e)
            {
                result.Add(e);
            }
        }

        return result;
    }

    /// <summary>
    /// A whole form flattened onto one line with spaces between its cells (a document's text without its table): its words
    /// become a cell apiece, read as a web page's cells are — blank cells are lost, so none is reported.
    /// </summary>
    private static IReadOnlyList<TextLine> Tokenised(IReadOnlyList<TextLine> lines)
    {
        if (!lines.Any(Flattened))
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        foreach (var l in lines)
        {
            if (!Flattened(l))
            {
                result.Add(l);
                continue;
            }

            // Bounded by the line itself: a token per run of non-spaces.
            foreach (var word in Words(l.Cells[0]))
            {
                result.Add(new TextLine(l.Page, l.Number, word, [word]) { SpaceSeparated = true });
            }
        }

        return result;
    }

    /// <summary>
    /// A spaced line's words, a heading's bracket kept whole: "执行率(全年 执行数/全年 预算数)" is one cell, not three (上饶 2021).
    /// A bracket open for more than four words is not a heading's: its words stay apart.
    /// </summary>
    private static string[] Words(string text)
    {
        var words = text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (Opens(w))
            {
                var end = i + 1;
                while (end < words.Length && end <= i + 4 && !Closes(words[end]))
                {
                    end++;
                }

                if (end < words.Length && end <= i + 4 && !words[end].Any(char.IsAsciiDigit) && !words[(i + 1)..end].Any(x => x.Any(char.IsAsciiDigit)))
                {
                    result.Add(string.Concat(words[i..(end + 1)]));
                    i = end;
                    continue;
                }
            }

            result.Add(w);
        }

        return [.. result];

        static bool Opens(string w) => (w.LastIndexOfAny(['(', '（']) is var o && o >= 0) && w.IndexOfAny([')', '）'], o) < 0 && !w.Any(char.IsAsciiDigit);

        static bool Closes(string w) => w.IndexOfAny([')', '）']) >= 0 && w.IndexOfAny(['(', '（']) < 0;
    }

    private static bool Flattened(TextLine l) => l.Cells.Length == 1 && l.Anchors is null && l.Text.Length > 200
        && l.Text.Contains("自评表", StringComparison.Ordinal) && l.Text.Contains("项目名称", StringComparison.Ordinal) && l.Text.Contains(' ');

    private static bool IsTitle(IReadOnlyList<TextLine> lines, int i)
    {
        if (!lines[i].Text.Contains('评', StringComparison.Ordinal)) // cheap: most lines are not titles; a title may be spaced out
        {
            return false;
        }

        // "2022年度项目支出绩效自评表 | 部门:临沧市永德县明朗中学 |": the department may share the title's row.
        var cells = lines[i].Cells.Where(c => c.Length > 0).ToArray();
        if (cells.Length is < 1 or > 2 || (cells.Length == 2 && !DepartmentCell().IsMatch(FlatText.Normalize(cells[1]))))
        {
            return false;
        }

        var flat = FlatText.Normalize(cells[0]);
        // Hubei's "…经费项目自评表" is the same form with its funds in 预算数(A) / 执行数(B) / 得分(20分*执行率).
        // Anhui's and Sichuan's "绩效目标自评表（2019年度）" too.
        if (flat.Length > 60 || !(flat.Contains("项目支出绩效自评表", StringComparison.Ordinal) || flat.Contains("整体支出绩效自评表", StringComparison.Ordinal)
                || flat.EndsWith("项目自评表", StringComparison.Ordinal) || flat.StartsWith("绩效目标自评表", StringComparison.Ordinal)
                || (flat.EndsWith("绩效自评表", StringComparison.Ordinal) && TransferFormFollows(lines, i)))
            || flat.StartsWith("预算项目", StringComparison.Ordinal) || flat.StartsWith("部门（单位）整体", StringComparison.Ordinal)
            || flat.Contains('，') || flat.Contains('。') || flat.Contains("…", StringComparison.Ordinal))
        {
            return false;
        }

        for (var k = i + 1; k < lines.Count && k <= i + 8; k++)
        {
            if (lines[k].Cells.Any(c => Label(c) is var l && (l.StartsWith("项目名称", StringComparison.Ordinal) || l.StartsWith("部门名称", StringComparison.Ordinal)
                || l.StartsWith("单位名称", StringComparison.Ordinal) || l.StartsWith("评价部门名称", StringComparison.Ordinal) || l.StartsWith("预算部门", StringComparison.Ordinal)
                || l.StartsWith("部门（单位）名称", StringComparison.Ordinal) || l.StartsWith("转移支付", StringComparison.Ordinal)
                // "一级预算单位名称" (零陵 2021; its "一" lost in the copy)
                || l.EndsWith("预算单位名称", StringComparison.Ordinal)
                || l is "部门" or "单位")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "就业补助资金绩效自评表" (田家庵 2024): a central transfer's form, titled by the fund's name alone — known by its
    /// "转移支付(项目)名称" within the next lines.
    /// </summary>
    private static bool TransferFormFollows(IReadOnlyList<TextLine> lines, int title)
    {
        for (var k = title + 1; k < lines.Count && k <= title + 8; k++)
        {
            if (lines[k].Cells.Any(c => Label(c).StartsWith("转移支付", StringComparison.Ordinal) && Label(c).EndsWith("名称", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static PublishedEvaluation? ReadForm(IReadOnlyList<TextLine> lines, int title, int to)
    {
        var cells = new List<Cell>();
        for (var i = title + 1; i < to; i++)
        {
            var l = lines[i];
            // "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分" / "年度资金总额: 880 880 880 10 10": a page's text with the
            // form's cells set apart by spaces — a word to a cell, blanks lost.
            if (l.Cells.Length == 1 && l.Anchors is null && !l.PipeCell && l.Cells[0].Contains(' ', StringComparison.Ordinal))
            {
                var words = Words(l.Cells[0]);
                var row = l with { Cells = words, SpaceSeparated = true }; // one row: its words stay together
                for (var w = 0; w < words.Length; w++)
                {
                    cells.Add(new Cell(words[w], row, w, false));
                }

                continue;
            }

            var blanks = l.Anchors is null && !l.SpaceSeparated && (l.PipeCell || l.Cells.Length > 1);
            // "| 387664.62 | 387664.62 |": the pipe that opens a web page's row is no blank cell before it.
            var first = l.PipeCell && l.Cells.Length > 1 && l.Cells[0].Length == 0 ? 1 : 0;
            for (var c = first; c < l.Cells.Length; c++)
            {
                // A PDF's empty cells are not there to keep; a lone "|" is one blank cell.
                if (l.Cells[c].Length > 0 || blanks || l.PipeCell)
                {
                    cells.Add(new Cell(l.Cells[c], l, c, blanks || l.PipeCell));
                }
            }
        }

        // "年初" / "预算数" / "全年" / "执行数": a heading the page's text broke over two lines, a word to a line (廊坊 2019).
        for (var i = cells.Count - 2; i >= 0; i--)
        {
            if (cells[i].Key is "年初" or "全年" && Bare(cells[i + 1].Text) is "预算数" or "执行数" && cells[i].Line.Cells.Length == 1 && cells[i + 1].Line.Cells.Length == 1)
            {
                cells[i] = cells[i] with { Text = cells[i].Text + cells[i + 1].Text };
                cells.RemoveAt(i + 1);
            }
        }

        // A 部门整体支出绩效自评表 names its department instead of a project.
        var unit = FlatText.Normalize(lines[title].Cells.First(c => c.Length > 0)).Contains("整体", StringComparison.Ordinal);
        var name = ValueAfter(cells, "项目名称") ?? ValueAfter(cells, "部门名称") ?? ValueAfter(cells, "单位名称") ?? ValueAfter(cells, "评价部门名称") ?? ValueAfter(cells, "预算部门、单位名称") ?? ValueAfter(cells, "部门（单位）名称")
            ?? (cells.FindIndex(c => c.Key.StartsWith("转移支付", StringComparison.Ordinal) && c.Key.EndsWith("名称", StringComparison.Ordinal)) is var m && m >= 0 ? ValueAfter(cells, cells[m].Key) : null)
            ?? (cells.FindIndex(c => c.Key.EndsWith("预算单位名称", StringComparison.Ordinal)) is var u && u >= 0 ? ValueAfter(cells, cells[u].Key) : null)
            ?? (cells.FindIndex(c => c.Key is "部门" or "单位") is var d && d >= 0 && d + 1 < cells.Count ? cells.Skip(d + 1).Take(4).FirstOrDefault(c => c.Text.Length > 0).Text : null);
        if (name is null)
        {
            return null;
        }

        var blankCells = new List<string>();
        var e = new PublishedEvaluation(unit, name, new PrintedPlace(lines[title].Page, lines[title].Number) { Table = FlatText.Normalize(lines[title].Cells.First(c => c.Length > 0)) })
        {
            Title = FlatText.Normalize(lines[title].Cells.First(c => c.Length > 0)),
            ImplementingUnit = ValueAfter(cells, "实施单位")?.TrimEnd('-', '－', ' '),
        };
        e = ReadFunds(cells, e, blankCells) with { ByIncomeKind = Breakdown(cells, "按收入性质分"), BySpendingKind = Breakdown(cells, "按支出性质分") };
        e = ReadIndicators(cells, e, blankCells);
        return e with
        {
            BlankCells = blankCells,
            LastLine = lines[to - 1].Number,
            HasFigures = cells.Any(c => c.Text.Any(char.IsAsciiDigit) && IsFigure(c.Text)),
            LevelWeights = LevelWeights(cells),
        };
    }

    /// <summary>
    /// "产出指标（50分）", "效益指标 (40 分)" (words of a flattened form: "产出指标" "(60" "分)"), "年度 绩效 目标 (80 分)": the first
    /// weight each level's label prints, read from the form's cells run together without spaces.
    /// </summary>
    private static List<LevelWeight> LevelWeights(List<Cell> cells)
    {
        var joined = new System.Text.StringBuilder();
        var at = new List<(int From, Cell Cell)>();
        foreach (var c in cells)
        {
            at.Add((joined.Length, c));
            joined.Append(FlatText.Normalize(c.Text).Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        var result = new List<LevelWeight>();
        foreach (Match m in LevelWeightInText().Matches(joined.ToString()))
        {
            var level = m.Groups["level"].Value;
            if (result.Any(r => r.Level == level))
            {
                continue;
            }

            var cell = at.Last(a => a.From <= m.Groups["weight"].Index).Cell;
            if (PrintedNumber.TryParse(m.Groups["weight"].Value, cell.At) is { } weight)
            {
                result.Add(new LevelWeight(level, weight));
            }
        }

        return result;
    }

    /// <summary>"按收入性质分:2030.12" (or the figure in the next cell): a 部门整体 form's breakdown total.</summary>
    private static PrintedNumber? Breakdown(List<Cell> cells, string label)
    {
        var k = cells.FindIndex(c => c.Key.StartsWith(label, StringComparison.Ordinal));
        if (k < 0)
        {
            return null;
        }

        var own = cells[k].Key[label.Length..].Replace("（万元）", string.Empty, StringComparison.Ordinal).TrimStart(':', '：');
        var text = own.Length > 0 ? own : k + 1 < cells.Count ? cells[k + 1].Text : string.Empty;
        return IsFigure(text) && text.Any(char.IsAsciiDigit) ? PrintedNumber.TryParse(Amount(text), cells[k].At) : null;
    }

    /// <summary>The first non-empty cell after a label (on its row or the lines after it) that is not itself a label.</summary>
    private static string? ValueAfter(List<Cell> cells, string label)
    {
        var k = cells.FindIndex(c => c.Key.StartsWith(label, StringComparison.Ordinal));
        if (k < 0)
        {
            return null;
        }

        // "项目名称：职业技能培训" in one cell.
        var own = cells[k].Key[label.Length..];
        if (own.Length > 0)
        {
            return own;
        }

        for (var i = k + 1; i < cells.Count && i <= k + 4; i++)
        {
            if (cells[i].Text.Length == 0)
            {
                continue;
            }

            if (IsFormLabel(cells[i].Key))
            {
                return string.Empty;
            }

            // "项目名称 2020 年市级服务贸易发展资金" set apart by spaces: a year alone is the name's first word.
            var value = cells[i].Text.Trim();
            return value.All(char.IsAsciiDigit) && i + 1 < cells.Count && cells[i + 1].Text.Length > 0 && !IsFormLabel(cells[i + 1].Key)
                ? value + cells[i + 1].Text.Trim() : value;
        }

        return string.Empty;
    }

    private static bool IsFormLabel(string key) => key is "主管部门" or "实施单位" or "项目名称" or "项目资金" or "年度资金总额"
        || key.StartsWith("项目资金", StringComparison.Ordinal) || FundsLabels.Contains(key);

    /// <summary>
    /// The funds' 得分 heading set below their figures: the first 得分 after 年度资金总额 before any other row's or table's label
    /// (the indicators' "分值 | 得分" is theirs, not the funds').
    /// </summary>
    private static Cell? WrappedScoreHeading(List<Cell> cells, int total)
    {
        for (var i = total + 1; i < cells.Count && i <= total + 24; i++)
        {
            var key = cells[i].Key;
            if (key == "得分")
            {
                return cells[i];
            }

            if (key.StartsWith("年度总体目标", StringComparison.Ordinal) || key.StartsWith("绩效指标", StringComparison.Ordinal) || key.EndsWith("级指标", StringComparison.Ordinal)
                || key is "分值" or "预期目标" or "实际完成情况" or "年度指标值" or "实际完成值")
            {
                return null;
            }
        }

        return null;
    }

    private static PublishedEvaluation ReadFunds(List<Cell> cells, PublishedEvaluation e, List<string> blanks)
    {
        var first = cells.FindIndex(c => c.Key == "年初预算数" || c.Key == "全年预算数");
        var total = cells.FindIndex(c => c.Key == "年度资金总额");
        if (first < 0 || total < first)
        {
            return e;
        }

        // The header: the funds labels in a run, on one row or a line apiece.
        var header = new List<Cell>();
        // "得分" / "(20分*执行率)": the funds' 分值 in a cell of its own under the score's heading.
        Cell? scoreRule = null;
        for (var i = first; i < total && header.Count < FundsLabels.Length; i++)
        {
            if (FundsLabels.Contains(cells[i].Key))
            {
                header.Add(cells[i]);
            }
            else if (header.Count > 0 && header[^1].Key == "得分" && scoreRule is null && ScoreOfRate().IsMatch("得分" + Bare(cells[i].Text)))
            {
                scoreRule = cells[i];
            }
            else if (cells[i].Text.Length > 0)
            {
                break;
            }
        }

        // "分值 执行率(…) 年度资金总额: 620.82万元 620.82万元 620.82万元 100 100% 10 其中:… 得分" (上饶 2021): the last heading,
        // 得分, wrapped below the figures; a text without positions reads it as the column after 执行率.
        if (header.Count > 0 && header[^1].Key == "执行率" && cells[total].X is null
            && WrappedScoreHeading(cells, total) is { } wrapped)
        {
            header.Add(wrapped);
        }

        // The values: as many cells after 年度资金总额 as there are labels, up to the next label; a PDF's by x.
        var values = new Cell?[header.Count];
        if (cells[total].X is not null && header.All(h => h.X is not null))
        {
            for (var i = total + 1; i < cells.Count && cells[i].Line == cells[total].Line; i++)
            {
                var at = Nearest(header.Select(h => h.X!.Value).ToList(), cells[i].X!.Value);
                values[at] ??= cells[i];
            }
        }
        else
        {
            var run = new List<Cell>();
            var nextRow = false;
            for (var i = total + 1; i < cells.Count && run.Count < header.Count; i++)
            {
                if (IsFormLabel(cells[i].Key) || cells[i].Key.StartsWith("其中", StringComparison.Ordinal) || (cells[i].Text.Length > 0 && !IsFigure(cells[i].Text)))
                {
                    nextRow = cells[i].Key.StartsWith("其中", StringComparison.Ordinal);
                    break;
                }

                run.Add(cells[i]);
            }

            // "| 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政拨款 |": a web page dropped the blank cell, so the row ends
            // one figure short before the next row's label — which column is blank cannot be told, that one is can.
            if (nextRow && header.Count >= 4 && run.Count == header.Count - 1 && run.All(c => c.Text.Length > 0))
            {
                blanks.Add($"年度资金总额的一栏（{header.Count} 栏只印了 {run.Count} 个数）");
                // The columns after the amounts (分值, 执行率, 得分) still read from the right: "30 30 10 100% 99" is 分值 10,
                // 执行率 100%, 得分 99 whichever amount is blank.
                var trailing = header.Count - header.TakeWhile(h => h.Key is "年初预算数" or "全年预算数" or "全年执行数").Count();
                var rateAt = header.FindIndex(h => h.Key == "执行率");
                if (trailing < 1 || trailing > run.Count || !run[^1].Text.Any(char.IsAsciiDigit)
                    || (rateAt >= 0 && !run[run.Count - (header.Count - rateAt)].Text.EndsWith('%')))
                {
                    return e; // "880 880 880 10 10": the blank may be 执行率 itself — nothing can be placed
                }

                for (var t = 1; t <= trailing; t++)
                {
                    values[header.Count - t] = run[run.Count - t];
                }

                // "| 32.4 | 31.69 | 10 | 97.80% | 9 |" under 年初预算数 / 全年预算数 / 全年执行数 (临翔 2023): two amounts for three
                // columns are a budget and what was spent of it, whichever budget is blank — when the printed 执行率 says so.
                var spentAt = header.FindIndex(h => h.Key == "全年执行数");
                var budgetAt = header.FindIndex(h => h.Key == "全年预算数");
                if (run.Count - trailing == 2 && spentAt >= 0 && budgetAt >= 0 && rateAt >= 0
                    && PrintedNumber.TryParse(Amount(run[0].Text), run[0].At) is { Value: >= 0.01m } b0
                    && PrintedNumber.TryParse(Amount(run[1].Text), run[1].At) is { } s1 && s1.Value <= b0.Value * 100m // (a rate, not an overflow)
                    && values[rateAt] is { } r && PrintedNumber.TryParse(r.Text.Trim().TrimEnd('%', '％'), r.At) is { } printedRate
                    && Math.Abs((s1.Value / b0.Value * 100m) - printedRate.Value) <= 0.5m)
                {
                    values[budgetAt] = run[0];
                    values[spentAt] = run[1];
                }
            }
            else

            {
                // Blanks dropped (a PDF without positions, or a row cut short): a figure cannot be tied to its column.
                if (run.Count != header.Count && !(run.Count > 0 && run.All(c => c.Blanks) && run[^1].Line != cells[total].Line))
                {
                    return e;
                }

                for (var i = 0; i < run.Count; i++)
                {
                    values[i] = run[i];
                }
            }
        }

        PrintedNumber? Value(string label)
        {
            var i = header.FindIndex(h => h.Key == label);
            if (i < 0 || values[i] is not { } v)
            {
                return null;
            }

            if (v.Text.Length == 0 || IsDash(v.Text))
            {
                if (v.Text.Length == 0 && v.Blanks && label is not "年初预算数")
                {
                    blanks.Add($"年度资金总额的{label}");
                }

                return null;
            }

            return PrintedNumber.TryParse(Amount(v.Text).TrimEnd('%', '％'), v.At);
        }

        var budget = Value("全年预算数");
        var initial = Value("年初预算数");
        // "得分(20分*执行率)": the funds' 分值 is in the score's heading.
        var weight = Value("分值") ?? header.Select(h => (Heading: h, Match: ScoreOfRate().Match(Bare(h.Text)))).FirstOrDefault(x => x.Match.Success) switch
        {
            { Match: not null } x => PrintedNumber.TryParse(x.Match.Groups[1].Value, x.Heading.At),
            _ => scoreRule is { } rule ? PrintedNumber.TryParse(ScoreOfRate().Match("得分" + Bare(rule.Text)).Groups[1].Value, rule.At) : null,
        };
        return e with
        {
            FundsParts = FundsParts(cells, total + 1, header),
            InitialBudget = initial,
            Budget = budget ?? (header.Any(h => h.Key == "全年预算数") ? null : initial),
            BudgetIsInitial = budget is null && !header.Any(h => h.Key == "全年预算数") && initial is not null,
            Executed = Value("全年执行数"),
            FundsWeight = weight,
            ExecutionRate = Value("执行率"),
            ExecutionScore = Value("得分"),
        };
    }

    /// <summary>
    /// The rows below 年度资金总额 (其中：当年财政拨款, 上年结转资金, 其他资金): each one's first amounts, by column where the text
    /// keeps blank cells, else only when it prints one figure per amount column (年初/全年预算数, 全年执行数).
    /// </summary>
    private static List<FundsPart> FundsParts(List<Cell> cells, int from, List<Cell> header)
    {
        var amounts = header.Select((h, i) => (h.Key, i)).Where(x => x.Key is "年初预算数" or "全年预算数" or "全年执行数").ToList();
        var parts = new List<FundsPart>();
        for (var i = from; i < cells.Count && i < from + 60 && parts.Count < 4; i++)
        {
            var key = cells[i].Key;
            var label = key.StartsWith("其中", StringComparison.Ordinal) ? key.TrimStart('其', '中', ':', '：') : key;
            if (!(label.Contains("财政拨款", StringComparison.Ordinal) || label.StartsWith("上年结转", StringComparison.Ordinal) || label.StartsWith("其他资金", StringComparison.Ordinal)
                || label is "基本支出" or "项目支出"))
            {
                if (key.StartsWith("年度总体目标", StringComparison.Ordinal) || key.StartsWith("绩效指标", StringComparison.Ordinal))
                {
                    break;
                }

                continue;
            }

            var row = new List<Cell>();
            for (var j = i + 1; j < cells.Count && row.Count < header.Count && (IsFigure(cells[j].Text) || (cells[j].Text.Length == 0 && cells[j].Blanks)); j++)
            {
                row.Add(cells[j]);
            }

            // "基本支出 | 985.19 | 914.97 |" / "10 | 10 |": a 部门整体 form scores 基本支出 and 项目支出 each, the row broken over
            // lines — read when it prints a figure for every column, in order.
            if (label is "基本支出" or "项目支出")
            {
                var all = new List<Cell>();
                for (var j = i + 1; j < cells.Count && j <= i + 3 * header.Count && all.Count < header.Count && (IsFigure(cells[j].Text) || cells[j].Text.Length == 0); j++)
                {
                    if (cells[j].Text.Length > 0)
                    {
                        all.Add(cells[j]);
                    }
                }

                if (all.Count == header.Count)
                {
                    PrintedNumber? Of(string name) => header.FindIndex(h => h.Key == name) is var k and >= 0 ? PrintedNumber.TryParse(Amount(all[k].Text).TrimEnd('%', '％'), all[k].At) : null;
                    parts.Add(new FundsPart(label, Of("年初预算数"), Of("全年预算数"), Of("全年执行数")) { Weight = Of("分值"), Score = Of("得分") });
                }

                continue;
            }

            // "其中:当年财政拨款 |" / "| 32.4 | 31.69 | 10 | 97.80% | 9 |": a blank lost at the line's break leaves the 执行率 a
            // column early — the amounts cannot be told apart.
            var rateColumn = header.FindIndex(h => h.Key == "执行率");
            if (rateColumn >= 0 && row.FindIndex(c => c.Text.Trim().EndsWith('%')) is var rateCell and >= 0 && rateCell != rateColumn)
            {
                return []; // (a part unread makes any sum over the parts meaningless)
            }

            PrintedNumber? At(int k) => k < row.Count && row[k].Text.Length > 0 && !IsDash(row[k].Text) ? PrintedNumber.TryParse(Amount(row[k].Text), row[k].At) : null;
            var positional = row.Count > 0 && row.All(c => c.Blanks);
            var figures = row.Where(c => c.Text.Length > 0 && !IsDash(c.Text)).ToList();
            // "其中:当年财政拨款 | 200 | 200 | 179.43 | 10 | 89.7% | 8": a source scored as the total is (六安 2021).
            if (!positional && figures.Count == header.Count && header.Count > amounts.Count && figures.All(f => IsFigure(f.Text)))
            {
                PrintedNumber? Of(string name) => header.FindIndex(h => h.Key == name) is var k and >= 0 ? PrintedNumber.TryParse(Amount(figures[k].Text).TrimEnd('%', '％'), figures[k].At) : null;
                parts.Add(new FundsPart(label, Of("年初预算数"), Of("全年预算数"), Of("全年执行数")) { Weight = Of("分值"), Score = Of("得分"), Rate = Of("执行率") });
                continue;
            }

            // "其他资金 | 0 | 1.8 | 1.8 | —— | 0 | ——": every column printed, a dash where the form scores only the total — read by
            // column, the part's 执行率 with it.
            if (row.Count == header.Count && header.Count > amounts.Count)
            {
                PrintedNumber? Of(string name) => header.FindIndex(h => h.Key == name) is var k and >= 0 && !IsDash(row[k].Text) && row[k].Text.Length > 0
                    ? PrintedNumber.TryParse(Amount(row[k].Text).TrimEnd('%', '％'), row[k].At)
                    : null;
                parts.Add(new FundsPart(label, Of("年初预算数"), Of("全年预算数"), Of("全年执行数")) { Weight = Of("分值"), Score = Of("得分"), Rate = Of("执行率") });
                continue;
            }

            if (!positional && figures.Count != amounts.Count)
            {
                continue; // blanks dropped: which column a figure is in cannot be told
            }

            PrintedNumber? Column(string name)
            {
                var a = amounts.FindIndex(x => x.Key == name);
                return a < 0 ? null : positional ? At(amounts[a].i) : PrintedNumber.TryParse(Amount(figures[a].Text), figures[a].At);
            }

            parts.Add(new FundsPart(label, Column("年初预算数"), Column("全年预算数"), Column("全年执行数")));
        }

        return parts;
    }

    private static PublishedEvaluation ReadIndicators(List<Cell> cells, PublishedEvaluation e, List<string> blanks)
    {
        var level3 = cells.FindIndex(c => c.Key == "三级指标");
        if (level3 < 0)
        {
            return e;
        }

        // The header from 一级指标 (on the row) to the last column label.
        var row = cells[level3].Line;
        var header = new List<(Column Column, Cell Cell)>();
        var stream = cells.Count(c => c.Line == row) == 1;
        var start = level3;
        while (start > 0 && Classify(cells[start - 1].Key) is Column.Level1 or Column.Level2 && (stream || cells[start - 1].Line == row))
        {
            start--;
        }

        var i = start;
        for (; i < cells.Count && (stream || cells[i].Line == row); i++)
        {
            var column = Classify(cells[i].Key);
            if (column == Column.None)
            {
                break;
            }

            header.Add((column, cells[i]));
        }

        var values = header.Where(h => h.Column > Column.Level3).Select(h => h.Column).ToList();
        if (!values.Contains(Column.Weight) || !values.Contains(Column.Score))
        {
            // Yunnan's form heads 指标性质 | 指标值 | 度量单位 on a row of their own below 年度指标值…得分: read each row from its operator.
            return OperatorRows(cells, level3 + 1, e, blanks);
        }

        if (!stream)
        {
            // Row mode: from the next line on.
            while (i < cells.Count && cells[i].Line == row)
            {
                i++;
            }
        }

        var indicators = new List<PublishedIndicator>();
        var incomplete = false;
        PrintedNumber? totalWeight = null, totalScore = null;
        string level1 = string.Empty, level2 = string.Empty;
        while (i < cells.Count)
        {
            var line = cells[i].Line;
            var lineCells = cells.Skip(i).TakeWhile(c => c.Line == line).ToList();
            if (lineCells.Any(c => c.Key is "总分" or "合计" or "总计"))
            {
                (totalWeight, totalScore) = Totals(cells, i, values, header);
                break;
            }

            if (cells[i].Key.StartsWith("年度总体目标", StringComparison.Ordinal) || cells[i].Key.StartsWith("评价结论", StringComparison.Ordinal))
            {
                break;
            }

            List<Cell> rowCells;
            if (!stream && lineCells.Count > 1)
            {
                rowCells = lineCells;
                i += lineCells.Count;
            }
            else if (stream)
            {
                // A cell to a line: the level words and blanks before the name, then the name and one cell per column.
                var k = i;
                while (k < cells.Count && (cells[k].Text.Length == 0 || LevelWord(cells[k].Key)))
                {
                    Level(cells[k].Key, ref level1, ref level2);
                    k++;
                }

                if (k >= cells.Count || cells[k].Key is "总分" or "合计" or "总计" || cells[k].Key.StartsWith("年度总体目标", StringComparison.Ordinal))
                {
                    i = k;
                    continue;
                }

                if (k + values.Count >= cells.Count)
                {
                    incomplete = true;
                    break;
                }

                rowCells = cells.GetRange(k, values.Count + 1);
                i = k + values.Count + 1;
            }
            else
            {
                // A line of one cell between rows: a level word, or the wrapped part of a name.
                Level(cells[i].Key, ref level1, ref level2);
                i++;
                continue;
            }

            if (Indicator(rowCells, header, values, stream, ref level1, ref level2, blanks) is { } read)
            {
                if (read.Indicator is { } indicator)
                {
                    indicators.Add(indicator);
                }
            }
            else
            {
                // A cell the text dropped (a blank 偏差原因) shifts the rest: start again one cell on, the reading incomplete.
                incomplete = true;
                if (stream)
                {
                    i -= values.Count;
                }
            }
        }

        return e with { Indicators = indicators, IndicatorsIncomplete = incomplete, TotalWeight = totalWeight, Total = totalScore };
    }

    /// <summary>
    /// Indicator rows read from their operator, wherever a web page broke the rows: name | 指标性质 (≥, ≧, ＝, ﹦…) | 指标值 |
    /// 度量单位 | 完成值 | 分值 | 得分. A qualitative row (no operator) is not read: the indicators are then incomplete unless their
    /// weights and the funds' make 总分's.
    /// </summary>
    private static PublishedEvaluation OperatorRows(List<Cell> cells, int from, PublishedEvaluation e, List<string> blanks)
    {
        var end = cells.FindIndex(from, c => c.Key is "总分" or "合计" or "总计");
        var to = end < 0 ? cells.Count : end;
        var indicators = new List<PublishedIndicator>();
        string level1 = string.Empty, level2 = string.Empty;
        var last = from;
        for (var k = from + 1; k < to; k++)
        {
            if (Operator(cells[k].Text) is not { } op)
            {
                continue;
            }

            for (var b = last; b < k - 1; b++)
            {
                Level(cells[b].Key, ref level1, ref level2);
            }

            var name = cells[k - 1].Text.Trim();
            var j = k + 1;
            var target = j < to ? cells[j++].Text : null;
            var unit = j < to && cells[j].Text.Length is > 0 and <= 4 && !IsFigure(cells[j].Text) && Operator(cells[j].Text) is null ? cells[j++].Text : string.Empty;
            if (j + 2 >= to || name.Length == 0 || LevelWord(cells[k - 1].Key)
                || !IsFigure(cells[j + 1].Text) || (cells[j + 2].Text.Length > 0 && !IsFigure(cells[j + 2].Text)))
            {
                last = k + 1;
                continue;
            }

            var actual = cells[j].Text;
            var (_, actualValue, actualUnit) = Target(actual);
            if (actualValue is not null && (actualUnit.Length == 0 || actualUnit == unit))
            {
                actual = actualValue;
            }

            if (cells[j + 2] is { Text.Length: 0, Blanks: true })
            {
                blanks.Add($"「{name}」的得分");
            }

            indicators.Add(new PublishedIndicator(level1, level2, name, op, target?.Trim(), unit, actual,
                PrintedNumber.TryParse(cells[j + 1].Text.TrimEnd('分'), cells[j + 1].At), PrintedNumber.TryParse(cells[j + 2].Text.TrimEnd('分'), cells[j + 2].At), cells[k].At));
            last = j + 3;
            k = j + 2;
        }

        var (totalWeight, total) = end < 0 ? (null, null) : Totals(cells, end, [], []);
        var weights = indicators.Sum(i => i.Weight?.Value ?? 0m) + (e.FundsWeight?.Value ?? 0m);
        return e with
        {
            Indicators = indicators,
            IndicatorsIncomplete = indicators.Count == 0 || weights != (totalWeight?.Value ?? 100m),
            TotalWeight = totalWeight,
            Total = total,
        };
    }

    /// <summary>A cell that is an indicator's 指标性质, normalised: ≧ and ≥ are ≥, ═ ﹦ ＝ are =.</summary>
    private static string? Operator(string cell) => cell.Trim() switch
    {
        "≥" or "≧" or ">=" or "＞＝" or "≥=" => "≥",
        "≤" or "≦" or "<=" or "＜＝" => "≤",
        "=" or "＝" or "═" or "﹦" or "==" => "=",
        ">" or "＞" => ">",
        "<" or "＜" => "<",
        _ => null,
    };

    /// <summary>One row's indicator, or a null indicator for a placeholder row ("指标1：" left blank); null when the row does not read.</summary>
    private static (PublishedIndicator? Indicator, bool Placeholder)? Indicator(
        List<Cell> row, List<(Column Column, Cell Cell)> header, List<Column> values, bool stream, ref string level1, ref string level2, List<string> blanks)
    {
        Cell?[] byColumn = new Cell?[values.Count];
        Cell? name = null;
        if (row.All(c => c.X is not null) && header.All(h => h.Cell.X is not null))
        {
            var xs = header.Select(h => h.Cell.X!.Value).ToList();
            foreach (var c in row)
            {
                var column = header[Nearest(xs, c.X!.Value)].Column;
                if (column is Column.Level1 or Column.Level2)
                {
                    Level(c.Key, ref level1, ref level2);
                }
                else if (column == Column.Level3)
                {
                    name ??= c;
                }
                else if (values.IndexOf(column) is var v && v >= 0)
                {
                    if (byColumn[v] is not null)
                    {
                        return null;
                    }

                    byColumn[v] = c;
                }
            }

            if (name is null && byColumn[values.IndexOf(Column.Weight)] is null)
            {
                return (null, false); // a wrapped line of a PDF's row
            }
        }
        else
        {
            // Right-aligned: the last cells are the value columns; a row may stop before an empty 偏差原因. A web page's row may
            // run on in empty cells past the header's ("| 20 | 29.5亩 | 29.5亩 | 20 | ||||"): those are dropped one at a time
            // while the cell taken for the name is a figure with its unit ("29.5亩").
            var fit = false;
            var trailing = 0;
            while (!stream && trailing < row.Count && row[row.Count - 1 - trailing].Text.Length == 0)
            {
                trailing++;
            }

            // (More empty cells than the header has columns are all beyond it: only the last few trims are tried, so a row of
            // 100,000 "|" costs a handful of copies, not one per cell.)
            var original = row;
            var fewest = Math.Max(0, trailing - values.Count - 1);
            foreach (var (trim, count) in Enumerable.Range(fewest, trailing - fewest + 1).SelectMany(t => (values[^1] == Column.Reason && !stream ? new[] { values.Count, values.Count - 1 } : [values.Count]).Select(c => (t, c))))
            {
                row = trim == 0 ? original : original.GetRange(0, original.Count - trim);
                if (row.Count < count + 1)
                {
                    continue;
                }

                var w = values.IndexOf(Column.Weight);
                var candidate = row[row.Count - count - 1];
                var weight = row[row.Count - count + w];
                if (candidate.Text.Length > 0 && (LevelWord(candidate.Key) || IsFigure(candidate.Text)) || (weight.Text.Length > 0 && !IsFigure(weight.Text))
                    || (trim < trailing && (candidate.Text.Trim().Length == 0 || (candidate.Text.TrimStart() is [var d, ..] && (char.IsAsciiDigit(d) || "≥≤≧≦><=＝＞＜".Contains(d))))))
                {
                    continue;
                }

                name = candidate;
                for (var v = 0; v < count; v++)
                {
                    byColumn[v] = row[row.Count - count + v];
                }

                foreach (var c in row.Take(row.Count - count - 1))
                {
                    Level(c.Key, ref level1, ref level2);
                }

                fit = true;
                break;
            }

            // "质量指标 指标1:工程质量合格 10 10" under 年度指标值 | 实际完成值 | 分值 | 得分, cells set apart by spaces: a name and two
            // figures are its 分值 and 得分, the target and the actual left blank (a page's text keeps no blank cell of its own).
            if (!fit && row.Count >= 3 && row.All(c => c.Line.SpaceSeparated) && values.IndexOf(Column.Weight) is var wi and >= 2
                && values.IndexOf(Column.Score) == wi + 1 && values.Take(wi).SequenceEqual([Column.Target, Column.Actual])
                && IsFigure(row[^1].Text) && IsFigure(row[^2].Text) && !IsFigure(row[^3].Text) && !LevelWord(row[^3].Key)
                // (a 分值 is at most 30 and a 得分 no more than it: "培训课时 40 42" is a target and an actual, weights left blank)
                && PrintedNumber.TryParse(row[^2].Text, row[^2].At) is { } w2 && PrintedNumber.TryParse(row[^1].Text, row[^1].At) is { } s2 && w2.Value <= 30m && s2.Value <= w2.Value
                && !Placeholder().IsMatch(FlatText.Normalize(row[^3].Text)))
            {
                name = row[^3];
                byColumn[wi] = row[^2];
                byColumn[wi + 1] = row[^1];
                foreach (var c in row.Take(row.Count - 3))
                {
                    Level(c.Key, ref level1, ref level2);
                }

                // ("指标1:年度资金支付完成率100%" names its target itself.)
                // ("指标1:/" is a row the writer marked not applicable.)
                if (row[^3].Text.TrimEnd() is var named && !char.IsAsciiDigit(named[^1]) && named[^1] is not ('%' or '％' or '/' or '／' or '—' or '-'))
                {
                    blanks.Add($"「{named}」的指标值和完成值");
                }

                fit = true;
            }

            if (!fit)
            {
                return stream || row.Any(c => IsFigure(c.Text)) ? null : (null, false);
            }
        }

        string? Text(Column c) => values.IndexOf(c) is var v && v >= 0 && byColumn[v] is { } cell ? cell.Text : null;
        var n = name?.Text.Trim() ?? string.Empty;
        var filled = values.Where(c => c != Column.Reason).Any(c => Text(c) is { Length: > 0 });
        if (!filled && (n.Length == 0 || Placeholder().IsMatch(FlatText.Normalize(n))))
        {
            return (null, true);
        }

        if (n.Length == 0)
        {
            return null; // figures without a name: the name wrapped onto a line of its own
        }

        foreach (var (column, what) in new[] { (Column.Target, "指标值"), (Column.Actual, "完成值"), (Column.Weight, "分值"), (Column.Score, "得分") })
        {
            var v = values.IndexOf(column);
            if (v >= 0 && byColumn[v] is { Blanks: true, Text.Length: 0 })
            {
                blanks.Add($"「{n}」的{what}");
            }
        }

        var (op, target, unit) = Target(Text(Column.Target));
        var at = (byColumn.FirstOrDefault(c => c is not null) ?? name)!.Value.At;
        PrintedNumber? Number(Column c) => byColumn[values.IndexOf(c)] is { Text.Length: > 0 } cell ? PrintedNumber.TryParse(cell.Text.TrimEnd('分'), cell.At) : null;
        var actual = Text(Column.Actual);
        var (_, actualValue, actualUnit) = Target(actual);
        if (actualValue is not null && (actualUnit.Length == 0 || actualUnit == unit))
        {
            actual = actualValue;
        }

        return (new PublishedIndicator(level1, level2, n, op, target ?? Text(Column.Target), unit, actual, Number(Column.Weight), Number(Column.Score), at), false);
    }

    /// <summary>总分's 分值 and 得分: by column where the row keeps them, else two figures in order; one figure is 得分 unless it is 100.</summary>
    private static (PrintedNumber? Weight, PrintedNumber? Score) Totals(List<Cell> cells, int i, List<Column> values, List<(Column Column, Cell Cell)> header)
    {
        var line = cells[i].Line;
        var k = cells.FindIndex(i, c => c.Key is "总分" or "合计" or "总计");
        var after = new List<Cell>();
        for (var j = k + 1; j < cells.Count && j <= k + 12; j++)
        {
            if (cells[j].Line != line && cells[j].Text.Length > 0 && !IsFigure(cells[j].Text))
            {
                break;
            }

            if (cells[j].Line != line && line.Cells.Length > 1)
            {
                break;
            }

            after.Add(cells[j]);
        }

        if (header.Count > 0 && after.Count > 0 && after.All(c => c.X is not null) && header.All(h => h.Cell.X is not null))
        {
            var xs = header.Select(h => h.Cell.X!.Value).ToList();
            Cell? weight = after.Where(c => header[Nearest(xs, c.X!.Value)].Column == Column.Weight).Cast<Cell?>().FirstOrDefault();
            Cell? score = after.Where(c => header[Nearest(xs, c.X!.Value)].Column == Column.Score).Cast<Cell?>().FirstOrDefault();
            return (weight is { } w ? PrintedNumber.TryParse(w.Text, w.At) : null, score is { } s ? PrintedNumber.TryParse(s.Text, s.At) : null);
        }

        var figures = after.Where(c => IsFigure(c.Text)).Select(c => PrintedNumber.TryParse(c.Text.TrimEnd('分'), c.At)).Where(n => n is not null).ToList();
        return figures.Count switch
        {
            >= 2 => (figures[0], figures[1]),
            1 when figures[0]!.Value != 100m => (null, figures[0]),
            _ => (null, null),
        };
    }

    private static void Level(string key, ref string level1, ref string level2)
    {
        var word = LevelWeight().Replace(key, string.Empty);
        if (word is "产出指标" or "效益指标" or "满意度指标" or "成本指标")
        {
            level1 = word;
        }
        else if (LevelWords.Contains(word) && word != "绩效指标")
        {
            level2 = word;
        }
    }

    private static bool LevelWord(string key) => LevelWords.Contains(LevelWeight().Replace(key, string.Empty)) || key is "一级指标" or "二级指标";

    private static Column Classify(string key) => key switch
    {
        "一级指标" => Column.Level1,
        "二级指标" => Column.Level2,
        "三级指标" => Column.Level3,
        "分值" or "权重" or "指标分值" => Column.Weight,
        _ when key.EndsWith("得分", StringComparison.Ordinal) && key.Length <= 6 => Column.Score,
        _ when key.Contains("指标值", StringComparison.Ordinal) || key.Contains("目标值", StringComparison.Ordinal) => Column.Target,
        _ when key.Contains("完成值", StringComparison.Ordinal) || key.Contains("完成情况", StringComparison.Ordinal) || key.Contains("实际值", StringComparison.Ordinal) => Column.Actual,
        _ when key.Contains("偏差", StringComparison.Ordinal) || key.Contains("原因", StringComparison.Ordinal) || key.Contains("改进措施", StringComparison.Ordinal) => Column.Reason,
        _ => Column.None,
    };

    private static int Nearest(List<double> xs, double x)
    {
        var best = 0;
        for (var i = 1; i < xs.Count; i++)
        {
            if (Math.Abs(xs[i] - x) < Math.Abs(xs[best] - x))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>"≥95%" → (≥, 95, %); "100人" → (null, 100, 人); a text target → (null, null, "").</summary>
    private static (string? Operator, string? Value, string Unit) Target(string? text)
    {
        if (text is null || TargetShape().Match(FlatText.Normalize(text)) is not { Success: true } m)
        {
            return (null, null, string.Empty);
        }

        return (Operator(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value);
    }

    private static bool IsFigure(string text) => FigureShape().IsMatch(text.Trim());

    /// <summary>A label's key: flattened, without its unit "（万元）" and a trailing colon.</summary>
    private static string Label(string text) => Bare(text).TrimEnd(':', '：') switch
    {
        // Some provinces head the budget after adjustment 调整（后）预算数: it is the 全年预算数.
        "调整预算数" or "调整后预算数" or "预算数" => "全年预算数",
        "执行数" => "全年执行数",
        "年度财政资金总额" => "年度资金总额",
        "自评得分" => "得分",
        // "分值权重" (阜康 2023).
        "分值权重" => "分值",
        // "预算执行率(B/A×100%)" (a transfer's form): the rate with its formula.
        var key when key.StartsWith("预算执行率", StringComparison.Ordinal) => "执行率",
        // "执行率(全年执行数/全年预算数)" (上饶 2021): the heading with its formula.
        var key when key.StartsWith("执行率（", StringComparison.Ordinal) && key.EndsWith('）') && key.Contains("执行数", StringComparison.Ordinal) => "执行率",
        var key when ScoreOfRate().IsMatch(key) => "得分",
        // "分值(10分)" (绥阳's 部门整体 form).
        var key when WeightOfFunds().IsMatch(key) => "分值",
        var key => key,
    };

    /// <summary>A cell flattened, without its unit or column letters and without spaces.</summary>
    private static string Bare(string text) => Unit().Replace(FlatText.Normalize(text), string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>"（万元）", "(元)", "执行率(%)" and the national form's column letters "（A）", "（B/A）".</summary>
    [GeneratedRegex(@"[（(](万?元|[%％]|[A-Z/]{1,3})[)）]")]
    private static partial Regex Unit();

    /// <summary>"150万" and "125.25万元" are amounts in 万元 (the form's unit): the figure without its unit.</summary>
    private static string Amount(string text) => text.Trim().TrimEnd('元').TrimEnd('万');

    /// <summary>A cell the form leaves empty on purpose: "—", "——", "-", "/".</summary>
    private static bool IsDash(string text) => text.Trim() is "—" or "——" or "-" or "--" or "/";

    [GeneratedRegex(@"^-?[\d,]+(\.\d+)?(?:[%％分]|万元?|元)?$|^(?:[—\-/]|——|--)$")]
    private static partial Regex FigureShape();

    [GeneratedRegex(@"^(>=|<=|≥|≤|≧|≦|=|＝|═|﹦|>|<|＞＝|＜＝|＞|＜)?\s*(\d+(?:\.\d+)?)\s*([^\d\s]{0,6})$")]
    private static partial Regex TargetShape();

    /// <summary>The template's own rows: "指标1：", "指标2:", "……".</summary>
    [GeneratedRegex(@"^(指标\d+[:：]?|…+|\.{3,})$")]
    private static partial Regex Placeholder();

    /// <summary>"得分(20分*执行率)", "得分（10分×执行率）".</summary>
    [GeneratedRegex(@"^得分[（(](\d{1,3})分[*×x][^）)]{0,6}[)）]$")]
    private static partial Regex ScoreOfRate();

    [GeneratedRegex(@"^(?:部门|单位|填报单位|主管部门)[:：]")]
    private static partial Regex DepartmentCell();

    /// <summary>"产出指标（50分）", "年度绩效目标(80分)": a level's label and its weight, spaces removed.</summary>
    [GeneratedRegex(@"(?<level>年度绩效目标|绩效指标|产出指标|效益指标|满意度指标|成本指标)[（(](?<weight>\d{1,3}(?:\.\d{1,2})?)分[)）]")]
    private static partial Regex LevelWeightInText();

    [GeneratedRegex(@"^分值[（(]\d{1,3}分[)）]$")]
    private static partial Regex WeightOfFunds();

    /// <summary>"（20分）" after a level word.</summary>
    [GeneratedRegex(@"[（(]\d+分[)）]$")]
    private static partial Regex LevelWeight();
}
