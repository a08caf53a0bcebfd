using System.Text.RegularExpressions;
using Juesuan.Readers.Published.Lines;

namespace Juesuan.Readers.Published.Sections;

/// <summary>情况说明 (the narrative): its paragraphs, joined across line and page breaks, each with the line it begins on.</summary>
internal static partial class NarrativeText
{
    /// <summary>The narrative part as one string per paragraph, page breaks inside paragraphs joined.</summary>
    internal static List<(string Text, TextLine At)> Paragraphs(List<TextLine> lines)
    {
        var result = new List<(string, TextLine)>();
        var broken = false;
        foreach (var l in lines)
        {
            var flat = l.Flat;
            var prose = Prose().IsMatch(flat) || JustifiedWords(l);
            if (l.Cells.Length > 1)
            {
                // A PDF sets a justified line's words far apart: a line of cells with sentence punctuation or 万元 is prose,
                // and so is a long run of words with no amount ("上海市普陀区规划和自然资源局 2024 年度政府采购金额").
                // Any other line of cells is a table's, and a paragraph does not run on across it.
                if (!(l.Anchors is not null && prose))
                {
                    broken = true;
                    continue;
                }
            }

            // A page number between two halves of a sentence ("…占中" 第5页 "小企业…") is not part of it.
            if (l.Cells.Length == 1 && PageFooter.Pattern().IsMatch(FlatText.Normalize(flat)))
            {
                continue;
            }

            // A heading ("三、财政拨款“三公”经费支出决算情况说明") ends without punctuation: the next line is not its continuation.
            // "（二）政府采购情况" / "三、其他重要事项" followed by a sentence: the sentence is its own paragraph (a part's title
            // broken before its last word, "…部门决算情况" / "说明", still runs on).
            var afterHeading = result.Count > 0 && StartsParagraph().IsMatch(result[^1].Item1)
                && (HeadingEnd().IsMatch(result[^1].Item1)
                    || ((TopicHeading().IsMatch(result[^1].Item1) || NamedHeading().IsMatch(result[^1].Item1)) && flat.Length > 6 && prose));
            if (result.Count > 0 && !broken && !afterHeading && !StartsParagraph().IsMatch(flat) && !result[^1].Item1.EndsWith('。') && !result[^1].Item1.EndsWith('：'))
            {
                result[^1] = (result[^1].Item1 + flat, result[^1].Item2);
            }
            else
            {
                result.Add((flat, l));
            }

            broken = false;
        }

        return result;
    }

    [GeneratedRegex(@"[，。；]|万元")]
    private static partial Regex Prose();

    /// <summary>
    /// A PDF line of a sentence's words set far apart: at least 16 Chinese characters, one word of 10 or more, and no
    /// figure but a year — a table's header cells are short, its rows hold amounts.
    /// </summary>
    private static bool JustifiedWords(TextLine l)
    {
        if (l.Anchors is null || l.Cells.Length < 2 || l.Cells.Max(c => c.Length) < 10)
        {
            return false;
        }

        var chinese = 0;
        foreach (var c in l.Cells)
        {
            if (c.Any(char.IsAsciiDigit) && Digits().Matches(c).Any(d => d.Length != 4 || !(d.Value.StartsWith("19", StringComparison.Ordinal) || d.Value.StartsWith("20", StringComparison.Ordinal))))
            {
                return false;
            }

            chinese += c.Count(ch => ch is >= '\u4e00' and <= '\u9fff');
        }

        return chinese >= 16;
    }

    [GeneratedRegex(@"[\d.,]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?:说明|概况|构成|职责|名词解释|名词进行解释|决算表)$")]
    private static partial Regex HeadingEnd();

    [GeneratedRegex(@"^(?!第[一二三四五六七八九十]+部分)[^，。；：,;:]{2,40}(?:情况|事项)$")]
    private static partial Regex TopicHeading();

    /// <summary>"二、公务接待费" followed by "2017年公务接待费1014万元，…": a numbered item's name alone on its line is its heading.</summary>
    [GeneratedRegex(@"^[（(]?[一二三四五六七八九十]{1,3}[)）、.．][^，。；：,;:\d]{2,24}$")]
    private static partial Regex NamedHeading();

    /// <summary>"一、2018年度…" opens a paragraph as "一、收入…" does; "1.5万元" does not ("1." followed by a digit is a decimal).</summary>
    [GeneratedRegex(@"^([（(]?[一二三四五六七八九十]+[)）、.．]|[（(]?\d+[)）、.．](?!\d)|第[一二三四五]部分|注：|《)")]
    private static partial Regex StartsParagraph();
}
