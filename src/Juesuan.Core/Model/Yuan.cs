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
    /// non-numbers, on more than two decimal places and beyond <see cref="InputMessages.AmountCeiling"/>
    /// (so that sums of a package's amounts cannot overflow).
    /// </summary>
    public static ParseResult<Yuan> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("，", string.Empty, StringComparison.Ordinal);
        if (s.Length == 0)
        {
            return ParseResult<Yuan>.Fail(InputMessages.AmountEmpty());
        }

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return ParseResult<Yuan>.Fail(InputMessages.AmountNotNumeric(text!));
        }

        if (decimal.Round(d, 2) != d)
        {
            return ParseResult<Yuan>.Fail(InputMessages.AmountTooPrecise(text!));
        }

        if (Math.Abs(d) > InputMessages.AmountCeiling)
        {
            return ParseResult<Yuan>.Fail(InputMessages.AmountTooLarge(text!));
        }

        return ParseResult<Yuan>.Ok(new Yuan(d));
    }

    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);
}
