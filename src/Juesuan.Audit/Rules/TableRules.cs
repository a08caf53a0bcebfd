using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Rules;

/// <summary>Helpers for table rules.</summary>
internal static partial class PrintedTables
{
    public static readonly PublicTable[] CodedTables =
    [
        PublicTable.Income, PublicTable.Expenditure, PublicTable.GeneralBudgetExpenditure,
        PublicTable.GovernmentFund, PublicTable.StateCapital,
    ];

    /// <summary>How a message names the 三公 table: its number where printed (公开07表), else what it is.</summary>
    public static string ThreePublicName(PublishedTable t) => t.Number is { Length: > 0 } n ? n : "“三公”经费支出决算表";

    public static string Name(PublishedTable t) => t.Number is { Length: > 0 } n ? $"{n} {t.Title}" : t.Title;

    public static string Col(PublishedTable t, int i) => i < t.Columns.Count ? t.Columns[i] : $"栏{i + 1}";

    public static PrintedNumber? Cell(PublishedRow r, int i) => i < r.Cells.Count ? r.Cells[i] : null;

    /// <summary>Whether column <paramref name="i"/> of every row given is known (a row read without its blank cells knows only its first).</summary>
    public static bool Known(int i, params IEnumerable<PublishedRow>[] rows) => i == 0 || rows.SelectMany(r => r).All(r => !r.ColumnsUncertain);

    public static PublishedRow? Line(PublishedTable t, int line) => t.Rows.FirstOrDefault(r => r.LineNumber == line);

