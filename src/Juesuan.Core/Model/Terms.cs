namespace Juesuan.Core.Model;

/// <summary>
/// The Chinese terms of each enumeration, as printed in reports and as typed in data packages.
/// One place, so the reader, the template's pick-lists and the tables always agree.
/// </summary>
public static class Terms
{
    public static readonly IReadOnlyList<(UnitType Value, string Name)> UnitTypes =
    [
        (UnitType.Administrative, "行政单位"),
        (UnitType.CivilServiceManaged, "参照公务员法管理事业单位"),
        (UnitType.PublicInstitution, "事业单位"),
    ];

    public static readonly IReadOnlyList<(IncomeType Value, string Name)> IncomeTypes =
    [
        (IncomeType.GeneralBudgetAppropriation, "一般公共预算财政拨款收入"),
        (IncomeType.GovernmentFundAppropriation, "政府性基金预算财政拨款收入"),
        (IncomeType.StateCapitalAppropriation, "国有资本经营预算财政拨款收入"),
        (IncomeType.SuperiorSubsidy, "上级补助收入"),
        (IncomeType.OperationalIncome, "事业收入"),
        (IncomeType.BusinessIncome, "经营收入"),
        (IncomeType.AffiliatedRemittance, "附属单位上缴收入"),
        (IncomeType.Other, "其他收入"),
    ];

    public static readonly IReadOnlyList<(FundSource Value, string Name)> FundSources =
    [
        (FundSource.GeneralBudget, "一般公共预算财政拨款"),
        (FundSource.GovernmentFund, "政府性基金预算财政拨款"),
        (FundSource.StateCapital, "国有资本经营预算财政拨款"),
        (FundSource.NonAppropriation, "非财政拨款资金"),
    ];

    public static readonly IReadOnlyList<(ExpenditureType Value, string Name)> ExpenditureTypes =
    [
        (ExpenditureType.Basic, "基本支出"),
        (ExpenditureType.Project, "项目支出"),
        (ExpenditureType.RemittanceToSuperior, "上缴上级支出"),
        (ExpenditureType.Business, "经营支出"),
        (ExpenditureType.SubsidyToAffiliates, "对附属单位补助支出"),
    ];

    public static readonly IReadOnlyList<(BalanceItem Value, string Name)> BalanceItems =
    [
        (BalanceItem.Opening, "年初结转和结余"),
        (BalanceItem.Closing, "年末结转和结余"),
        (BalanceItem.UseOfNonAppropriationSurplus, "使用非财政拨款结余"),
        (BalanceItem.SurplusDistribution, "结余分配"),
    ];

    public static readonly IReadOnlyList<(ThreePublicCategory Value, string Name)> ThreePublicCategories =
    [
        (ThreePublicCategory.TravelAbroad, "因公出国（境）费"),
        (ThreePublicCategory.Reception, "公务接待费"),
        (ThreePublicCategory.ForeignReception, "外事接待费"),
        (ThreePublicCategory.VehiclePurchase, "公务用车购置费"),
        (ThreePublicCategory.VehicleOperation, "公务用车运行维护费"),
    ];

    public static readonly IReadOnlyList<(ProcurementCategory Value, string Name)> ProcurementCategories =
    [
        (ProcurementCategory.Goods, "货物"),
        (ProcurementCategory.Works, "工程"),
        (ProcurementCategory.Services, "服务"),
    ];

    public static readonly IReadOnlyList<(VehicleCategory Value, string Name)> VehicleCategories =
    [
        (VehicleCategory.SeniorLeader, "副省级以上领导干部用车"),
        (VehicleCategory.PrincipalLeader, "主要领导干部用车"),
        (VehicleCategory.ConfidentialCommunication, "机要通信用车"),
        (VehicleCategory.Emergency, "应急保障用车"),
        (VehicleCategory.LawEnforcement, "执法执勤用车"),
        (VehicleCategory.SpecialTechnical, "特种专业技术用车"),
        (VehicleCategory.Retirees, "离退休干部用车"),
        (VehicleCategory.Other, "其他用车"),
    ];

    public static string Name(this UnitType v) => Find(UnitTypes, v);

    public static string Name(this IncomeType v) => Find(IncomeTypes, v);

    public static string Name(this FundSource v) => Find(FundSources, v);

    public static string Name(this ExpenditureType v) => Find(ExpenditureTypes, v);

    public static string Name(this BalanceItem v) => Find(BalanceItems, v);

    public static string Name(this ThreePublicCategory v) => Find(ThreePublicCategories, v);

    public static string Name(this ProcurementCategory v) => Find(ProcurementCategories, v);

    public static string Name(this VehicleCategory v) => Find(VehicleCategories, v);

    /// <summary>Finds the value whose term equals <paramref name="text"/> (trimmed; ASCII and full-width brackets alike).</summary>
    public static bool TryParse<T>(IReadOnlyList<(T Value, string Name)> list, string? text, out T value)
    {
        var s = Normalize(text);
        foreach (var (v, n) in list)
        {
            if (string.Equals(Normalize(n), s, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The fund source an income type belongs to.</summary>
    public static FundSource FundSourceOf(this IncomeType t) => t switch
    {
        IncomeType.GeneralBudgetAppropriation => FundSource.GeneralBudget,
        IncomeType.GovernmentFundAppropriation => FundSource.GovernmentFund,
        IncomeType.StateCapitalAppropriation => FundSource.StateCapital,
        _ => FundSource.NonAppropriation,
    };

    public static bool IsAppropriation(this FundSource s) => s != FundSource.NonAppropriation;

    private static string Find<T>(IReadOnlyList<(T Value, string Name)> list, T v)
        where T : struct, Enum
    {
        foreach (var (value, name) in list)
        {
            if (EqualityComparer<T>.Default.Equals(value, v))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(v), v, null);
    }

    private static string Normalize(string? s) =>
        (s ?? string.Empty).Trim().Replace('(', '（').Replace(')', '）').Replace(" ", string.Empty, StringComparison.Ordinal);
}
