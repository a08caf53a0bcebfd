namespace Juesuan.Core.Tables;

/// <summary>How a public table is laid out, which decides how it is built and read.</summary>
public enum TableShape
{
    /// <summary>收入 on the left, 支出 on the right, each with 项目, 行次 and amounts (公开01/04表).</summary>
    SideBySide,

    /// <summary>One row per 功能分类 类/款/项 under a 合计 row, one amount per column (公开02/03/05/08/09表).</summary>
    ByFunction,

    /// <summary>经济分类 类/款 rows in side-by-side groups: 人员经费, then 公用经费 (公开06表).</summary>
    ByEconomic,

    /// <summary>A short fixed list of items (公开07表: 合计, 因公出国（境）费, 公务接待费, 公务用车…).</summary>
    ItemList,
}
