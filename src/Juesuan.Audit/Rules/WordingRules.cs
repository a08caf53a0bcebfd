using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Audit.Messages;
using Juesuan.Core.Published;

namespace Juesuan.Audit.Rules;

/// <summary>Text helpers for the wording rules: comparison ignores spaces and half/full-width brackets.</summary>
internal static partial class Wording
{
    public static string Key(string s) => Spaces().Replace(s, string.Empty).Replace('(', '（').Replace(')', '）');

    /// <summary>The ordinal a heading starts with: 第一部分, 一、, （一）, 1. — or empty.</summary>
    public static string Ordinal(string key) => OrdinalPrefix().Match(key).Value;

    /// <summary>Longest common subsequence over the longer length: 1 for equal texts, near 0 for unrelated ones.</summary>
    public static double Similarity(string a, string b) => a.Length == 0 || b.Length == 0 ? 0 : (double)Lcs(a, b) / Math.Max(a.Length, b.Length);

    /// <summary>How much of <paramref name="part"/> is found, in order, in <paramref name="whole"/> (a name printed without its region).</summary>
    public static double Covered(string part, string whole) => part.Length == 0 ? 0 : (double)Lcs(part, whole) / part.Length;

    private static int Lcs(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = ca == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    public static string At(PrintedPlace p) => p.ToString();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])")]
    private static partial Regex OrdinalPrefix();
}

/// <summary>C-TOC: every 目录 entry is a heading or table title of the body, worded the same.</summary>
public sealed partial class ContentsMatchBody : IAuditRule
{
    public string Id => "C-TOC";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "目录各条与正文标题（部分、章节、表名）一致";

    public string Why => "目录与正文用两种说法称呼同一部分或同一张表，读者无从判断哪个是准确的名称，也常是改了一处忘了另一处。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        if (report.Contents.Count == 0)
        {
            return [];
        }

        // A fragment (the 目录 and part of the body; the rest published elsewhere) lacks headings by what it is: what it
        // lacks is C-SECTIONS' and C-TABLES' one note. Only an entry worded differently from a heading it holds is kept.
        var findings = Mismatches(report).ToList();
        // The 目录's last entries, none of them in the body, after every one that is: the text (a page, an excerpt) stops
        // before them — C-SECTIONS says what is missing, once.
        // A part is after the end when the body holds no part of its number or above (and the text is no whole report); any
        // other entry when the text is cut off.
        var tocEnd = report.Contents[^1].Place.Line ?? 0;
        var parts = report.Lines.Where(l => (l.Place.Line ?? 0) > tocEnd).Select(l => PartNumber(Wording.Key(l.Text))).OfType<int>().ToList();
        var whole = DocumentScope.PresentsWholeReport(report);
        var cut = DocumentScope.CutOff(report);
        bool AfterTheEnd(int k) => PartNumber(Wording.Key(report.Contents[k].Text)) is { } n ? !whole && !parts.Any(p => p >= n) : cut;
        var tail = 0;
        for (var k = findings.Count - 1; k >= 0 && findings[k].MessageId == AuditMessageId.ContentsEntryWithoutHeading
             && report.Contents.Count - 1 - tail is var entry and >= 0 && findings[k].At == report.Contents[entry].Place && AfterTheEnd(entry); k--)
        {
            tail++;
        }

