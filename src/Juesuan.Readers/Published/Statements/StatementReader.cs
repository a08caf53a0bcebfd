using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>
/// Reads the narrative (情况说明) into statements: each sentence that prints figures becomes claims — a subject
/// (<see cref="SubjectPatterns"/>), a measure (<see cref="MeasurePatterns"/>), the figure — and the relations and
/// directions it states in words (<see cref="WordPatterns"/>). Whatever template printed it: the patterns read the
/// words next to each figure, not whole sentences of one province's wording. A figure no pattern understands is kept
/// as unread, so that a reader of the audit sees what was not checked.
/// </summary>
internal static partial class StatementReader
{
    public static IReadOnlyList<NarrativeStatement> Read(IReadOnlyList<NarrativeParagraph> paragraphs, SubjectContext context, int? reportYear)
    {
        var statements = new List<NarrativeStatement>();
        var section = string.Empty;
        string? sectionSubject = null;
        string? subsectionSubject = null;
        string? paragraphSubject = null;
        string? listHead = null;
        NarrativeStatement? lastRead = null; // the statement of the sentence just read, if it printed figures
        var reasonPending = false;
        // Under "（三）政府性基金预算财政拨款支出情况" a 类 is the fund's (公开08表), not the general budget's (公开05表).
        string? sectionFund = null;
        string? subsectionFund = null;
        // Where the document names its parts (第二部分 …情况说明), only the 说明 is narrative: the tables, the
        // glossary and the 绩效自评表 of the annex print figures too, but they are not statements.
        // The narrative part is the one titled a 说明: "…情况说明", Beijing's "…部门决算说明", "其他重要事项的情况说明" — or a
        // 报告, a government's "第一部分 决算报告" before its "第二部分 决算报表" (华容 2021).
        var parts = paragraphs.Any(p => Part().IsMatch(p.Text) && p.Text.Contains("说明", StringComparison.Ordinal));
        var inNarrative = !parts;
        foreach (var paragraph in paragraphs)
        {
            var text = SpacedFigure().Replace(StatedFigures.Normalize(paragraph.Text), string.Empty);
            if (parts && Part().IsMatch(text))
            {
                inNarrative = text.Contains("说明", StringComparison.Ordinal) || ReportPart().IsMatch(text);
                continue;
            }

            if (!inNarrative)
            {
                continue;
            }

            if (MainHeading().IsMatch(text) && text.Length <= 60)
            {
                section = text;
                sectionSubject = FirstSubject(text, context);
                subsectionSubject = null;
                paragraphSubject = null;
                sectionFund = subsectionFund = NarrativeItems.FundOf(text);
                continue;
            }

            if (SubHeading().IsMatch(text) && text.Length <= 40 && StatedFigures.In(text).Count == 0)
            {
                subsectionSubject = FirstSubject(text, context);
                paragraphSubject = null;
                subsectionFund = NarrativeItems.FundOf(text) ?? sectionFund;
                continue;
            }

            // "…支出总计…减少964.42万元，主要原因是…绩效目标考核奖…": 绩效 named in a reason does not make the paragraph a
            // performance one.
            var performance = section.Contains("绩效", StringComparison.Ordinal) || PerformanceParagraph(text);
            // A numbered paragraph starts a new subject; a paragraph that runs on (the text layer broke it after a
            // sentence) keeps the subject of the one before.
            if (NumberedParagraph().IsMatch(text))
            {
                paragraphSubject = ProjectParagraph().Match(text) is { Success: true } project
                    ? NarrativeItems.PerformanceProjectPrefix + project.Groups["name"].Value.Replace("项目", string.Empty, StringComparison.Ordinal).Trim('“', '”')
                    : null;
            }

            foreach (var sentence in Sentences(text))
            {
                // "…总计持平。主要原因：…减少支付。": a reason in a sentence of its own is the reason of the words just before.
                // The text layer may end the line at "主要原因：" and carry the reason to the next paragraph.
                var reason = reasonPending ? sentence.Trim('。') : FollowingReason().Match(sentence) is { Success: true } follows ? follows.Groups[1].Value.Trim('：', '，', '。', ' ') : null;
                reasonPending = false;
                if (reason is not null && statements.Count > 0 && statements[^1] is { } last
                    && ReferenceEquals(last, lastRead) && last.Words.Any(w => w.Reason is null))
                {
                    if (reason.Length == 0)
                    {
                        reasonPending = true;
                        continue;
                    }

                    statements[^1] = last with { Words = last.Words.Select(w => w.Reason is null ? w with { Reason = reason } : w).ToList() };
                }

                // "…支出合计12638.86万元，…。其中：基本支出1591.79万元，占21.59%；…": the parts' shares are of the total stated
                // in the sentence just before.
                // "本年收入的具体构成为：财政拨款收入213.24万元，占100%；…": the sentence opens by naming the whole of its list.
                var head = sentence.TrimStart().StartsWith("其中", StringComparison.Ordinal)
                    && lastRead?.Claims.FirstOrDefault(c => c.Measure == Measure.Amount) is { } total ? total.Subject
                    : ListOpening().Match(sentence.TrimStart()) is { Success: true } opening && (FirstSubject(opening.Groups[1].Value, context) ?? BareYearTotal(opening.Groups[1].Value)) is { } named ? named
                    : listHead;
                // "2018年度收、支总计311.76万元。" / "与2017年相比，减少71万元，减少18.62%": a comparison that names nothing continues
                // the sentence just before — its total, both totals where it stated the two as one.
                var continued = ComparisonOpening().IsMatch(sentence) && lastRead?.Claims.Where(c => c.Measure == Measure.Amount).ToList() is { Count: > 0 } before
                    ? before is [{ Subject: NarrativeItems.IncomeTotal } a, { Subject: NarrativeItems.ExpenditureTotal } b] && a.Number == b.Number
                        ? NarrativeItems.IncomeAndExpenditureTotal : before[0].Subject
                    : null;
                var statement = ReadSentence(sentence, paragraph.Place, context, reportYear, performance,
                    ref paragraphSubject, subsectionSubject ?? sectionSubject, head, continued);
                lastRead = null;
                if (statement is not null)
                {
                    statements.Add(lastRead = InFund(statement, subsectionFund) with { Section = section });
                }

                // "…支出 307.82 万元，主要用于以下方面：" introduces the list whose shares follow.
                if (sentence.EndsWith('：') && Mentions(sentence, context).FirstOrDefault()?.Key is { } introduced)
                {
                    listHead = introduced;
                }
            }
        }

        return statements;
    }

    /// <summary>
    /// "收入合计635039.41元，其中：…；其他收入13051.94元，占2.1%，与上年对比，比上年减少12580.96元，减少了1.98%": a change and its
    /// rate after the last part of a 其中 list that fit the total the sentence opens with (12580.96 ÷ (635039.41 + 12580.96) =
    /// 1.94%…) and cannot be the part's are the total's. Only where the arithmetic decides: otherwise the reading stands.
    /// </summary>
    private static List<Claim> ChangeOfTheTotal(List<Claim> claims, string sentence)
    {
        var qizhong = sentence.IndexOf("其中", StringComparison.Ordinal);
        var total = claims.FirstOrDefault(c => c.Measure == Measure.Amount);
        var change = claims.FirstOrDefault(c => c.Measure == Measure.ChangeAmount);
        var rate = change is null ? null : claims.FirstOrDefault(c => c.Measure == Measure.ChangeRate && c.Subject == change.Subject);
        if (qizhong < 0 || total is null || change is null || rate is null || change.Subject == total.Subject
            || claims.Any(c => c.Subject == total.Subject && c.Measure is Measure.ChangeAmount or Measure.ChangeRate)
            || claims.LastOrDefault(c => c.Subject == change.Subject && c.Measure == Measure.Amount) is not { } part)
        {
            return claims;
        }

        static bool Fits(decimal amount, Claim change, Claim rate) =>
            amount - change.Number.Value is var prior && prior > 0m
            && Math.Abs(Math.Abs(change.Number.Value / prior * 100m) - Math.Abs(rate.Number.Value)) <= 0.05m + rate.Number.Precision;
        if (!Fits(total.Number.Value, change, rate) || Fits(part.Number.Value, change, rate))
        {
            return claims;
        }

        return [.. claims.Select(c => ReferenceEquals(c, change) || ReferenceEquals(c, rate) ? c with { Subject = total.Subject } : c)];
    }

    /// <summary>The key an unnamed total before its 其中 list holds until its parts name it.</summary>
    private const string TotalAhead = "未命名总数";