    /// <summary>
    /// The 公开07表 row a 三公 subject names: 合计 for the whole, else the category's row, whatever the template's numbering
    /// and wording ("其中：公务用车运行维护费", "（1）公务用车运行费", "公务用车购置"); null for other subjects.
    /// </summary>
    public static PublishedRow? ThreePublicRow(PublishedTable? t07, string subject)
    {
        if (t07 is null)
        {
            return null;
        }

        if (subject == NarrativeItems.ThreePublicTotal)
        {
            return t07.Rows.FirstOrDefault(r => r.Label.StartsWith('合'));
        }

        if (!subject.StartsWith(NarrativeItems.ThreePublicPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // The last row of the name: a table that prints 公务用车购置费 twice (a heading and its row) means the row.
        var key = CategoryKey(subject[NarrativeItems.ThreePublicPrefix.Length..]);
        return t07.Rows.LastOrDefault(r => CategoryKey(r.Label) == key);
    }

    /// <summary>
    /// A 三公 category's name without numbering, 其中, a closing remark in brackets, 维护, 支出 and 费: the one key every
    /// template's wording shares ("（1）公务用车运行维护费", "其中：公务用车运行费", "公务用车购置").
    /// </summary>
    private static string CategoryKey(string label) =>
        CategoryDecoration().Replace(label, string.Empty).Replace("维护", string.Empty, StringComparison.Ordinal)
            .Replace("支出", string.Empty, StringComparison.Ordinal).Replace("费", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(其中：)?(（\d+）|\d+[、.]|[一二三四五六]、)?(其中：)?|（(?!境）)[^（）]*）$")]
    private static partial Regex CategoryDecoration();
}

/// <summary>T-LEVELS: 类 = Σ款, 款 = Σ项, column by column.</summary>
public sealed class CodeLevelSums : IAuditRule
{
    public string Id => "T-LEVELS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "类/款/项表中，类 = 其下各款之和，款 = 其下各项之和（逐栏）";

    public string Why => "类、款行是汇总行；与明细不符说明漏列、错列科目或抄错数字。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var table in report.Tables.Where(t => !t.LayoutUnclear && PrintedTables.CodedTables.Contains(t.Kind)))
        {
            var coded = table.Rows.Where(r => r.Code is not null).ToList();
            foreach (var parent in coded.Where(r => r.Code!.Length is 3 or 5))
            {
                var childLength = parent.Code!.Length + 2;
                var children = coded.Where(r => r.Code!.Length == childLength && r.Code.StartsWith(parent.Code, StringComparison.Ordinal)).ToList();
                if (children.Count == 0)
                {
                    continue;
                }

                for (var c = 0; c < parent.Cells.Count; c++)
                {
                    if (!PrintedTables.Known(c, [parent], children))
                    {
                        continue;
                    }

                    var finding = Tolerance.Sum(Id, $"{PrintedTables.Name(table)} {parent.Code} {parent.Label} 「{PrintedTables.Col(table, c)}」栏",
                        $"{parent.Code} {parent.Label}", PrintedTables.Cell(parent, c), children.Select(ch => PrintedTables.Cell(ch, c)).ToList(),
                        childLength == 5 ? "各款之和" : "各项之和");
                    if (finding is not null)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }
}

/// <summary>T-TOTAL: 合计 = Σ类, column by column.</summary>
public sealed class TotalOfClasses : IAuditRule
{
    public string Id => "T-TOTAL";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "类/款/项表的合计行 = 各类之和（逐栏）";

    public string Why => "合计行是读者最先看的数字，必须与各类一致。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var table in report.Tables.Where(t => !t.LayoutUnclear && PrintedTables.CodedTables.Contains(t.Kind)))
        {
            var total = table.Rows.FirstOrDefault(r => r.Label == "合计");
            if (total is null)
            {
                continue;
            }

            var classes = table.Rows.Where(r => r.Code is { Length: 3 }).ToList();
            for (var c = 0; c < total.Cells.Count; c++)
            {
                if (!PrintedTables.Known(c, [total], classes))
                {
                    continue;
                }

                if (Tolerance.Sum(Id, $"{PrintedTables.Name(table)} 合计行「{PrintedTables.Col(table, c)}」栏", "合计", PrintedTables.Cell(total, c),
                        classes.Select(r => PrintedTables.Cell(r, c)).ToList(), "各类之和") is { } f)
                {
                    yield return f;
                }
            }
        }
    }
}

/// <summary>T-COLUMNS: the total column of each row = Σ the columns it totals.</summary>
public sealed class ColumnSums : IAuditRule
{
    public string Id => "T-COLUMNS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "各行合计栏 = 各分栏之和（公开02表 本年收入合计 = 各类收入；公开03表 本年支出合计 = 基本 + 项目 + …；公开05/09表 小计 = 基本 + 项目；公开08表 本年支出 = 基本 + 项目）";

    public string Why => "横向合计与分栏不符，说明某类收入或支出漏填。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // The column arithmetic is the tables' specification's (TableSpec.Sums: total column → its parts).
        foreach (var table in report.Tables.Where(t => !t.LayoutUnclear && t.Kind != PublicTable.Other))
        {
            foreach (var (total, parts) in TableSpecs.Of(table.Kind).Sums)
            {
                foreach (var row in table.Rows.Where(r => !r.ColumnsUncertain))
                {
                    if (Tolerance.Sum(Id, $"{PrintedTables.Name(table)} {row.Code ?? row.Label}", $"「{PrintedTables.Col(table, total)}」", PrintedTables.Cell(row, total),
                            parts.Select(p => PrintedTables.Cell(row, p)).ToList(), "各分栏之和") is { } f)
                    {
                        yield return f;
                    }
                }
            }
        }
    }
}

/// <summary>T01-BALANCE: 公开01表 totals and balance.</summary>
public sealed class SummaryTableBalance : IAuditRule
{
    public string Id => "T01-BALANCE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "公开01表：本年收入合计 = 各项收入；本年支出合计 = 各类支出；收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 支出合计 + 结余分配 + 年末结转和结余";

    public string Why => "收支总表必须平衡，这是部门决算的基本勾稽关系。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // A total printed blank is zero, never missing: 收入总计 blank against 支出总计 7,973 is an imbalance, not a
        // table to pass over (the reader sets such a table aside for the other rules, not for this one).
        var t = report.Tables.FirstOrDefault(x => x.Kind == PublicTable.IncomeExpenditureSummary && (!x.LayoutUnclear || x.TotalsBlank));
        if (t is null)
        {
            yield break;
        }

        var left = t.Rows.Where(r => r.Side == 0).ToList();
        var right = t.Rows.Where(r => r.Side == 1).ToList();
        PrintedNumber? Labeled(List<PublishedRow> side, string label) => side.FirstOrDefault(r => r.Label == label)?.Cells[0];
        static string At(PublishedRow r) => r.LineNumber is { } n ? $"行{n}" : r.Label;
        var incomeTotal = left.FirstOrDefault(r => r.Label == "本年收入合计");
        var spendTotal = right.FirstOrDefault(r => r.Label == "本年支出合计");
        var name = PrintedTables.Name(t);
        if (incomeTotal is not null)
        {
            // Rows above the total, in printed order (Shanghai's 01 has no 行次).
            var items = left.TakeWhile(r => r != incomeTotal).Select(r => r.Cells[0]).ToList();
            if (Tolerance.Sum(Id, $"{name} {At(incomeTotal)}", "本年收入合计", incomeTotal.Cells[0], items, "各项收入之和") is { } f)
            {
                yield return f;
            }
        }

        if (spendTotal is not null)
        {
            var items = right.TakeWhile(r => r != spendTotal).Select(r => r.Cells[0]).ToList();
            if (Tolerance.Sum(Id, $"{name} {At(spendTotal)}", "本年支出合计", spendTotal.Cells[0], items, "各类支出之和") is { } f)
            {
                yield return f;
            }
        }

        var incomeSide = new[] { Labeled(left, "本年收入合计"), Labeled(left, "使用非财政拨款结余"), Labeled(left, "年初结转和结余") };
        var spendSide = new[] { Labeled(right, "本年支出合计"), Labeled(right, "结余分配"), Labeled(right, "年末结转和结余") };
        if (Tolerance.Sum(Id, $"{name} 收入总计", "收入总计", Labeled(left, "总计"), incomeSide, "收入合计 + 使用非财政拨款结余 + 年初结转和结余") is { } g)
        {
            yield return g;
        }

        if (Tolerance.Sum(Id, $"{name} 支出总计", "支出总计", Labeled(right, "总计"), spendSide, "支出合计 + 结余分配 + 年末结转和结余") is { } h)
        {
            yield return h;
        }

        if (Tolerance.Sum(Id, $"{name} 总计", "收入总计", Labeled(left, "总计"), [Labeled(right, "总计")], "支出总计") is { } k)
        {
            yield return k;
        }
    }
}

/// <summary>T06-CLASSES: 公开06表 类 = Σ款; 人员经费合计 = 301 + 303; 公用经费合计 = the other 类.</summary>
public sealed class BasicExpenditureTable : IAuditRule
{
    public string Id => "T06-CLASSES";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "公开06表：经济分类类 = 其下各款之和；人员经费合计 = 301 + 303；公用经费合计 = 302 + 307 + 310 + 312 + 399";

    public string Why => "基本支出明细的汇总关系；人员经费与公用经费的划分决定机关运行经费。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t = report.Table(PublicTable.GeneralBudgetBasic);
        if (t is null)
        {
            yield break;
        }

        var coded = t.Rows.Where(r => r.Code is not null).ToList();
        foreach (var lei in coded.Where(r => r.Code!.Length == 3))
        {
            var kuan = coded.Where(r => r.Code!.Length == 5 && r.Code.StartsWith(lei.Code!, StringComparison.Ordinal)).Select(r => r.Cells[0]).ToList();
            if (kuan.Count > 0 && Tolerance.Sum(Id, $"{PrintedTables.Name(t)} {lei.Code} {lei.Label}", $"{lei.Code} {lei.Label}", lei.Cells[0], kuan, "各款之和") is { } f)
            {
                yield return f;
            }
        }

        PrintedNumber? Of(string code) => coded.FirstOrDefault(r => r.Code == code)?.Cells[0];
        var personnel = t.Rows.FirstOrDefault(r => r.Label == "人员经费合计")?.Cells[0];
        var publicCost = t.Rows.FirstOrDefault(r => r.Label == "公用经费合计")?.Cells[0];
        if (Tolerance.Sum(Id, $"{PrintedTables.Name(t)} 人员经费合计", "人员经费合计", personnel, [Of("301"), Of("303")], "301 + 303") is { } p)
        {
            yield return p;
        }

        if (Tolerance.Sum(Id, $"{PrintedTables.Name(t)} 公用经费合计", "公用经费合计", publicCost,
                [Of("302"), Of("307"), Of("310"), Of("312"), Of("399")], "302 + 307 + 310 + 312 + 399") is { } q)
        {
            yield return q;
        }
    }
}

/// <summary>T07-TOTALS: 三公 table: 合计 = 1 + 2 + 3; 3 = (1) + (2), for budget and actual.</summary>
public sealed class ThreePublicTable : IAuditRule
{
    public string Id => "T07-TOTALS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "公开07表：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车购置及运行费 = 运行维护费 + 购置费（预算数、决算数）";