        findings.RemoveRange(findings.Count - tail, tail);
        var missing = findings.Count(f => f.MessageId == AuditMessageId.ContentsEntryWithoutHeading);
        // A text cut off inside a sentence lost the headings after the cut: the same one note says so.
        var fragment = DocumentScope.CutOff(report) || (!DocumentScope.PresentsWholeReport(report)
            && (DocumentScope.TablesPublishedApart(report) || (report.Contents.Count >= 4 && missing * 2 > report.Contents.Count)));
        return fragment ? findings.Where(f => f.MessageId != AuditMessageId.ContentsEntryWithoutHeading).ToList() : findings;
    }

    /// <summary>"第三部分 …" → 3; null for any other heading.</summary>
    private static int? PartNumber(string key) =>
        PartOrdinal().Match(key) is { Success: true } m ? "一二三四五六七八九十".IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal) + 1 : null;

    [GeneratedRegex(@"^第([一二三四五六七八九十])部分")]
    private static partial Regex PartOrdinal();

    private static bool Explains(string key) => key.EndsWith("说明", StringComparison.Ordinal);

    /// <summary>
    /// "第二部分 2024年度辽宁省朝阳市凌源市人力资源和社会保障局部门决算情况说明" for the body's "第二部分 2024年度部门决算情况说明": the
    /// 目录 names the unit where the body's heading does not — the same heading.
    /// </summary>
    internal static bool NamesTheUnit(string entry, string heading)
    {
        // ("一、单位主要职能" in the 目录, "一、主要职能" in the body: the qualifier alone dropped.)
        if (heading.Length < 4 || entry.Length <= heading.Length + 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < heading.Length && entry[prefix] == heading[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < heading.Length - prefix && entry[^(suffix + 1)] == heading[^(suffix + 1)])
        {
            suffix++;
        }

        // …or where the body says 部门 ("二、辽宁省本溪观音阁经济开发区管委会决算单位构成" / "二、部门决算单位构成").
        var instead = heading[prefix..^suffix];
        var named = entry[prefix..^suffix];
        return instead is "" or "部门" or "单位" or "本部门" or "本单位"
            && (UnitName().IsMatch(named) || (instead.Length == 0 && named is "部门" or "单位" or "本部门" or "本单位") || (instead.Length > 0 && named.EndsWith(instead, StringComparison.Ordinal) && UnitName().IsMatch(named[..^instead.Length])));
    }

    /// <summary>"一、关于岳阳楼区洛王小学2018年度收入支出决算总体情况说明" → "一、收入支出决算总体情况说明".</summary>
    private static string WithoutAbout(string heading) => About().Replace(heading, "${ordinal}", 1);

    [GeneratedRegex(@"^(?<ordinal>(?:第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十\d]+[)）、.．]))关于[\u4e00-\u9fff（）]{2,40}?20\d\d年度?")]
    private static partial Regex About();

    [GeneratedRegex(@"^[\u4e00-\u9fff（）]{3,40}(?:局|委员会|委|会|院|所|中心|处|站|馆|厅|校|学|园|队|社|办公室|办|政府|街道|镇|乡|室|部|署|团|协|联)$")]
    private static partial Regex UnitName();


    private IEnumerable<AuditFinding> Mismatches(PublishedReport report)
    {
        // Entries wrapped over two lines are joined: a line without an ordinal continues the one before.
        var entries = new List<PrintedLine>();
        var contents = report.Contents;
        bool Unnumbered(int k) => k < contents.Count && Wording.Ordinal(Wording.Key(contents[k].Text)).Length == 0;
        for (var k = 0; k < contents.Count; k++)
        {
            var e = contents[k];
            // A list of unnumbered names under a part title ("第二部分 …决算表" / "收入支出决算总表" / "收入决算表" …): each name is
            // an entry of its own. A single unnumbered line after an entry is its wrapped tail ("…2025 年度" / "部门决算表").
            var listed = (k > 0 && Unnumbered(k - 1)) || Unnumbered(k + 1);
            if (entries.Count > 0 && Unnumbered(k) && !listed)
            {
                entries[^1] = entries[^1] with { Text = entries[^1].Text + e.Text };
            }
            else
            {
                entries.Add(e);
            }
        }

        var tocEnd = report.Contents[^1].Place.Line ?? 0;
        // "二、部门决算单位构成:" in the body, "一、2021 年度…总体情况。" in the 目录: a heading's closing mark is no wording of its own.
        static string HeadingKey(string text) => Wording.Key(text).TrimEnd('：', ':', '。', '.', '；', ';', '，', ',');
        var body = report.Lines.Where(l => (l.Place.Line ?? 0) > tocEnd).Select(l => (Line: l, Key: HeadingKey(l.Text))).Where(l => l.Key.Length is > 0 and <= 80).ToList();
        // "四、财政拨款收入支出决算" ending a text cut off: the heading's rest is after the cut, no other wording of it.
        if (body.Count > 0 && DocumentScope.CutOff(report))
        {
            body.RemoveAt(body.Count - 1);
        }
        var keys = new HashSet<string>(body.Select(b => b.Key), StringComparer.Ordinal);
        for (var i = 0; i + 1 < body.Count; i++)
        {
            keys.Add(body[i].Key + body[i + 1].Key); // a heading wrapped in the body
        }

        // Department and region names are left out when choosing which body heading an entry stands for
        // (目录 may name the department where the body does not), never when deciding that they match.
        var name = Wording.Key(report.DepartmentName ?? string.Empty);
        string Strip(string k) => name.Length > 0 ? k.Replace(name, string.Empty, StringComparison.Ordinal) : k;
        var entryCores = entries.Select(x => HeadingKey(x.Text)).Select(k => k[Wording.Ordinal(k).Length..].Replace("报表", "表", StringComparison.Ordinal))
            .Where(k => k.Length >= 4).ToHashSet(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var key = HeadingKey(e.Text);
            var ordinal = Wording.Ordinal(key);
            var core = key[ordinal.Length..];
            // "公开表" / "公开报表": the same table by a word either is fine.
            static string Plain(string k) => k.Replace("报表", "表", StringComparison.Ordinal);
            if (keys.Contains(key) || (core.Length >= 4 && keys.Contains(core))
                || body.Any(b => b.Key.StartsWith(key + "（", StringComparison.Ordinal) || Plain(b.Key) == Plain(key) || (core.Length >= 4 && Plain(b.Key) == Plain(core))))
            {
                continue;
            }

            // The 目录 names the unit where the body's heading says 部门, or the body's heading adds "关于<unit>2018年度": worded
            // apart, yet plainly one heading — a note.
            if (body.FirstOrDefault(b => NamesTheUnit(key, b.Key) || WithoutAbout(b.Key) == key) is { Line: not null } same)
            {
                yield return new AuditFinding(Id, Severity.Note, "目录 " + Wording.At(e.Place), WordingMessages.ContentsDiffersFromHeading(e.Text, same.Line.Text, same.Line.Place)) { At = e.Place };
                continue;
            }

            // The body's heading this entry stands for: one with the same ordinal, or a title without one.
            // (a title without an ordinal: a table's or a part's title line, ending 表 or 说明).
            // A part's 说明 is not a table (表): "四、财政拨款收入支出决算情况说明" in the 目录 is not the body's "四、…决算公开表"
            // of another part that happens to share its number.
            // A heading that is another entry's own (the body's "收入支出决算总表" of 目录 "一、收入支出决算总表") is not this one's.
            var candidates = body.Where(b => b.Key.Length <= 60 && b.Key != key && !(Explains(key) && b.Key.EndsWith('表')) && !(key.EndsWith('表') && Explains(b.Key))
                    && !entryCores.Contains(Plain(b.Key[Wording.Ordinal(b.Key).Length..]))
                    && (Wording.Ordinal(b.Key) == ordinal || (Wording.Ordinal(b.Key).Length == 0 && (b.Key.EndsWith('表') || b.Key.EndsWith("说明", StringComparison.Ordinal)))))
                .Select(b => (b.Line, Score: Math.Max(Wording.Similarity(core, b.Key[Wording.Ordinal(b.Key).Length..]), Wording.Similarity(Strip(core), Strip(b.Key[Wording.Ordinal(b.Key).Length..])))))
                .Where(c => c.Score >= 0.6)
                .OrderByDescending(c => c.Score + (Wording.Ordinal(Wording.Key(c.Line.Text)) == ordinal && ordinal.Length > 0 ? 1 : 0))
                .ToList();
            yield return candidates.Count > 0
                ? new AuditFinding(Id, Severity.Warning, "目录 " + Wording.At(e.Place), WordingMessages.ContentsDiffersFromHeading(e.Text, candidates[0].Line.Text, candidates[0].Line.Place)) { At = e.Place }
                : new AuditFinding(Id, Severity.Warning, "目录 " + Wording.At(e.Place), WordingMessages.ContentsEntryWithoutHeading(e.Text)) { At = e.Place };
        }
    }
}

