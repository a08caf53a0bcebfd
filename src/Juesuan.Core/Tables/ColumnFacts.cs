using Juesuan.Core.Computation;
using Juesuan.Core.Model;

namespace Juesuan.Core.Tables;

/// <summary>The kind of fact an amount column adds up.</summary>
public enum FactSource
{
    /// <summary>收入</summary>
    Income,

    /// <summary>支出</summary>
    Expenditure,

    /// <summary>结转和结余</summary>
    Balance,

    /// <summary>“三公”经费预算数</summary>
    ThreePublicBudget,

    /// <summary>“三公”经费决算数</summary>
    ThreePublicActual,
}

/// <summary>
/// 栏目取数口径: which facts an amount column of a public table adds up — a kind of fact and the values of its
/// fields it keeps (income types; funds and expenditure types; a balance item). A field left null keeps every
/// value. The builders read a column's figures from here, so a new column of an existing kind is one edit in
/// <see cref="TableSpecs"/>.
/// </summary>
public sealed record ColumnFacts
{
    public required FactSource Source { get; init; }

    /// <summary>收入类型 kept (income columns), or null for all.</summary>
    public IReadOnlyList<IncomeType>? IncomeTypes { get; init; }

    /// <summary>资金来源 kept (expenditure and balance columns), or null for all.</summary>
    public IReadOnlyList<FundSource>? Funds { get; init; }

    /// <summary>支出类型 kept (expenditure columns), or null for all.</summary>
    public IReadOnlyList<ExpenditureType>? ExpenditureTypes { get; init; }

    /// <summary>结转和结余 item (balance columns).</summary>
    public BalanceItem? Balance { get; init; }

    /// <summary>Income of the given types (all income when none is given).</summary>
    public static ColumnFacts Income(params IncomeType[] types) =>
        new() { Source = FactSource.Income, IncomeTypes = types.Length == 0 ? null : types };

    /// <summary>Expenditure of the given types (all when none is given), from all funds.</summary>
    public static ColumnFacts Expenditure(params ExpenditureType[] types) => Expenditure(null, types);

    /// <summary>Expenditure of <paramref name="funds"/> (all funds when null) and the given types (all when none).</summary>
    public static ColumnFacts Expenditure(FundSource[]? funds, params ExpenditureType[] types) =>
        new() { Source = FactSource.Expenditure, Funds = funds, ExpenditureTypes = types.Length == 0 ? null : types };

    /// <summary>The balance <paramref name="item"/> of <paramref name="fund"/>.</summary>
    public static ColumnFacts BalanceOf(BalanceItem item, FundSource fund) =>
        new() { Source = FactSource.Balance, Balance = item, Funds = [fund] };

    /// <summary>“三公”经费, the budget or the actual spending.</summary>
    public static ColumnFacts ThreePublic(bool budget) =>
        new() { Source = budget ? FactSource.ThreePublicBudget : FactSource.ThreePublicActual };

    /// <summary>The expenditure facts the column adds up (none for a column of another kind).</summary>
    public IEnumerable<ExpenditureFact> Expenditures(FinalAccounts a) =>
        Source != FactSource.Expenditure ? []
        : a.Expenditure.Where(e => (Funds is null || Funds.Contains(e.Fund)) && (ExpenditureTypes is null || ExpenditureTypes.Contains(e.Type)));

    /// <summary>
    /// The column's facts as (功能分类科目, amount), in the order of the facts: what a 类/款/项 table rolls up. A
    /// balance kept for the whole unit has no 科目 (null): it counts in the 合计 row only.
    /// </summary>
    public IEnumerable<(FunctionCode? Function, Yuan Amount)> Lines(FinalAccounts a) => Source switch
    {
        FactSource.Income => a.Income.Where(i => IncomeTypes is null || IncomeTypes.Contains(i.Type)).Select(i => ((FunctionCode?)i.Function, i.Amount)),
        FactSource.Expenditure => Expenditures(a).Select(e => ((FunctionCode?)e.Function, e.Amount)),
        FactSource.Balance => a.Balances.Where(b => b.Item == Balance && (Funds is null || Funds.Contains(b.Fund))).Select(b => (b.Function, b.Amount)),
        _ => throw new InvalidOperationException($"{Source} 不按功能分类科目取数"),
    };

    /// <summary>The “三公”经费 of <paramref name="categories"/>, budget or actual as the column holds.</summary>
    public Yuan ThreePublicOf(FinalAccounts a, IEnumerable<ThreePublicCategory> categories) => Source switch
    {
        FactSource.ThreePublicBudget => Yuan.Sum(categories.Select(a.ThreePublicBudget)),
        FactSource.ThreePublicActual => Yuan.Sum(categories.Select(a.ThreePublicActual)),
        _ => throw new InvalidOperationException($"{Source} 不是“三公”经费"),
    };
}
