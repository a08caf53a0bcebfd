using Juesuan.Audit.Messages;
using Juesuan.Core.Published;
using Juesuan.Core.Tables;

namespace Juesuan.Audit.Rules;

/// <summary>X-TOTALS: the same total printed in two tables is the same figure.</summary>
public sealed class CrossTableTotals : IAuditRule
{
    public string Id => "X-TOTALS";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "表间：01表本年收入合计 = 02表合计；01表本年支出合计 = 03表合计；04表一般公共预算财政拨款支出 = 05表合计；04表政府性基金 = 08表本年收入、本年支出；04表国有资本经营 = 09表合计；04表各类一般公共预算支出 = 05表各类；03表各类 ≥ 05 + 08 + 09表同类之和；05表基本支出合计 = 06表人员经费 + 公用经费";

    public string Why => "九张表是一套报表，同一数字在不同表中必须相同。";

    /// <summary>Compares two printed figures; a figure the reader did not find is not a contradiction (completeness rules say what is missing).</summary>
    private static AuditFinding? Same(string id, string place, string a, PrintedNumber? x, string b, PrintedNumber? y)
    {
        if (x is null || y is null || Tolerance.SameFigure(x, y) is not { } severity)
        {
            return null;
        }

        return new AuditFinding(id, severity, place, GeneralMessages.FigureDiffers(a, x.Value, b, y.Value, oneUnit: severity == Severity.Warning))
        {
            Printed = x.Value,
            Computed = y.Value,
            Tolerance = 0m,
            At = x.Place,
        };
    }

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var t01 = report.Table(PublicTable.IncomeExpenditureSummary);
        var t02 = report.Table(PublicTable.Income);
        var t03 = report.Table(PublicTable.Expenditure);
        var t04 = report.Table(PublicTable.AppropriationSummary);
        var t05 = report.Table(PublicTable.GeneralBudgetExpenditure);
        var t06 = report.Table(PublicTable.GeneralBudgetBasic);
        var t08 = report.Table(PublicTable.GovernmentFund);
        var t09 = report.Table(PublicTable.StateCapital);
        PrintedNumber? Total(PublishedTable? t, int column) => t?.Rows.FirstOrDefault(r => r.Label == "合计") is { } r ? PrintedTables.Cell(r, column) : null;
        PrintedNumber? Labeled(PublishedTable? t, int side, string label, int column = 0) =>
            t?.Rows.FirstOrDefault(r => r.Side == side && r.Label == label) is { } r ? PrintedTables.Cell(r, column) : null;

        var findings = new List<AuditFinding?>();
        if (t01 is not null && t02 is not null)
        {
            findings.Add(Same(Id, "公开01表 ↔ 公开02表", "01表本年收入合计", Labeled(t01, 0, "本年收入合计"), "02表合计", Total(t02, 0)));
        }

        if (t01 is not null && t03 is not null)
        {
            findings.Add(Same(Id, "公开01表 ↔ 公开03表", "01表本年支出合计", Labeled(t01, 1, "本年支出合计"), "03表合计", Total(t03, 0)));
            foreach (var lei in t03.Rows.Where(r => r.Code is { Length: 3 }))
            {
                var row01 = t01.Rows.FirstOrDefault(r => r.Side == 1 && r.Label.EndsWith(lei.Label, StringComparison.Ordinal));
                if (row01 is not null)
                {
                    findings.Add(Same(Id, $"公开01表 {(row01.LineNumber is { } n ? $"行{n}" : row01.Label)} ↔ 公开03表 {lei.Code}", $"01表{lei.Label}", row01.Cells[0], $"03表{lei.Code}", PrintedTables.Cell(lei, 0)));
                }
            }
        }

        if (t04 is not null && t05 is not null)
        {
            findings.Add(Same(Id, "公开04表 ↔ 公开05表", "04表本年支出合计（一般公共预算）", Labeled(t04, 1, "本年支出合计", 1), "05表合计", Total(t05, 0)));
        }

        if (t04 is not null && t05 is not null)
        {
            // Each 类 of 05 is the 一般公共预算 column of the same 类 on 04's right-hand side.
            foreach (var lei in t05.Rows.Where(r => r.Code is { Length: 3 } && r.Label.Length > 0))
            {
                var row04 = t04.Rows.FirstOrDefault(r => r.Side == 1 && r.Label.EndsWith(lei.Label, StringComparison.Ordinal));
                if (row04 is not null)
                {
                    findings.Add(Same(Id, $"公开04表 {(row04.LineNumber is { } n ? $"行{n}" : row04.Label)} ↔ 公开05表 {lei.Code}", $"04表{lei.Label}（一般公共预算）", PrintedTables.Cell(row04, 1), $"05表{lei.Code}", PrintedTables.Cell(lei, 0)));
                }
            }
        }

        if (t04 is not null && t08 is not null)
        {
            findings.Add(Same(Id, "公开04表 ↔ 公开08表", "04表本年支出合计（政府性基金）", Labeled(t04, 1, "本年支出合计", 2), "08表本年支出", Total(t08, 2)));
            var income04 = t04.Rows.FirstOrDefault(r => r.Side == 0 && r.Label.EndsWith("政府性基金预算财政拨款", StringComparison.Ordinal));
            if (income04 is not null)
            {
                findings.Add(Same(Id, "公开04表 ↔ 公开08表", "04表政府性基金预算财政拨款收入", PrintedTables.Cell(income04, 0), "08表本年收入", Total(t08, 1)));
            }
        }

        if (t03 is not null)
        {
            // A 类's appropriation spending (05 + 08 + 09) cannot exceed all its spending (03).
            foreach (var lei in t03.Rows.Where(r => r.Code is { Length: 3 }))
            {
                var parts = new[] { t05, t08, t09 }.Select(t => t?.Rows.FirstOrDefault(r => r.Code == lei.Code) is { } r ? PrintedTables.Cell(r, t.Kind == PublicTable.GovernmentFund ? 2 : 0) : null)
                    .Where(x => x is not null).Select(x => x!).ToList();
                if (parts.Count == 0 || PrintedTables.Cell(lei, 0) is not { } all)
                {
                    continue;
                }

                var appropriation = parts.Sum(p => p.Value);
                var tolerance = Tolerance.OfSum(parts.Count + 1, parts.Append(all).Max(p => p.Precision));
                if (appropriation - all.Value > tolerance)
                {
                    findings.Add(new AuditFinding(Id, Severity.Error, $"公开03表 {lei.Code} ↔ 公开05/08/09表",
                        TableMessages.AppropriationAboveSpending(lei.Code!, lei.Label, appropriation, all.Value))
                    { Printed = all.Value, Computed = appropriation, Tolerance = tolerance, At = all.Place });
                }
            }
        }

        if (t04 is not null && t09 is not null)
        {
            findings.Add(Same(Id, "公开04表 ↔ 公开09表", "04表本年支出合计（国有资本经营）", Labeled(t04, 1, "本年支出合计", 3), "09表合计", Total(t09, 0)));
        }

        if (t05 is not null && t06 is not null)
        {
            var personnel = t06.Rows.FirstOrDefault(r => r.Label == "人员经费合计")?.Cells[0];
            var publicCost = t06.Rows.FirstOrDefault(r => r.Label == "公用经费合计")?.Cells[0];
            if (personnel is not null && publicCost is not null)
            {
                findings.Add(Tolerance.Sum(Id, "公开05表 ↔ 公开06表", "05表基本支出合计", Total(t05, 1), [personnel, publicCost], "06表人员经费合计 + 公用经费合计"));
            }
        }

        return findings.Where(f => f is not null).Select(f => f!);
    }
}