/// <summary>W-TERMS: one item is called by one name throughout (the forms' names vs their common shortenings).</summary>
public sealed class TermVariants : IAuditRule
{
    public string Id => "W-TERMS";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "同一事项全文用同一名称（如“公务用车购置及运行维护费”不写作“公务用车购置及运行费”）";

    public string Why => "报表科目名称有统一口径；同一份报告里两种说法会让读者以为是两个不同的数。";

    /// <summary>The form's name first, then variants seen in published reports.</summary>
    public static readonly IReadOnlyList<string[]> Variants =
    [
        ["公务用车购置及运行维护费", "公务用车购置及运行费"],
        ["国有资本经营预算财政拨款", "国有资本经营财政拨款"],
        ["政府性基金预算财政拨款", "政府性基金财政拨款"],
        ["一般公共预算财政拨款", "一般公共财政拨款"],
    ];

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var lines = report.Lines.Select(l => (Line: l, Key: Wording.Key(l.Text))).ToList();
        foreach (var names in Variants)
        {
            var first = names.Select(n => (Name: n, At: lines.FirstOrDefault(l => Occurs(l.Key, n, names)).Line)).Where(x => x.At is not null).ToList();
            if (first.Count > 1)
            {
                yield return new AuditFinding(Id, Severity.Note, Wording.At(first[1].At!.Place),
                    WordingMessages.TwoNamesForOneItem(first[0].Name, first[0].At!.Place, first[1].Name, first[1].At!.Place))
                { At = first[1].At!.Place };
            }
        }
    }

    /// <summary>A name occurs when it is not just part of a longer name of the same set.</summary>
    private static bool Occurs(string text, string name, string[] names)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (!names.Any(longer => longer.Length > name.Length && longer.Contains(name, StringComparison.Ordinal)
                && IsPartOf(text, at, name, longer)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartOf(string text, int at, string name, string longer)
    {
        var offset = longer.IndexOf(name, StringComparison.Ordinal);
        var start = at - offset;
        return start >= 0 && start + longer.Length <= text.Length && string.CompareOrdinal(text, start, longer, 0, longer.Length) == 0;
    }
}

/// <summary>N-PRECISION: completion rates are printed with the same number of decimals.</summary>
public sealed class PercentPrecision : IAuditRule
{
    public string Id => "N-PRECISION";

    public RuleTier Tier => RuleTier.Optional;

    public string Title => "情况说明中的完成预算百分比统一保留两位小数";

    public string Why => "百分比按统一精度列示；个别写成整数（如 25%）说明是手工填写，值得核对。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // 0% is D2's "年初无预算" printed as a rate; it is N-NOBUDGET's, not this rule's.
        var rates = report.Claims.Where(f => f.Measure == Measure.Completion && f.Number.Value != 0m).ToList();
        var usual = rates.GroupBy(f => f.Number.Precision).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (usual is null || usual.Count() < 3)
        {
            yield break;
        }

        foreach (var f in rates.Where(f => f.Number.Precision != usual.Key))
        {
            yield return new AuditFinding(Id, Severity.Note, NarrativeClaims.Where(f),
                WordingMessages.RatePrecisionDiffers(f.Number.Text, usual.Count(), Decimals(usual.Key)))
            { At = f.Number.Place };
        }
    }

    private static int Decimals(decimal precision) => precision >= 1m ? 0 : (int)Math.Round(-Math.Log10((double)precision));
}

