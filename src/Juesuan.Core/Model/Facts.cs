namespace Juesuan.Core.Model;

/// <summary>Where a fact came from: the file (or workbook sheet) and row of a data package.</summary>
public sealed record SourceRef(string File, int Row, string? Sheet = null)
{
    public static readonly SourceRef None = new("", 0);

    public override string ToString() => Sheet is null ? $"{File} 第 {Row} 行" : $"工作表「{Sheet}」第 {Row} 行";
}

/// <summary>预算单位: one budget unit of the department.</summary>
public sealed record BudgetUnit(string Code, string Name, UnitType Type);

/// <summary>主管部门 and its identity in the report.</summary>
public sealed record Department(string Code, string Name, string Region, FiscalYear Year, string CatalogEdition)
{
    /// <summary>The name as printed in headings: region + name (e.g. 辽宁省朝阳市凌源市人力资源和社会保障局).</summary>
    public string FullName => WithRegion(Name);

    /// <summary>
    /// Prefixes a name with the region, merging the overlap: 辽宁省朝阳市凌源市 + 凌源市人社局 gives
    /// 辽宁省朝阳市凌源市人社局, not …凌源市凌源市….
    /// </summary>
    public string WithRegion(string name)
    {
        if (name.StartsWith(Region, StringComparison.Ordinal))
        {
            return name;
        }

        for (var k = Math.Min(Region.Length, name.Length); k > 0; k--)
        {
            if (string.CompareOrdinal(Region, Region.Length - k, name, 0, k) == 0)
            {
                return Region + name[k..];
            }
        }

        return Region + name;
    }
}

/// <summary>
/// 说明文字: what only a person can say, keyed by item — the department's duties, a description of what
/// an item's money was spent on, the reason for a variance. See <see cref="NarrativeKinds"/>.
/// </summary>
public sealed record NarrativeText(string Item, string Kind, string Text)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>The kinds of 说明文字.</summary>
public static class NarrativeKinds
{
    /// <summary>A paragraph (of 主要职责; repeatable, kept in order).</summary>
    public const string Paragraph = "段落";

    /// <summary>What the money was spent on (主要是… / 主要包括… / 主要用于…).</summary>
    public const string Description = "说明";

    /// <summary>Why the actual differs from the (initial) budget.</summary>
    public const string BudgetReason = "预算原因";

    /// <summary>Why the figure changed from the prior year.</summary>
    public const string YearOnYearReason = "同比原因";

    public static readonly IReadOnlyList<string> All = [Paragraph, Description, BudgetReason, YearOnYearReason];
}

/// <summary>收入: income of one unit, of one income type, under one function 项.</summary>
public sealed record IncomeFact(string UnitCode, IncomeType Type, FunctionCode Function, Yuan Amount)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>支出: one expenditure line at the finest grain the tables need.</summary>
public sealed record ExpenditureFact(
    string UnitCode,
    FunctionCode Function,
    EconomicCode Economic,
    FundSource Fund,
    ExpenditureType Type,
    string? Project,
    Yuan Amount)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>结转和结余 and related balance lines by fund source (and, optionally, function 项).</summary>
public sealed record BalanceFact(string UnitCode, FundSource Fund, BalanceItem Item, FunctionCode? Function, Yuan Amount)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>年初预算: the initial budget at the expenditure grain (economic code optional).</summary>
public sealed record InitialBudgetFact(
    string UnitCode,
    FunctionCode Function,
    FundSource Fund,
    ExpenditureType Type,
    string? Project,
    Yuan Amount)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>上年决算数: a prior-year figure the narrative compares with, keyed by <see cref="PriorYearKeys"/>.</summary>