    public string Why => "“三公”经费是公开检查的重点，其内部合计必须一致。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t = report.Table(PublicTable.ThreePublic);
        if (t is null)
        {
            yield break;
        }

        PublishedRow? Row(string category) => PrintedTables.ThreePublicRow(t, NarrativeItems.ThreePublicPrefix + category);
        var total = t.Rows.FirstOrDefault(r => r.Label.StartsWith("合", StringComparison.Ordinal));
        var abroad = Row("因公出国（境）费");
        var reception = Row("公务接待费");
        var vehicles = Row("公务用车购置及运行费");
        var operation = Row("公务用车运行维护费");
        var purchase = Row("公务用车购置费");
        for (var c = 0; c < 2; c++)
        {
            var column = c == 0 ? "预算数" : "决算数";
            if (total is not null && Tolerance.Sum(Id, $"{PrintedTables.Name(t)} 合计「{column}」", "合计", PrintedTables.Cell(total, c),
                    [abroad is null ? null : PrintedTables.Cell(abroad, c), reception is null ? null : PrintedTables.Cell(reception, c), vehicles is null ? null : PrintedTables.Cell(vehicles, c)],
                    "三项之和") is { } f)
            {
                yield return f.Severity == Severity.Error ? Culprit(f, c, abroad, reception, vehicles, operation, purchase) : f;
            }

            // "其中：公务用车运行维护费" and "公务用车购置费" printed blank under a 公务用车购置及运行费 that is not: the breakdown
            // was left unfilled (a warning), not two zeros that fail to add up.
            if (vehicles is not null && operation is not null && purchase is not null && PrintedTables.Cell(operation, c) is null && PrintedTables.Cell(purchase, c) is null
                && PrintedTables.Cell(vehicles, c) is { Value: not 0m } unfilled)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{PrintedTables.Name(t)} 公务用车购置及运行费「{column}」",
                    TableMessages.VehicleBreakdownBlank(column, unfilled.Value))
                { At = operation.Place };
                continue;
            }

