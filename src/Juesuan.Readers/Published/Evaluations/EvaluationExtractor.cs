using System.Text.RegularExpressions;
using Juesuan.Core.Published;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Evaluations;

/// <summary>绩效自评表 of the annex: identity, money, indicators with 分值/得分, subtotal and totals, as printed.</summary>
internal static partial class EvaluationExtractor
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "=", ">=", "<=", "＝", "≥", "≤" };

    internal static IReadOnlyList<PublishedEvaluation> Read(List<TextLine> lines)
    {
        var result = new List<PublishedEvaluation>();
        var starts = lines.Select((l, i) => (l, i))
            .Where(x => x.l.Cells.Length == 1 && (x.l.Flat.StartsWith("部门（单位）整体绩效自评表", StringComparison.Ordinal)
                || x.l.Flat.StartsWith("预算项目（政策）绩效自评表", StringComparison.Ordinal)))
            .Select(x => x.i).ToList();
        for (var s = 0; s < starts.Count; s++)
        {
            var from = starts[s];
            var to = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            var isUnit = lines[from].Flat.StartsWith("部门", StringComparison.Ordinal);
            var place = new PrintedPlace(lines[from].Page, lines[from].Number) { Table = lines[from].Flat };
            var name = string.Empty;
            string? implementer = null;
            PrintedNumber? budget = null, executed = null, rate = null, subtotal = null, execScore = null, deduction = null, total = null;
            var indicators = new List<PublishedIndicator>();
            var tasks = new List<(string, PrintedNumber?, PrintedNumber?, PrintedNumber?, PrintedNumber?, PrintedNumber?)>();
            string level1 = string.Empty, level2 = string.Empty;
            for (var i = from + 1; i < to; i++)
            {
                var l = lines[i];
                // "10 减分项" and "10", "减分项" are the same cells however closely a PDF set them.
                var t = l.Cells.Where(c => c.Length > 0).SelectMany(SplitFigureFromLabel).ToArray();
                if (t.Length == 0)
                {
                    continue;
                }

                var at = new PrintedPlace(l.Page, l.Number) { Table = place.Table };
                PrintedNumber? N(string text) => PrintedNumber.TryParse(text.TrimEnd('%'), at);
                var head = FlatText.Normalize(t[0]);
                if (head.StartsWith("部门（单位）名称", StringComparison.Ordinal) || head.StartsWith("项目（政策）名称", StringComparison.Ordinal))
                {
                    name = t.Length > 1 ? t[^1] : string.Empty;
                    // Unit tables print "190002凌源市…中心-211382000" (unit code, name, region code); project names may contain "-".
                    name = RegionCodeSuffix().Replace(UnitCodePrefix().Replace(name, string.Empty), string.Empty).Trim();
                    continue;
                }

                if (head == "实施单位" && t.Length > 1)
                {
                    implementer = t[1].TrimEnd('-', '－', ' ');
                    continue;
                }

                if (head == "部门年初预算支出金额" && t.Length > 1)
                {
                    budget = N(t[1]);
                    continue;
                }

                if (head.StartsWith("项目预算金额", StringComparison.Ordinal) && t.Length >= 6)
                {
                    budget = N(t[1]);
                    executed = N(t[3]);
                    rate = N(t[5]);
                    continue;
                }

                var k = Array.IndexOf(t, "指标自评得分小计");
                if (k >= 0)
                {
                    string? After(string label) => Array.IndexOf(t, label) is var x && x >= 0 && x + 1 < t.Length ? t[x + 1] : null;
                    subtotal = After("指标自评得分小计") is { } a ? N(a) : null;
                    execScore = After("预算执行率得分") is { } b ? N(b) : null;
                    deduction = After("减分项") is { } c ? N(c) : null;
                    total = After("绩效自评总得分") is { } d ? N(d) : null;
                    continue;
                }

                if (t.Contains("总评价得分"))
                {
                    total = N(t[^1]);
                    continue;
                }

                if (isUnit && t.Any(x => x.StartsWith("基本支出", StringComparison.Ordinal)) && t.Length >= 6 && t[^3].EndsWith('%'))
                {
                    tasks.Add((t.First(x => x.StartsWith("基本支出", StringComparison.Ordinal)), N(t[^5]), N(t[^4]), N(t[^3]), N(t[^2]), N(t[^1])));
                    continue;
                }

                // Indicator rows: … 三级指标 | op | 指标值 | 单位 | 完成值 | 完成程度 | 分值 | 得分, or a qualitative target graded 全部或基本达成….
                var op = Array.FindIndex(t, x => Operators.Contains(x));
                var grade = Array.FindIndex(t, x => x.StartsWith("全部或基本达成", StringComparison.Ordinal));
                string? indicator = null, target = null, unit = null, actual = null;
                string? weight = null, score = null;
                string[] before = [];
                if (op >= 0 && t.Length >= op + 7)
                {
                    // In a PDF a long indicator name wraps: its first part is a line of its own above the row.
                    indicator = op >= 1 ? t[op - 1] : WrappedName(lines, i, from);
                    target = t[op + 1];
                    unit = t[op + 2];
                    actual = t[op + 3];
                    weight = t[op + 5];
                    score = t[op + 6];
                    before = op >= 1 ? t[..(op - 1)] : [];
                }
                else if (grade >= 2 && t.Length >= grade + 4)
                {
                    indicator = t[grade - 2];
                    target = t[grade - 1];
                    actual = t[grade];
                    weight = t[grade + 2];
                    score = t[grade + 3];
                    before = t[..(grade - 2)];
                }
                else if (op < 0 && t.Length >= 4 && t[^3].EndsWith('%') && N(t[^2]) is not null && N(t[^1]) is not null
                    && !t.Any(x => x.Contains("得分", StringComparison.Ordinal) || x.StartsWith("基本支出", StringComparison.Ordinal)))
                {
                    // A qualitative row whose grade (全部或基本达成预期指标…) a PDF split over lines: … 名称 | 完成值 | 完成程度 | 分值 | 得分.
                    indicator = t.Length >= 5 ? t[^5] : WrappedName(lines, i, from);
                    actual = t[^4];
                    weight = t[^2];
                    score = t[^1];
                    before = t.Length >= 5 ? t[..^5] : [];
                }

                if (indicator is null)
                {
                    continue;
                }

                foreach (var b in before.Select(FlatText.Normalize))
                {
                    if (b is "绩效指标" or "标")
                    {
                        continue;
                    }

                    if (b.EndsWith("指标", StringComparison.Ordinal) && b is not ("产出指标" or "效益指标" or "满意度指标"))
                    {
                        level2 = b;
                    }
                    else if (b is "产出指标" or "效益指标" or "满意度指标" or "履职效能" or "管理效率" or "运行成本" or "社会效应" or "可持续性")
                    {
                        level1 = b;
                    }
                    else
                    {
                        level2 = b;
                    }
                }

                indicators.Add(new PublishedIndicator(level1, level2, indicator, op >= 0 ? t[op] : null, target, unit, actual, N(weight!), N(score!), at));
            }

            result.Add(new PublishedEvaluation(isUnit, name, place)
            {
                ImplementingUnit = implementer,
                Budget = budget,
                Executed = executed,
                ExecutionRate = rate,
                Indicators = indicators,
                Subtotal = subtotal,
                ExecutionScore = execScore,
                Deduction = deduction,
                Total = total,
                Tasks = tasks,
            });
        }

        return result;
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex UnitCodePrefix();

    /// <summary>The text line just above a row (a wrapped indicator name), or empty.</summary>
    private static string WrappedName(IReadOnlyList<TextLine> lines, int i, int from)
    {
        for (var k = i - 1; k > from && k >= i - 2; k--)
        {
            if (lines[k].Cells.Count(c => c.Length > 0) == 1 && !lines[k].Cells[0].Any(char.IsAsciiDigit))
            {
                return lines[k].Cells.First(c => c.Length > 0);
            }
        }

        return string.Empty;
    }

    private static IEnumerable<string> SplitFigureFromLabel(string cell)
    {
        var m = FigureThenLabel().Match(cell);
        if (!m.Success)
        {
            return [cell];
        }

        return [m.Groups[1].Value, m.Groups[2].Value];
    }

    /// <summary>A score or amount, a space, then a label of at least two CJK characters: "10 减分项", "90 预算执行率得分".</summary>
    [GeneratedRegex(@"^([\d.,]+%?)\s+([\u4e00-\u9fff]{2}.*)$")]
    private static partial Regex FigureThenLabel();

    [GeneratedRegex(@"-\d*$")]
    private static partial Regex RegionCodeSuffix();
}
