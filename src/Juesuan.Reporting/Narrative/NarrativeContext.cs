using Juesuan.Core.Catalogs;
using Juesuan.Core.Computation;
using Juesuan.Core.Model;
using Juesuan.Reporting.Document;

namespace Juesuan.Reporting.Narrative;

/// <summary>What every narrative section needs: the facts, catalogs, options, and the person-written texts.</summary>
public sealed class NarrativeContext(FinalAccounts accounts, CatalogSet catalogs, NarrativeOptions options)
{
    public FinalAccounts Accounts { get; } = accounts;

    public CatalogSet Catalogs { get; } = catalogs;

    public NarrativeOptions Options { get; } = options;

    public string Year => Phrases.Year(Accounts.Year);

    public string Department => Accounts.Department.FullName;

    /// <summary>A 说明 text, or the fallback (which may be null when the sentence is then left out).</summary>
    public string? Text(string item, string kind, string? fallback = null) =>
        Accounts.TextOf(item, kind) is { } t ? Phrases.Clause(t) : fallback;

    /// <summary>收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.</summary>
    public Yuan IncomeGrandTotal => Accounts.IncomeGrandTotal();

    /// <summary>支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.</summary>
    public Yuan ExpenditureGrandTotal => Accounts.ExpenditureGrandTotal();

    /// <summary>年初预算 of a set of expenditure facts' grain.</summary>
    public Yuan Budget(Func<InitialBudgetFact, bool> where) => Yuan.Sum(Accounts.InitialBudget.Where(where).Select(b => b.Amount));

    /// <summary>一般公共服务支出（类）组织事务（款）行政运行（项）</summary>
    public string FunctionPath(FunctionCode xiang)
    {
        var f = Catalogs.Functions;
        return $"{f.NameOf(xiang.Lei)}（类）{f.NameOf(xiang.Kuan)}（款）{f.NameOf(xiang)}（项）";
    }

    /// <summary>A paragraph tied to an item (for links and for the audit's reading-back).</summary>
    public static Paragraph Para(string text, string? item = null) => new(text) { Item = item };
}
