namespace Juesuan.Storage.Tests;

/// <summary>Folding text for search and cutting the passage a result shows.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("“三公”经费", "三公经费")]
    [InlineData("２０２４年度 ＡＢＣ", "2024年度abc")]
    [InlineData("一、部门职责（主要职能）：", "一部门职责主要职能")]
    [InlineData("%_\\'; --", "")]
    public void Text_is_folded_to_letters_and_digits(string text, string folded) => Assert.Equal(folded, SearchText.Normalize(text));

    [Fact]
    public void Query_words_split_at_spaces_and_list_commas_and_ignore_quotes()
    {
        Assert.Equal(["三公经费", "就业"], SearchText.Words("“三公”经费　就业，三公经费"));
        Assert.Empty(SearchText.Words("  "));
        Assert.True(SearchText.IsOnlyPunctuation("% _"));
        Assert.False(SearchText.IsOnlyPunctuation(""));
    }

    [Fact]
    public void The_passage_marks_the_words_as_printed()
    {
        var text = "第一部分 部门概况\n" + new string('甲', 200) + "\n2024年度“三公”经费财政拨款支出决算为12.34万元，  其中：公务接待费1.20万元。" + new string('乙', 200);
        var parts = SearchText.Passage(text, SearchText.Words("三公经费 公务接待费"));
        Assert.Equal(["“三公”经费", "公务接待费"], parts.Where(p => p.Hit).Select(p => p.Text));
        Assert.Equal("…", parts[0].Text);
        Assert.Equal("…", parts[^1].Text);
        var shown = string.Concat(parts.Select(p => p.Text));
        Assert.Contains("2024年度“三公”经费财政拨款支出决算为12.34万元， 其中：公务接待费1.20万元。", shown, StringComparison.Ordinal);
        Assert.True(shown.Length <= 130, shown);
    }

    [Fact]
    public void No_passage_where_no_word_occurs() => Assert.Empty(SearchText.Passage("部门概况", ["三公"]));
}
