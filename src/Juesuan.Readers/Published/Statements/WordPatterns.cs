using System.Text.RegularExpressions;
using Juesuan.Core.Published;

namespace Juesuan.Readers.Published.Statements;

/// <summary>
/// The catalogue of word patterns: 决算数大于/小于/等于预算数, 持平, and the direction words (增加, 减少…) that
/// come with a change, each with the reason the sentence gives (主要原因是…).
/// </summary>
internal static partial class WordPatterns
{
    public static IReadOnlyList<WordPattern> All { get; } =
    [
        new("决算大于预算", new Regex(@"决算(?:数)?(?:大于|多于|高于|超过|超出)(?:年初|全年|调整)?预算(?:数)?|超(?:出)?预算", RegexOptions.Compiled), WordKind.MoreThanBudget,
            "年初预算为 1196.07 万元，支出决算为 1,293.60 万元。决算数大于预算数的主要原因：新进人员及政策性增资。"),
        new("决算小于预算", new Regex(@"决算(?:数)?(?:小于|少于|低于)(?:年初|全年|调整)?预算(?:数)?", RegexOptions.Compiled), WordKind.LessThanBudget,
            "年初预算为 78.57 万元，支出决算为 46.34 万元，决算数小于预算数的主要原因：医疗保险实际支出较预算小。"),
        new("决算等于预算", new Regex(@"决算(?:数)?(?:等于|持平)(?:年初|全年|调整)?预算(?:数)?|决算(?:数)?与(?:年初|全年|调整)?预算(?:数)?(?:基本)?(?:持平|相等|一致)|与(?:年初|全年)?预算(?:数)?(?:基本)?持平|与(?:20\d\d年度?)?(?:年初|全年|调整后?)?预算(?:数)?相比(?:无变化|无增减|没有变化|持平)|比(?:年初|全年)?预算(?:数)?无增减(?:变化)?", RegexOptions.Compiled), WordKind.EqualToBudget,
            "完成预算的 0.00%，决算数持平预算数的主要原因是未产生因公出国（境）费用。"),
        new("与上年持平", new Regex(@"(?:与|和|同|较)(?:上年|上年度|\d{4}年度?)(?:相比|比较)?(?:基本)?持平|(?<!预算数?)(?<!决算数?)持平(?!预算)", RegexOptions.Compiled), WordKind.Flat,
            "因公出国（境）费支出决算为 0.00 万元，与 2024 年持平"),
        new("增加", new Regex(@"(?:增加|增长|上升|上涨|提高)(?=\d|了\d|为|到)", RegexOptions.Compiled), WordKind.Up, "比上年增加 19.77 万元，增长 88.61%"),
        new("减少", new Regex(@"(?:减少|下降|降低)(?=\d|了\d|为|到)", RegexOptions.Compiled), WordKind.Down, "今年收入总计减少 693.38 万元，降低 8.00%"),
    ];

    public static IReadOnlyList<WordClaim> Read(string sentence, PrintedPlace place, IReadOnlyList<SubjectMention> mentions, string? fallback,
        Func<int, (int, int)?> zoneOf)
    {
        var words = new List<WordClaim>();
        var reasonMatch = Reason().Match(sentence);
        var reasonStart = reasonMatch.Success ? reasonMatch.Index : sentence.Length;
        var reasonEnd = reasonMatch.Success ? ReasonEnd(sentence, reasonMatch) : sentence.Length;
        var reason = reasonMatch.Success ? sentence[reasonMatch.Groups[1].Index..reasonEnd].Trim('：', '，', '。', '；') : null;
        var taken = new List<(int, int)>();
        var at = new List<int>();
        foreach (var pattern in All)
        {
            foreach (Match m in pattern.Regex.Matches(sentence))
            {
                // Words inside the reason are the reason's, and a longer pattern already read this place.
                if ((m.Index >= reasonStart && m.Index < reasonEnd) || taken.Any(t => t.Item1 < m.Index + m.Length && m.Index < t.Item2))
                {
                    continue;
                }

                taken.Add((m.Index, m.Index + m.Length));

                // "较上年减少119批次，下降100%，共计接待0人次，与上年持平": words of a count (the change before a count, the rate
                // after its change, flat after it) are not the money item's named before them.
                if (OfCount(sentence, m))
                {
                    continue;
                }

                var zone = zoneOf(m.Index);
                // "“三公”经费支出决算大于预算数": the name may take the word's own 决算 ("…经费支出决算"): it still names the word's subject.
                var subject = mentions.LastOrDefault(x => x.Start < m.Index && x.End <= m.Index + m.Length && (zoneOf(x.Start) is not { } z || z == zone))?.Key ?? fallback;
                if (subject is null)
                {
                    continue;
                }

                words.Add(new WordClaim(subject, pattern.Kind, m.Value, place) { Sentence = sentence, Reason = m.Index < reasonStart ? reason : null, Pattern = pattern.Name });
                at.Add(m.Index);
            }
        }

        // "与上年相比减少…；决算数大于预算数…，主要原因：…增加…": the reason explains the words just before it — the budget
        // relation here — not the year-on-year words earlier in the sentence.
        if (reason is not null && words.Count > 1)
        {
            var last = words[at.IndexOf(at.Max())];
            var family = IsBudgetRelation(last.Kind);
            for (var i = 0; i < words.Count; i++)
            {
                if (IsBudgetRelation(words[i].Kind) != family)
                {
                    words[i] = words[i] with { Reason = null };
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Where a reason ends: the sentence's end, or a "；" after which the next item is stated with its figure
    /// ("…主要原因是车辆报废后购买新车；公务用车运行维护费 1072.46 万元，较上年减少…"); "；二是…" goes on with the reason.
    /// </summary>
    private static int ReasonEnd(string sentence, Match reason)
    {
        for (var i = sentence.IndexOf('；', reason.Index); i >= 0; i = sentence.IndexOf('；', i + 1))
        {
            if (NextItem().IsMatch(sentence.AsSpan(i + 1)))
            {
                return i;
            }
        }

        return sentence.Length;
    }

    [GeneratedRegex(@"^(?![一二三四五六七八九十]是|[（(]?\d+[)）.、])[^，。；\d]{2,30}?\d")]
    private static partial Regex NextItem();

    private static bool OfCount(string sentence, Match word) =>
        CountAfter().IsMatch(sentence.AsSpan(word.Index + word.Length))
        || (word.Index > 0 && CountBefore().IsMatch(sentence.AsSpan(Math.Max(0, word.Index - 16), Math.Min(16, word.Index))));

    [GeneratedRegex(@"^了?\s*\d[\d.,，]*\s*(?:人次|批次|次|辆|个|人|台|套)")]
    private static partial Regex CountAfter();

    /// <summary>A count, or a count's change, just before the word, with no amount between: "…0人次，与上年持平", "…119批次，下降".</summary>
    [GeneratedRegex(@"\d\s*(?:人次|批次|次|辆|个|人|台|套)[，,]?\s*$")]
    private static partial Regex CountBefore();

    private static bool IsBudgetRelation(WordKind kind) => kind is WordKind.MoreThanBudget or WordKind.LessThanBudget or WordKind.EqualToBudget;

    [GeneratedRegex(@"(?:主要原因(?:是|为|：|:)?|原因(?:是|为|：|:))([^。]*)")]
    private static partial Regex Reason();
}
