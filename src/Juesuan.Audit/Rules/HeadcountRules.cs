using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>
/// N-HEADCOUNT: people counted in parts that exclude each other (在职/退休/离休; 行政编制/事业编制/工勤/聘用 …) add up to the
/// count they break down: "财政供养人员22人，其中在职17人（事业编制17人，县聘2人），退休3人" is wrong twice. The units a report is
/// made up of likewise, by kind (行政单位/参公事业单位/事业单位…).
/// </summary>
public sealed partial class HeadcountParts : IAuditRule
{
    public string Id => "N-HEADCOUNT";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "人数的组成相加等于所说的总人数（“共22人，其中在职17人、退休3人”；“在职17人（事业编制17人，县聘2人）”）；单位数亦然（“单位0个，其中行政单位0个，参公事业单位1个”）";

    public string Why => "人员构成是概况的核心数字；各部分之和与总数不符，说明至少一个人数写错了。";

    // Parts of one family exclude each other; a list that mixes families (在职 and 党员) is not a breakdown.
    private static readonly string[][] Families =
    [
        ["在职", "退休", "离休", "遗属", "离退休"],
        ["行政编制", "事业编制", "参公", "参照公务员", "工勤", "编外", "聘用", "县聘", "市聘", "临聘", "合同制", "公益性岗位", "政府购买服务", "劳务派遣", "外聘"],
    ];

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // Lines, not statements: the staff counts stand in 概况, which prints no money and so makes no statement.
        foreach (var line in report.Lines)
        {
            // "10,450人": a count of people may print thousands separators (which Flat turns into "，").
            var text = Separator().Replace(Residue.Flat(line.Text), string.Empty);
            // "下属二级决算单位0个，其中行政单位0个，参照公务员法管理的事业单位1个": the units of a report by kind.
            foreach (Match m in UnitBreakdown().Matches(text))
            {
                var units = UnitPart().Matches(m.Groups["parts"].Value).Select(p => (Label: UnitKinds.Where(p.Groups["label"].Value.EndsWith).OrderByDescending(k => k.Length).FirstOrDefault(), N: int.Parse(p.Groups["n"].Value, CultureInfo.InvariantCulture))).ToList();
                var total = int.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture);
                var sum = units.Sum(u => u.N);
                // One kind alone may be all there is to name, or one of several: only more than the whole is wrong then.
                if (units.Count > 0 && units.All(u => u.Label is not null) && sum != total && (units.Count >= 2 || sum > total))
                {
                    yield return new AuditFinding(Id, sum > total ? Severity.Error : Severity.Warning, $"{line.Place}",
                        ClaimMessages.HeadcountPartsDiffer(null, total, [.. units.Select(u => (u.Label!, u.N))], Residue.Excerpt(text, m.Index), unit: "个单位"))
                    { Printed = total, Computed = sum, At = line.Place };
                }
            }

