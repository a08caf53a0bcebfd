using Juesuan.Core.Model;

namespace Juesuan.Core.Tables;

/// <summary>
/// The nine public tables of the 2024 部门决算公开 format, as data: the one place that says what each table is
/// called in each template, which titles other templates print for it, and which columns it has. A new title
/// variant, a new profile's numbering or a renamed column is an edit here and nowhere else.
/// </summary>
public static class TableSpecs
{
    public const string Liaoning = "liaoning-2024";

    public const string Shanghai = "shanghai-2024";

    /// <summary>The nine, in their standard order (公开01表 first).</summary>
    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new()
        {
            Table = PublicTable.IncomeExpenditureSummary, Id = "gk01", Shape = TableShape.SideBySide, Name = "收入支出决算总表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开01表", "一、收入支出决算总表", "收入支出决算总表"),
                [Shanghai] = new(null, "一、收入支出决算总表", "收入支出决算总表"),
            },
            Titles = ["收入支出决算总表"],
            Columns = [new("金额", "收入（栏次1，左）或支出（栏次2，右）的金额") { Facts = ColumnFacts.Expenditure() }],
            LayoutFile = "expenditure-classes-2024",
        },
        new()
        {
            Table = PublicTable.Income, Id = "gk02", Shape = TableShape.ByFunction, Name = "收入决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开02表", "二、收入决算表", "收入决算表"),
                [Shanghai] = new(null, "二、收入决算表", "收入决算表"),
            },
            Titles = ["收入决算表"],
            Columns =
            [
                new("本年收入合计", "各项收入之和") { Facts = ColumnFacts.Income() },
                new("财政拨款收入", "一般公共预算、政府性基金预算和国有资本经营预算财政拨款收入")
                {
                    Facts = ColumnFacts.Income(IncomeType.GeneralBudgetAppropriation, IncomeType.GovernmentFundAppropriation, IncomeType.StateCapitalAppropriation),
                    PartOf = "本年收入合计",
                },
                new("上级补助收入", "上级补助收入") { Facts = ColumnFacts.Income(IncomeType.SuperiorSubsidy), PartOf = "本年收入合计" },
                new("事业收入", "事业收入") { Facts = ColumnFacts.Income(IncomeType.OperationalIncome), PartOf = "本年收入合计" },
                new("经营收入", "经营收入") { Facts = ColumnFacts.Income(IncomeType.BusinessIncome), PartOf = "本年收入合计" },
                new("附属单位上缴收入", "附属单位上缴收入") { Facts = ColumnFacts.Income(IncomeType.AffiliatedRemittance), PartOf = "本年收入合计" },
                new("其他收入", "其他收入") { Facts = ColumnFacts.Income(IncomeType.Other), PartOf = "本年收入合计" },
            ],
        },
        new()
        {
            Table = PublicTable.Expenditure, Id = "gk03", Shape = TableShape.ByFunction, Name = "支出决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开03表", "三、支出决算表", "支出决算表"),
                [Shanghai] = new(null, "三、支出决算表", "支出决算表"),
            },
            Titles = ["支出决算表"],
            Columns =
            [
                new("本年支出合计", "各类支出之和") { Facts = ColumnFacts.Expenditure() },
                new("基本支出", "基本支出（人员经费和公用经费）") { Facts = ColumnFacts.Expenditure(ExpenditureType.Basic), PartOf = "本年支出合计" },
                new("项目支出", "项目支出") { Facts = ColumnFacts.Expenditure(ExpenditureType.Project), PartOf = "本年支出合计" },
                new("上缴上级支出", "上缴上级支出") { Facts = ColumnFacts.Expenditure(ExpenditureType.RemittanceToSuperior), PartOf = "本年支出合计" },
                new("经营支出", "经营支出") { Facts = ColumnFacts.Expenditure(ExpenditureType.Business), PartOf = "本年支出合计" },
                new("对附属单位补助支出", "对附属单位补助支出") { Facts = ColumnFacts.Expenditure(ExpenditureType.SubsidyToAffiliates), PartOf = "本年支出合计" },
            ],
        },
        new()
        {
            Table = PublicTable.AppropriationSummary, Id = "gk04", Shape = TableShape.SideBySide, Name = "财政拨款收入支出决算总表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开04表", "四、财政拨款收入支出决算总表", "财政拨款收入支出决算总表"),
                [Shanghai] = new(null, "四、财政拨款收入支出决算总表", "财政拨款收入支出决算总表"),
            },
            Titles = ["财政拨款收入支出决算总表"],
            Columns =
            [
                new("合计", "三类财政拨款之和") { Facts = ColumnFacts.Expenditure(Appropriations) },
                new("一般公共预算财政拨款", "一般公共预算财政拨款") { Facts = ColumnFacts.Expenditure([FundSource.GeneralBudget]) },
                new("政府性基金预算财政拨款", "政府性基金预算财政拨款") { Facts = ColumnFacts.Expenditure([FundSource.GovernmentFund]) },
                new("国有资本经营预算财政拨款", "国有资本经营预算财政拨款") { Facts = ColumnFacts.Expenditure([FundSource.StateCapital]) },
            ],
            LayoutFile = "expenditure-classes-2024",
        },
        new()
        {
            Table = PublicTable.GeneralBudgetExpenditure, Id = "gk05", Shape = TableShape.ByFunction, Name = "一般公共预算财政拨款支出决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开05表", "五、一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表"),
                [Shanghai] = new(null, "五、一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出决算表"),
            },
            Titles = ["一般公共预算财政拨款支出决算表"],
            Columns =
            [
                new("小计", "一般公共预算财政拨款本年支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.GeneralBudget]) },
                new("基本支出", "其中基本支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.GeneralBudget], ExpenditureType.Basic), PartOf = "小计" },
                new("项目支出", "其中项目支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.GeneralBudget], ExpenditureType.Project), PartOf = "小计" },
            ],
        },
        new()
        {
            Table = PublicTable.GeneralBudgetBasic, Id = "gk06", Shape = TableShape.ByEconomic, Name = "一般公共预算财政拨款基本支出决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开06表", "六、一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表"),
                [Shanghai] = new(null, "六、一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表"),
            },
            Titles = ["一般公共预算财政拨款基本支出决算表"],
            Columns = [new("决算数", "一般公共预算财政拨款基本支出，按经济分类类/款") { Facts = ColumnFacts.Expenditure([FundSource.GeneralBudget], ExpenditureType.Basic) }],
            LayoutFile = "gk06-groups-2024",
        },
        new()
        {
            Table = PublicTable.ThreePublic, Id = "gk07", Shape = TableShape.ItemList, Name = "财政拨款“三公”经费支出决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开07表", "七、财政拨款“三公”经费支出决算表", "财政拨款“三公”经费支出决算表"),
                [Shanghai] = new(null, "七、财政拨款“三公”经费支出决算表", "“三公”经费财政拨款支出决算表"),
            },
            Titles = ["“三公”经费支出决算表", "“三公”经费财政拨款支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"],
            Columns =
            [
                new("预算数", "年初预算数（经调整）") { Facts = ColumnFacts.ThreePublic(budget: true) },
                new("决算数", "当年财政拨款和以前年度结转资金安排的实际支出") { Facts = ColumnFacts.ThreePublic(budget: false) },
            ],
            Subject = "三公",
        },
        new()
        {
            Table = PublicTable.GovernmentFund, Id = "gk08", Shape = TableShape.ByFunction, Name = "政府性基金预算财政拨款收入支出决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开08表", "八、政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收入支出决算表"),
                [Shanghai] = new(null, "八、政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款收入支出决算表"),
            },
            Titles = ["政府性基金预算财政拨款收入支出决算表"],
            Columns =
            [
                new("年初结转和结余", "政府性基金预算财政拨款年初结转和结余") { Facts = ColumnFacts.BalanceOf(BalanceItem.Opening, FundSource.GovernmentFund) },
                new("本年收入", "政府性基金预算财政拨款收入") { Facts = ColumnFacts.Income(IncomeType.GovernmentFundAppropriation) },
                new("小计", "政府性基金预算财政拨款本年支出") { Group = "本年支出", Name = "本年支出小计", Facts = ColumnFacts.Expenditure([FundSource.GovernmentFund]) },
                new("基本支出", "其中基本支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.GovernmentFund], ExpenditureType.Basic), PartOf = "本年支出小计" },
                new("项目支出", "其中项目支出（基本支出以外的支出）")
                {
                    Group = "本年支出", PartOf = "本年支出小计",
                    Facts = ColumnFacts.Expenditure([FundSource.GovernmentFund], ExpenditureType.Project, ExpenditureType.RemittanceToSuperior, ExpenditureType.Business, ExpenditureType.SubsidyToAffiliates),
                },
                new("年末结转和结余", "政府性基金预算财政拨款年末结转和结余") { Facts = ColumnFacts.BalanceOf(BalanceItem.Closing, FundSource.GovernmentFund) },
            ],
            Subject = "政府性基金",
        },
        new()
        {
            Table = PublicTable.StateCapital, Id = "gk09", Shape = TableShape.ByFunction, Name = "国有资本经营预算财政拨款支出决算表",
            Profiles = new Dictionary<string, TableInProfile>
            {
                [Liaoning] = new("公开09表", "九、国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"),
                [Shanghai] = new(null, "九、国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"),
            },
            Titles = ["国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表", "国有资本经营预算支出决算表"],
            Columns =
            [
                new("合计", "国有资本经营预算财政拨款本年支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.StateCapital]) },
                new("基本支出", "其中基本支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.StateCapital], ExpenditureType.Basic), PartOf = "合计" },
                new("项目支出", "其中项目支出") { Group = "本年支出", Facts = ColumnFacts.Expenditure([FundSource.StateCapital], ExpenditureType.Project), PartOf = "合计" },
            ],
            Subject = "国有资本经营",
        },
    ];

    /// <summary>The three 财政拨款 funds (公开04表's columns).</summary>
    private static FundSource[] Appropriations => [FundSource.GeneralBudget, FundSource.GovernmentFund, FundSource.StateCapital];

    private static readonly Dictionary<PublicTable, TableSpec> ByTable = All.ToDictionary(s => s.Table);

    /// <summary>The specification of one of the nine (not <see cref="PublicTable.Other"/>).</summary>
    public static TableSpec Of(PublicTable table) =>
        ByTable.TryGetValue(table, out var spec) ? spec : throw new ArgumentOutOfRangeException(nameof(table), table, "没有规格的表");

    /// <summary>The specification with id gk01 … gk09, or null.</summary>
    public static TableSpec? ById(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    internal static IReadOnlyList<LayoutRow> LoadLayout(string name)
    {
        using var stream = typeof(TableSpecs).Assembly.GetManifestResourceStream("Juesuan.Tables." + name + ".csv")
            ?? throw new InvalidOperationException($"table layout {name} is missing from the build");
        using var reader = new StreamReader(stream);
        var records = CsvText.Parse(reader.ReadToEnd());
        var grouped = records[0].Fields[0] == "group";
        return records.Skip(1).Select(r => grouped
                ? new LayoutRow(int.Parse(r.Fields[0], System.Globalization.CultureInfo.InvariantCulture), r.Fields[1], r.Fields[2])
                : new LayoutRow(1, r.Fields[0], r.Fields[1]))
            .ToList();
    }
}
