using System.Globalization;
using Juesuan.Core.Model;

namespace Juesuan.Reporting;

/// <summary>
/// How figures are printed: tables in 万元 as integers with thousands separators, the narrative in
/// 万元 with two decimals, percentages with two decimals. Always rounded half away from zero from
/// the exact yuan figure — never from an already rounded one (so printed parts may not add up to
/// a printed total: 尾差).
/// </summary>
public static class PrintFormat
{
    /// <summary>万元, rounded to an integer (tables).</summary>
    public static decimal WanInteger(Yuan amount) => Math.Round(amount.Value / 10000m, 0, MidpointRounding.AwayFromZero);

    /// <summary>万元, rounded to two decimals (narrative).</summary>
    public static decimal WanTwoDecimals(Yuan amount) => Math.Round(amount.Value / 10000m, 2, MidpointRounding.AwayFromZero);

    /// <summary>A table amount: <c>7,973</c>.</summary>
    public static string TableAmount(Yuan amount) => WanInteger(amount).ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A narrative amount: <c>7972.87</c> (no separators, as the reference prints it).</summary>
    public static string NarrativeAmount(Yuan amount) => WanTwoDecimals(amount).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>a ÷ b as a percentage rounded to two decimals; null when b is zero (never divide by zero).</summary>
    public static decimal? Percent(Yuan part, Yuan whole) =>
        whole.IsZero ? null : Math.Round(part.Value / whole.Value * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>A percentage as printed: <c>17.85%</c>.</summary>
    public static string PercentText(decimal percent) => percent.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
