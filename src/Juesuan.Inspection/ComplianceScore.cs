namespace Juesuan.Inspection;

/// <summary>The dimensions of a 公开检查 score (see ../shared/inspection-criteria.md and docs/compliance-score.md).</summary>
public enum ComplianceDimension
{
    /// <summary>完整性: every part, table and item that must be published is there.</summary>
    Completeness,

    /// <summary>细化程度: expenditure to 项, 经济分类 to 款, reasons for differences given.</summary>
    Detail,

    /// <summary>真实性/准确性: figures agree within and across tables and with the narrative.</summary>
    Accuracy,

    /// <summary>规范性: template followed, no residue, right year and names.</summary>
    Conformity,

    /// <summary>及时性: published, and on time.</summary>
    Timeliness,
}

/// <summary>One dimension's score with its weight and the reasons (findings) that lowered it.</summary>
public sealed record DimensionScore(ComplianceDimension Dimension, decimal Weight, decimal Score, IReadOnlyList<string> Reasons);

/// <summary>The score of one report or department (0–100), with the dimension scores that make it.</summary>
/// <param name="Subject">The register code, or the file's relative path when it matched no entry.</param>
public sealed record ComplianceScore(string Subject, string Name, decimal Total, IReadOnlyList<DimensionScore> Dimensions)
{
    /// <summary>The place in the ranking (1 = best); ties share a place.</summary>
    public int Rank { get; init; }

    /// <summary>Whether this scores one report (file) or a department (its reports and its register entry).</summary>
    public ScoreLevel Level { get; init; }

    /// <summary>The year scored (the latest year present for a department).</summary>
    public int? Year { get; init; }

    /// <summary>The files behind the score.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>A department's total for each year present, oldest first (one entry when only one year is present).</summary>
    public IReadOnlyList<YearScore> Trend { get; init; } = [];
}

/// <summary>Whether a score is of one report or of a department.</summary>
public enum ScoreLevel
{
    Report,
    Department,
}

/// <summary>A department's total score in one year.</summary>
public sealed record YearScore(int Year, decimal Total);