    private static readonly string[] IncomeKinds = [NarrativeItems.AppropriationIncome, "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
    private static readonly string[] AppropriationKinds = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"];
    private static readonly string[] SpendingKinds = [NarrativeItems.BasicExpenditure, NarrativeItems.ProjectExpenditure, "上缴上级支出", "经营支出", "对附属单位补助支出"];

    /// <summary>
    /// The total an unnamed amount before "其中" is, by its parts: 功能分类 类 or 基本/项目支出 make it 本年支出合计 (when its words
    /// say 支出); the income kinds make it 本年收入合计, or 收入总计 when 上年结转和结余 is among them, and the funds of 财政拨款收入
    /// alone ("公共预算财政拨款收入…，政府性基金预算拨款收入…") make it 财政拨款收入. Any other list leaves it
    /// not understood.
    /// </summary>
    private static List<Claim> NamedByItsParts(List<Claim> claims, int at, string words, List<string> unread)
    {
        var parts = claims.Skip(at + 1).Where(c => c.Measure == Measure.Amount).Select(c => c.Subject).ToList();
        var spending = !words.Contains("收入", StringComparison.Ordinal);
        var income = !words.Contains("支出", StringComparison.Ordinal);
        string? total = parts.Count < 2 ? null
            : spending && parts.All(p => p.StartsWith(NarrativeItems.ClassPrefix, StringComparison.Ordinal)) ? "本年支出合计"
            : spending && parts.All(p => SpendingKinds.Contains(p)) ? "本年支出合计"
            : income && parts.All(p => AppropriationKinds.Contains(p)) ? NarrativeItems.AppropriationIncome
            : income && parts.All(p => IncomeKinds.Contains(p)) ? "本年收入合计"
            : income && parts.All(p => IncomeKinds.Contains(p) || p == "上年结转和结余") ? NarrativeItems.IncomeTotal
            : null;
        if (total is null)
        {
            unread.Add(claims[at].Number.Text + "万元");
            return [.. claims.Where(c => c.Subject != TotalAhead)];
        }

        return [.. claims.Select(c => c.Subject == TotalAhead ? c with { Subject = total } : c)];
    }

    /// <summary>A fund section's function items keyed as the fund's ("类:基金:212"): their figures are 公开08/09表's.</summary>
    private static NarrativeStatement InFund(NarrativeStatement statement, string? fund) => fund is null ? statement : statement with
    {
        Claims = statement.Claims.Select(c => c with { Subject = NarrativeItems.InFund(c.Subject, fund) }).ToList(),
        Words = statement.Words.Select(w => w with { Subject = NarrativeItems.InFund(w.Subject, fund) }).ToList(),
    };

    /// <summary>
    /// No printed sentence runs longer than this; a text that does (a table pasted as one line, a hostile file) is cut at its
    /// last "；" or "，" before it, so that what is read of each sentence stays proportional to the text.
    /// </summary>
    private const int LongestSentence = 1000;

    /// <summary>
    /// A "." a text printed for "。" ("…总额为32万元.本单位…", "扣完为止. 2018年度…"): after a word or a "%", before a word or a
    /// figure — not a decimal point, nor the point of a numbered heading ("1.工资福利支出", "一.").
    /// </summary>
    private static bool FullStop(string text, int at)
    {
        if (at == 0 || at + 1 >= text.Length)
        {
            return false;
        }

        var before = text[at - 1];
        var after = text[at + 1] == ' ' && at + 2 < text.Length ? text[at + 2] : text[at + 1];
        return ((before is >= '\u4e00' and <= '\u9fff' && "一二三四五六七八九十".IndexOf(before) < 0) || before is '%' or '）' or ')')
            && (after is >= '\u4e00' and <= '\u9fff' || char.IsAsciiDigit(after) || after is '“' or '（');
    }

    private static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (i - start >= LongestSentence)
            {
                var cut = paragraph.LastIndexOfAny(['；', '，', ';', ','], i, i - start);
                cut = cut > start ? cut : i;
                yield return paragraph[start..(cut + 1)];
                start = cut + 1;
                depth = 0;
            }

            var c = paragraph[i];
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if ((c == '。' || (c == '.' && FullStop(paragraph, i))) && depth == 0)
            {
                yield return paragraph[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < paragraph.Length)
        {
            yield return paragraph[start..];
        }
    }

    /// <summary>"占收入合计的", "占本年收入": the year's totals named without the words a subject pattern needs.</summary>
    private static bool IsIncome(string key) => key.EndsWith("收入", StringComparison.Ordinal) || key is "本年收入合计" or NarrativeItems.IncomeTotal;

    /// <summary>The spending of the fund whose income a sentence has just named.</summary>
    private static string? FundSpending(string incomeKey) => incomeKey switch
    {
        NarrativeItems.AppropriationIncome => NarrativeItems.AppropriationExpenditure,
        "一般公共预算财政拨款收入" => NarrativeItems.GeneralBudgetExpenditure,
        "政府性基金预算财政拨款收入" => NarrativeItems.GovernmentFundExpenditure,
        "国有资本经营预算财政拨款收入" => NarrativeItems.StateCapitalExpenditure,
        _ => null,
    };

    private static string? BareYearTotal(string whole) =>
        whole.StartsWith("收入合计", StringComparison.Ordinal) || whole.TrimEnd('的') == "本年收入" ? "本年收入合计"
        : whole.StartsWith("支出合计", StringComparison.Ordinal) || whole.TrimEnd('的') == "本年支出" ? "本年支出合计" : null;

    private static string? FirstSubject(string text, SubjectContext context) => Mentions(text, context).FirstOrDefault()?.Key;

    /// <summary>"本年收入的具体构成为：", "本年支出构成情况如下："; the words before it name the list's whole.</summary>
    [GeneratedRegex(@"^([^，。；：:0-9]{2,16}?)的?(?:具体|主要)?(?:构成|组成|结构)(?:情况)?(?:为|是|如下)?[：:]")]
    private static partial Regex ListOpening();

    /// <summary>Every subject named in a sentence; where two overlap the longer wins (an earlier pattern on a tie).</summary>
    internal static List<SubjectMention> Mentions(string sentence, SubjectContext context)
    {
        var all = new List<(SubjectMention M, int Order)>();
        for (var p = 0; p < SubjectPatterns.All.Count; p++)
        {
            var pattern = SubjectPatterns.All[p];
            foreach (Match m in pattern.Regex.Matches(sentence))
            {
                if (m.Length > 0 && pattern.Key(m, context) is { } key)
                {
                    all.Add((new SubjectMention(m.Index, m.Index + m.Length, key, pattern.Name), p));
                }
            }
        }

        var kept = new List<SubjectMention>();
        foreach (var (m, _) in all.OrderByDescending(a => a.M.End - a.M.Start).ThenBy(a => a.Order))
        {
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End))
            {
                kept.Add(m);
            }
        }

