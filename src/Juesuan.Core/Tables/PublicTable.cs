namespace Juesuan.Core.Tables;

/// <summary>
/// Which of the nine public tables (公开01–09表) a table is, whatever its number and title in its template —
/// the one name for a table in the builders, the reader, the audit and the profiles. <see cref="TableSpecs"/>
/// describes each.
/// </summary>
public enum PublicTable
{
    /// <summary>收入支出决算总表 (公开01表)</summary>
    IncomeExpenditureSummary,

    /// <summary>收入决算表 (公开02表)</summary>
    Income,

    /// <summary>支出决算表 (公开03表)</summary>
    Expenditure,

    /// <summary>财政拨款收入支出决算总表 (公开04表)</summary>
    AppropriationSummary,

    /// <summary>一般公共预算财政拨款支出决算表 (公开05表)</summary>
    GeneralBudgetExpenditure,

    /// <summary>一般公共预算财政拨款基本支出决算表 (公开06表)</summary>
    GeneralBudgetBasic,

    /// <summary>财政拨款“三公”经费支出决算表 (公开07表)</summary>
    ThreePublic,

    /// <summary>政府性基金预算财政拨款收入支出决算表 (公开08表)</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款（收入）支出决算表 (公开09表)</summary>
    StateCapital,

    /// <summary>Any other table a template adds (财政拨款支出决算明细表, 政府采购情况表, …); it has no specification.</summary>
    Other,
}
