using System.Text.RegularExpressions;

namespace Juesuan.Readers.Published.Text;

/// <summary>
/// 拼音注音: some gateways print a reading after characters ("经(jīng)费(fèi)", "预（yù）算"), which breaks every word
/// and unit it falls in. Removed within each line (line numbers stay), only when the text holds several of them.
/// </summary>
internal static partial class PinyinGlosses
{
    public const string Note = "文本的汉字后印有拼音注音（如“预（yù）算”），已去除后读取";

    public static (string Text, bool Removed) Without(string text)
    {
        var matches = Gloss().Matches(text);
        if (matches.Count < 3 || !matches.Any(m => m.Value.Any(c => c > 'z')))
        {
            return (text, false);
        }

        return (Gloss().Replace(text, string.Empty), true);
    }

    // After a CJK character: a lower-case syllable of up to 6 letters with or without its tone mark, in either bracket.
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[）)]")]
    private static partial Regex Gloss();
}
