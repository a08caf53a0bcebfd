using System.Globalization;
using Juesuan.Core.Model;
using Juesuan.Inspection.Registers;
using Juesuan.Readers.Package;

namespace Juesuan.Inspection.Scoring;

/// <summary>
/// 权重: how much each dimension counts and how much a finding costs. No national weights exist — each bureau sets its
/// own — so they are data the user can edit (a CSV <c>维度,权重</c>); the defaults are in docs/compliance-score.md.
/// A dimension of weight 0 is not assessed (及时性 by default: it needs the 批复 and 公开 dates the files do not hold).
/// </summary>
public sealed record ScoreWeights(IReadOnlyDictionary<ComplianceDimension, decimal> Weights)
{
    /// <summary>What one error costs its dimension.</summary>
    public decimal ErrorCost { get; init; } = 5m;

    /// <summary>What one warning costs its dimension.</summary>
    public decimal WarningCost { get; init; } = 2m;

    /// <summary>One rule lowers a dimension by at most this much (a mistake repeated on every row counts once, nearly).</summary>
    public decimal RuleCap { get; init; } = 20m;

    public static ScoreWeights Default { get; } = new(new Dictionary<ComplianceDimension, decimal>
    {
        [ComplianceDimension.Completeness] = 30m,
        [ComplianceDimension.Detail] = 20m,
        [ComplianceDimension.Accuracy] = 30m,
        [ComplianceDimension.Conformity] = 20m,
        [ComplianceDimension.Timeliness] = 0m,
    });

    /// <summary>The Chinese names of the dimensions, as the weights file and the outputs spell them.</summary>
    public static string Chinese(ComplianceDimension d) => d switch
    {
        ComplianceDimension.Completeness => "完整性",
        ComplianceDimension.Detail => "细化程度",
        ComplianceDimension.Accuracy => "真实性/准确性",
        ComplianceDimension.Conformity => "规范性",
        _ => "及时性",
    };

    public decimal Of(ComplianceDimension d) => Weights.TryGetValue(d, out var w) ? w : 0m;

    /// <summary>Reads a weights CSV (header 维度,权重; a dimension by its Chinese name; weights 0–100); all or nothing.</summary>
    public static ScoreWeights Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new RegisterException([$"权重文件「{path}」不存在"]);
        }

        var decoded = CsvPackageSource.Decode(File.ReadAllBytes(path));
        if (!decoded.Success)
        {
            throw new RegisterException([$"{name}：{decoded.Message}"]);
        }

        var rows = CsvText.Parse(decoded.Value).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        var problems = new List<string>();
        if (rows.Count == 0 || rows[0].Fields.Length < 2 || rows[0].Fields[0].Trim() != "维度" || rows[0].Fields[1].Trim() != "权重")
        {
            throw new RegisterException([$"{name} 第 1 行：表头应为「维度,权重」"]);
        }

        var weights = new Dictionary<ComplianceDimension, decimal>(Default.Weights);
        foreach (var (line, fields) in rows.Skip(1))
        {
            var dimension = Enum.GetValues<ComplianceDimension>().Where(d => Chinese(d) == fields[0].Trim() || (d == ComplianceDimension.Accuracy && fields[0].Trim() is "真实性" or "准确性")).Cast<ComplianceDimension?>().FirstOrDefault();
            if (dimension is null)
            {
                problems.Add($"{name} 第 {line} 行 第 1 列（维度）：「{fields[0].Trim()}」不是检查维度（完整性、细化程度、真实性/准确性、规范性、及时性）");
                continue;
            }

            var text = fields.Length > 1 ? fields[1].Trim() : string.Empty;
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) || weight > 100m)
            {
                problems.Add($"{name} 第 {line} 行 第 2 列（权重）：「{text}」不是 0–100 的数");
                continue;
            }

            weights[dimension.Value] = weight;
        }

        if (problems.Count == 0 && weights.Values.Sum() == 0m)
        {
            problems.Add($"{name}：权重之和为 0");
        }

        return problems.Count > 0 ? throw new RegisterException(problems) : Default with { Weights = weights };
    }
}
