namespace Juesuan.Core.Model;

/// <summary>单位类型 (unit type); decides, among others, what counts as 机关运行经费.</summary>
public enum UnitType
{
    /// <summary>行政单位</summary>
    Administrative,

    /// <summary>参照公务员法管理事业单位 (参公单位)</summary>
    CivilServiceManaged,

    /// <summary>事业单位</summary>
    PublicInstitution,
}

/// <summary>收入类型: the eight kinds of income of 公开01表.</summary>
public enum IncomeType
{
    /// <summary>一般公共预算财政拨款收入</summary>
    GeneralBudgetAppropriation,

    /// <summary>政府性基金预算财政拨款收入</summary>
    GovernmentFundAppropriation,

    /// <summary>国有资本经营预算财政拨款收入</summary>
    StateCapitalAppropriation,

    /// <summary>上级补助收入</summary>
    SuperiorSubsidy,

    /// <summary>事业收入</summary>
    OperationalIncome,

    /// <summary>经营收入</summary>
    BusinessIncome,

    /// <summary>附属单位上缴收入</summary>
    AffiliatedRemittance,

    /// <summary>其他收入</summary>
    Other,
}

/// <summary>资金来源: the three fiscal appropriations and everything else.</summary>
public enum FundSource
{
    /// <summary>一般公共预算财政拨款</summary>
    GeneralBudget,

    /// <summary>政府性基金预算财政拨款</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款</summary>
    StateCapital,

    /// <summary>非财政拨款资金 (上级补助、事业、经营、附属单位上缴、其他收入)</summary>
    NonAppropriation,
}

/// <summary>支出类型 (the columns of 公开03表).</summary>
public enum ExpenditureType
{
    /// <summary>基本支出</summary>
    Basic,

    /// <summary>项目支出</summary>
    Project,

    /// <summary>上缴上级支出</summary>
    RemittanceToSuperior,

    /// <summary>经营支出</summary>
    Business,

    /// <summary>对附属单位补助支出</summary>
    SubsidyToAffiliates,
}

/// <summary>结转和结余 items: the balance lines of 公开01/04表.</summary>
public enum BalanceItem
{
    /// <summary>年初结转和结余</summary>
    Opening,

    /// <summary>年末结转和结余</summary>
    Closing,

    /// <summary>使用非财政拨款结余</summary>
    UseOfNonAppropriationSurplus,

    /// <summary>结余分配</summary>
    SurplusDistribution,
}

/// <summary>"三公"经费 categories.</summary>
public enum ThreePublicCategory
{
    /// <summary>因公出国（境）费</summary>
    TravelAbroad,

    /// <summary>公务接待费 (all receptions; 外事接待 is a part of it)</summary>
    Reception,

    /// <summary>其中：外事接待 (part of 公务接待费)</summary>
    ForeignReception,

    /// <summary>公务用车购置费</summary>
    VehiclePurchase,

    /// <summary>公务用车运行维护费</summary>
    VehicleOperation,
}

/// <summary>政府采购 categories.</summary>
public enum ProcurementCategory
{
    /// <summary>货物</summary>
    Goods,

    /// <summary>工程</summary>
    Works,

    /// <summary>服务</summary>
    Services,
}

/// <summary>公务用车 categories of the 国有资产占用 paragraph.</summary>
public enum VehicleCategory
{
    /// <summary>副省级以上领导干部用车</summary>
    SeniorLeader,

    /// <summary>主要领导干部用车</summary>
    PrincipalLeader,

    /// <summary>机要通信用车</summary>
    ConfidentialCommunication,

    /// <summary>应急保障用车</summary>
    Emergency,

    /// <summary>执法执勤用车</summary>
    LawEnforcement,

    /// <summary>特种专业技术用车</summary>
    SpecialTechnical,

    /// <summary>离退休干部用车</summary>
    Retirees,

    /// <summary>其他用车</summary>
    Other,
}

/// <summary>经费性质: economic 类 are either 人员经费 or 公用经费, as 公开06表 lays them out.</summary>
public enum CostNature
{
    /// <summary>人员经费 (301, 303)</summary>
    Personnel,

    /// <summary>公用经费 (302, 307, 310, 312, 399)</summary>
    Public,
}