/// <summary>N-COUNT: "A、B、C 等 N 个项目" names as many as it counts, and as many as the annex has.</summary>
public sealed partial class EnumerationCount : IAuditRule
{
    public string Id => "N-COUNT";

    public RuleTier Tier => RuleTier.Strict;

    public string Title => "“××、××等 N 个项目”列举的个数与 N 及附件自评表数一致";

    public string Why => "列举与总数不符，往往是漏写了一个项目，或附件多出/缺少一张表。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var annex = report.Evaluations.Count(e => !e.IsUnit);
        foreach (var line in report.Lines)
        {
            var previousEnd = 0;
            foreach (Match m in Enumeration().Matches(line.Text))
            {
                // The list runs back to the sentence's start (or the previous count): found after the count, in linear time.
                var from = Math.Max(previousEnd, line.Text.LastIndexOf('。', Math.Max(0, m.Index - 1)) + 1);
                var list = m.Index > from ? line.Text[from..m.Index] : string.Empty;
                previousEnd = m.Index + m.Length;
                var start = Math.Max(list.LastIndexOfAny(['，', '。', '；', ':', '：']) + 1, 0);
                var named = list[start..].Split('、').Length;
                if (!int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated))
                {
                    continue;
                }

                if (named > 1 && named != stated)
                {
                    // "等" may mean "and others": naming fewer is a note, naming more is a contradiction.
                    yield return new AuditFinding(Id, named > stated ? Severity.Warning : Severity.Note, Wording.At(line.Place),
                        WordingMessages.EnumerationCountDiffers(named, stated, annex))
                    { Printed = stated, Computed = named, At = line.Place };
                }
            }
        }
    }

    [GeneratedRegex(@"等\s*(?<n>\d+)\s*个项目")]
    private static partial Regex Enumeration();
}

/// <summary>W-REPEAT: a word printed twice in a row ("主要是主要是", "主要是是", "的的").</summary>
public sealed partial class RepeatedWords : IAuditRule
{
    public string Id => "W-REPEAT";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "说明中的词语重复（“主要是主要是”“主要是是”“的的”）";

    public string Why => "重复的词语说明文字未经校对，公开检查中属于文字差错。";

    /// <summary>"1、会费收入" on its line, then "会费收入83万元，…": a numbered heading and its paragraph, joined by the reading.</summary>
    private static bool HeadingThenText(Func<PrintedPlace, string?> lineAt, NarrativeStatement statement, string repeat) =>
        lineAt(statement.Place) is { } line && Wording.Key(line) is var first
        && first.EndsWith(repeat[..(repeat.Length / 2)], StringComparison.Ordinal) && !first.Contains(repeat, StringComparison.Ordinal);

    /// <summary>
    /// "二、单位 机构设置 机构设置情况：…": a heading and the text after it on one flattened line — the two copies stand apart in
    /// the printed text, so they are two things, not a word typed twice — unless the line also spells them out unspaced. A repeat
    /// the printed lines never spell out unspaced ("逐步提高" / "逐步提高": a form's target and result, each a line of its own,
    /// joined into one sentence by the reading) was not typed twice either.
    /// </summary>
    private static bool SpacedApart(string printed, string repeat)
    {
        var half = repeat[..(repeat.Length / 2)];
        var at = printed.IndexOf(half[0]);
        for (var guard = 0; at >= 0 && guard < printed.Length; guard++)
        {
            // Walk the printed text from this start, skipping spaces, until the key's repeat is spelt out.
            var (i, k, spaced) = (at, 0, false);
            while (i < printed.Length && k < repeat.Length)
            {
                if (char.IsWhiteSpace(printed[i]))
                {
                    spaced |= k > 0;
                }
                else if (printed[i] == repeat[k] || (repeat[k], printed[i]) is ('（', '(') or ('）', ')'))
                {
                    k++;
                }
                else
                {
                    break;
                }

                i++;
            }

            if (k == repeat.Length && !spaced)
            {
                return false; // typed twice somewhere on the line
            }

            at = printed.IndexOf(half[0], at + 1);
        }

        return true;
    }

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var lineAt = NarrativeClaims.LineAt(report);
        var indexOf = NarrativeClaims.LineIndex(report);

        // A statement's place is its paragraph's first line: the printed lines from there on, as many as its text needs.
        string? PrintedFrom(PrintedPlace place, int length)
        {
            if (indexOf(place) is not { } first)
            {
                return null;
            }

            var printed = new System.Text.StringBuilder();
            for (var i = first; i < report.Lines.Count && i < first + 200 && printed.Length < 2 * length + 200; i++)
            {
                printed.Append(report.Lines[i].Text).Append('\n');
            }

            return printed.ToString();
        }

