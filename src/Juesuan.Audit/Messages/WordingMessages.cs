using Juesuan.Core.Published;

namespace Juesuan.Audit.Messages;

/// <summary>用语审核说明: the 目录, names, precision and wording (C-TOC, W-*, N-PRECISION, N-COUNT).</summary>
public static class WordingMessages
{
    /// <summary>C-TOC: an entry worded otherwise than the body's heading (at <paramref name="headingPlace"/>).</summary>
    public static AuditMessage ContentsDiffersFromHeading(string entry, string heading, PrintedPlace headingPlace) =>
        new(AuditMessageId.ContentsDiffersFromHeading, $"目录「{entry}」与正文「{heading}」（{headingPlace}）不一致");

    /// <summary>C-TOC: an entry no heading of the body has.</summary>
    public static AuditMessage ContentsEntryWithoutHeading(string entry) => new(AuditMessageId.ContentsEntryWithoutHeading, $"目录「{entry}」在正文中没有相同的标题");

    /// <summary>W-TERMS: one item called by two names.</summary>
    public static AuditMessage TwoNamesForOneItem(string first, PrintedPlace firstPlace, string second, PrintedPlace secondPlace) =>
        new(AuditMessageId.TwoNamesForOneItem, $"同一事项两种名称：「{first}」（{firstPlace}）与「{second}」（{secondPlace}）");

    /// <summary>W-PLACE: a county or district named otherwise than it is most of the text (县 for 区).</summary>
    public static AuditMessage PlaceNamedTwoWays(string name, string usual, int times, PrintedPlace usualPlace) =>
        new(AuditMessageId.PlaceNamedTwoWays, $"「{name}」与全文所用的「{usual}」（{times} 处，首见 {usualPlace}）不一致：同一地方两种名称，应统一为现名");

    /// <summary>N-PRECISION: a completion rate printed to other decimals than most.</summary>
    public static AuditMessage RatePrecisionDiffers(string rate, int others, int decimals) =>
        new(AuditMessageId.RatePrecisionDiffers, $"「{rate}%」的精度与其他 {others} 个完成率（{decimals} 位小数）不同");

    /// <summary>N-COUNT: "A、B 等 3 个项目" (with the number of project tables of the annex, when there are any).</summary>
    public static AuditMessage EnumerationCountDiffers(int named, int stated, int annex) =>
        new(AuditMessageId.EnumerationCountDiffers, $"列举 {named} 个项目，却称“等 {stated} 个项目”{(annex > 0 ? $"；附件有 {annex} 张项目自评表" : "")}");

    public static AuditMessage WordRepeated(string words, string excerpt) => new(AuditMessageId.WordRepeated, $"词语重复“{words}”：{excerpt}");

    /// <summary>W-COMPARE: "与上年下降" (<paramref name="with"/>: 与上年…, <paramref name="word"/>: 下降).</summary>
    public static AuditMessage ComparisonUnclosed(string words, string with, string word, string excerpt) =>
        new(AuditMessageId.ComparisonUnclosed, $"“{words}”缺少“相比”，应为“{with}相比，{word}”或“比{with[1..]}{word}”：{excerpt}");

    public static AuditMessage HeadingOrdinalLost(string heading) => new(AuditMessageId.HeadingOrdinalLost, $"标题“{heading}”的序号残缺，只剩“、”");

    public static AuditMessage HeadingTruncated(string heading, string standard) => new(AuditMessageId.HeadingTruncated, $"标题“{heading}”残缺，应为“{standard}”");

    /// <summary>W-DEFINITION: an item explained in the words that define another.</summary>
    public static AuditMessage DefinitionOfAnotherItem(string item, string words, string other, string excerpt) =>
        new(AuditMessageId.DefinitionOfAnotherItem, $"{item}的说明“{words}”是{other}的定义：{excerpt}");

    /// <summary>W-DEFINITION: 三公 said to be three other things than 因公出国（境）, 公务用车 and 公务接待.</summary>
    public static AuditMessage ThreePublicDefinedOtherwise(string list, string foreign, string excerpt) =>
        new(AuditMessageId.ThreePublicDefinedOtherwise, $"“三公”是因公出国（境）、公务用车购置及运行维护、公务接待，此处写作“{list}”（“{foreign}”不在其中，因公出国（境）漏了）：{excerpt}");

    /// <summary>W-TYPO: a character slip whose right word is certain.</summary>
    public static AuditMessage CharacterSlip(string printed, string meant, string excerpt) =>
        new(AuditMessageId.CharacterSlip, $"错字“{printed}”，应为“{meant}”：{excerpt}");

    /// <summary>W-HEADING: two main headings of one part under one ordinal.</summary>
    public static AuditMessage HeadingOrdinalRepeated(string heading, string earlier) =>
        new(AuditMessageId.HeadingOrdinalRepeated, $"标题“{heading}”与前一个标题“{earlier}”序号相同");

    /// <summary>W-NUMBERING: two items of one list under one number.</summary>
    public static AuditMessage ItemNumberRepeated(int number, string earlier, string later) =>
        new(AuditMessageId.ItemNumberRepeated, $"序号重复：“{earlier}…”之后又是“{later}…”，下一条为 {number + 1}");

    /// <summary>W-HEADING: a standard heading misspelt or with a word typed in twice.</summary>
    public static AuditMessage HeadingMisworded(string heading, string standard) => new(AuditMessageId.HeadingMisworded, $"标题“{heading}”有误，应为“{standard}”");
}
