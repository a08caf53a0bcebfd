using Juesuan.Core.Published;
using Juesuan.Readers.Published;
using Juesuan.Readers.Published.Text;

namespace Juesuan.Readers.Tests.Published;

/// <summary>
/// 繁体字文本: a report republished in traditional characters is read as its simplified original, line for line;
/// a simplified report quoting a traditional word is read as it is.
/// </summary>
public sealed class TraditionalScriptTests
{
    // Written for this test, not taken from a report: the same paragraph in both scripts.
    private const string Traditional = """
        某縣文化館2025年度部門決算
        四、收入決算情況說明
        2025年度收入合計860.40萬元，較上年減少12.50萬元，下降1.43%。其中：財政撥款收入812.30萬元，佔收入合計的94.41%；其他收入48.10萬元，佔收入合計的5.59%。
        五、支出決算情況說明
        2025年度支出合計858.00萬元，其中：基本支出700.00萬元，佔支出合計的81.59%；項目支出158.00萬元，佔支出合計的18.41%。年末結轉和結餘2.40萬元。
        """;

    private const string Simplified = """
        某县文化馆2025年度部门决算
        四、收入决算情况说明
        2025年度收入合计860.40万元，较上年减少12.50万元，下降1.43%。其中：财政拨款收入812.30万元，占收入合计的94.41%；其他收入48.10万元，占收入合计的5.59%。
        五、支出决算情况说明
        2025年度支出合计858.00万元，其中：基本支出700.00万元，占支出合计的81.59%；项目支出158.00万元，占支出合计的18.41%。年末结转和结余2.40万元。
        """;

    /// <summary>
    /// ICU's pairs left out of the table (scripts/traditional-simplified.sh): simplified text uses each source as itself
    /// in a meaning the target does not have (乾县, 俱乐部, 哪吒, 姊妹, 苎麻, 显著, 慰藉, 摔跤, 大阪, 瞭望塔, 东昇).
    /// </summary>
    public static TheoryData<char, char> Excluded() => new()
    {
        { '乾', '干' }, { '俱', '具' }, { '吒', '咤' }, { '姊', '姐' }, { '苎', '苧' }, { '著', '着' },
        { '藉', '借' }, { '跤', '交' }, { '阪', '坂' }, { '瞭', '了' }, { '昇', '升' },
    };

    [Fact]
    public void A_traditional_report_gives_the_claims_of_its_simplified_twin()
    {
        var traditional = TextReportReader.Read(Traditional, "t.txt");
        var simplified = TextReportReader.Read(Simplified, "s.txt");

        Assert.NotEmpty(simplified.Claims);
        Assert.Equal(Describe(simplified.Claims), Describe(traditional.Claims));
        Assert.Equal(simplified.DepartmentName, traditional.DepartmentName);
        Assert.Equal(simplified.Year, traditional.Year);
        Assert.Equal(simplified.NarrativeFigureCount, traditional.NarrativeFigureCount);
        Assert.Equal([TraditionalScript.Note], traditional.ReaderNotes);
        Assert.DoesNotContain(TraditionalScript.Note, simplified.ReaderNotes);
    }

    [Fact]
    public void Conversion_keeps_every_character_where_it_was()
    {
        Assert.True(TraditionalScript.IsTraditional(Traditional));
        var converted = TraditionalScript.ToSimplified(Traditional);
        Assert.Equal(Simplified, converted);
        Assert.Equal(Traditional.Length, converted.Length);
        Assert.Equal(Traditional.Split('\n').Select(l => l.Length), converted.Split('\n').Select(l => l.Length));

        // Line numbers too: the same lines hold the same figures.
        var traditional = TextReportReader.Read(Traditional, "t.txt");
        var simplified = TextReportReader.Read(Simplified, "s.txt");
        Assert.Equal(simplified.Lines.Select(l => (l.Place, l.Text)), traditional.Lines.Select(l => (l.Place, l.Text)));
    }

    [Fact]
    public void A_simplified_report_quoting_a_traditional_word_is_left_alone()
    {
        const string quoting = """
            四、收入决算情况说明
            2025年度收入合计860.40万元，其中：财政拨款收入812.30万元，占收入合计的94.41%。
            本馆承办“台灣文化週”交流活动，展出《國寶》图册。
            """;
        Assert.False(TraditionalScript.IsTraditional(quoting));
        var report = TextReportReader.Read(quoting, "q.txt");
        Assert.Empty(report.ReaderNotes);
        Assert.Contains(report.Lines, l => l.Text.Contains("台灣文化週", StringComparison.Ordinal));
        Assert.Contains(report.Lines, l => l.Text.Contains("《國寶》", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_traditional_quotation_alone_is_not_a_script()
    {
        Assert.False(TraditionalScript.IsTraditional("台灣"));
        Assert.False(TraditionalScript.IsTraditional("《國寶》"));
        Assert.False(TraditionalScript.IsTraditional(string.Empty));
    }

    [Theory]
    [InlineData("萬決預撥費較減額總計佔於餘財說與經務國資產", "万决预拨费较减额总计占于余财说与经务国资产")]
    [InlineData("項目結轉結餘變動較上年增長", "项目结转结余变动较上年增长")]
    [InlineData("公務用車購置及運行維護費、因公出國（境）費、公務接待費", "公务用车购置及运行维护费、因公出国（境）费、公务接待费")]
    [InlineData("一般公共預算財政撥款基本支出決算表", "一般公共预算财政拨款基本支出决算表")]
    [InlineData("規劃、製度、範圍、準確、採購、後勤、發放、徵收", "规划、制度、范围、准确、采购、后勤、发放、征收")]
    public void The_words_of_a_report_become_simplified(string traditional, string simplified) =>
        Assert.Equal(simplified, TraditionalScript.ToSimplified(traditional));

    [Fact]
    public void Simplified_text_is_left_as_it_is()
    {
        // Characters simplified text uses as themselves, among them those left out of the table.
        const string text = "显著成效，著作权，慰藉，俱乐部，与时俱进，乾县，姊妹，哪吒，摔跤，大阪，瞭望塔，苎麻，东昇，沈阳，覆盖，于是，余额，后勤";
        Assert.Equal(text, TraditionalScript.ToSimplified(text));
    }

    [Theory]
    [MemberData(nameof(Excluded))]
    public void The_table_leaves_out_a_pair_that_would_change_a_simplified_word(char source, char wrongTarget)
    {
        Assert.False(TraditionalScript.Pairs.ContainsKey(source), $"{source} is left as it is");
        Assert.DoesNotContain(TraditionalScript.Pairs, p => p.Key == source && p.Value == wrongTarget);
    }

    [Fact]
    public void The_table_holds_changing_pairs_that_need_no_second_pass()
    {
        var pairs = TraditionalScript.Pairs;
        Assert.InRange(pairs.Count, 2800, 2900);
        Assert.All(pairs, p => Assert.NotEqual(p.Key, p.Value));
        Assert.All(pairs, p => Assert.InRange(p.Key, '\u4E00', '\u9FFF'));

        // No target is itself converted: a simplified text, or one converted already, is left as it is.
        Assert.All(pairs, p => Assert.False(pairs.ContainsKey(p.Value), $"{p.Key}→{p.Value} is converted again"));
    }

    private static List<string> Describe(IEnumerable<Claim> claims) =>
        claims.Select(c => $"{c.Subject}|{c.Measure}|{c.Number.Text}|{c.Number.Place}|{c.Pattern}|{c.Whole}|{c.Unit}|{c.Sentence}").ToList();
}