        // "重庆市南川区山王坪镇镇人民政府（本级）" (南川 2024): a place's own 镇 typed again before 人民政府 — in a list of units, a
        // sentence with no figure, so read from the lines.
        foreach (var line in report.Lines)
        {
            var flat = Wording.Key(line.Text);
            if (PlaceTwice().Match(flat) is { Success: true } p)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.WordRepeated(p.Value, Residue.Excerpt(flat, p.Index))) { At = line.Place };
            }
        }

        foreach (var statement in report.Statements)
        {
            var text = Wording.Key(statement.Text);
            // Each repeat of the sentence ("主要是主要是按照…；…主要是是接待…": two slips, two findings).
            foreach (var m in Repeated().Matches(text).DistinctBy(m => m.Value).Take(MostPerSentence))
            {
                if (Repeat(statement, text, m) is { } finding)
                {
                    yield return finding;
                }
            }
        }

        AuditFinding? Repeat(NarrativeStatement statement, string text, System.Text.RegularExpressions.Match found)
        {
            // "主要是是": the pattern matches the second 是 alone; the slip is both.
            var m = found.Length == 1 ? (Value: found.Value + found.Value, Index: found.Index - 1) : (found.Value, found.Index);
            // The statement's text has lost the spaces the printed line keeps. "…年初预算数全年预算数全年执行数分值执行率得分…",
            // "9财务管理财务管理制度有效性7…": a 绩效自评表 run together into one line repeats its cells (二级 and 三级指标 share
            // words) — no one typed those twice.
            var printed = PrintedFrom(statement.Place, text.Length) ?? statement.Text;
            var flat = Wording.Key(printed);
            var at = Math.Max(0, flat.IndexOf(m.Value, StringComparison.Ordinal));
            var around = flat.Substring(Math.Max(0, at - 160), Math.Min(flat.Length, at + m.Value.Length + 160) - Math.Max(0, at - 160));
            return ScoreTable().Matches(around).Select(s => s.Value).Distinct().Count() < 2 && !HeadingThenText(lineAt, statement, m.Value)
                && !SpacedApart(printed, m.Value)
                ? new AuditFinding(Id, Severity.Warning, $"情况说明 {statement.Place}", WordingMessages.WordRepeated(m.Value, Residue.Excerpt(text, m.Index))) { At = statement.Place }
                : null;
        }
    }

    /// <summary>A sentence of a form run together repeats its cells many times over; a reviewer wants the slips, not a list.</summary>
    private const int MostPerSentence = 3;

    // ("时效指标指标1：": the cell "指标1" after the cell "时效指标", not 指标 typed twice.)
    // Three or more characters twice in a row are never meant in a 决算 narrative; of two-character words only those
    // a narrative never doubles (研究研究 is speech, not report); single characters only where they cannot be
    // 的的确确 or 但是是否.
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{3,12})\1|(主要|原因|支出|收入|增加|减少|增长|下降|用于|其中|预算|决算|经费|项目|单位|部门|保障|管理|建设|工作|服务|发展|完成|执行|资金|公务|运行|维护|接待|采购|资产|人员|机构|财政|拨款|绩效|目标|指标|费用|结余|结转|基本|合计|情况|相比)\2(?!\d)|(?<=主要(?:原因)?是)是(?!否)|(?<![的])的的(?!确)")]
    private static partial Regex Repeated();

    // (after a county's name and a town's of two characters or more: 中山市古镇镇 and 雄县新镇镇 are towns named 古镇 and 新镇)
    // …and "石台县司法局局国内公务接待" (2018): a department's 局 typed again (not 局局长, 局本级, 局面; 委 and 院 double as words:
    // 委托, 院区).
    [GeneratedRegex(@"(?<=[市县区旗]\p{IsCJKUnifiedIdeographs}{2,6})([镇乡])\1(?=人民政府)|(?<=[市县区旗]\p{IsCJKUnifiedIdeographs}{2,8})([局厅])\2(?![长员属务部办领班机直本面党系内外])")]
    private static partial Regex PlaceTwice();

    [GeneratedRegex(@"指标|分值|得分|权重|执行率|[（(]\d{1,3}分[）)]")]
    private static partial Regex ScoreTable();
}

/// <summary>W-COMPARE: "与上年下降", "与预算增加": a comparison opened with 与 but never closed with 相比.</summary>
public sealed partial class UnclosedComparison : IAuditRule
{
    public string Id => "W-COMPARE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "比较句式残缺：“与上年下降”“与上年决算数增加”缺少“相比”（提示；“与上年持平”不在此列）";

    public string Why => "病句使比较的基数不清，公开检查中属于文字差错。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var statement in report.Statements)
        {
            var text = Wording.Key(statement.Text);
            if (Unclosed().Match(text) is { Success: true } m)
            {
                // A note: a faulty sentence whose comparison is still plain ("与上年下降7.6%") misstates no figure.
                yield return new AuditFinding(Id, Severity.Note, $"情况说明 {statement.Place}",
                    WordingMessages.ComparisonUnclosed(m.Value, m.Groups["with"].Value, m.Groups["word"].Value, Residue.Excerpt(text, m.Index)))
                { At = statement.Place };
            }
        }
    }

    [GeneratedRegex(@"(?<with>与(?:上年|上一年|去年|年初预算|预算)(?:度)?(?:决算数?|预算数?|同期)?)(?<word>增加|减少|增长|下降|上升|降低)")]
    private static partial Regex Unclosed();
}

