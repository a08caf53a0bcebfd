using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;

namespace Juesuan.Synthetic.Planting;

/// <summary>
/// Finds where each kind of error can be planted in a report's text and plants a few, chosen by a seeded random:
/// never two on one line, and never by changing a fact — only the written words and figures, as a careless editor
/// would. The same edits are then applied to the Word document and (for table cells) the workbook.
/// </summary>
public static partial class ReportPlanter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Up to <paramref name="count"/> edits of <paramref name="text"/>, of different kinds where possible.</summary>
    public static IReadOnlyList<LineEdit> Choose(string text, Department department, CatalogSet catalogs, Random random, int count, IReadOnlyDictionary<PlantKind, int>? plantedSoFar = null)
    {
        var lines = text.Split('\n');
        var candidates = PlantKind.InReports.ToDictionary(k => k, k => Sites(k, lines, department, catalogs, random).ToList());
        var chosen = new List<LineEdit>();
        // The kinds planted least so far in the region first, so that a small region holds every kind.
        foreach (var kind in PlantKind.InReports.Select(k => (k, Order: random.Next())).OrderBy(x => plantedSoFar?.GetValueOrDefault(x.k) ?? 0).ThenBy(x => x.Order).Select(x => x.k))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            var free = candidates[kind].Where(c => chosen.All(e => e.Line != c.Line && !SameTable(lines, e, c))).ToList();
            if (free.Count > 0)
            {
                chosen.Add(free[random.Next(free.Count)]);
            }
        }

        return chosen;
    }

    /// <summary>The text with the edits applied.</summary>
    public static string Apply(string text, IEnumerable<LineEdit> edits)
    {
        var lines = text.Split('\n');
        foreach (var e in edits)
        {
            lines[e.Line] = e.NewText;
        }

        return string.Join('\n', lines);
    }

    // Two table edits in one table could hide each other (a 项 raised and its 款 raised alike); one a table.
    private static bool SameTable(string[] lines, LineEdit a, LineEdit b) =>
        a.Cell >= 0 && b.Cell >= 0 && TableTitle(lines, a.Line) == TableTitle(lines, b.Line);

    private static IEnumerable<LineEdit> Sites(PlantKind kind, string[] lines, Department department, CatalogSet catalogs, Random random)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var isRow = line.Contains('\t');
            if (!kind.InTables && (isRow || !IsNarrative(line)))
            {
                continue;
            }

            if (kind.InTables && !isRow)
            {
                continue;
            }

            var edit = kind.Id switch
            {
                "narrative-total" => Figure(kind, i, line, TotalFigure(), m => Shift(m, random), random),
                "share" => Figure(kind, i, line, ShareFigure(), m => Points(m, random), random),
                "completion" => Figure(kind, i, line, CompletionFigure(), m => WrongBudget(m, random), random) is { } c
                    ? c with { Rule = StatesBudget(line) || line.Contains("占“三公”经费", StringComparison.Ordinal) ? "N-RATE" : "N-COMPLETION" } // a 三公 rate is taken against 公开07表
                    : null,
                "yoy" => Figure(kind, i, line, RateAfterChange(), m => Points(m, random), random),
                "relation" => HasFigures(line) ? Word(kind, i, line, RelationWord(), w => w == "小于" ? "大于" : "小于") : null,
                "direction" => Word(kind, i, line, ChangeWord(), w => w == "减少" ? "增加" : "减少"),
                "placeholder" => Placeholder(kind, i, line, department),
                "year" => Word(kind, i, line, AsAtYear(), y => (int.Parse(y, Invariant) - 1).ToString(Invariant)),
                "table-cell" => Cell(kind, i, lines, ItemRow(), random),
                "three-public-parts" => Cell(kind, i, lines, ThreePublicPartRow(), random),
                "item-name" => Name(kind, i, lines, catalogs),
                _ => null,
            };
            if (edit is not null)
            {
                yield return edit;
            }
        }
    }

    // A rate beside the budget it is taken against is checked in its sentence (N-RATE); a 项's rate alone (Liaoning:
    // "…（项）134.73万元，…完成年初预算的107.07%") only against the rates of the other 项 and the total (N-COMPLETION).
    private static bool StatesBudget(string line) => line.Contains("预算为", StringComparison.Ordinal) || line.Contains("预算数为", StringComparison.Ordinal);

    // A sentence whose figures all print 0.00 cannot show which of 决算 and 预算 is larger (a budget under 50 元 prints 0.00).
    private static bool HasFigures(string line) => Decimals().Matches(line).Any(m => decimal.Parse(m.Value, Invariant) != 0m);

    private static bool IsNarrative(string line) =>
        line.Length > 12 && (line.Contains("万元", StringComparison.Ordinal) || line.Contains('%')) && !line.StartsWith("金额单位", StringComparison.Ordinal)
        && !line.StartsWith("注", StringComparison.Ordinal) && !line.Contains("尾差", StringComparison.Ordinal) && !line.Contains("尾数", StringComparison.Ordinal);

    /// <summary>A figure (group 1) in a sentence replaced; the context kept in the record is the match with a little around it.</summary>
    private static LineEdit? Figure(PlantKind kind, int i, string line, Regex pattern, Func<string, string?> change, Random random)
    {
        var matches = pattern.Matches(line).Where(m => change(m.Groups[1].Value) is not null).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var m = matches[random.Next(matches.Count)];
        var planted = change(m.Groups[1].Value)!;
        var g = m.Groups[1];
        var newLine = line[..g.Index] + planted + line[(g.Index + g.Length)..];
        var original = m.Value;
        var after = m.Value[..(g.Index - m.Index)] + planted + m.Value[(g.Index - m.Index + g.Length)..];
        return new LineEdit(kind, i, line, newLine, -1, 0, $"第 {i + 1} 行", string.Empty, original, after);
    }

    private static LineEdit? Word(PlantKind kind, int i, string line, Regex pattern, Func<string, string> change)
    {
        var m = pattern.Match(line);
        if (!m.Success)
        {
            return null;
        }

        var g = m.Groups[1];
        var planted = change(g.Value);
        var newLine = line[..g.Index] + planted + line[(g.Index + g.Length)..];
        var after = m.Value[..(g.Index - m.Index)] + planted + m.Value[(g.Index - m.Index + g.Length)..];
        return new LineEdit(kind, i, line, newLine, -1, 0, $"第 {i + 1} 行", string.Empty, m.Value, after);
    }

    private static LineEdit? Placeholder(PlantKind kind, int i, string line, Department department)
    {
        var at = line.IndexOf(department.Name, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var planted = "XX" + department.Name[^1];
        var newLine = line[..at] + planted + line[(at + department.Name.Length)..];
        return new LineEdit(kind, i, line, newLine, -1, 0, $"第 {i + 1} 行", string.Empty, department.Name, planted);
    }

    /// <summary>An amount cell of a table row raised beyond any rounding (at least 12, or 15%).</summary>
    private static LineEdit? Cell(PlantKind kind, int i, string[] lines, Regex label, Random random)
    {
        var cells = lines[i].Split('\t');
        if (cells.Length < 3 || !label.IsMatch(cells[0]) || !InTable(lines, i, kind))
        {
            return null;
        }

        var column = FirstAmountColumn(cells);
        if (column < 0)
        {
            return null;
        }

        var value = cells[column].Length == 0 ? 0m : decimal.Parse(cells[column].Replace(",", string.Empty, StringComparison.Ordinal), Invariant);
        var raised = value + Math.Max(12m, Math.Round(value * (decimal)(0.15 + (random.NextDouble() * 0.2)), 0));
        var planted = raised.ToString("#,##0", Invariant);
        var newCells = (string[])cells.Clone();
        newCells[column] = planted;
        var row = kind == PlantKind.ThreePublicParts ? cells[0] : $"{cells[0]} {cells[1]}";
        var where = $"{TableTitle(lines, i)}｜{row}｜第 {column + 1} 栏";
        return new LineEdit(kind, i, lines[i], string.Join('\t', newCells), column, Occurrence(lines, i), where, row, cells[column], planted);
    }

    /// <summary>A 项 row's name replaced by another 项's name from the catalog (行政运行 ↔ 一般行政管理事务, or 事业运行).</summary>
    private static LineEdit? Name(PlantKind kind, int i, string[] lines, CatalogSet catalogs)
    {
        var cells = lines[i].Split('\t');
        if (cells.Length < 3 || !ItemRow().IsMatch(cells[0]) || !InTable(lines, i, kind))
        {
            return null;
        }

        var planted = cells[1] switch
        {
            "行政运行" => "一般行政管理事务",
            "事业运行" => "行政运行",
            _ => "事业运行",
        };
        if (catalogs.Functions.Find(FunctionCode.Of(cells[0]))?.Name == planted)
        {
            return null;
        }

        var newCells = (string[])cells.Clone();
        newCells[1] = planted;
        var where = $"{TableTitle(lines, i)}｜{cells[0]}｜科目名称";
        return new LineEdit(kind, i, lines[i], string.Join('\t', newCells), 1, Occurrence(lines, i), where, cells[0], cells[1], planted);
    }

    // table-cell and item-name go into the tables of 功能分类 by 项 (公开02/03/05); the 三公 part into 公开07.
    private static bool InTable(string[] lines, int i, PlantKind kind)
    {
        var title = TableTitle(lines, i) ?? string.Empty;
        return kind == PlantKind.ThreePublicParts
            ? title.Contains("三公", StringComparison.Ordinal)
            : title.Contains("收入决算表", StringComparison.Ordinal) && !title.Contains("支出", StringComparison.Ordinal)
              || title.StartsWith("支出决算表", StringComparison.Ordinal)
              || title.Contains("一般公共预算财政拨款支出决算表", StringComparison.Ordinal);
    }

    /// <summary>The title of the table a row belongs to: the nearest line above the table's rows ending in 决算表.</summary>
    internal static string? TableTitle(string[] lines, int i)
    {
        for (var k = i; k >= 0 && i - k < 400; k--)
        {
            var l = lines[k].Trim();
            if (!l.Contains('\t') && l.EndsWith("决算表", StringComparison.Ordinal) && !IsPartHeading(l))
            {
                return l;
            }
        }

        return null;
    }

    private static bool IsPartHeading(string l) => l.Length > 0 && "一二三四五六七八九十".Contains(l[0], StringComparison.Ordinal) && l.Contains('、', StringComparison.Ordinal);

    private static int Occurrence(string[] lines, int i) => lines.Take(i).Count(l => l == lines[i]);

    private static int FirstAmountColumn(string[] cells)
    {
        for (var c = 1; c < cells.Length; c++)
        {
            if (AmountCell().IsMatch(cells[c]))
            {
                return c;
            }
        }

        return cells.Length > 1 && cells[1].Length == 0 ? 1 : -1;
    }

    private static string? Shift(string figure, Random random)
    {
        var v = decimal.Parse(figure, Invariant);
        if (v < 1m)
        {
            return null;
        }

        var factor = 0.03m + ((decimal)random.NextDouble() * 0.2m);
        var d = Math.Max(1m, Math.Round(v * factor, 2));
        return (random.Next(2) == 0 && v - d > 0 ? v - d : v + d).ToString("0.00", Invariant);
    }

    private static string? Points(string figure, Random random)
    {
        var v = decimal.Parse(figure, Invariant);
        if (v is < 1m or > 99m)
        {
            return null;
        }

        var d = 1.5m + Math.Round((decimal)random.NextDouble() * 6m, 2);
        var planted = v + d <= 99.9m ? v + d : v - d;
        return planted <= 0 ? null : planted.ToString("0.00", Invariant);
    }

    private static string? WrongBudget(string figure, Random random)
    {
        var v = decimal.Parse(figure, Invariant);
        if (v < 1m)
        {
            return null;
        }

        // The same 决算 against a budget a fifth larger or smaller than the one the sentence names.
        var factor = random.Next(2) == 0 ? 1.2m : 0.8m;
        return Math.Round(v / factor, 2).ToString("0.00", Invariant);
    }

    [GeneratedRegex(@"(?:收入总计|支出总计|本年收入合计|本年支出合计|收入支出总计|财政拨款支出)(\d+\.\d{2})万元")]
    private static partial Regex TotalFigure();

    // Not the SME share of one procurement kind ("货物采购授予中小企业合同金额占货物支出金额的84.11%"): its part is printed
    // nowhere, so no reader of the report can check it.
    [GeneratedRegex(@"(?<!授予中小企业合同金额)占[^，。；%0-9]{0,24}?(\d+\.\d{2})%")]
    private static partial Regex ShareFigure();

    [GeneratedRegex(@"完成(?:年初)?预算的(\d+\.\d{2})%")]
    private static partial Regex CompletionFigure();

    [GeneratedRegex(@"(?:增加|减少)\d+\.\d{2}万元，(?:增长|降低|下降)(\d+\.\d{2})%")]
    private static partial Regex RateAfterChange();

    [GeneratedRegex(@"决算数(小于|大于)预算数")]
    private static partial Regex RelationWord();

    [GeneratedRegex(@"(增加|减少)\d+\.\d{2}万元，(?:增长|降低|下降)\d+\.\d{2}%")]
    private static partial Regex ChangeWord();

    [GeneratedRegex(@"截至(\d{4})年12月31日")]
    private static partial Regex AsAtYear();

    [GeneratedRegex(@"\d+\.\d{2}")]
    private static partial Regex Decimals();

    [GeneratedRegex(@"^\d{7}$")]
    private static partial Regex ItemRow();

    [GeneratedRegex(@"^(?:1、因公出国|2、公务接待费|其中：（1）公务用车运行维护费|（2）公务用车购置费)")]
    private static partial Regex ThreePublicPartRow();

    [GeneratedRegex(@"^-?[\d,]+(?:\.\d+)?$")]
    private static partial Regex AmountCell();
}
