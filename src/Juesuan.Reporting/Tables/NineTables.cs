using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Core.Tables;
using static Juesuan.Reporting.Tables.TableKit;

namespace Juesuan.Reporting.Tables;

/// <summary>
/// Builds the nine public tables (公开01–09表) from facts, with the numbers, titles, columns and fixed rows their
/// specification gives (<see cref="TableSpecs"/>). Every figure is a sum of facts in yuan; printing rounds each
/// cell on its own.
/// </summary>
public static class NineTables
{
    /// <summary>The nine tables, numbered and titled as <paramref name="profile"/> prints them.</summary>
    public static IReadOnlyList<DisclosureTable> Build(FinalAccounts accounts, CatalogSet catalogs, string profile = TableSpecs.Liaoning) =>
        TableSpecs.All.Select(s => InProfile(Build(s.Table, accounts, catalogs), profile)).ToList();

    /// <summary>One of the nine, numbered and titled as the default profile prints it.</summary>
    public static DisclosureTable Build(PublicTable table, FinalAccounts accounts, CatalogSet catalogs) => table switch
    {
        PublicTable.IncomeExpenditureSummary => IncomeExpenditureSummary(accounts),
        PublicTable.Income => Income(accounts, catalogs),
        PublicTable.Expenditure => Expenditure(accounts, catalogs),
        PublicTable.AppropriationSummary => AppropriationSummary(accounts),
        PublicTable.GeneralBudgetExpenditure => GeneralBudgetExpenditure(accounts, catalogs),
        PublicTable.GeneralBudgetBasic => GeneralBudgetBasic(accounts, catalogs),
        PublicTable.ThreePublic => ThreePublic(accounts),
        PublicTable.GovernmentFund => GovernmentFund(accounts, catalogs),
        PublicTable.StateCapital => StateCapital(accounts, catalogs),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "九张公开表之外的表没有构建方法"),
    };

    /// <summary>The table with the number (or none) and title <paramref name="profile"/> prints.</summary>
    public static DisclosureTable InProfile(DisclosureTable table, string profile)
    {
        var printed = TableSpecs.Of(table.Table).In(profile);
        return table with { Number = printed.Number ?? string.Empty, Title = printed.Title };
    }

    private static DisclosureTable Table(FinalAccounts a, PublicTable table, int columns, List<HeaderCell> header,
        List<TableRow> rows, IReadOnlyList<string> notes, IReadOnlyList<int> widths) => new()
        {
            Table = table,
            Id = TableSpecs.Of(table).Id,
            Number = TableSpecs.Of(table).In(TableSpecs.Liaoning).Number ?? string.Empty,
            Title = TableSpecs.Of(table).In(TableSpecs.Liaoning).Title,
            DepartmentName = a.Department.FullName,
            Year = a.Year,
            ColumnCount = columns,
            Header = header,
            Rows = rows,
            Notes = notes,
            ColumnWidths = widths,
        };

    /// <summary>
    /// The 26 expenditure 类 (the table's layout rows) with their amounts per column, for 公开01/04表: each column the
    /// expenditure its specification names (<see cref="TableColumn.Facts"/>), by 类.
    /// </summary>
    private static List<(string Label, string Code, Yuan[] Amounts)> ClassLines(PublicTable table, FinalAccounts a)
    {
        var columns = TableSpecs.Of(table).Columns;
        var sums = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        for (var col = 0; col < columns.Count; col++)
        {
            foreach (var e in FactsOf(table, col).Expenditures(a))
            {
                var lei = e.Function.Lei.Value;
                if (!sums.TryGetValue(lei, out var arr))
                {
                    sums[lei] = arr = new decimal[columns.Count];
                }

                arr[col] += e.Amount.Value;
            }
        }

        return TableSpecs.Of(table).Layout
            .Select((c, i) => ($"{ChineseNumerals.Of(i + 1)}、{c.Label}", c.Code,
                sums.TryGetValue(c.Code, out var s) ? s.Select(v => new Yuan(v)).ToArray() : Enumerable.Repeat(Yuan.Zero, columns.Count).ToArray()))
            .ToList();
    }

    /// <summary>The facts column <paramref name="column"/> of <paramref name="table"/> adds up, from its specification.</summary>
    private static ColumnFacts FactsOf(PublicTable table, int column)
    {
        var c = TableSpecs.Of(table).Columns[column];
        return c.Facts ?? throw new InvalidOperationException($"表 {TableSpecs.Of(table).Id} 的栏目「{c.Name}」没有取数口径");
    }

    /// <summary>The captions of a table's amount columns, from its specification.</summary>
    private static string[] Captions(PublicTable table) => [.. TableSpecs.Of(table).Columns.Select(c => c.Caption)];

    /// <summary>公开01表 收入支出决算总表.</summary>
    public static DisclosureTable IncomeExpenditureSummary(FinalAccounts a)
    {
        const PublicTable table = PublicTable.IncomeExpenditureSummary;
        var classes = ClassLines(table, a);
        var amount = Captions(table).Single();
        var income = Terms.IncomeTypes.Select((t, i) => ($"{ChineseNumerals.Of(i + 1)}、{t.Name}", a.IncomeOf(t.Value))).ToList();
        var n = Math.Max(income.Count, classes.Count);
        var incomeTotal = a.IncomeTotal();
        var useSurplus = a.BalanceOf(BalanceItem.UseOfNonAppropriationSurplus);
        var opening = a.BalanceOf(BalanceItem.Opening);
        var expenditureTotal = a.ExpenditureTotal();
        var distribution = a.BalanceOf(BalanceItem.SurplusDistribution);
        var closing = a.BalanceOf(BalanceItem.Closing);

        var left = new List<(string Label, Yuan? Amount, RowKind Kind)>();
        for (var i = 0; i < n; i++)
        {
            left.Add(i < income.Count ? (income[i].Item1, income[i].Item2, RowKind.Item) : (string.Empty, null, RowKind.Blank));
        }

        left.Add(("本年收入合计", incomeTotal, RowKind.Total));
        left.Add(("使用非财政拨款结余", useSurplus, RowKind.Item));
        left.Add(("年初结转和结余", opening, RowKind.Item));
        left.Add((string.Empty, null, RowKind.Blank));
        left.Add(("总计", incomeTotal + useSurplus + opening, RowKind.Total));

        var right = new List<(string Label, Yuan? Amount, RowKind Kind)>();
        for (var i = 0; i < n; i++)
        {
            right.Add(i < classes.Count ? (classes[i].Label, classes[i].Amounts[0], RowKind.Item) : (string.Empty, null, RowKind.Blank));
        }

        right.Add(("本年支出合计", expenditureTotal, RowKind.Total));
        right.Add(("结余分配", distribution, RowKind.Item));
        right.Add(("年末结转和结余", closing, RowKind.Item));
        right.Add((string.Empty, null, RowKind.Blank));
        right.Add(("总计", expenditureTotal + distribution + closing, RowKind.Total));

        var rows = new List<TableRow>();
        for (var i = 0; i < left.Count; i++)
        {
            var (ll, la, lk) = left[i];
            var (rl, ra, rk) = right[i];
            rows.Add(new TableRow(Kind(lk, rk),
            [
                TableCell.Label(ll), TableCell.Line(i + 1), la is { } x ? Amount(x) : NoAmount,
                TableCell.Label(rl), TableCell.Line(left.Count + i + 1), ra is { } y ? Amount(y) : NoAmount,
            ]));
        }

        var header = new List<HeaderCell>
        {
            new(0, 0, "收入", 1, 3), new(0, 3, "支出", 1, 3),
            new(1, 0, "项目"), new(1, 1, "行"), new(1, 2, amount), new(1, 3, "项目"), new(1, 4, "行"), new(1, 5, amount),
            new(2, 0, "栏次"), new(2, 1, string.Empty), new(2, 2, "1"), new(2, 3, "栏次"), new(2, 4, string.Empty), new(2, 5, "2"),
        };
        return Table(a, table, 6, header, rows,
            ["注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换万元时可能存在尾数误差。", EmptyTableNote],
            [30, 5, 12, 30, 5, 12]);
    }

    private static RowKind Kind(RowKind left, RowKind right) =>
        left == RowKind.Total || right == RowKind.Total ? RowKind.Total
        : left == RowKind.Blank && right == RowKind.Blank ? RowKind.Blank
        : RowKind.Item;

    /// <summary>公开02表 收入决算表: income by 类/款/项 and income kind.</summary>
    public static DisclosureTable Income(FinalAccounts a, CatalogSet catalogs) =>
        FunctionTable(PublicTable.Income, a, catalogs, ZeroStyle.Blank, "注：本表反映部门本年度取得的各项收入情况。");

    /// <summary>公开03表 支出决算表: expenditure by 类/款/项 and expenditure type.</summary>
    public static DisclosureTable Expenditure(FinalAccounts a, CatalogSet catalogs) =>
        FunctionTable(PublicTable.Expenditure, a, catalogs, ZeroStyle.Blank, "注：本表反映部门本年度各项支出情况。");

    /// <summary>
    /// A table by 功能分类 (公开02/03/05/08/09表): the 合计 row, then a row per 类/款/项 the facts use, with one
    /// amount per column of the table's specification — each the sum of the facts that column names
    /// (<see cref="TableColumn.Facts"/>). A fact kept without a 科目 (a unit's balance) counts in 合计 only.
    /// </summary>
    public static DisclosureTable FunctionTable(PublicTable table, FinalAccounts a, CatalogSet catalogs, ZeroStyle zero, string note)
    {
        var spec = TableSpecs.Of(table);
        var n = spec.Columns.Count;
        var lines = spec.Columns
            .SelectMany((c, i) => (c.Facts ?? throw new InvalidOperationException($"表 {spec.Id} 的栏目「{c.Name}」没有取数口径"))
                .Lines(a).Select(l => (l.Function, Column: i, l.Amount)))
            .ToList();
        var rolled = FunctionRollup.Build(lines.Where(l => l.Function is not null), l => l.Function!.Value, n, l => l.Column, l => l.Amount);
        var totals = Enumerable.Range(0, n).Select(c => Yuan.Sum(lines.Where(l => l.Column == c).Select(l => l.Amount)));
        var rows = new List<TableRow> { TotalRow(totals, zero) };
        rows.AddRange(FunctionRows(rolled, catalogs.Functions, zero));
        return Table(a, table, n + 2, FunctionHeader(spec.Columns), rows, [note, RoundingNote, EmptyTableNote], FunctionWidths(n));
    }

    /// <summary>公开04表 财政拨款收入支出决算总表.</summary>
    public static DisclosureTable AppropriationSummary(FinalAccounts a)
    {
        const PublicTable table = PublicTable.AppropriationSummary;
        var captions = Captions(table);
        var classes = ClassLines(table, a);

        // Column 0 is the three appropriations together, columns 1–3 one fund each (the specification's facts).
        var funds = Enumerable.Range(1, 3).Select(c => FactsOf(table, c).Funds!.Single()).ToArray();
        var expenditureByFund = Enumerable.Range(1, 3).Select(c => Yuan.Sum(FactsOf(table, c).Expenditures(a).Select(e => e.Amount))).ToArray();
        var incomeByFund = funds.Select(f => Yuan.Sum(a.Income.Where(i => i.Type.FundSourceOf() == f).Select(i => i.Amount))).ToArray();
        var openingByFund = funds.Select(f => a.BalanceOf(BalanceItem.Opening, f)).ToArray();
        var closingByFund = funds.Select(f => a.BalanceOf(BalanceItem.Closing, f)).ToArray();
        var incomeTotal = Yuan.Sum(incomeByFund);
        var openingTotal = Yuan.Sum(openingByFund);
        var expenditureTotal = Yuan.Sum(FactsOf(table, 0).Expenditures(a).Select(e => e.Amount));
        var closingTotal = Yuan.Sum(closingByFund);

        var n = classes.Count;
        string[] fundLabels = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营财政拨款"];
        var left = new List<(string Label, Yuan? Amount, RowKind Kind)>();
        for (var i = 0; i < n; i++)
        {
            left.Add(i < 3 ? (fundLabels[i], incomeByFund[i], RowKind.Item) : (string.Empty, null, RowKind.Blank));
        }

        left.Add(("本年收入合计", incomeTotal, RowKind.Total));
        left.Add(("年初财政拨款结转和结余", openingTotal, RowKind.Subtotal));
        left.Add(("一般公共预算财政拨款", openingByFund[0], RowKind.Item));
        left.Add(("政府性基金预算财政拨款", openingByFund[1], RowKind.Item));
        left.Add(("国有资本经营预算财政拨款", openingByFund[2], RowKind.Item));
        left.Add(("总计", incomeTotal + openingTotal, RowKind.Total));

        var right = new List<(string Label, Yuan[]? Amounts, RowKind Kind)>();
        right.AddRange(classes.Select(c => (c.Label, (Yuan[]?)c.Amounts, RowKind.Item)));
        right.Add(("本年支出合计", [expenditureTotal, .. expenditureByFund], RowKind.Total));
        right.Add(("年末财政拨款结转和结余", [closingTotal, .. closingByFund], RowKind.Subtotal));
        right.Add((string.Empty, null, RowKind.Blank));
        right.Add((string.Empty, null, RowKind.Blank));
        right.Add((string.Empty, null, RowKind.Blank));
        right.Add(("总计",
        [
            expenditureTotal + closingTotal, expenditureByFund[0] + closingByFund[0],
            expenditureByFund[1] + closingByFund[1], expenditureByFund[2] + closingByFund[2],
        ], RowKind.Total));

        var rows = new List<TableRow>();
        for (var i = 0; i < left.Count; i++)
        {
            var (ll, la, lk) = left[i];
            var (rl, ra, rk) = right[i];
            var cells = new List<TableCell> { TableCell.Label(ll), TableCell.Line(i + 1), la is { } x ? Amount(x) : NoAmount };
            cells.Add(TableCell.Label(rl));
            cells.Add(TableCell.Line(left.Count + i + 1));
            cells.AddRange(ra is null ? Enumerable.Repeat(NoAmount, 4) : ra.Select(v => Amount(v)));
            rows.Add(new TableRow(Kind(lk, rk), cells));
        }

        var header = new List<HeaderCell>
        {
            new(0, 0, "收 入", 1, 3), new(0, 3, "支 出", 1, 6),
            new(1, 0, "项目"), new(1, 1, "行次"), new(1, 2, "金额"), new(1, 3, "项目"), new(1, 4, "行次"), new(1, 5, captions[0]),
            new(1, 6, captions[1]), new(1, 7, captions[2]), new(1, 8, captions[3]),
            new(2, 0, "栏次"), new(2, 1, string.Empty), new(2, 2, "1"), new(2, 3, "栏次"), new(2, 4, string.Empty),
            new(2, 5, "2"), new(2, 6, "3"), new(2, 7, "4"), new(2, 8, "5"),
        };
        return Table(a, table, 9, header, rows,
        [
            "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
            RoundingNote, EmptyTableNote,
        ], [26, 5, 10, 26, 5, 10, 12, 12, 12]);
    }

    /// <summary>公开05表 一般公共预算财政拨款支出决算表 (zeros print as 0, as the reference does).</summary>
    public static DisclosureTable GeneralBudgetExpenditure(FinalAccounts a, CatalogSet catalogs) =>
        FunctionTable(PublicTable.GeneralBudgetExpenditure, a, catalogs, ZeroStyle.Zero, "注：本表反映部门本年度一般公共预算财政拨款支出情况。");

    /// <summary>公开09表 国有资本经营预算财政拨款收入支出决算表 (title as the table prints it).</summary>
    public static DisclosureTable StateCapital(FinalAccounts a, CatalogSet catalogs) =>
        FunctionTable(PublicTable.StateCapital, a, catalogs, ZeroStyle.Blank, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。");

    /// <summary>公开06表 一般公共预算财政拨款基本支出决算表, in three side-by-side column groups.</summary>
    public static DisclosureTable GeneralBudgetBasic(FinalAccounts a, CatalogSet catalogs)
    {
        var spec = TableSpecs.Of(PublicTable.GeneralBudgetBasic);
        var spent = FactsOf(spec.Table, 0).Expenditures(a).ToList();
        var byEconomic = spent.GroupBy(e => e.Economic).ToDictionary(g => g.Key, g => Yuan.Sum(g.Select(e => e.Amount)));
        var kuan = byEconomic.ToDictionary(kv => kv.Key.Value, kv => kv.Value, StringComparer.Ordinal);

        Yuan LeiSum(string lei) => Yuan.Sum(byEconomic.Where(kv => kv.Key.Lei.Value == lei).Select(kv => kv.Value));

        // Each group: the layout's rows, plus any 款 the facts use that the layout lacks (so no
        // figure is hidden), placed after the listed 款 of its 类.
        var listed = spec.Layout.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var extraByLei = byEconomic.Keys.Where(k => !listed.Contains(k.Value)).GroupBy(k => k.Lei.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(k => k).ToList(), StringComparer.Ordinal);
        var groups = new List<List<(string Code, string Label, bool IsLei)>>();
        foreach (var g in spec.Layout.GroupBy(x => x.Group).OrderBy(g => g.Key))
        {
            var lines = new List<(string Code, string Label, bool IsLei)>();
            var items = g.ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var (_, code, label) = items[i];
                lines.Add((code, label, code.Length == 3));
                var lastOfLei = i + 1 == items.Count || items[i + 1].Code.Length == 3;
                if (lastOfLei && extraByLei.TryGetValue(code[..3], out var extra))
                {
                    lines.AddRange(extra.Select(k => (k.Value, catalogs.Economics.NameOf(k), false)));
                    extraByLei.Remove(code[..3]);
                }
            }

            groups.Add(lines);
        }

        // 类 the layout does not print at all (e.g. 309) go to the last group.
        foreach (var (lei, codes) in extraByLei.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            groups[^1].Add((lei, catalogs.Economics.NameOf(EconomicCode.Of(lei)), true));
            groups[^1].AddRange(codes.Where(c => c.Level == CodeLevel.Kuan).Select(k => (k.Value, catalogs.Economics.NameOf(k), false)));
        }

        var height = groups.Max(g => g.Count);
        var rows = new List<TableRow>();
        for (var i = 0; i < height; i++)
        {
            var cells = new List<TableCell>();
            var anyLei = false;
            foreach (var g in groups)
            {
                if (i < g.Count)
                {
                    var (code, label, isLei) = g[i];
                    anyLei |= isLei;
                    var amount = isLei ? LeiSum(code) : kuan.GetValueOrDefault(code, Yuan.Zero);
                    cells.Add(TableCell.CodeCell(code));
                    cells.Add(TableCell.Label(label));
                    cells.Add(Amount(amount));
                }
                else
                {
                    cells.Add(TableCell.Empty);
                    cells.Add(TableCell.Empty);
                    cells.Add(NoAmount);
                }
            }

            rows.Add(new TableRow(anyLei ? RowKind.Subtotal : RowKind.Item, cells));
        }

        Yuan NatureSum(CostNature nature) => Yuan.Sum(spent.Where(e => catalogs.Economics.NatureOf(e.Economic) == nature).Select(e => e.Amount));
        var personnel = NatureSum(CostNature.Personnel);
        var publicCost = NatureSum(CostNature.Public);
        var columnCount = groups.Count * 3;
        var total = new List<TableCell>();
        total.AddRange(Spanning("人员经费合计", 2));
        total.Add(Amount(personnel));
        total.AddRange(Spanning("公用经费合计", columnCount - 4));
        total.Add(Amount(publicCost));
        rows.Add(new TableRow(RowKind.Total, total));

        var header = new List<HeaderCell> { new(0, 0, "人员经费", 1, 3), new(0, 3, "公用经费", 1, columnCount - 3) };
        for (var g = 0; g < groups.Count; g++)
        {
            header.Add(new HeaderCell(1, g * 3, "科目编码"));
            header.Add(new HeaderCell(1, (g * 3) + 1, "科目名称"));
            header.Add(new HeaderCell(1, (g * 3) + 2, spec.Columns.Single().Caption));
        }

        return Table(a, spec.Table, columnCount, header, rows,
            ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", RoundingNote, EmptyTableNote],
            [.. Enumerable.Range(0, groups.Count).SelectMany(_ => new[] { 8, 24, 11 })]);
    }

    /// <summary>公开07表 财政拨款“三公”经费支出决算表.</summary>
    public static DisclosureTable ThreePublic(FinalAccounts a)
    {
        const PublicTable table = PublicTable.ThreePublic;
        var columns = TableSpecs.Of(table).Columns;

        // Each row: the categories it adds up; each column: budget or actual, as its specification says.
        TableRow Line(string label, IReadOnlyList<ThreePublicCategory> categories, RowKind kind = RowKind.Item) =>
            new(kind, [TableCell.Label(label), .. columns.Select((_, c) => Amount(FactsOf(table, c).ThreePublicOf(a, categories)))]);

        var abroad = ThreePublicCategory.TravelAbroad;
        var reception = ThreePublicCategory.Reception;
        var purchase = ThreePublicCategory.VehiclePurchase;
        var operation = ThreePublicCategory.VehicleOperation;
        var rows = new List<TableRow>
        {
            Line("合 计", Derived.ThreePublicAdditive, RowKind.Total),
            Line("1、因公出国（境）费", [abroad]),
            Line("2、公务接待费", [reception]),
            Line("3、公务用车购置及运行费", [purchase, operation], RowKind.Subtotal),
            Line("其中：（1）公务用车运行维护费", [operation]),
            Line("（2）公务用车购置费", [purchase]),
        };
        var header = new List<HeaderCell> { new(0, 0, "项 目") };
        header.AddRange(columns.Select((c, i) => new HeaderCell(0, i + 1, c.Caption)));
        return Table(a, table, columns.Count + 1, header, rows,
        [
            "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。",
            "其中：预算数为年初预算数，反映经调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
            RoundingNote, EmptyTableNote,
        ], [40, 16, 16]);
    }

    /// <summary>公开08表 政府性基金预算财政拨款收入支出决算表.</summary>
    public static DisclosureTable GovernmentFund(FinalAccounts a, CatalogSet catalogs) =>
        FunctionTable(PublicTable.GovernmentFund, a, catalogs, ZeroStyle.Blank, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
}
