using System.Globalization;

namespace Juesuan.Core.Model;

/// <summary>
/// An amount of money in yuan (元), exact to the fen (two decimal places).
/// All figures are kept in yuan; 万元 appears only when printing.
/// </summary>
public readonly record struct Yuan : IComparable<Yuan>
{
    public static readonly Yuan Zero = new(0m);

    /// <summary>The amount in yuan, never more than two decimal places.</summary>
    public decimal Value { get; }

    public Yuan(decimal value)
    {
        if (decimal.Round(value, 2) != value)
        {
            throw new ArgumentException($"金额 {value.ToString(CultureInfo.InvariantCulture)} 超过两位小数", nameof(value));
        }

        Value = value;
    }

    /// <summary>The amount in 万元 (ten thousand yuan), exact (not rounded).</summary>
    public decimal Wan => Value / 10000m;

    public bool IsZero => Value == 0m;

    public static Yuan operator +(Yuan a, Yuan b) => new(a.Value + b.Value);

    public static Yuan operator -(Yuan a, Yuan b) => new(a.Value - b.Value);

    public static Yuan operator -(Yuan a) => new(-a.Value);

    public static bool operator <(Yuan a, Yuan b) => a.Value < b.Value;

    public static bool operator >(Yuan a, Yuan b) => a.Value > b.Value;

    public static bool operator <=(Yuan a, Yuan b) => a.Value <= b.Value;

    public static bool operator >=(Yuan a, Yuan b) => a.Value >= b.Value;

    public int CompareTo(Yuan other) => Value.CompareTo(other.Value);

    public static Yuan FromWan(decimal wan) => new(wan * 10000m);

    public static Yuan Sum(IEnumerable<Yuan> amounts)
    {
        var total = 0m;
        foreach (var a in amounts)
        {
            total += a.Value;
        }

        return new Yuan(total);
    }

    /// <summary>
    /// Parses user input such as <c>1,234.50</c> or <c>-12</c>. Fails (without throwing) on
    /// non-numbers and on more than two decimal places.
    /// </summary>
    public static ParseResult<Yuan> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("，", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return ParseResult<Yuan>.Fail(MessageId.AmountEmpty, "金额为空");
        }

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return ParseResult<Yuan>.Fail(MessageId.AmountNotNumeric, $"金额「{text}」不是数字");
        }

        if (decimal.Round(d, 2) != d)
        {
            return ParseResult<Yuan>.Fail(MessageId.AmountTooPrecise, $"金额「{text}」超过两位小数（单位为元，精确到分）");
        }

        return ParseResult<Yuan>.Ok(new Yuan(d));
    }

    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
