namespace Juesuan.Audit.Messages;

/// <summary>完整性审核说明: C-TABLES, C-SECTIONS, C-EMPTY — what a report must publish.</summary>
public static class CompletenessMessages
{
    /// <summary>
    /// "本文件只有 9 张公开表、情况说明 3 句带数字的陈述、目录": what a fragment holds; "本文件是新闻报道，只有…" for a news
    /// article, and "（文本中途截断）" where the text stops before its end (inside a sentence or a table).
    /// </summary>
    public static string DocumentHolds(int tables, int statements, bool contents, bool newsArticle = false, bool cutOff = false)
    {
        var parts = new List<string>();
        if (tables > 0)
        {
            parts.Add($" {tables} 张公开表"); // "只有 9 张公开表"
        }

        if (statements > 0)
        {
            parts.Add($"情况说明 {statements} 句带数字的陈述");
        }

        if (contents)
        {
            parts.Add("目录");
        }

        var holds = $"只有{(parts.Count == 0 ? "文字" : string.Join("、", parts))}";
        return (newsArticle ? "本文件是新闻报道，" : "本文件") + holds + (cutOff ? "（文本中途截断）" : string.Empty);
    }

    /// <summary>C-TABLES on a fragment: the tables it lacks, said once.</summary>
    public static AuditMessage FragmentLacksTables(string holds, IReadOnlyList<string> missing) =>
        new(AuditMessageId.FragmentLacksTables, $"{holds}：不是完整的决算报告，缺少的 {missing.Count} 张表不作为错误（{string.Join("、", missing)}）");

    /// <summary>C-TABLES on a government's 财政决算 / 预算执行 report: what it is, said once; nothing of a 部门决算 is asked of it.</summary>
    public static AuditMessage GovernmentReportNotChecked() =>
        new(AuditMessageId.GovernmentReportNotChecked, "本文件是政府财政决算（预算执行）报告，不是部门决算：不要求部门决算的九张表和各部分，其中的数字不对应部门的科目，只核对每句自身的算术（增减率、占比、所列各项之和）");

    public static AuditMessage TableMissing(string table) => new(AuditMessageId.TableMissing, $"缺少「{table}」");

    public static AuditMessage TableTruncated(string title) => new(AuditMessageId.TableTruncated, $"「{title}」在文件末尾中断，可能不完整");

    /// <summary>C-SECTIONS on a fragment: the parts it lacks, said once.</summary>
    public static AuditMessage FragmentLacksSections(string holds, IReadOnlyList<string> absent) =>
        new(AuditMessageId.FragmentLacksSections, $"{holds}：不是完整的决算报告，没有的部分不作为错误（{string.Join("、", absent)}）");

    public static AuditMessage SectionMissing(string section) => new(AuditMessageId.SectionMissing, $"没有「{section}」");

    public static AuditMessage ThreePublicCountsMissing() => new(AuditMessageId.ThreePublicCountsMissing, "“三公”经费说明没有给出车辆、团组、接待批次等数量");

    /// <summary>C-EMPTY: a table without figures that nothing explains.</summary>
    public static AuditMessage EmptyTableUnexplained(string title) =>
        new(AuditMessageId.EmptyTableUnexplained, $"「{title}」没有数据，但表下和情况说明都没有注明（如“本表无数据”）");
}