        // "“三公经费”财政拨款支出4,855万元": the 财政拨款支出 says how the 三公 total was paid, it is no subject of its own.
        kept.RemoveAll(k => k.Key is NarrativeItems.AppropriationExpenditure or NarrativeItems.GeneralBudgetExpenditure
            && kept.Any(t => t.Key == NarrativeItems.ThreePublicTotal && t.End <= k.Start && k.Start - t.End <= 1));
        return kept.OrderBy(k => k.Start).ToList();
    }

    /// <summary>
    /// Spans whose subjects describe rather than state: 主要用于…/主要是…（to the comma）, 包括…（to the semicolon）,
    /// the reason (主要原因…), and parentheses. A subject named there belongs only to figures printed there too.
    /// </summary>
    private static List<(int Start, int End)> Zones(string sentence)
    {
        var zones = new List<(int, int)>();
        foreach (Match m in DescriptionZone().Matches(sentence))
        {
            zones.Add((m.Index, m.Index + m.Length));
        }

        // An aside runs to the parenthesis that closes it: "（其中：副部（省）级及以上领导用车…，其他用车1318辆）" is one.
        var open = -1;
        var depth = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] == '（')
            {
                open = depth++ == 0 ? i : open;
            }
            else if (sentence[i] == '）' && depth > 0 && --depth == 0)
            {
                // （类）（款）（项）（境）（含）（套） are parts of names, not asides.
                if (i - open > 4)
                {
                    zones.Add((open, i + 1));
                }

                open = -1;
            }
        }

        return zones;
    }

    private static bool IsReason(string sentence, int zoneStart) =>
        sentence.AsSpan(zoneStart).StartsWith("主要原因", StringComparison.Ordinal) || sentence.AsSpan(zoneStart).StartsWith("原因", StringComparison.Ordinal);

    private static NarrativeStatement? ReadSentence(string sentence, PrintedPlace place, SubjectContext context, int? reportYear, bool performance,
        ref string? paragraphSubject, string? sectionSubject, string? listHead, string? continued = null)
    {
        var figures = StatedFigures.In(sentence);
        var mentions = Mentions(sentence, context);
        var subjectBefore = paragraphSubject;

        // "支出决算数3109.3838万元，其中：一般公共服务支出3.6540万元，…其他支出6万元": beside 功能分类 类 and nothing of the 经济分类,
        // 其他支出 is the 类 (229).
        if (mentions.Any(m => m.Key.StartsWith(NarrativeItems.ClassPrefix, StringComparison.Ordinal))
            && mentions.Where(m => m.Key.StartsWith(NarrativeItems.EconomicPrefix, StringComparison.Ordinal)).All(m => m.Key == NarrativeItems.EconomicPrefix + "其他支出"))
        {
            mentions = mentions.Select(m => m.Key == NarrativeItems.EconomicPrefix + "其他支出" ? m with { Key = NarrativeItems.ClassPrefix + "229" } : m).ToList();
        }

        // "本部门收入总计4114.6万元，支出总计4252.73万元。与2019年相比，收入增加610.92万元，…，支出增加471.41万元": after the
        // totals, a bare 收入 or 支出 before its change is that total.
        if (paragraphSubject is NarrativeItems.IncomeTotal or NarrativeItems.ExpenditureTotal)
        {
            var bare = BareTotal().Matches(sentence).Where(b => !mentions.Any(m => m.Start <= b.Index && b.Index < m.End))
                .Select(b => new SubjectMention(b.Index, b.Index + b.Length, b.Value == "收入" ? NarrativeItems.IncomeTotal : NarrativeItems.ExpenditureTotal, "收支总计-简称"))
                .ToList();
            if (bare.Count > 0)
            {
                mentions = [.. mentions.Concat(bare).OrderBy(m => m.Start)];
            }
        }

        // "上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，…年末结转和结余资金为5862.89万元" (舟曲): beside the
        // year's income, a bare 支出 with its amount is the year's spending, not more income.
        if (mentions.Any(m => m.Key == "本年收入合计"))
        {
            // (only where the mention just before it is 本年收入 itself: "…其中一般公共预算财政拨款收入800万元，支出780万元" is that fund's)
            var bare = BareSpending().Matches(sentence).Where(b => !mentions.Any(m => m.Start <= b.Index && b.Index < m.End)
                    && mentions.LastOrDefault(m => m.End <= b.Index)?.Key == "本年收入合计")
                .Select(b => new SubjectMention(b.Index, b.Index + b.Length, "本年支出合计", "本年支出-简称")).ToList();
            if (bare.Count > 0)
            {
                mentions = [.. mentions.Concat(bare).OrderBy(m => m.Start)];
            }
        }

        // "一般公共预算财政拨款本年收入979.53万元，比上年增加28.13万元；…；本年支出869.0万元，比上年增加240.09万元" (南宫检察院
        // 2019): after a fund's income, that fund's spending, not the department's.
        // (the income named last before it, of whatever kind — "…财政拨款收入900万元…，其他收入100万元…；本年支出1000万元" is the
        // unit's —, whatever the reason between them names: "主要是…项目预算"; or the paragraph's, when the sentence names none)
        mentions = mentions.Select(m => m.Key == "本年支出合计" && sentence.AsSpan(m.Start, m.End - m.Start) is "本年支出" or "支出"
            && (mentions.LastOrDefault(b => b.End <= m.Start && IsIncome(b.Key))?.Key ?? subjectBefore) is { } before
            && FundSpending(before) is { } fund && !mentions.Any(b => b.End <= m.Start && b.Key is "本年收入合计" or NarrativeItems.IncomeTotal)
            ? m with { Key = fund } : m).ToList();

        // Beside other 三公 categories, "公务用车购置 692 万元" is the 三公 category, not the 经济分类 款 of that name.
        if (mentions.Any(m => m.Key.StartsWith(NarrativeItems.ThreePublicPrefix, StringComparison.Ordinal)))
        {
            mentions = mentions.Select(m => m.Key == NarrativeItems.EconomicPrefix + "公务用车购置" ? m with { Key = NarrativeItems.ThreePublicPrefix + "公务用车购置费" } : m).ToList();
        }
        var zones = Zones(sentence);
        (int, int)? ZoneOf(int at) => zones.Where(z => z.Start <= at && at < z.End).Select(z => ((int, int)?)z).LastOrDefault();

        // The head of the paragraph: its first subject outside any aside; a sentence that begins with a subject
        // ("“住房保障支出（类）…（项）”417.16 万元") starts a new one even when the paragraph is not numbered.
        // Not a list of parts: "…预算为3328万元。其中，因公出国（境）费50万元，…。同口径比2018年减少830万元" speaks of the total again.
        if (!sentence.TrimStart().StartsWith("其中", StringComparison.Ordinal) && mentions.FirstOrDefault(m => m.Start <= 3 && ZoneOf(m.Start) is null) is { } lead)
        {
            paragraphSubject = lead.Key;
        }

        paragraphSubject ??= mentions.FirstOrDefault(m => ZoneOf(m.Start) is null)?.Key;
        var head = mentions.FirstOrDefault(m => ZoneOf(m.Start) is null)?.Key;

        var claims = new List<Claim>();
        var unread = new List<string>();
        var previousEnd = 0;
        var respectively = Respectively(sentence, figures, mentions);
        MeasureReading? lastReading = null;
        var totalAhead = -1; var totalAheadAt = 0; // the claim of an unnamed total before its 其中 list, named by its parts after the loop
        var unknownAt = -1; // where the last figure named by an item no pattern knows stands
        (int End, string Subject)? countChange = null; // the count change just read ("减少119批次"), for the rate after it
        string? unknownSubject = null; // and that item ("其他项目:财政补助收入"), unless it is a 结转 of no stated kind
        var wholes = new List<(int Start, int End)>(); // the wholes shares named ("占<b>基本支出</b>的")
        // "占基本支出预算%，同比增加52044.27元": the whole of a share left blank is no later figure's subject either.
        foreach (Match blank in BlankShare().Matches(sentence))
        {
            if (blank.Groups["whole"].Length > 0)
            {
                wholes.Add((blank.Groups["whole"].Index, blank.Groups["whole"].Index + blank.Groups["whole"].Length));
            }
        }

        (int Qizhong, BudgetBasis? Basis)? budgetParts = null; // where "其中" follows the sentence's first budget, found once
        // The two largest amounts, found once: a sentence of many figures must not compare each with all the others.
        var largest = figures.Where(f => f.IsMoney).Select(f => f.Value).OrderDescending().Take(2).ToArray();
        decimal LargestOther(StatedFigure f) =>
            largest.Length == 0 ? decimal.MaxValue : largest[0] != f.Value ? largest[0] : largest.Length > 1 ? largest[1] : decimal.MaxValue;

        foreach (var figure in figures)
        {
            var clauseStart = Math.Max(previousEnd, LastBoundary(sentence, figure.Start));
            var afterPrevious = previousEnd;
            previousEnd = figure.End;
            // "车均 17.39 万元", "人均因公出国（境）费用 2.4 万元": an average, not the item's amount. The running cost per
            // vehicle is checked against the cost and the vehicles kept; other averages are not understood.
            if (figure.IsMoney && Average().Match(sentence, clauseStart, figure.Start - clauseStart) is { Success: true } average)
            {
                if (average.Value.StartsWith("车均", StringComparison.Ordinal) || average.Value.StartsWith("平均每辆", StringComparison.Ordinal))
                {
                    var runningCost = NarrativeItems.ThreePublicPrefix + "公务用车运行维护费";
                    if (VehicleRunning().IsMatch(sentence.AsSpan(clauseStart, figure.Start - clauseStart))
                        || mentions.LastOrDefault(m => m.End <= figure.Start)?.Key == runningCost)
                    {
                        var (perVehicle, perVehiclePrecision) = InWanYuan(figure, figure.Value);
                        claims.Add(new Claim(runningCost, Measure.PerVehicle, new PrintedNumber(figure.NumberText, perVehicle, perVehiclePrecision, place))
                        {
                            Sentence = sentence,
                            Pattern = "车均",
                            Unit = figure.Unit,
                            Year = YearBefore(sentence, figure.Start),
                        });
                        continue;
                    }
                }

                unread.Add(figure.Text);
                continue;
            }

            // "较预算节省超1亿元", "近3万元", "涉及资金规模约1490亿元" (not 节约): an approximate figure checks nothing (the words just before it: a long line's
            // every figure must not rescan the line).
            if (figure.IsMoney && Approximate().IsMatch(sentence.AsSpan(Math.Max(0, figure.Start - 12), Math.Min(12, figure.Start))))
            {
                unread.Add(figure.Text);
                continue;
            }

            // "与2019498.83万元相比": the year and last year's amount printed with nothing between them — a figure a thousand
            // times the sentence's others, after 与/较/比, that starts with a year. R-YEAR names it; no sum is made of it.
            if (figure.IsMoney && figure.Start > 0 && sentence[figure.Start - 1] is '与' or '较' or '比' or '同' && GluedYear().IsMatch(figure.NumberText)
                && LargestOther(figure) * 1000m <= figure.Value)
            {
                unread.Add(figure.Text);
                continue;
            }

            // "?8639萬元": a figure glued to an undecodable character may have lost its first digits.
            if (figure.Start > 0 && sentence[figure.Start - 1] is '?' or '\uFFFD')
            {
                unread.Add(figure.Text);
                continue;
            }

            var reading = MeasurePatterns.Read(sentence, clauseStart, figure);

            // "分别减少 0.18 亿元和 0.56 亿元": the second of a list measures what the first did.
            if (respectively.ContainsKey(figure.Start) && lastReading is not null && afterPrevious > 0 && sentence[afterPrevious..figure.Start] is "和" or "及" or "、" or "与" or "，" or ",")
            {
                reading = lastReading;
            }

            // "“三公”经费预算为168.53万元，其中：因公出国（境）费39万元、…": the parts of a budget are budgets, unless their own
            // words say otherwise (决算, 支出, 执行).
            if (reading is { Measure: Measure.Amount, Pattern: "金额" } && budgetParts is { } open && open.Qizhong >= 0 && open.Qizhong < figure.Start
                && !SpentWords().IsMatch(sentence.AsSpan(clauseStart, figure.Start - clauseStart)))
            {
                reading = new MeasureReading(Measure.Budget, "预算数-其中") { Basis = open.Basis };
            }

            // Only a budget the sentence opens with has parts: "…1012万元，较预算数898万元增加114万元（其中：购置费209万元…）"
            // lists the parts of the amount, not of the budget it was compared with.
            if (reading is { Measure: Measure.Budget } && budgetParts is null && !claims.Any(c => c.Measure == Measure.Amount))
            {
                budgetParts = (sentence.IndexOf("其中", figure.End, StringComparison.Ordinal), reading.Basis);
            }

            // "较上年减少1.5万元（42.86%）": the rate of the change, in brackets after it.
            if (reading is null && figure.IsPercent && lastReading is { Measure: Measure.ChangeAmount or Measure.BudgetDifference } change
                && afterPrevious > 0 && sentence[afterPrevious..figure.Start] is "（" or "(" && figure.End < sentence.Length && sentence[figure.End] is '）' or ')')
            {
                reading = new MeasureReading(change.Measure == Measure.ChangeAmount ? Measure.ChangeRate : Measure.BudgetDifferenceRate, "增减率-括注")
                { Sign = change.Sign, Basis = change.Basis };
            }

            // "较2022年决算数688.84万元131.49万元，增长19.09%": an amount printed right after last year's, its verb left out, is
            // the change; the direction is the word after it.
            // So is "与2016年相比21.79万元，增加14.01%": an amount right after 相比.
            if (figure.IsMoney && reading is { Measure: Measure.Amount }
                && (((lastReading is { Measure: Measure.PriorAmount } || claims.LastOrDefault() is { Measure: Measure.PriorAmount }) && afterPrevious > 0 && afterPrevious == figure.Start)
                    || sentence.AsSpan(clauseStart, figure.Start - clauseStart).EndsWith("相比", StringComparison.Ordinal))
                && GlueDirection().Match(sentence, figure.End, Math.Min(8, sentence.Length - figure.End)) is { Success: true } direction)
            {
                reading = new MeasureReading(Measure.ChangeAmount, "增减额-紧随上年数") { Sign = direction.Groups["down"].Success ? -1 : 1 };
            }

            lastReading = reading;

            // "完成全年预算 84.82 万元的 73.2%": the rate follows the budget it is taken against; so does "为年初预算数6180万元的78.56%".
            if (reading is null && figure.IsPercent && sentence[clauseStart..figure.Start] is "的" or "的比例为" && claims.LastOrDefault() is { Measure: Measure.Budget } budget
                && (sentence.LastIndexOf("完成", figure.Start, StringComparison.Ordinal) >= LastBoundary(sentence, figure.Start) - 1 - 0
                    || BudgetNamedAsWhole().IsMatch(sentence.AsSpan(LastBoundary(sentence, figure.Start), figure.Start - LastBoundary(sentence, figure.Start)))))
            {
                reading = new MeasureReading(Measure.Completion, "完成率-预算在前") { Basis = budget.Basis };
            }

            if (reading is null || (reading.Pattern == "增减-备选词" && figure.Value != 0m) || reading.Pattern == "差值")
            {
                unread.Add(figure.Text);
                continue;
            }

            // "经营收入16,348.77万元，附属单位上缴收入3,363.59万元，两项合计占0.1%": a share of several items together is no one
            // item's (it is not understood rather than given to the last).
            if (reading.Measure == Measure.Share && JointShare().IsMatch(sentence.AsSpan(afterPrevious, figure.Start - afterPrevious)))
            {
                unread.Add(figure.Text);
                continue;
            }

            var zone = ZoneOf(figure.Start);
            var wholeEnd = reading.WholeStart >= 0 ? reading.WholeStart + (reading.WholeText?.Length ?? 0) : -1;
            if (reading.WholeStart >= 0)
            {
                wholes.Add((reading.WholeStart, wholeEnd));
            }

            // "X支出预算N元，占基本支出预算p%，同比增加c元": a whole named by a share is never the subject of a later figure.
            var named = mentions.LastOrDefault(m => m.End <= figure.Start
                && (ZoneOf(m.Start) is not { } z || z == zone)
                && !wholes.Any(w => m.Start >= w.Start && m.End <= w.End));
            // "公务用车购置费131万元，购置用车6辆，比年初预算数减少469万元": a change in money skips a count named between it and its item.
            // (A rate may be the count's own: "共接待20批次，比上年下降20%".)
            if (named is not null && figure.IsMoney && reading.Measure is Measure.ChangeAmount or Measure.BudgetDifference
                && CountOnly(named.Key))
            {
                named = mentions.LastOrDefault(m => m.End <= named.Start && !CountOnly(m.Key) && (ZoneOf(m.Start) is not { } z || z == zone)
                    && !wholes.Any(w => m.Start >= w.Start && m.End <= w.End)) ?? named;
            }

            var subject = named is null ? null : Qualifier(sentence, mentions, named)?.Key ?? named.Key;

            // "2016年支出决算数3109.3838万元，其中：一般公共服务支出…": an amount that names nothing before its 其中 is the total of
            // the parts after it, never the first part (whose name would otherwise be taken for the paragraph's).
            if (named is null && figure.IsMoney && reading.Measure == Measure.Amount && totalAhead < 0
                && (subjectBefore is null || subjectBefore != paragraphSubject) && mentions.Count > 0 && mentions[0].Start >= figure.End
                && PartsFollow().IsMatch(sentence.AsSpan(figure.End)))
            {
                (totalAhead, totalAheadAt) = (claims.Count, figure.Start);
                subject = TotalAhead;
            }

            // "计算本单位预算完成率99.27%": the whole unit's rate, in a clause that names no item of its own, is not the rate of the
            // paragraph's subject (a 三公 score before it).
            if (reading.Measure == Measure.Completion && WholeUnitRate().IsMatch(sentence.AsSpan(clauseStart, figure.Start - clauseStart))
                && !mentions.Any(m => m.Start >= clauseStart && m.End <= figure.Start))
            {
                unread.Add(figure.Text);
                continue;
            }

            // A figure in the reason ("主要原因：…年中调减项目经费 50 万元") speaks of what the reason names, never of the
            // item the sentence explains: without a subject of its own inside the reason it is not understood.
            if (zone is { } reason && IsReason(sentence, reason.Item1) && !mentions.Any(m => m.End <= figure.Start && ZoneOf(m.Start) == zone))
            {
                unread.Add(figure.Text);
                continue;
            }

            // "加上托底保障补助、上年结转…等 1,756.37 万元，收入总计…": the figure sums the list its clause names, not a subject
            // of an earlier clause.
            if (sentence.AsSpan(0, figure.Start).TrimEnd().EndsWith("等", StringComparison.Ordinal) && !mentions.Any(m => m.Start >= sentence.LastIndexOfAny(ClauseEnds, Math.Max(0, figure.Start - 1)) && m.End <= figure.Start)
                && !respectively.ContainsKey(figure.Start))
            {
                unread.Add(figure.Text);
                continue;
            }

            if (performance && (subject is null || !subject.StartsWith(NarrativeItems.PerformanceProjectPrefix, StringComparison.Ordinal))
                && paragraphSubject?.StartsWith(NarrativeItems.PerformanceProjectPrefix, StringComparison.Ordinal) != true)
            {
                subject = PerformanceSubject(sentence, figure, reading) ?? subject;
            }

            // "其中：财政补助收入 2339.68 万元", "基本支出中医疗业务支出 5868.43 万元": an item no pattern knows names the figure; it
            // is not the subject of an earlier clause. Its own figures are read as its own (amount, change, rate, a share of a
            // named whole), so that they are checked against one another; a 结转 of no stated kind is not understood.
            if (UnknownNamed(sentence, mentions, clauseStart, figure, reading) is { } unknownName && !respectively.ContainsKey(figure.Start))
            {
                unknownAt = figure.Start;
                unknownSubject = unknownName.Length == 0 ? null : NarrativeItems.NamedItemPrefix + unknownName;
                if (unknownSubject is null)
                {
                    unread.Add(figure.Text);
                    continue;
                }

                subject = unknownSubject;
            }

            // "…收入3277.62万元，占收入总额48.53%，2019年结转3476.69万元，占收入总额的51.47%": the share after an item no pattern
            // knows is that item's, not the subject named before it.
            else if (unknownAt > (named?.End ?? -1) && !respectively.ContainsKey(figure.Start))
            {
                if (unknownSubject is null || figure.IsCount || (reading.Measure == Measure.Share && reading.WholeStart < 0)
                    || reading.Measure is not (Measure.Amount or Measure.ChangeAmount or Measure.ChangeRate or Measure.Share or Measure.PriorAmount or Measure.Budget or Measure.Completion))
                {
                    unread.Add(figure.Text);
                    continue;
                }

                subject = unknownSubject;
            }

            // "今年，省级公开部门达131个": a count of 个 in a sentence that names nothing counts whatever it says, not the 团组
            // of the 三公 paragraph it stands in.
            if (named is null && figure.Unit == "个" && !respectively.ContainsKey(figure.Start)
                && (paragraphSubject ?? sectionSubject) == NarrativeItems.ThreePublicPrefix + "因公出国（境）费")
            {
                unread.Add(figure.Text);
                continue;
            }

            subject ??= (mentions.Count == 0 ? continued : null) ?? paragraphSubject ?? sectionSubject;
            if (respectively.TryGetValue(figure.Start, out var listed))
            {
                subject = listed;
            }

            // Under 三公, "公务用车购置 692 万元" is the 三公 category, not the 经济分类 款 of that name.
            if (subject == NarrativeItems.EconomicPrefix + "公务用车购置"
                && (sectionSubject ?? paragraphSubject ?? string.Empty).StartsWith(NarrativeItems.ThreePublicTotal[..2], StringComparison.Ordinal))
            {
                subject = NarrativeItems.ThreePublicPrefix + "公务用车购置费";
            }

            subject = Qualified(subject, head, figure, reading);
            if (subject is null)
            {
                unread.Add(figure.Text);
                continue;
            }

            if (subject.StartsWith(NarrativeItems.UnknownItemPrefix, StringComparison.Ordinal))
            {
                unread.Add(figure.Text); // kept as a claim for the name rule, but not understood: its item is unknown
            }

            var year = YearBefore(sentence, figure.Start);
            var measure = reading.Measure;
            var basis = reading.Basis;

            // A change is year-on-year only against last year: "较年初预算数减少 10.93 万元，下降 54.65%" is against the budget,
            // "比 2019 年（疫情前）减少 24.87 万元" against another year.
            // "预算数 3786.71 万元，调整数 4610.19 万元，决算数 4610.19 万元，增加 823.48 万元": no comparison named, and the
            // sentence states the budget: the change is against it.
            if (measure is Measure.ChangeAmount or Measure.ChangeRate && !Comparison().IsMatch(sentence.AsSpan(0, figure.Start))
                && !sentence.Contains("同比", StringComparison.Ordinal) && claims.Any(c => c.Measure == Measure.Budget) && !context.BudgetStatement)
            {
                (measure, basis) = (measure == Measure.ChangeRate ? Measure.BudgetDifferenceRate : Measure.BudgetDifference, claims.Last(c => c.Measure == Measure.Budget).Basis);
            }
            else if (measure is Measure.ChangeAmount or Measure.ChangeRate && ComparedWith(sentence, figure.Start) is { } against)
            {
                var rate = measure == Measure.ChangeRate;
                if (against.PriorBudget && !context.BudgetStatement)
                {
                    // "年初预算为500万元，比上年年初预算增加100万元，增长25%": the budget's own change on last year's budget, whose base
                    // is the budget less the change. Kept under its own name (never against a table), the budget as its amount.
                    if (claims.LastOrDefault(c => c.Subject == subject && c.Measure == Measure.Budget) is not { } ownBudget)
                    {
                        unread.Add(figure.Text);
                        continue;
                    }

                    var budgetItem = NarrativeItems.NamedItemPrefix + NarrativeItems.Display(subject) + (ownBudget.Basis == BudgetBasis.Initial ? "年初预算" : "预算");
                    if (!claims.Any(c => c.Subject == budgetItem))
                    {
                        claims.Add(ownBudget with { Subject = budgetItem, Measure = Measure.Amount, Pattern = "预算（与上年预算相比）" });
                    }

                    subject = budgetItem;
                }

                if (against.Budget is { } b && !context.BudgetStatement)
                {
                    (measure, basis) = (rate ? Measure.BudgetDifferenceRate : Measure.BudgetDifference, b);
                }
                else if (against.Year is { } y && (reportYear ?? YearOpening(sentence) ?? claims.FirstOrDefault(c => c.Year is not null && c.Measure is Measure.Amount or Measure.Budget)?.Year) is { } current
                    && y != current - 1)
                {
                    (measure, year) = (rate ? Measure.BaseYearChangeRate : Measure.BaseYearChange, y);
                }
            }

            // The year the sentence speaks of: the report's, the sentence's opening year, or the year of its first dated amount
            // ("因公出国（境）费2014年…决算数为7926.14万元，…比2013年度决算数8750.27万元减少…": 8750.27 is last year's).
            // A budget statement's "2015年预算12.5万元" beside its 2016 budget is last year's figure.
            if ((measure == Measure.Amount || (measure == Measure.Budget && context.BudgetStatement)) && (reportYear ?? YearOpening(sentence) ?? claims.FirstOrDefault(c => c.Year is not null && c.Measure is Measure.Amount or Measure.Budget)?.Year) is { } ry
                && year == ry - 1 && !reading.Pattern.StartsWith("增减", StringComparison.Ordinal))
            {
                measure = Measure.PriorAmount;
            }

            var (value, precision) = InWanYuan(figure, figure.Value * reading.Sign);
            var unit = figure.Unit;

            // Performance projects: the reader's keys for a project's budget and execution.
            if (subject.StartsWith(NarrativeItems.PerformanceProjectPrefix, StringComparison.Ordinal) && figure.IsMoney)
            {
                subject += measure == Measure.Budget ? ":预算" : ":执行";
                measure = Measure.Amount;
            }

            var number = new PrintedNumber(figure.NumberText, value, precision, place);
            string? whole = null;
            if (reading.Measure == Measure.Share)
            {
                // "基本支出…占57.71%；项目支出…占42.29%": a sibling of the head that has a share of its own shares its whole.
                var headShare = claims.FirstOrDefault(c => c.Subject == head && c.Measure == Measure.Share);
                // "占收入合计的98.70%": the bare 合计 of a share is the year's (本年收入合计), which a sentence names only after its year.
                whole = reading.WholeText is { Length: > 0 } w ? FirstSubject(w, context) ?? BareYearTotal(w)
                    : headShare is not null ? headShare.Whole
                    : head is not null && head != subject && Kind(head) != Kind(subject) ? head
                    : listHead ?? sectionSubject;
                whole = whole is null ? null : Qualified(whole, head, figure, reading);

                // "收入合计3748.25万元，其中：财政拨款收入3360.35万元，占收入总额的89.65%": the 总额 is the 合计 the sentence opens
                // with, not a 收入总计 it never states.
                if (whole is NarrativeItems.IncomeTotal or NarrativeItems.ExpenditureTotal && !claims.Any(c => c.Subject == whole && c.Measure == Measure.Amount)
                    && claims.FirstOrDefault(c => c.Measure == Measure.Amount)?.Subject is "本年收入合计" or "本年支出合计" && whole[..2] == claims.First(c => c.Measure == Measure.Amount).Subject[2..4])
                {
                    whole = claims.First(c => c.Measure == Measure.Amount).Subject;
                }

                // "本年收入合计X万元，其中：…占100%；" / "本年支出合计Y万元，其中：基本支出…占4.85%": two paragraphs run together (the
                // first ends in "；"): a spending item's share is of the spending total named last before it, never of an income one.
                if (whole is "本年收入合计" or NarrativeItems.IncomeTotal && Spending(subject))
                {
                    whole = mentions.LastOrDefault(m => m.End <= figure.Start && m.Key is "本年支出合计" or NarrativeItems.ExpenditureTotal)?.Key;
                }
            }

            // "较上年减少119批次，下降100%": the rate right after a count's change is the count's, not the money item named before it.
            if (measure == Measure.ChangeRate && countChange is { } counted && figure.Start - counted.End <= 8
                && !mentions.Any(m => m.Start >= counted.End && m.End <= figure.Start))
            {
                subject = counted.Subject;
            }

            // (…and after a count itself: "共接待20批次，比上年下降20%".)
            countChange = measure is Measure.ChangeAmount or Measure.Count && figure.IsCount ? (figure.End, subject) : null;
            foreach (var key in Expand(subject))
            {
                claims.Add(new Claim(key, measure, number)
                {
                    Sentence = sentence,
                    Pattern = reading.Pattern,
                    Whole = whole,
                    Basis = basis,
                    Unit = unit,
                    Year = year,
                    PrintedName = context.PrintedNames.GetValueOrDefault(key[(key.LastIndexOf(':') + 1)..]),
                });
            }
        }

        // "收入总计4300.00万元，支出总计4295.94万元，与2022年度相比，各减少423.94万元，下降8.98%": one change for both totals
        // (where both totals are one figure, the 支出总计's change checks it once).
        if (EachChanged().IsMatch(sentence)
            && claims.FirstOrDefault(c => c.Subject == NarrativeItems.IncomeTotal && c.Measure == Measure.Amount) is { } income
            && claims.FirstOrDefault(c => c.Subject == NarrativeItems.ExpenditureTotal && c.Measure == Measure.Amount) is { } spending
            && income.Number.Value != spending.Number.Value
            && !claims.Any(c => c.Subject == NarrativeItems.IncomeTotal && c.Measure is Measure.ChangeAmount or Measure.ChangeRate))
        {
            var spent = claims.Where(c => c.Subject == NarrativeItems.ExpenditureTotal && c.Measure is Measure.ChangeAmount or Measure.ChangeRate).ToList();
            claims.InsertRange(claims.FindLastIndex(c => c.Subject == NarrativeItems.IncomeTotal) + 1, spent.Select(c => c with { Subject = NarrativeItems.IncomeTotal }));
        }

        // "1.财政拨款收入276.0605万元，在职职工工资性收入18.6973万元，…，财政对基本养老保险基金的补助收入14.0723万元，较上年度决算数
        // 增加42.1949万元，增加15%": an increase larger than the unnamed detail item it follows would make that item's last year
        // negative — the change is the sentence's head's, the item it opens with.
        if (claims.FirstOrDefault(c => c.Measure == Measure.Amount) is { } opening && !opening.Subject.StartsWith(NarrativeItems.NamedItemPrefix, StringComparison.Ordinal))
        {
            for (var k = 0; k < claims.Count; k++)
            {
                var c = claims[k];
                if (c.Measure != Measure.ChangeAmount || !c.Subject.StartsWith(NarrativeItems.NamedItemPrefix, StringComparison.Ordinal) || c.Number.Value <= 0m
                    || claims.LastOrDefault(a => a.Subject == c.Subject && a.Measure == Measure.Amount) is not { } detail || detail.Number.Value >= c.Number.Value
                    || claims.Any(a => a.Subject == opening.Subject && a.Measure == Measure.ChangeAmount))
                {
                    continue;
                }

                var named = c.Subject;
                for (var m = k; m < claims.Count; m++)
                {
                    if (claims[m].Subject == named && claims[m].Measure is Measure.ChangeAmount or Measure.ChangeRate)
                    {
                        claims[m] = claims[m] with { Subject = opening.Subject, PrintedName = opening.PrintedName };
                    }
                }
            }
        }

        var words = WordPatterns.Read(sentence, place, mentions, paragraphSubject ?? sectionSubject, ZoneOf);
        foreach (Match blank in BlankAmount().Matches(sentence))
        {
            claims.Add(new Claim(blank.Groups[1].Value, Measure.Amount, new PrintedNumber(string.Empty, 0m, 1m, place)) { Sentence = sentence, Pattern = "空缺金额" });
        }

        // "单价 0 万元以上设备 台(套)", "共有车辆 辆", "绩效自评价平均得分 分": a count or a score whose number was never filled in.
        foreach (Match blank in BlankCount().Matches(sentence))
        {
            claims.Add(new Claim(blank.Groups["item"].Value, Measure.Count, new PrintedNumber(string.Empty, 0m, 1m, place))
            { Sentence = sentence, Pattern = "空缺数量", Unit = blank.Groups["unit"].Value });
        }

        // "购置及运行维护费5万元，占 %，", "较上年减少0.99万元，下降%": a share or a rate left blank, of the subject named before it.
        foreach (var (blanks, measure, pattern) in new[] { (BlankShare(), Measure.Share, "空缺占比"), (BlankRate(), Measure.ChangeRate, "空缺增减率") })
        {
            foreach (Match blank in blanks.Matches(sentence))
            {
                // "收支较上年决算数增加22,373.87万元、增长%": no item named in the clause — the rate is the change's before it.
                if ((mentions.LastOrDefault(m => m.End <= blank.Index && !m.Key.StartsWith(NarrativeItems.ThreePublicCountPrefix, StringComparison.Ordinal)
                        && !m.Key.StartsWith(NarrativeItems.VehiclePrefix, StringComparison.Ordinal))?.Key
                        ?? (measure == Measure.ChangeRate ? claims.LastOrDefault(c => c.Measure == Measure.ChangeAmount && c.Number.Text.Length > 0)?.Subject : null)) is { } of)
                {
                    claims.Add(new Claim(of, measure, new PrintedNumber(string.Empty, 0m, 1m, place)) { Sentence = sentence, Pattern = pattern, Unit = "%" });
                }
            }
        }

        claims = ChangeOfTheTotal(claims, sentence);
        if (totalAhead >= 0)
        {
            claims = NamedByItsParts(claims, totalAhead, sentence[..totalAheadAt], unread);
        }

        if (figures.Count == 0 && words.Count == 0 && claims.Count == 0)
        {
            return null;
        }

        return new NarrativeStatement(sentence, place)
        {
            Claims = claims,
            Words = words,
            Unread = unread,
            FigureCount = figures.Count,
        };
    }

    /// <summary>
    /// "公务用车购置数及保有量分别为 1 辆和 130 辆": the subjects named before "分别" take the figures after it in order, when
    /// the clause names as many figures as subjects.
    /// </summary>
    private static Dictionary<int, string> Respectively(string sentence, IReadOnlyList<StatedFigure> figures, List<SubjectMention> mentions)
    {
        // Figures and mentions are in text order: every lookup below is a binary search, so a sentence of many lists stays linear.
        var figureStarts = figures.Select(f => f.Start).ToArray();
        var mentionStarts = mentions.Select(x => x.Start).ToArray();
        List<StatedFigure> FiguresIn(int after, int before) =>
            figures.Skip(First(figureStarts, after + 1)).TakeWhile(f => f.Start < before).ToList();
        List<SubjectMention> MentionsIn(int from, int to) =>
            mentions.Skip(First(mentionStarts, from)).TakeWhile(x => x.Start < to).Where(x => x.End <= to).ToList();

        var result = new Dictionary<int, string>();
        foreach (Match m in RespectivelyWord().Matches(sentence))
        {
            var named = MentionsIn(LastBoundary(sentence, m.Index), m.Index);

            // "包括公务用车购置费 0.14 亿元和公务用车运行费 1.27 亿元，与 2015 年相比，分别减少…": the list named before.
            if (named.Count < 2)
            {
                var last = First(mentionStarts, m.Index) - 1;
                while (last >= 0 && mentions[last].End > m.Index)
                {
                    last--;
                }

                var segment = sentence.LastIndexOf('；', Math.Max(0, m.Index - 1)) + 1;
                named = last >= 0 && mentions[last].Start >= segment ? [mentions[last]] : [];
                for (var i = last - 1; named.Count > 0 && i >= 0 && mentions[i].Start >= segment && ListGap().IsMatch(sentence[mentions[i].End..named[0].Start]); i--)
                {
                    named.Insert(0, mentions[i]);
                }
            }

            // "收、支总计各是 4125.49、4143.91 万元": one name for the two totals, listed in its order.
            if (named is [{ Key: NarrativeItems.IncomeAndExpenditureTotal } both])
            {
                named = [both with { Key = NarrativeItems.IncomeTotal }, both with { Key = NarrativeItems.ExpenditureTotal }];
            }

            // "收入、支出总计各增加1412.7万元、2062.79万元": the 收入 before the 支出总计 is the other total.
            if (named is [{ Key: NarrativeItems.ExpenditureTotal } spending] && spending.Start >= 3 && sentence.AsSpan(spending.Start - 3, 3) is "收入、" or "收入和" or "收入及")
            {
                named = [spending with { Key = NarrativeItems.IncomeTotal, Start = spending.Start - 3, End = spending.Start - 1 }, spending];
            }

            if (named.Count < 2)
            {
                continue;
            }

            var end = sentence.IndexOfAny(['，', '；', '。'], m.Index) is var e and >= 0 ? e : sentence.Length;
            var listed = FiguresIn(m.Index, end);

            // "各是4125.49，4143.91万元": a comma between two figures of the list does not end it.
            while (listed.Count < named.Count && end < sentence.Length && sentence[end] == '，' && First(figureStarts, end + 1) is var at
                && at < figures.Count && figures[at].Start == end + 1)
            {
                end = sentence.IndexOfAny(['，', '；', '。'], end + 1) is var e2 and >= 0 ? e2 : sentence.Length;
                listed = FiguresIn(m.Index, end);
            }

            // "分别减少 0.18 亿元和 0.56 亿元，下降 133.1% 和 43.7%": the clauses after it that list as many figures go on.
            while (listed.Count % named.Count == 0 && end < sentence.Length && sentence[end] == '，')
            {
                var next = sentence.IndexOfAny(['，', '；', '。'], end + 1) is var n and >= 0 ? n : sentence.Length;
                var more = FiguresIn(end, next);
                if (more.Count != named.Count || MentionsIn(end + 1, next).Count > 0)
                {
                    break;
                }

                listed.AddRange(more);
                end = next;
            }

            if (listed.Count > 0 && listed.Count % named.Count == 0)
            {
                for (var i = 0; i < listed.Count; i++)
                {
                    result[listed[i].Start] = named[i % named.Count].Key;
                }
            }
        }

        return result;
    }

    /// <summary>The index of the first of <paramref name="starts"/> (ascending) at or after <paramref name="at"/>.</summary>
    private static int First(int[] starts, int at)
    {
        var i = Array.BinarySearch(starts, at);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && starts[i - 1] == at)
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// "减幅 0.02 %", "增加 0.11万元", "2018 年": spaces a page's text set around a figure (a prose sentence, not a table's
    /// cells: a table row is not a narrative paragraph).
    /// </summary>
    [GeneratedRegex(@"(?<=\d)[ \u3000]+(?=%|万元|亿元|元|个百分点|年)|(?<=[\u4e00-\u9fff，,：:（(])[ \u3000]+(?=-?\d)")]
    private static partial Regex SpacedFigure();

    [GeneratedRegex(@"^(?:与|较|比)(?:上年|去年|上一年|\d{4}年)|^同比")]
    private static partial Regex ComparisonOpening();

    [GeneratedRegex(@"(?<=^|[，,；])(?:收入|支出)(?=(?:增加|减少|增长|下降)\d)")]
    private static partial Regex BareTotal();

    [GeneratedRegex(@"(?<=[，,；])支出(?=为?\d)")]
    private static partial Regex BareSpending();

    [GeneratedRegex(@"(?:本单位|本部门|部门|单位)(?:整体)?(?:支出)?预算(?:的)?(?:完成率|执行率)(?:为|是|达到?)?\s*$")]
    private static partial Regex WholeUnitRate();

    [GeneratedRegex(@"^[，,]?(?:同比)?(?:(?<up>增长|增加|上升)|(?<down>减少|下降|降低))")]
    private static partial Regex GlueDirection();

    [GeneratedRegex(@"^(?:\d{4}年度?)?(?:其中|包括|主要是|主要为|另外|此外|另)?(?:(?<name>[\u4e00-\u9fff]{2,14}(?:收入|支出|费用|经费|费|分配))|(?<carried>结转|结余|结转资金))(?:预算|决算|支出|数|为|是|共计|共|合计|计|达到|达|增加|减少|增长|下降|降低|上升|了|约|金额|总额|累计|\s)*$")]
    private static partial Regex UnknownItemName();

    [GeneratedRegex(@"(?<!预算|上年|决算)(?:超|逾|近|将近|接近|不到|不足|(?<![节签制合特公契条])约)\s*$")]
    private static partial Regex Approximate();

    /// <summary>
    /// Words that make the span a comparison, a time or a description, not an item's name ("当年支出决算为…" and
    /// "…运行费决算支出785万元" speak of the subject already named; "支出收入…" is a slip in the words of the item before it).
    /// </summary>
    [GeneratedRegex(@"增|减|比|较|上年|去年|同期|用于|主要|全年|本年|今年|当年|同年|本期|当期|年度|合计|总计|累计|共|相比|对比|决算|预算|实际|执行|发生|^(?:收入|支出)")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"决算|支出|实际|执行|完成|较|比|增|减")]
    private static partial Regex SpentWords();

    [GeneratedRegex(@"分别(?:为|是|达到?|占|(?=增加|减少|下降|增长|降低|上升|比|较|与))|(?<=总计|合计)各(?:为|是|(?=增加|减少|下降|增长|降低|上升))")]
    private static partial Regex RespectivelyWord();

    [GeneratedRegex(@"^(?:[\d.]+(?:万元|亿元|元))?(?:和|及|、|与)$")]
    private static partial Regex ListGap();

    [GeneratedRegex(@"(?:人均|车均|户均|平均每辆|平均每|平均(?!分|得分))")]
    private static partial Regex Average();

    [GeneratedRegex(@"运行(?:维护|维修)?费|运维费|运行维护")]
    private static partial Regex VehicleRunning();

    /// <summary>A money figure (its value signed as read) and its precision in 万元, whatever unit was printed.</summary>
    private static (decimal Value, decimal Precision) InWanYuan(StatedFigure figure, decimal value) => figure.Unit switch
    {
        "元" => (value / 10000m, figure.Precision / 10000m),
        "亿元" => (value * 10000m, figure.Precision * 10000m),
        _ => (value, figure.Precision),
    };

    /// <summary>A paragraph about 绩效自评 or 绩效目标 — named before any reason it gives, not only inside one.</summary>
    private static bool PerformanceParagraph(string text)
    {
        var at = text.IndexOf("绩效自评", StringComparison.Ordinal) is var a and >= 0 ? a : text.IndexOf("绩效目标", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var reason = text.IndexOf("原因", StringComparison.Ordinal);
        return reason < 0 || at < reason;
    }

    /// <summary>A subject that only counts (vehicles, 团组, 批次): money is never its.</summary>
    private static bool CountOnly(string key) =>
        key.StartsWith(NarrativeItems.ThreePublicCountPrefix, StringComparison.Ordinal) || key.StartsWith(NarrativeItems.VehiclePrefix, StringComparison.Ordinal)
        || key == NarrativeItems.VehiclesTotal;

    /// <summary>The kind of a subject key (its prefix): siblings in a list share it.</summary>
    private static bool Spending(string subject) =>
        subject is NarrativeItems.BasicExpenditure or NarrativeItems.ProjectExpenditure or "上缴上级支出" or "经营支出" or "对附属单位补助支出";

    private static string Kind(string key) => key.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? key[..i] : key;

    /// <summary>收入支出总计 states both totals.</summary>
    private static IEnumerable<string> Expand(string subject) =>
        subject == NarrativeItems.IncomeAndExpenditureTotal ? [NarrativeItems.IncomeTotal, NarrativeItems.ExpenditureTotal] : [subject];

    /// <summary>
    /// A subject made precise by the sentence's head or the figure's unit: under 财政拨款支出, 基本支出 is 财政拨款基本支出;
    /// a count of 人次 under 因公出国 is 出国人次; a count under 公务接待 is 接待批次 or 接待人次.
    /// </summary>
    private static string? Qualified(string? subject, string? head, StatedFigure figure, MeasureReading reading)
    {
        if (subject is null)
        {
            return null;
        }

        // "财政拨款基本支出3455.91万元，其中：人员经费…，占基本支出的45.31%": the 基本支出 of the sentence's head.
        if (head is NarrativeItems.AppropriationBasic or NarrativeItems.GeneralBudgetBasic && subject == NarrativeItems.BasicExpenditure)
        {
            return head;
        }

        // "财政拨款收入总计500.12万元，支出总计500.12万元": the bare 支出总计 is the 财政拨款's.
        if (head == NarrativeItems.AppropriationTotal && subject is NarrativeItems.ExpenditureTotal or NarrativeItems.IncomeTotal)
        {
            return head;
        }

        if (head == NarrativeItems.AppropriationExpenditure)
        {
            subject = subject switch
            {
                NarrativeItems.BasicExpenditure => NarrativeItems.AppropriationBasic,
                NarrativeItems.ProjectExpenditure => NarrativeItems.AppropriationProject,
                _ => subject,
            };
        }

        var count = figure.IsCount;
        var tp = NarrativeItems.ThreePublicPrefix;
        var tc = NarrativeItems.ThreePublicCountPrefix;
        if (count)
        {
            return (subject, figure.Unit) switch
            {
                (_, "人次" or "人") when subject == tp + "因公出国（境）费" || subject == tc + "出国团组" => tc + "出国人次",
                (_, "个") when subject == tp + "因公出国（境）费" => tc + "出国团组",
                // "国内公务接待批次为520个": batches counted in 个.
                (_, "个") when subject.StartsWith(tp, StringComparison.Ordinal) && subject.Contains("接待", StringComparison.Ordinal) =>
                    tc + (subject.Contains("外事", StringComparison.Ordinal) ? "外事接待批次" : "接待批次"),
                (_, "批次") when subject.StartsWith(tp, StringComparison.Ordinal) && subject.Contains("接待", StringComparison.Ordinal) =>
                    tc + (subject.Contains("外事", StringComparison.Ordinal) ? "外事接待批次" : "接待批次"),
                (_, "人次" or "人") when subject.StartsWith(tp, StringComparison.Ordinal) && subject.Contains("接待", StringComparison.Ordinal) =>
                    tc + (subject.Contains("外事", StringComparison.Ordinal) ? "外事接待人次" : "接待人次"),
                // Some counties count their cars in 台 ("共有车辆3台，其中一般公务用车1台").
                (_, "辆" or "台") when subject.StartsWith(NarrativeItems.VehiclePrefix, StringComparison.Ordinal) || subject == NarrativeItems.VehiclesTotal
                    || subject.StartsWith(tc, StringComparison.Ordinal) && subject.EndsWith("车辆", StringComparison.Ordinal) => subject,
                (_, "台（套）" or "台(套)" or "台") when subject == NarrativeItems.LargeEquipment => subject,
                _ when subject.StartsWith(NarrativeItems.PerformancePrefix, StringComparison.Ordinal) => subject,
                _ when subject.StartsWith(tc, StringComparison.Ordinal) && !subject.EndsWith("车辆", StringComparison.Ordinal) => subject,
                _ => null, // a count of something that is not counted: not understood
            };
        }

        // Money, rates and scores never belong to a count-only subject.
        if (subject.StartsWith(tc, StringComparison.Ordinal) || subject.StartsWith(NarrativeItems.VehiclePrefix, StringComparison.Ordinal)
            || subject == NarrativeItems.VehiclesTotal || (subject == NarrativeItems.LargeEquipment && figure.IsMoney))
        {
            return null;
        }

        _ = reading;
        return subject;
    }

    /// <summary>
    /// 预算绩效: the subject of a figure from the words of its clause — which evaluation (整体/重点/目标/跟踪/自评, a
    /// grade, problems found), which fund, and what is counted or summed.
    /// </summary>
    private static string? PerformanceSubject(string sentence, StatedFigure figure, MeasureReading reading)
    {
        var segmentStart = Math.Max(sentence.LastIndexOf('；', Math.Max(0, figure.Start - 1)), sentence.LastIndexOf('。', Math.Max(0, figure.Start - 1))) + 1;
        var segment = sentence[segmentStart..figure.Start];
        var clause = sentence[LastBoundary(sentence, figure.Start)..figure.Start];
        var after = sentence[figure.End..Math.Min(sentence.Length, figure.End + 4)];
        var topic = PerformanceTopic().Match(clause) is { Success: true } grade ? "评级" + grade.Groups[1].Value
            : clause.Contains("问题", StringComparison.Ordinal) ? "发现问题"
            : clause.Contains("完成整改", StringComparison.Ordinal) || clause.Contains("已整改", StringComparison.Ordinal) ? "已整改"
            : clause.Contains("正在整改", StringComparison.Ordinal) ? "整改中"
            : segment.Contains("整体绩效", StringComparison.Ordinal) ? "单位"
            : segment.Contains("重点", StringComparison.Ordinal) ? "重点评价"
            : segment.Contains("绩效目标", StringComparison.Ordinal) ? "目标"
            : segment.Contains("跟踪", StringComparison.Ordinal) ? "跟踪"
            : string.Empty;
        var fund = FundBefore().Match(clause) is { Success: true } f ? f.Groups[1].Value : string.Empty;
        string? noun = figure.Unit switch
        {
            "个" when topic == "单位" && (clause.Contains("单位", StringComparison.Ordinal) || after.StartsWith("单位", StringComparison.Ordinal)) => "单位数",
            "个" when topic == "单位" => "项目数",
            "个" when topic.StartsWith("评级", StringComparison.Ordinal) || topic is "发现问题" or "已整改" or "整改中" => string.Empty,
            "个" when clause.Contains("项目", StringComparison.Ordinal) || after.StartsWith("项目", StringComparison.Ordinal) => fund + "项目数",
            "个" => null,
            "万元" or "元" => fund.Length > 0 ? fund + "资金" : "涉及资金",
            "分" => "平均分",
            "%" when reading.Measure == Measure.Rate || clause.Contains("覆盖", StringComparison.Ordinal) => "覆盖率",
            _ => null,
        };
        if (noun is null)
        {
            return null;
        }

        var key = (topic, noun) switch
        {
            ("单位", "单位数") => "单位数",
            ("单位", "涉及资金") => "单位涉及资金",
            ("单位", "平均分") => "单位平均分",
            _ => topic + noun,
        };
        return NarrativeItems.PerformancePrefix + key;
    }

    // A clause as the writer punctuates it: "、" separates the items of a list inside one clause.
    private static readonly char[] ClauseEnds = ['，', '；', '：', '。', ',', ';', ':'];

    /// <summary>
    /// "因公出国（境）费2014年财政拨款支出决算数为…": the funding words after an item (and its year) qualify it; the item is the
    /// subject. Returns that item, or null when <paramref name="named"/> is not such a qualifier.
    /// </summary>
    private static SubjectMention? Qualifier(string sentence, List<SubjectMention> mentions, SubjectMention named)
    {
        if (named.Key is not (NarrativeItems.AppropriationExpenditure or NarrativeItems.GeneralBudgetExpenditure))
        {
            return null;
        }

        var item = mentions.LastOrDefault(m => m.End <= named.Start);
        return item is not null && item.Key != named.Key && named.Start - item.End <= 6
            && YearOnly().IsMatch(sentence.AsSpan(item.End, named.Start - item.End)) ? item : null;
    }

    [GeneratedRegex(@"^\s*(?:20\d\d\s*年度?)?\s*$")]
    private static partial Regex YearOnly();

    /// <summary>
    /// The words between the figure's clause (or the last subject named in it) and the figure end with the name of an
    /// income or spending item that no subject pattern knows ("财政补助收入", "医疗业务支出", "项目支出预算"): its name, or
    /// empty for a 结转 or 结余 of no stated kind; null where no such name stands there.
    /// </summary>
    private static string? UnknownNamed(string sentence, List<SubjectMention> mentions, int clauseStart, StatedFigure figure, MeasureReading reading)
    {
        if (!figure.IsMoney || reading.WholeStart >= 0 || reading.Measure is not (Measure.Amount or Measure.ChangeAmount or Measure.Budget or Measure.PriorAmount))
        {
            return null;
        }

        var gapStart = Math.Max(clauseStart, mentions.LastOrDefault(m => m.End <= figure.Start)?.End ?? 0);
        if (figure.Start - gapStart is < 4 or > 40)
        {
            return null;
        }

        var m = UnknownItemName().Match(sentence, gapStart, figure.Start - gapStart);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value;
        return (name.Length >= 4 || m.Groups["carried"].Success) && !NotAName().IsMatch(name) ? name : null;
    }

    /// <summary>No clause a pattern reads runs longer than this: past it the start is taken as a boundary (a line of figures without punctuation stays linear).</summary>
    private const int LongestClause = 200;

    private static int LastBoundary(string sentence, int before)
    {
        // A remark in brackets is one word of its clause: "占预算（指调整预算，下同）的100.17%".
        var depth = 0;
        var stop = Math.Max(0, before - LongestClause);
        for (var i = before - 1; i >= stop; i--)
        {
            var c = sentence[i];
            if (c is '）' or ')')
            {
                depth++;
            }
            else if (c is '（' or '(')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '，' or '；' or '：' or '。' or '、' or ',' or ';' or ':')
            {
                return i + 1;
            }
        }

        return stop;
    }

    /// <summary>
    /// What the change before <paramref name="at"/> is measured against: the last "较/比/与/同…" before it in its part of the
    /// sentence (to the previous "；"). A budget ("较年初预算数", "比预算", "比上年预算数字") or a year ("比2019年", "与2023年度相比");
    /// null for last year (较上年, 比去年, 同比) or when the sentence names no comparison.
    /// </summary>
    /// <summary>
    /// What a change is against: a budget of this year, another year, or last year's budget ("比上年预算数下降35.45%":
    /// a figure no table of this year holds, so nothing can check it).
    /// </summary>
    private static (BudgetBasis? Budget, int? Year, bool PriorBudget)? ComparedWith(string sentence, int at)
    {
        var start = sentence.LastIndexOf('；', Math.Max(0, at - 1)) + 1;
        var matches = Comparison().Matches(sentence[start..at]);
        if (matches.Count == 0)
        {
            matches = DroppedWith().Matches(sentence[start..at]);
        }

        if (matches.Count == 0)
        {
            return null;
        }

        var against = matches[^1].Groups["base"].Value;
        if (against.StartsWith("上年", StringComparison.Ordinal) && against.Contains("预算", StringComparison.Ordinal))
        {
            return (null, null, true);
        }

        if (against.Contains("预算", StringComparison.Ordinal))
        {
            return (against.Contains("年初", StringComparison.Ordinal) ? BudgetBasis.Initial
                : against.Contains("调整", StringComparison.Ordinal) ? BudgetBasis.Adjusted : BudgetBasis.FullYear, null, false);
        }

        // "比2015年“三公”经费财政拨款年初预算2184.89万元减少": the year names the budget's year, and a budget it is.
        var named = sentence[(start + matches[^1].Index + matches[^1].Length)..at];
        if (BudgetNamed().IsMatch(named) && !named.Contains("决算", StringComparison.Ordinal) && !named.Contains("上年", StringComparison.Ordinal))
        {
            return (named.Contains("年初", StringComparison.Ordinal) ? BudgetBasis.Initial
                : named.Contains("调整", StringComparison.Ordinal) ? BudgetBasis.Adjusted : BudgetBasis.FullYear, null, false);
        }

        return YearMention().Match(against) is { Success: true } y ? (null, int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture), false) : null;
    }

    [GeneratedRegex(@"^20[0-4]\d\d{1,6}(?:\.\d+)?$")]
    private static partial Regex GluedYear();

    [GeneratedRegex(@"(?:两|二|三|四|以上|上述)(?:项|者|部分)(?:合计|共计|之和|合|共)?占")]
    private static partial Regex JointShare();

    [GeneratedRegex(@"^为(?:年初|全年|调整后?)?预算数?[\d.,，]+万?元的$")]
    private static partial Regex BudgetNamedAsWhole();

    [GeneratedRegex(@"支出总计[^，。；]*万元[，,]\s*(?:与|较|比)[^，。；]{1,12}相比[，,]?\s*各(?:增加|减少|增长|下降)")]
    private static partial Regex EachChanged();

    /// <summary>A budget named after a year ("…年初预算2184.89万元"), not the 一般公共预算 of a fund's name.</summary>
    [GeneratedRegex(@"(?:年初|全年|调整后?)预算|(?<!公共|基金|经营)预算数?(?=\d)")]
    private static partial Regex BudgetNamed();

    /// <summary>The year a sentence opens with ("2023年度…"), the year its figures are of.</summary>
    private static int? YearOpening(string sentence) =>
        OpeningYear().Match(sentence) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?:较|比|与|同)(?<base>(?:20\d\d年度?)?(?:年初|全年|调整后?)?预算|上年度?的?(?:年初|全年|调整后?)?预算|上年决算|上年|去年|上一?年度?|同期|(?:20\d\d)年度?|年初预算|全年预算|调整后?预算|预算)")]
    private static partial Regex Comparison();

    /// <summary>"公务接待费支出30.00万元, 2021年度预算相比,减少20.50万元": the comparison with its 与 dropped.</summary>
    [GeneratedRegex(@"(?<=^|[，,\s])(?<base>20\d\d年度?(?:年初|全年|调整后?)?预算)(?=相比)")]
    private static partial Regex DroppedWith();

    [GeneratedRegex(@"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(20\d\d)年")]
    private static partial Regex OpeningYear();

    /// <summary>The year a clause names before a figure ("2024年度…", "比2024年"), when it names one.</summary>
    private static int? YearBefore(string sentence, int at)
    {
        var start = LastBoundary(sentence, at);
        // "与2019年度收、支总计4832.02万元相比": a list's 、 does not end the clause its year opens.
        for (var i = 0; i < 3 && start > 0 && sentence[start - 1] == '、'; i++)
        {
            start = LastBoundary(sentence, start - 1);
        }

        var m = YearMention().Matches(sentence[start..at]);
        if (m.Count > 0)
        {
            return int.Parse(m[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        }

        // "2022年度收入总计400.22万元，支出总计400.22万元": the year that opens a clause speaks for the bare amounts listed after
        // it (up to two), until a clause compares or names a year of its own.
        for (var (i, end) = (0, at); i < 2 && start > 1 && sentence[start - 1] is '，' or ','; i++)
        {
            if (!BareAmount().IsMatch(sentence.AsSpan(start, end - start)))
            {
                return null;
            }

            var previous = LastBoundary(sentence, start - 1);
            if (ClauseYear().Match(sentence, previous, start - 1 - previous) is { Success: true } y)
            {
                return int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            (start, end) = (previous, start - 1);
        }

        return null;
    }

    /// <summary>A clause that only names an amount: "支出总计" (the figure follows) — no comparison, no year word.</summary>
    [GeneratedRegex(@"^(?![^，,]*(?:比|较|与|同|今年|本年|当年|上年|去年|增|减|占|预算))[\p{IsCJKUnifiedIdeographs}“”]{2,12}(?:[\d.]+万元)?$")]
    private static partial Regex BareAmount();

    // The year alone, or the year with a bare amount ("2022年度收入总计400.22万元") — not "2023年12月划入两个事业单位后".
    [GeneratedRegex(@"^\s*(20\d\d)年度?(?:[\p{IsCJKUnifiedIdeographs}“”]{2,12}(?:为|是)?[\d.]+万元)?$")]
    private static partial Regex ClauseYear();

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、．.]")]
    private static partial Regex MainHeading();

    [GeneratedRegex(@"^第[一二三四五六七]部分")]
    private static partial Regex Part();

    // "第一部分 决算报告" (its paragraph may run on into the report's title: the heading ends without punctuation).
    [GeneratedRegex(@"^第[一二三四五六七]部分\s*[\p{IsCJKUnifiedIdeographs}]{0,6}(?:决算|预算执行情况)(?:草案)?的?报告")]
    private static partial Regex ReportPart();

    [GeneratedRegex(@"^(?:[（(]\d+[）)]|\d+[.．、](?!\d))")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^[（(]?\d+[)）.．、]?“?(?<name>[^：:]+?)”?(?:项目)?(?:自评综述|绩效自评综述)[:：]")]
    private static partial Regex ProjectParagraph();

    [GeneratedRegex(@"(?:主要用于|用于|主要是|主要为)(?:(?!，(?:年初预算|全年预算|调整预算|预算|支出决算|决算|完成|占|比|与|较|当年|全年))[^；。：])*|(?:具体包括|主要包括|包括)[^；。]*|(?:主要原因|原因是|原因为|原因：)[^。]*")]
    private static partial Regex DescriptionZone();

    [GeneratedRegex(@"评级为“?(优|良|合格|不合格|中|差)”?")]
    private static partial Regex PerformanceTopic();

    [GeneratedRegex(@"(一般公共预算|政府性基金预算|国有资本经营预算)(?:项目|资金)?$")]
    private static partial Regex FundBefore();

    [GeneratedRegex(@"(20\d\d)年")]
    private static partial Regex YearMention();

    /// <summary>
    /// A blank amount: words (not ending in a numeral — 十/百/千/亿, 五 — which make "数十万元", "多出五万元" a figure) between a comma or colon and
    /// 万元, and the clause ends there ("，政府性基金预算资金 万元，"); "转换成万元时" is not one.
    /// </summary>
    [GeneratedRegex(@"[，,：:；;（(、](?:其中[:：]?)?([\u4e00-\u9fff“”]{1,15}[\u4e00-\u9fff”](?<![一二三四五六七八九十百千亿两多余几]))万元(?=[，,。；;）)、]|$)")]
    private static partial Regex BlankAmount();

    [GeneratedRegex(@"(?<item>(?:[\u4e00-\u9fff]|\d(?=[\d.]*万元))[\u4e00-\u9fff\d.]{0,13}(?:设备|车辆|用房|得分|评分))[ \u3000]*(?<unit>台[（(]套[）)]|台|辆|平方米|分)(?![\u4e00-\u9fff\d%])")]
    private static partial Regex BlankCount();

    [GeneratedRegex(@"(?:增长|下降|增加|减少|降低|上升)(?:率|幅度)?(?:为)?\s*[%％](?=[，,。；;）)（(]|$)")]
    private static partial Regex BlankRate();

    [GeneratedRegex(@"占(?<whole>[^，,。；;%％\dXx×Ｘ]{0,16}?)\s*[%％](?=[，,。；;）)]|$)")]
    private static partial Regex BlankShare();

    [GeneratedRegex(@"^\s*(?:主要原因|原因|主要是原因|主要是由于|主要系)(?:是|为)?[：:，]?(.*)$")]
    private static partial Regex FollowingReason();

    [GeneratedRegex(@"^(?:元|万元|亿元)?[，,。；：:]?\s*(?:其中|主要用于|包括)")]
    private static partial Regex PartsFollow();
}
