using Juesuan.Core.Published;

namespace Juesuan.Core.Tests;

public sealed class NarrativeItemsTests
{
    /// <summary>Findings name items as the report does: the reference's （项） paragraphs and 三公/采购 sentences.</summary>
    [Theory]
    [InlineData("项:2080705", "2080705 公益性岗位补贴")]
    [InlineData("类:201", "201 一般公共服务支出")]
    [InlineData("类:国资:223", "223 国有资本经营预算支出")]
    [InlineData("项:2013298", "2013298")] // not in the catalog: the code alone
    [InlineData("三公:公务接待费", "公务接待费")]
    [InlineData("采购:中小企业", "政府采购 中小企业")]
    [InlineData("绩效项目:社保办公经费:预算", "社保办公经费 项目预算数")]
    [InlineData("绩效项目:就业见习补贴", "就业见习补贴 项目")]
    [InlineData("收入总计", "收入总计")]
    public void An_item_key_is_shown_by_its_name(string item, string shown) => Assert.Equal(shown, NarrativeItems.Display(item));
}
