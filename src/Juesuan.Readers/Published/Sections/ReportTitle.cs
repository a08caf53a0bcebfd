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
        // The title may stand after a 目录 ("第三部分 2022年度部门决算情况说明" … "秦安县财政局2022年度部门决算公开说明"); a part's
        // heading in the 目录 is never the title.
        for (var i = 0; i < Math.Min(lines.Count, 40); i++)
        {
            // "…2024年度部门决算", or the year first on one line: "2024年度四川省大英县红旗小学部门决算".
            var m = TitleYear().Match(lines[i].Flat) is { Success: true } t ? t : YearFirst().Match(lines[i].Flat);
            if (m.Success)
            {
                var name = m.Groups["name"].Value;
                if (name.Length == 0)
                {
                    // (…but "第三部分" / "2020年度部门决算情况说明" is a part's heading, which names no department.)
                    name = string.Concat(lines.Take(i).Select(l => l.Flat).Where(l => !PartHeading().IsMatch(l)));
                }

                return (name.Length == 0 ? null : name, new FiscalYear(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
            }
        }

        // A cover set over lines: "2020年度" / "四川省大英县人民法院" / "部门决算".
        for (var i = 0; i + 2 < Math.Min(lines.Count, 12); i++)
        {
            if (YearFirst().Match(lines[i].Flat + lines[i + 1].Flat + lines[i + 2].Flat) is { Success: true } m)
            {
                return (m.Groups["name"].Value, new FiscalYear(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
            }
        }

        return (null, null);
    }

    [GeneratedRegex(@"^(?![（(]?第?[一二三四五六七八九十]+(?:部分|、|[）)]))(?<name>[^，。；：:0-9]*?)(?<year>20\d\d)年度?(?:部门|单位)?决算(?:公开|公示)?(?:情况)?(?:说明|报告)?(?:[—－-]{1,2}[\u4e00-\u9fff“”""]{2,12})?$")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分[：:]?$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^(?<year>20\d\d)年度?(?<name>[\u4e00-\u9fff（）]{2,40}?)(?:部门|单位)?决算(?:公开|公示)?(?:情况)?(?:说明|报告)?(?:[—－-]{1,2}[\u4e00-\u9fff“”""]{2,12})?$")]
    private static partial Regex YearFirst();
}