            if (vehicles is not null && operation is not null && purchase is not null && Tolerance.Sum(Id, $"{PrintedTables.Name(t)} 公务用车购置及运行费「{column}」", "公务用车购置及运行费", PrintedTables.Cell(vehicles, c),
                    [operation is null ? null : PrintedTables.Cell(operation, c), purchase is null ? null : PrintedTables.Cell(purchase, c)], "运行维护费 + 购置费") is { } g)
            {
                yield return g.Severity == Severity.Error ? OneOf(g, c, ("公务用车运行维护费", operation), ("公务用车购置费", purchase)) : g;
            }
        }
    }

    /// <summary>
    /// Which one part, put right by the difference, makes the table agree again: a part that is not negative once put right,
    /// and for 公务用车购置及运行费 one whose own parts then still add up. Named only when exactly one part fits.
    /// </summary>
    private static AuditFinding Culprit(AuditFinding sum, int c, PublishedRow? abroad, PublishedRow? reception, PublishedRow? vehicles, PublishedRow? operation, PublishedRow? purchase)
    {
        decimal V(PublishedRow? r) => r is null ? 0m : PrintedTables.Cell(r, c)?.Value ?? 0m;
        var vehiclesAdd = operation is not null && Math.Abs(V(vehicles) - V(operation) - V(purchase)) <= 1m;
        return vehiclesAdd
            ? OneOf(sum, c, ("因公出国（境）费", abroad), ("公务接待费", reception))
            : OneOf(sum, c, ("因公出国（境）费", abroad), ("公务接待费", reception), ("公务用车购置及运行费", vehicles));
    }

    private static AuditFinding OneOf(AuditFinding sum, int c, params (string Name, PublishedRow? Row)[] parts)
    {
        decimal V(PublishedRow? r) => r is null ? 0m : PrintedTables.Cell(r, c)?.Value ?? 0m;
        var diff = sum.Printed!.Value - sum.Computed!.Value;
        var fits = parts.Where(p => p.Row is not null && V(p.Row) + diff >= 0m).ToList();
        if (fits.Count != 1)
        {
            return sum;
        }

        var message = TableMessages.OnlyOnePartFits(sum.Message, fits[0].Name, V(fits[0].Row), V(fits[0].Row) + diff);
        return sum with { Message = message.Text, MessageId = message.Id };
    }
}