/// <summary>W-HEADING: a standard heading that lost its first characters ("入支出决算总体情况说明") or its ordinal ("、机构设置").</summary>
public sealed partial class DamagedHeading : IAuditRule
{
    public string Id => "W-HEADING";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "标题残缺：标准标题丢了开头的字（“入支出决算总体情况说明”），序号只剩“、”（“、机构设置”），或同一部分两个标题用了同一序号（“二、支出决算情况说明”…“二、部门基本情况”）";

    public string Why => "残缺的标题多是排版时误删，读者找不到对应的部分，也看出报告未经校对。";

    // The headings every 部门决算 template prints (Liaoning, Shanghai, and the provinces read for issue 9).
    private static readonly string[] Standard =
    [
        "收入支出决算总体情况说明", "收入决算情况说明", "支出决算情况说明", "财政拨款收入支出决算总体情况说明",
        "一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款基本支出决算情况说明", "政府性基金预算财政拨款收入支出决算情况说明",
        "国有资本经营预算财政拨款支出决算情况说明", "“三公”经费财政拨款支出决算情况说明", "机关运行经费支出情况说明", "政府采购支出情况说明",
        "国有资产占用情况说明", "预算绩效管理情况说明", "部门职责", "机构设置", "部门决算单位构成", "名词解释", "部门概况", "主要职能",
    ];

    // Whole headings of their own that end like a standard one: a 单位决算's "二、决算单位构成" is not "部门决算单位构成" cut short.
    // (Never a standard for others to be measured by: "三、单位构成" of 重庆's template is whole too.)
    private static readonly string[] AlsoWhole = ["决算单位构成", "单位决算单位构成", "单位构成"];

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        string previous = string.Empty;
        (int Ordinal, string Text)? lastMain = null;
        foreach (var line in report.Lines)
        {
            var text = Wording.Key(line.Text);
            var body = Ordinal().Replace(text, string.Empty);
            var before = previous;
            previous = text;

            // "二、支出决算情况说明" … "二、部门基本情况": two headings of one part under one ordinal (a part restarts at 一、).
            if (text.StartsWith('第') && text.Contains("部分", StringComparison.Ordinal))
            {
                lastMain = null;
            }
            else if (MainHeading().Match(text) is { Success: true } main && ChineseNumber.Parse(main.Groups["n"].Value) is { } n)
            {
                if (lastMain is { } last && last.Ordinal == n && last.Text != text)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.HeadingOrdinalRepeated(text, last.Text)) { At = line.Place };
                }

                lastMain = (n, text);
            }

            if (body.Length < 4 || body.Length > 40)
            {
                continue;
            }

            // "2018年度寻甸县司法局“三公”经费" / "决算情况说明": a title set over two lines, whole when read together.
            var wrapped = text == body && before.Length is > 0 and <= 40 && !before.EndsWith('。') && !before.EndsWith('；') && Ordinal().Replace(before, string.Empty) == before;
            // ("、部门决算单位机构设置情况": not a standard heading, but a heading's words, alone on the line, with nothing before the 、.)
            // (A line wrapped in mid-list, "…人员经费和公用经费" / "、机关运行经费等方面的支出情况", is no heading: the line before
            // a heading ends its sentence.)
            var afterSentence = before.Length == 0 || before.EndsWith('。') || before.EndsWith('：') || before.EndsWith('；') || before.EndsWith(':');
            if (text.StartsWith('、') && (Standard.Contains(body) || (HeadingEnd().IsMatch(body) && afterSentence)))
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.HeadingOrdinalLost(text)) { At = line.Place };
            }
            else if (Standard.FirstOrDefault(h => h.Length > body.Length && h.Length - body.Length <= 2 && h.EndsWith(body, StringComparison.Ordinal)
                         && !Standard.Contains(body) && !AlsoWhole.Contains(body) && !wrapped) is { } whole)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.HeadingTruncated(body, whole)) { At = line.Place };
            }
            // "第三部分 名称解释", "二、支出情况决算情况说明": a standard heading with a word misspelt or typed in.
            else if (!Standard.Contains(body) && !AlsoWhole.Contains(body) && Misworded(body) is { } meant)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.HeadingMisworded(body, meant)) { At = line.Place };
            }
        }
    }

    /// <summary>The standard heading a misworded one meant: a known slip, or two characters typed into it.</summary>
    private static string? Misworded(string body)
    {
        if (body == "名称解释")
        {
            return "名词解释";
        }

        foreach (var h in Standard.Where(h => h.Length >= 6 && body.Length == h.Length + 2))
        {
            for (var i = 0; i + 2 <= body.Length; i++)
            {
                if (string.Concat(body.AsSpan(0, i), body.AsSpan(i + 2)) == h && body.Substring(i, 2) is var extra && h.Contains(extra, StringComparison.Ordinal))
                {
                    return h; // (only a word the heading has already: "情况" twice, not "财政拨款" narrowing it)
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|、)")]
    private static partial Regex Ordinal();

    // A main heading: "二、支出决算情况说明", no figure, no sentence — by the words headings end with, since a table's rows are
    // numbered so too ("一、一般公共预算财政拨款收入", "二、外交支出").
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})、[^0-9，。；：]{0,26}(?:情况说明|情况|说明|概况|职能|职责|设置|构成|解释|分析|附件)$")]
    private static partial Regex MainHeading();

    // A line ending as a heading does ("…机构设置情况", "…决算说明"), without a clause's punctuation.
    [GeneratedRegex(@"^[^，,。；;：:、]{4,30}(?:情况|说明|概况|职能|职责|设置|构成|解释|名词解释)$")]
    private static partial Regex HeadingEnd();
}

