using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Core.Model;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Sections;

/// <summary>报告标题 (the title): the department and the year of the title line, "…2024年度部门决算".</summary>
internal static partial class ReportTitle
{
    internal static (string? Department, FiscalYear? Year) Read(List<TextLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, 12); i++)
        {
            var m = TitleYear().Match(lines[i].Flat);
            if (m.Success)
            {
                var name = m.Groups["name"].Value;
                if (name.Length == 0)
                {
                    name = string.Concat(lines.Take(i).Select(l => l.Flat));
                }

                return (name.Length == 0 ? null : name, new FiscalYear(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return (null, null);
    }

    [GeneratedRegex(@"^(?<name>.*?)(?<year>20\d\d)年度?部门决算$")]
    private static partial Regex TitleYear();
}