public sealed record PriorYearFigure(string Key, Yuan Amount)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>The keys of prior-year figures the report needs.</summary>
public static class PriorYearKeys
{
    public const string IncomeTotal = "收入总计";
    public const string ExpenditureTotal = "支出总计";
    public const string ClosingBalance = "年末结转和结余";
    public const string AppropriationExpenditure = "财政拨款支出";
    public const string GeneralBudgetExpenditure = "一般公共预算财政拨款支出";
    public const string OfficeOperatingCost = "机关运行经费";
    public const string ThreePublicTravelAbroad = "因公出国（境）费";
    public const string ThreePublicReception = "公务接待费";
    public const string ThreePublicVehiclePurchase = "公务用车购置费";
    public const string ThreePublicVehicleOperation = "公务用车运行维护费";

    public static readonly IReadOnlyList<string> All =
    [
        IncomeTotal, ExpenditureTotal, ClosingBalance, AppropriationExpenditure, GeneralBudgetExpenditure,
        OfficeOperatingCost, ThreePublicTravelAbroad, ThreePublicReception, ThreePublicVehiclePurchase,
        ThreePublicVehicleOperation,
    ];
}

/// <summary>
/// "三公"经费 of one unit and category: budget, actual and counts. Counts mean, by category:
/// 因公出国（境）: 团组 and 人次; 公务接待 and 外事接待: 批次 and 人次; 公务用车购置: vehicles bought;
/// 公务用车运行维护: vehicles held at year end paid from fiscal funds.
/// </summary>
public sealed record ThreePublicFact(
    string UnitCode,
    ThreePublicCategory Category,
    Yuan Budget,
    Yuan Actual,
    int Batches,
    int Persons)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>政府采购: total, and the amounts awarded to 中小企业 and, of those, to 小微企业.</summary>
public sealed record ProcurementFact(string UnitCode, ProcurementCategory Category, Yuan Total, Yuan ToSme, Yuan ToSmallAndMicro)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>车辆 held at year end, by category.</summary>
public sealed record VehicleHolding(string UnitCode, VehicleCategory Category, int Count, string? Note)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>单价100万元（含）以上设备 (excluding vehicles) held at year end.</summary>
public sealed record EquipmentHolding(string UnitCode, string Name, int Count)
{
    public SourceRef Source { get; init; } = SourceRef.None;
}

/// <summary>
/// 部门决算: one department's year, as facts. Every table and narrative figure is derived from this.
/// </summary>
public sealed record FinalAccounts
{
    public required Department Department { get; init; }

    public required IReadOnlyList<BudgetUnit> Units { get; init; }

    public IReadOnlyList<IncomeFact> Income { get; init; } = [];

    public IReadOnlyList<ExpenditureFact> Expenditure { get; init; } = [];

    public IReadOnlyList<BalanceFact> Balances { get; init; } = [];

    public IReadOnlyList<InitialBudgetFact> InitialBudget { get; init; } = [];

    public IReadOnlyList<PriorYearFigure> PriorYear { get; init; } = [];

    public IReadOnlyList<ThreePublicFact> ThreePublic { get; init; } = [];

    public IReadOnlyList<ProcurementFact> Procurement { get; init; } = [];

    public IReadOnlyList<VehicleHolding> Vehicles { get; init; } = [];

    public IReadOnlyList<EquipmentHolding> Equipment { get; init; } = [];

    /// <summary>绩效自评: project and unit self-evaluations (第五部分 附件).</summary>
    public IReadOnlyList<Juesuan.Core.Performance.Evaluation> Evaluations { get; init; } = [];

    /// <summary>说明文字 for the narrative.</summary>
    public IReadOnlyList<NarrativeText> Narrative { get; init; } = [];

    /// <summary>The 说明文字 of an item and kind, or null.</summary>
    public string? TextOf(string item, string kind) =>
        Narrative.FirstOrDefault(n => string.Equals(n.Item, item, StringComparison.Ordinal) && string.Equals(n.Kind, kind, StringComparison.Ordinal))?.Text;

    public FiscalYear Year => Department.Year;

    public BudgetUnit? Unit(string code) => Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal));
}