/// <summary>
/// W-NUMBERING: a numbered list that gives one number to two items — "3.对各类城市管理信息的收集…。4.完成数字城管各终端单位的
/// 考核考评。4.对受理的…投诉…。5.对各县市区…" (岳阳 2018), a 目录's "3、机关运行经费支出说明 / 3、政府采购执行情况说明 / 4、…" (随县 2019).
/// </summary>
public sealed partial class RepeatedItemNumber : IAuditRule
{
    public string Id => "W-NUMBERING";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "列表序号重复：1、2、3、4、4、5（同一列表中两个条目用了同一序号，前后序号连续）";

    public string Why => "序号重复说明条目是后来插入或删改的，读者引用“第4项”时指代不明；属于文字差错。";

    /// <summary>A line longer than this is a paragraph, not a heading or a 目录 entry.</summary>
    private const int ShortestParagraph = 60;

    /// <summary>A list is read no further back than this many items: only the last three decide.</summary>
    private const int Kept = 3;

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        // One list per way of numbering: "1." items may hold "（1）" items, each counted on its own.
        var lists = new Dictionary<char, NumberedList>();
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            // A part's or a section's heading starts its lists afresh.
            // (and a label line "改进措施：" — an item "2.支出情况：" goes on its list, and its sub-list starts at 1.)
            if (Heading.Ordinal(flat) is { Series: 1 or 2 or 3 } || (flat.EndsWith('：') && !Item().IsMatch(flat)))
            {
                lists.Clear();
                continue;
            }

            foreach (Match m in Item().Matches(flat))
            {
                // (\d also matches other scripts' digits, "1٣": not a number this list counts by)
                if (!int.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    continue;
                }

                // At a line's start only a heading's or a 目录 entry's number: a long line so numbered is a search excerpt's page
                // ("3、面等600平方米，…" is page 3), or a paragraph whose number the inline items check — but its "1." starts a list.
                if (m.Index == 0 && flat.Length > ShortestParagraph && n != 1)
                {
                    continue;
                }

                var kind = m.Groups["open"].Success ? '（' : m.Groups["close"].Success ? '）' : '.';
                if (!lists.TryGetValue(kind, out var list))
                {
                    lists[kind] = list = new NumberedList();
                }

                if (list.Add(n, m.Value, line.Place) is { } repeat)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{repeat.Place}", WordingMessages.ItemNumberRepeated(repeat.N, repeat.Earlier, repeat.Text)) { At = repeat.Place };
                }
            }

            // "1）…；2）…；2）…。" within one line: the list ends on the repeat — the line holds the whole list, so the repeat is
            // no new list's start.
            foreach (var list in lists.Values)
            {
                if (list.EndOfLine(line.Place) is { } repeat)
                {
                    yield return new AuditFinding(Id, Severity.Warning, $"{repeat.Place}", WordingMessages.ItemNumberRepeated(repeat.N, repeat.Earlier, repeat.Text)) { At = repeat.Place };
                }
            }
        }
    }

    /// <summary>The last items of one numbered list, and a repeat waiting for the number after it to confirm it.</summary>
    private sealed class NumberedList
    {
        private readonly List<(int N, string Text, PrintedPlace Place)> items = new(Kept + 1);
        private (int N, string Text, string Earlier, PrintedPlace Place)? pending;
        private int outer; // the last number of the list the current one interrupted
        private PrintedPlace? start; // where its 1 stands

        public (int N, string Text, string Earlier, PrintedPlace Place)? Add(int n, string text, PrintedPlace place)
        {
            (int N, string Text, string Earlier, PrintedPlace Place)? found = null;
            // A list started afresh ("存在的问题：1.…2.… 改进措施：1.…"): the list before it is set aside; a nested one
            // ("2.部门决算表 / 1.…2.…3.支出决算表 / 3.部门决算情况说明") ends where the outer list goes on.
            if (n == 1 && items.Count > 0)
            {
                outer = items[^1].N;
                items.Clear();
                pending = null;
            }

            if (n == 1)
            {
                start = place;
            }

            if (pending is { } p)
            {
                pending = null;
                if (n == p.N + 1 && outer != p.N - 1)
                {
                    found = p;
                }
            }

            if (items.Count >= 2 && items[^1].N == n && items[^2].N == n - 1 && items[^1].Text != text)
            {
                pending = (n, text, items[^1].Text, place);
            }

            items.Add((n, text, place));
            if (items.Count > Kept)
            {
                items.RemoveAt(0);
            }

            return found;
        }

        /// <summary>A repeat that ends its list on the line that holds the whole list, from its 1.</summary>
        public (int N, string Text, string Earlier, PrintedPlace Place)? EndOfLine(PrintedPlace line)
        {
            if (pending is not { } p || p.Place != line || start != line || outer != 0)
            {
                return null;
            }

            pending = null;
            return p;
        }
    }

    // An item: "4.完成…", "4、完成…", "（4）完成…", "4）完成…" at the start of a line, after a sentence's end or after "：" — never
    // "4.5万元" or "2023年".
    [GeneratedRegex(@"(?:^|(?<=[。；：]))(?:(?<open>[（(])(?<n>\d{1,2})[）)]|(?<n>\d{1,2})(?<close>[）)])|(?<n>\d{1,2})[.．、](?!\d))(?<t>[\p{IsCJKUnifiedIdeographs}“《][^。；]{0,11})")]
    private static partial Regex Item();
}

