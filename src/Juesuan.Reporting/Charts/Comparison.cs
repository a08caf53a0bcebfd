namespace Juesuan.Reporting.Charts;

/// <summary>One compared figure: the two amounts (万元), their difference and the change in percent of the first.</summary>
public sealed record ComparedFigure(string Group, string Name, decimal? First, decimal? Second)
{
    public decimal? Difference => First is { } a && Second is { } b ? b - a : null;

    /// <summary>Change relative to the first, two decimals; null when the first is zero or missing.</summary>
    public decimal? Percent => First is { } a && Second is { } b && a != 0 ? Math.Round((b - a) / a * 100m, 2, MidpointRounding.AwayFromZero) : null;
}

/// <summary>对比: two departments or two years side by side, figure by figure.</summary>
public static class Comparison
{
    public static IReadOnlyList<ComparedFigure> Build(ReportCharts first, ReportCharts second)
    {
        var rows = new List<ComparedFigure>();
        void Add(string group, IEnumerable<ChartPoint> a, IEnumerable<ChartPoint> b)
        {
            var left = a.ToDictionary(p => p.Name, p => p.Wan, StringComparer.Ordinal);
            var right = b.ToDictionary(p => p.Name, p => p.Wan, StringComparer.Ordinal);
            foreach (var name in left.Keys.Concat(right.Keys.Where(k => !left.ContainsKey(k))))
            {
                rows.Add(new ComparedFigure(group, name, left.TryGetValue(name, out var x) ? x : null, right.TryGetValue(name, out var y) ? y : null));
            }
        }

        Add("总体", first.YearOnYear.Select(p => new ChartPoint(p.Name, p.CurrentWan)), second.YearOnYear.Select(p => new ChartPoint(p.Name, p.CurrentWan)));
        Add("收入构成", first.IncomeComposition, second.IncomeComposition);
        Add("支出构成", first.ExpenditureComposition, second.ExpenditureComposition);
        Add("支出功能分类（类）", first.ExpenditureByFunction.Select(n => new ChartPoint(n.Code + " " + n.Name, n.Wan)),
            second.ExpenditureByFunction.Select(n => new ChartPoint(n.Code + " " + n.Name, n.Wan)));
        Add("“三公”经费", first.ThreePublic, second.ThreePublic);
        return rows;
    }
}
