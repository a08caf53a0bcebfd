using System.Globalization;

namespace Juesuan.Audit.Messages;

/// <summary>
/// 通用审核说明: the messages shared by rule families — a printed total against the sum of its printed parts, one figure
/// printed twice, a rule that crashed — and the note added where the report's template prescribes the wording.
/// </summary>
public static class GeneralMessages
{
    private static string F(decimal d) => Tolerance.Format(d);

    /// <summary>A total beyond the rounding of its parts: "合计 100 ≠ 各类之和 98（差 2，容差 0.5×3）".</summary>
    public static AuditMessage SumDiffers(string what, decimal printed, string partsName, decimal computed, decimal halfPrecision, int parts) =>
        new(AuditMessageId.SumDiffers,
            $"{what} {F(printed)} ≠ {partsName} {F(computed)}（差 {F(printed - computed)}，容差 {F(halfPrecision)}×{parts.ToString(CultureInfo.InvariantCulture)}）");

    /// <summary>A total within the rounding of its parts: 尾差.</summary>
    public static AuditMessage SumWithinRounding(string what, decimal printed, string partsName, decimal computed, decimal halfPrecision, int parts) =>
        new(AuditMessageId.SumWithinRounding,
            $"{what} {F(printed)} 与 {partsName} {F(computed)}（差 {F(printed - computed)}，容差 {F(halfPrecision)}×{parts.ToString(CultureInfo.InvariantCulture)}，尾差）");

    /// <summary>One figure printed in two places, different; one printing unit apart is 尾差.</summary>
    public static AuditMessage FigureDiffers(string a, decimal x, string b, decimal y, bool oneUnit) =>
        new(AuditMessageId.FigureDiffers,
            $"{a} {F(x)} ≠ {b} {F(y)}（差 {F(x - y)}{(oneUnit ? "，同一数字相差一个印刷单位，尾差" : string.Empty)}）");

    /// <summary>A rule that threw: the audit goes on without it.</summary>
    public static AuditMessage RuleCrashed(string ruleId, string exception, string detail) =>
        new(AuditMessageId.RuleCrashed, $"审核规则 {ruleId} 运行出错：{exception}: {detail}");

    /// <summary>模板用语: the same message, noted as the wording the report's template prescribes (null template: 模板).</summary>
    public static AuditMessage PrescribedByTemplate(AuditMessage message, string? template) =>
        message with { Text = $"{message.Text}（{template ?? "模板"}规定的用语）" };
}

/// <summary>数据包审核说明: F-BALANCE, the package's facts in exact yuan.</summary>
public static class PackageMessages
{
    private static string Yuan(decimal d) => d.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>收支不平衡 of the whole department (公开01表).</summary>
    public static AuditMessage DepartmentUnbalanced(decimal income, decimal spent, decimal sources, decimal uses) =>
        Unbalanced(AuditMessageId.DepartmentUnbalanced, "收入总计（本年收入 " + Yuan(income) + " + 使用非财政拨款结余 + 年初结转和结余）", sources,
            "支出总计（本年支出 " + Yuan(spent) + " + 结余分配 + 年末结转和结余）", uses);

    /// <summary>收支不平衡 of one fiscal appropriation (一般公共预算、政府性基金预算、国有资本经营预算财政拨款).</summary>
    public static AuditMessage AppropriationUnbalanced(string appropriation, decimal appropriated, decimal spent, decimal sources, decimal uses) =>
        Unbalanced(AuditMessageId.AppropriationUnbalanced, $"{appropriation}收入总计（本年拨款 {Yuan(appropriated)} + 年初结转和结余）", sources,
            $"支出总计（本年支出 {Yuan(spent)} + 年末结转和结余）", uses);

    private static AuditMessage Unbalanced(AuditMessageId id, string left, decimal sources, string right, decimal uses) =>
        new(id, $"收支不平衡：{left} {Yuan(sources)} 元 ≠ {right} {Yuan(uses)} 元（差 {Yuan(sources - uses)} 元）；按数据包的元数核对，不含四舍五入");
}
