using Juesuan.Audit;

namespace Juesuan.Inspection.Outputs;

/// <summary>The Chinese words the outputs print for the model's enums (one place, so every output says the same).</summary>
public static class ChineseNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.DepartmentFinalAccounts => "部门决算",
        DocumentKind.UnitFinalAccounts => "单位决算",
        DocumentKind.DepartmentBudget => "部门预算",
        DocumentKind.UnitBudget => "单位预算",
        DocumentKind.ThreePublicStatement => "三公经费说明",
        DocumentKind.Fragment => "不完整的报告",
        _ => "未识别",
    };

    public static string Of(ComplianceDimension dimension) => dimension switch
    {
        ComplianceDimension.Completeness => "完整性",
        ComplianceDimension.Detail => "细化程度",
        ComplianceDimension.Accuracy => "真实性",
        ComplianceDimension.Conformity => "规范性",
        _ => "及时性",
    };

    public static string Of(ScoreLevel level) => level == ScoreLevel.Department ? "部门" : "报告";
}
