using Juesuan.Core.Catalogs;
using Juesuan.Core.Model;
using Juesuan.Core.Tables;
using Juesuan.Reporting.Tables;

namespace Juesuan.Reporting.Tests;

/// <summary>Table layouts on small inline facts.</summary>
public sealed class TableBuilderTests
{
    private static ExpenditureFact Spend(string function, string economic, decimal yuan,
        FundSource fund = FundSource.GeneralBudget, ExpenditureType type = ExpenditureType.Basic) =>
        new("A", FunctionCode.Of(function), EconomicCode.Of(economic), fund, type, null, new Yuan(yuan));

    private static FinalAccounts Accounts(params ExpenditureFact[] facts) => new()
    {
        Department = new Department("1", "测试局", "某市", new FiscalYear(2024), "2024"),
        Units = [new BudgetUnit("A", "本级", UnitType.Administrative)],
        Expenditure = facts,
        Income = facts.GroupBy(f => (f.Function, f.Fund))
            .Select(g => new IncomeFact("A",
                g.Key.Fund == FundSource.StateCapital ? IncomeType.StateCapitalAppropriation : IncomeType.GeneralBudgetAppropriation,
                g.Key.Function, Yuan.Sum(g.Select(f => f.Amount))))
            .ToList(),
    };

    private static string[] Texts(TableRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void Table_01_numbers_its_lines_1_to_62_and_lists_all_26_classes()
    {
        var t = NineTables.IncomeExpenditureSummary(Accounts(Spend("2013201", "30101", 12_345_678.90m)));
        Assert.Equal(31, t.Rows.Count);
        Assert.Equal(["一、一般公共预算财政拨款收入", "1", "1,235", "一、一般公共服务支出", "32", "1,235"], Texts(t.Rows[0]));
        Assert.Equal(["", "26", "", "二十六、抗疫特别国债安排的支出", "57", ""], Texts(t.Rows[25]));
        Assert.Equal(["总计", "31", "1,235", "总计", "62", "1,235"], Texts(t.Rows[30]));
        Assert.Equal(RowKind.Total, t.Rows[26].Kind);
    }

    [Fact]
    public void Table_05_prints_zero_as_0_and_table_03_leaves_it_blank()
    {
        var a = Accounts(Spend("2013201", "30101", 50_000m), Spend("2080705", "30305", 20_000m, type: ExpenditureType.Project));
        var gk05 = NineTables.GeneralBudgetExpenditure(a, CatalogSet.Default);
        var gk03 = NineTables.Expenditure(a, CatalogSet.Default);
        Assert.Equal(["2013201", "行政运行", "5", "5", "0"], Texts(gk05.Rows.Single(r => r.Code == "2013201")));
        Assert.Equal(["2013201", "行政运行", "5", "5", "", "", "", ""], Texts(gk03.Rows.Single(r => r.Code == "2013201")));
        Assert.Equal(["合计", "", "7", "5", "2"], Texts(gk05.Rows[0]));
    }

    [Fact]
    public void Table_05_leaves_out_state_capital_and_table_09_has_only_it()
    {
        var a = Accounts(Spend("2013201", "30101", 50_000m),
            Spend("2230105", "31204", 297_700m, fund: FundSource.StateCapital, type: ExpenditureType.Project));
        Assert.DoesNotContain(NineTables.GeneralBudgetExpenditure(a, CatalogSet.Default).Rows, r => r.Code == "2230105");
        var gk09 = NineTables.StateCapital(a, CatalogSet.Default);
        Assert.Equal(["合计", "", "30", "", "30"], Texts(gk09.Rows[0]));
        Assert.Equal(["223", "22301", "2230105"], gk09.Rows.Skip(1).Select(r => r.Code));
    }

    [Fact]
    public void Table_06_shows_a_kuan_missing_from_the_layout_under_its_class()
    {
        var a = Accounts(Spend("2013201", "30101", 10_000m), Spend("2013201", "30703", 30_000m));
        var t = NineTables.GeneralBudgetBasic(a, CatalogSet.Default);
        var codes = t.Rows.Select(r => r.Cells[6].Text).ToList();
        var at = codes.IndexOf("30703");
        Assert.True(at > codes.IndexOf("30702"), "30703 follows the listed 款 of 307");
        Assert.Equal("3", t.Rows[at].Cells[8].Text);
        Assert.Equal("3", t.Rows.Single(r => r.Cells[6].Text == "307").Cells[8].Text);
        Assert.Equal(["人员经费合计", "", "1", "公用经费合计", "", "", "", "", "3"], Texts(t.Rows[^1]));
    }

    [Fact]
    public void Table_07_adds_vehicle_purchase_and_operation()
    {
        var a = Accounts() with
        {
            ThreePublic =
            [
                new ThreePublicFact("A", ThreePublicCategory.VehicleOperation, new Yuan(120_000m), new Yuan(94_700m), 5, 0),
                new ThreePublicFact("A", ThreePublicCategory.VehiclePurchase, new Yuan(200_000m), new Yuan(198_000m), 1, 0),
            ],
        };
        var t = NineTables.ThreePublic(a);
        Assert.Equal(["合 计", "32", "29"], Texts(t.Rows[0]));
        Assert.Equal(["3、公务用车购置及运行费", "32", "29"], Texts(t.Rows[3]));
        Assert.Equal(["1、因公出国（境）费", "", ""], Texts(t.Rows[1]));
    }

    [Fact]
    public void Chinese_numerals_count_to_twenty_six()
    {
        Assert.Equal(["一", "九", "十", "十一", "二十", "二十六"], new[] { 1, 9, 10, 11, 20, 26 }.Select(ChineseNumerals.Of));
    }

    [Fact]
    public void Table_08_takes_each_column_from_its_facts_and_a_balance_without_a_subject_counts_in_the_total_only()
    {
        // 政府性基金: opening 3万 on 2120801 and 1万 kept for the unit (no 科目); income 50万; spent 20万 basic, 25万 project
        // on 2120801; closing 8万. Hand-computed: 合计 = 4, 50, 45, 20, 25, 8; 2120801 = 3, 50, 45, 20, 25, 8.
        var gf = FundSource.GovernmentFund;
        var a = Accounts(Spend("2120801", "30101", 200_000m, fund: gf), Spend("2120801", "30201", 250_000m, fund: gf, type: ExpenditureType.Project)) with
        {
            Income = [new IncomeFact("A", IncomeType.GovernmentFundAppropriation, FunctionCode.Of("2120801"), new Yuan(500_000m))],
            Balances =
            [
                new BalanceFact("A", gf, BalanceItem.Opening, FunctionCode.Of("2120801"), new Yuan(30_000m)),
                new BalanceFact("A", gf, BalanceItem.Opening, null, new Yuan(10_000m)),
                new BalanceFact("A", gf, BalanceItem.Closing, FunctionCode.Of("2120801"), new Yuan(80_000m)),
                new BalanceFact("A", FundSource.GeneralBudget, BalanceItem.Closing, FunctionCode.Of("2013201"), new Yuan(70_000m)),
            ],
        };
        var gk08 = NineTables.GovernmentFund(a, CatalogSet.Default);
        Assert.Equal(["合计", "", "4", "50", "45", "20", "25", "8"], Texts(gk08.Rows[0]));
        Assert.Equal(["2120801", "征地和拆迁补偿支出", "3", "50", "45", "20", "25", "8"], Texts(gk08.Rows.Single(r => r.Code == "2120801")));
        Assert.Equal(["212", "21208", "2120801"], gk08.Rows.Skip(1).Select(r => r.Code));
        Assert.Equal(8, gk08.ColumnCount);
    }

    [Fact]
    public void The_function_tables_are_one_builder_over_the_specification()
    {
        var a = Accounts(Spend("2013201", "30101", 50_000m), Spend("2080705", "30305", 20_000m, type: ExpenditureType.Project));
        foreach (var table in new[] { PublicTable.Income, PublicTable.Expenditure, PublicTable.GeneralBudgetExpenditure, PublicTable.GovernmentFund, PublicTable.StateCapital })
        {
            var spec = TableSpecs.Of(table);
            var built = NineTables.Build(table, a, CatalogSet.Default);
            Assert.Equal(spec.Columns.Count + 2, built.ColumnCount);
            var captions = built.Header.Where(h => h.Column >= 2 && (h.Row == 1 || (h.Row == 0 && h.RowSpan == 2))).OrderBy(h => h.Column).Select(h => h.Text);
            Assert.Equal(spec.Columns.Select(c => c.Caption), captions);
            Assert.Equal(spec.Columns.Count, built.Rows[0].Cells.Count - 2);
        }
    }
}
