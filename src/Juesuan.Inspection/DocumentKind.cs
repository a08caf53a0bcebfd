namespace Juesuan.Inspection;

/// <summary>What a file of a batch presents itself as (its title and content decide, then its file name).</summary>
public enum DocumentKind
{
    /// <summary>部门决算: a department's final accounts (the department and its units together).</summary>
    DepartmentFinalAccounts,

    /// <summary>单位决算: one budget unit's final accounts.</summary>
    UnitFinalAccounts,

    /// <summary>部门预算: listed as found, not audited as final accounts.</summary>
    DepartmentBudget,

    /// <summary>单位预算: listed as found, not audited as final accounts.</summary>
    UnitBudget,

    /// <summary>A stand-alone 三公经费 statement (决算 or 预算).</summary>
    ThreePublicStatement,

    /// <summary>Part of a report only (目录 and 概况, one section, tables without narrative …).</summary>
    Fragment,

    /// <summary>Not a budget or final-accounts document, or not readable as one.</summary>
    Unrecognised,
}