            // "核定编制人数15人,实有人数18人,其中退休人数2人" (嘉峪关 2019): 16 in post on 15 places, unexplained unless the
            // sentence names staff outside the establishment (聘用, 编外…).
            // (Only where nothing after breaks the staff down otherwise: "其中在职15人，退休3人", "（含退休人员3人）".)
            if (Establishment().Match(text) is { Success: true } est && !OutsideEstablishment().IsMatch(text)
                && !BrokenDown().IsMatch(text[(est.Index + est.Length)..Math.Min(text.Length, est.Index + est.Length + 20)]))
            {
                var places = Count(est.Groups["n"].Value);
                var inPost = Count(est.Groups["m"].Value) - (est.Groups["r"].Success ? Count(est.Groups["r"].Value) : 0);
                if (inPost > places)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", ClaimMessages.StaffAboveEstablishment(places, inPost, Residue.Excerpt(text, est.Index)))
                    { Printed = places, Computed = inPost, At = line.Place };
                }
            }

            // "在职职工40人，与比上年减少4人；退休18人，与比上年减少0人": each part's change on last year is no part.
            text = PartChange().Replace(text, "，");
            foreach (Match m in Breakdown().Matches(text))
            {
                var total = Count(m.Groups["total"].Value);
                // "149人，其中在职119人，离休1人，退休0人；年末其他人员29人": the sentence may go on with the part the list left out.
                // Only the next 200 characters: a line without a "。" must not make every breakdown read to its end.
                var from = m.Index + m.Length;
                var end = text.IndexOf('。', from, Math.Min(200, text.Length - from)) is var e and >= 0 ? e : Math.Min(text.Length, from + 200);
                var rest = Part().Matches(text[from..end]).Select(p => Count(p.Groups["n"].Value)).ToList();
                if (Check(line.Place, text, m.Index, total, m.Groups["parts"].Value) is { Printed: { } printed, Computed: { } computed } top
                    && !rest.Contains((int)(printed - computed)))
                {
                    yield return top;
                }

                // A part broken down in brackets: "在职17人（事业编制17人，县聘2人）".
                foreach (Match p in Part().Matches(m.Groups["parts"].Value))
                {
                    if (p.Groups["sub"].Success
                        && Check(line.Place, text, m.Index, Count(p.Groups["n"].Value), p.Groups["sub"].Value, p.Groups["label"].Value) is { } sub)
                    {
                        yield return sub;
                    }
                }
            }
        }
    }

    private AuditFinding? Check(PrintedPlace place, string text, int at, int total, string parts, string? whole = null)
    {
        var list = Part().Matches(parts).Select(p => (Label: Label(p.Groups["label"].Value), N: Count(p.Groups["n"].Value))).ToList();
        if (list.Count < 2 || list.Any(p => p.Label is null) || list.Select(p => Family(p.Label!)).Distinct().Count() != 1)
        {
            return null;
        }

        var sum = list.Sum(p => p.N);
        // "实有人数18人，其中离休1人、退休2人": the retired named out of a whole whose staff in post are left to the reader — a
        // subset, not a breakdown.
        if (sum == total || (sum < total && list.All(p => p.Label is "退休" or "离休" or "离退休" or "遗属")))
        {
            return null;
        }

        // "实有人员：53人，其中财政供养在职人员53人，离退休人员13人": some templates keep the retired outside 实有人数 and list
        // them beside the staff in post — reviewers differ on it, so a warning, not an error.
        var before = text[Math.Max(0, at - 8)..at];
        var beside = whole is null && (before.Contains("实有", StringComparison.Ordinal) || before.Contains("在编", StringComparison.Ordinal))
            && list.Any(p => p.Label == "在职" && p.N == total) && list.All(p => p.Label is "在职" or "退休" or "离休" or "离退休" or "遗属");

        // More in the parts than in the whole cannot be; fewer may be a part left unnamed.
        var severity = sum > total && !beside ? Severity.Error : Severity.Warning;
        return new AuditFinding(Id, severity, $"{place}",
            ClaimMessages.HeadcountPartsDiffer(whole, total, [.. list.Select(p => (p.Label!, p.N))], Residue.Excerpt(text, at)))
        { Printed = total, Computed = sum, At = place };
    }

    private static int Count(string printed) => int.Parse(printed, CultureInfo.InvariantCulture);

    private static string? Label(string label) => Families.SelectMany(f => f).Where(label.EndsWith).OrderByDescending(w => w.Length).FirstOrDefault()
        ?? Families.SelectMany(f => f).Where(w => label.Contains(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();

    private static int Family(string label) => Array.FindIndex(Families, f => f.Contains(label));

    /// <summary>The kinds of units a report is made up of (决算单位构成), which exclude each other.</summary>
    private static readonly string[] UnitKinds = ["行政单位", "参照公务员法管理的事业单位", "参公事业单位", "参公单位", "事业单位", "企业", "其他单位"];

    // "纳入…决算编制范围的单位共8个，其中行政单位1个，事业单位7个" ("…共1个，为其他事业单位1个"); the count is of 单位 (not of 内设机构).
    // The parts end at a second 其中 ("…事业单位2个，其中全额拨款事业单位1个…" breaks a kind down, it adds no kind).
    [GeneratedRegex(@"单位(?:共|总数|合计)?(?:为|有)?(?<total>\d{1,4})个，?(?:其中|为|即)：?(?<parts>(?:(?:(?!其中)[\u4e00-\u9fff]){2,16}?\d{1,4}个[，、；]?){1,8})")]
    private static partial Regex UnitBreakdown();

    [GeneratedRegex(@"(?<label>[\u4e00-\u9fff]{2,16}?)(?<n>\d{1,4})个")]
    private static partial Regex UnitPart();

    // "22人，其中：在职17人（…），退休3人" up to the end of the clause list.
    [GeneratedRegex(@"(?<total>\d{1,6})人，?其中：?(?<parts>(?:[\u4e00-\u9fff（）]{1,12}?\d{1,6}人(?:（[^（）]{1,60}）)?[，、]?){2,12})")]
    private static partial Regex Breakdown();

    [GeneratedRegex(@"[，]?(?:与|比|较|同比)[\u4e00-\u9fff]{0,6}?(?:增加|减少|持平)\d{0,6}人?；?")]
    private static partial Regex PartChange();

    [GeneratedRegex(@"(?<label>[\u4e00-\u9fff]{1,12}?)(?<n>\d{1,6})人(?:（(?<sub>[^（）]{1,60})）)?")]
    private static partial Regex Part();

    [GeneratedRegex(@"(?<!\.\d*)(?<=\d)，(?=\d{3}(?!\d))")]
    private static partial Regex Separator();

    // "核定编制人数15人，实有人数18人，其中退休人数2人", "编制数为20人，实有在职人员22人".
    [GeneratedRegex(@"(?:核定|批复|核编|核准)编制(?:人数|数)?(?:为|是|共)?(?<n>[0-9]{1,5})(?:人|名)[，、]?(?:实有|现有|实际)(?:在职)?(?:人数|人员)?(?:为|是|共)?(?<m>[0-9]{1,5})(?:人|名)(?:[，、]?其中[：:]?(?:退休|离退休)(?:人数|人员)?(?<r>[0-9]{1,5})(?:人|名))?")]
    private static partial Regex Establishment();

    // Staff a unit may have outside its 编制.
    [GeneratedRegex(@"编外|聘用|临聘|外聘|借调|劳务|公益性岗位|合同制|政府购买服务|超编")]
    private static partial Regex OutsideEstablishment();

    // The staff counted on after the 实有 figure: the sentence breaks them down itself.
    [GeneratedRegex(@"其中|在职|退休|离休|含|编制|另有|借调|选派")]
    private static partial Regex BrokenDown();
}