/// <summary>
/// W-TYPO: the slips of one character a finance text makes again and again, where the right word is certain — "年未结余数" for
/// 年末, "年初结余未19.8万元" for 为 (湖南 2018).
/// </summary>
public sealed partial class CharacterSlips : IAuditRule
{
    public string Id => "W-TYPO";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "常见错字：“年未结余/年未结转”（年末），“结余未19.8万元”（为）";

    public string Why => "文字差错：说明文字未经校对，读者可能误读数字的含义。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            if (YearEnd().Match(flat) is { Success: true } y)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.CharacterSlip(y.Value, "年末", Residue.Excerpt(flat, y.Index))) { At = line.Place };
            }

            if (IsBeforeFigure().Match(flat) is { Success: true } w)
            {
                yield return new AuditFinding(Id, Severity.Warning, $"{line.Place}", WordingMessages.CharacterSlip(w.Value, w.Value[..^1] + "为", Residue.Excerpt(flat, w.Index))) { At = line.Place };
            }
        }
    }

    // "本年未结转的资金" and "2023年未安排" are words of their own: only after a bare 年 and before a balance.
    [GeneratedRegex(@"(?<![本当今该全\d])年未(?=结余|结转|余额)")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"(?:结余|结转|预算数?|决算数?|支出|收入)未(?=\d+(?:\.\d+)?万?元)")]
    private static partial Regex IsBeforeFigure();
}

/// <summary>W-PLACE: one place called two ways in one text — "繁昌区25万元" and "繁昌县56.5万元" (芜湖 2022, after 撤县设区).</summary>
public sealed partial class PlaceNamedTwoWays : IAuditRule
{
    public string Id => "W-PLACE";

    public RuleTier Tier => RuleTier.Basic;

    public string Title => "同一地方全文用同一名称：分配名单里“繁昌区”又写作“繁昌县”（撤县设区后沿用旧名）";

    public string Why => "资金分到哪里要说清楚；同一地方两个名称，读者会以为是两个地方，旧名多半是沿用旧文本。";

    public IEnumerable<AuditFinding> Check(PublishedReport report)
    {
        var seen = new Dictionary<string, List<(string Name, PrintedPlace Place)>>(StringComparer.Ordinal);
        var told = new System.Text.StringBuilder();
        foreach (var line in report.Lines)
        {
            var flat = Residue.Flat(line.Text);
            told.Append(flat);
            foreach (Match m in Named().Matches(flat))
            {
                var stem = m.Groups["stem"].Value;
                if (!seen.TryGetValue(stem, out var names))
                {
                    seen[stem] = names = [];
                }

                names.Add((m.Value, line.Place));
            }
        }

        var text = told.ToString();
        foreach (var (stem, names) in seen)
        {
            var kinds = names.GroupBy(n => n.Name).OrderByDescending(g => g.Count()).ThenBy(g => names.IndexOf(g.First())).ToList();
            // "原繁昌县（现繁昌区）", "撤销繁昌县，设立繁昌区": the change itself told.
            if (kinds.Count < 2 || text.Contains("原" + stem, StringComparison.Ordinal) || text.Contains("撤销" + stem, StringComparison.Ordinal) || text.Contains("撤县", StringComparison.Ordinal))
            {
                continue;
            }

            var usual = kinds[0].First();
            var other = kinds[1].First();
            yield return new AuditFinding(Id, Severity.Warning, $"{other.Place}", WordingMessages.PlaceNamedTwoWays(other.Name, usual.Name, kinds[0].Count(), usual.Place)) { At = other.Place };
        }
    }

    // A county or district named in a list of allocations: "，繁昌区25万元", "分配湾沚区24.6万元", "至无为市93万元".
    [GeneratedRegex(@"(?<=^|[，,、；;：:（(\s]|分配|分配至|给予|其中)(?<stem>[\p{IsCJKUnifiedIdeographs}]{2})(?:县|区|市)(?=\d)")]
    private static partial Regex Named();
}
