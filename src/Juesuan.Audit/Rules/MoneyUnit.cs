namespace Juesuan.Audit.Rules;

/// <summary>金额单位: how many yuan one unit of a printed amount is (元, 万元, 亿元), for the rules that read amounts from text.</summary>
internal static class MoneyUnit
{
    public static decimal Yuan(string unit) => unit switch
    {
        "亿元" => 100_000_000m,
        "万元" => 10_000m,
        _ => 1m,
    };
}
