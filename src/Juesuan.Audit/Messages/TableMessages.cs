namespace Juesuan.Audit.Messages;

/// <summary>表格审核说明: the nine tables — catalog codes (C-CODES), figures across tables (X-TOTALS), 公开07表 (T07-TOTALS).</summary>
public static class TableMessages
{
    private static string F(decimal d) => Tolerance.Format(d);

    /// <summary>C-CODES: a 功能分类 code the catalog does not have.</summary>
    public static AuditMessage CodeNotInCatalog(string code, string label, string edition) =>
        new(AuditMessageId.CodeNotInCatalog, $"功能分类科目 {code}「{label}」不在 {edition} 版目录中");

    /// <summary>C-CODES: a code printed under another name than the catalog's.</summary>
    public static AuditMessage CodeNameDiffers(string code, string label, string edition, string catalogName) =>
        new(AuditMessageId.CodeNameDiffers, $"功能分类科目 {code} 印作「{label}」，{edition} 版目录名称为「{catalogName}」");

    /// <summary>X-TOTALS: a 类's appropriation spending (05 + 08 + 09) above all its spending (03).</summary>
    public static AuditMessage AppropriationAboveSpending(string code, string label, decimal appropriation, decimal all) =>
        new(AuditMessageId.AppropriationAboveSpending,
            $"{code} {label} 财政拨款支出 {F(appropriation)}（05、08、09表之和）大于 03表支出合计 {F(all)}（差 {F(appropriation - all)}）");

    /// <summary>T07-TOTALS: a sum that differs (its message, <paramref name="sum"/>), with the one part that, put right, makes the table agree.</summary>
    public static AuditMessage OnlyOnePartFits(string sum, string part, decimal printed, decimal corrected) =>
        new(AuditMessageId.ThreePublicPartMisprinted, $"{sum}；只有「{part}」{F(printed)} 改为 {F(corrected)} 能使各项相符，或是合计有误");

    /// <summary>T07-TOTALS: the vehicle costs' 其中 rows printed blank under a figure.</summary>
    public static AuditMessage VehicleBreakdownBlank(string column, decimal vehicles) =>
        new(AuditMessageId.VehicleBreakdownBlank, $"公务用车购置及运行费「{column}」{F(vehicles)}，其中运行维护费、购置费两行均未填列");
}
