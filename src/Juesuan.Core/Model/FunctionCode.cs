namespace Juesuan.Core.Model;

/// <summary>支出功能分类科目的级次: 类 (3 digits), 款 (5), 项 (7).</summary>
public enum CodeLevel
{
    /// <summary>类</summary>
    Lei = 1,

    /// <summary>款</summary>
    Kuan = 2,

    /// <summary>项</summary>
    Xiang = 3,
}

public static class CodeLevelNames
{
    public static string Chinese(this CodeLevel level) => level switch
    {
        CodeLevel.Lei => "类",
        CodeLevel.Kuan => "款",
        CodeLevel.Xiang => "项",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}

/// <summary>
/// 支出功能分类科目编码: 3 digits (类), 5 digits (款) or 7 digits (项); each level's parent is its prefix.
/// </summary>
public readonly record struct FunctionCode : IComparable<FunctionCode>
{
    private FunctionCode(string value) => Value = value;

    public string Value { get; }

    public CodeLevel Level => Value.Length switch
    {
        3 => CodeLevel.Lei,
        5 => CodeLevel.Kuan,
        _ => CodeLevel.Xiang,
    };

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public FunctionCode Lei => new(Value[..3]);

    /// <summary>The 款 of a 款 or 项 code.</summary>
    public FunctionCode Kuan => Level == CodeLevel.Lei ? throw new InvalidOperationException("类 has no 款") : new(Value[..5]);

    public FunctionCode? Parent => Level switch
    {
        CodeLevel.Lei => null,
        CodeLevel.Kuan => new FunctionCode(Value[..3]),
        _ => new FunctionCode(Value[..5]),
    };

    public static ParseResult<FunctionCode> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.Length is not (3 or 5 or 7) || !s.All(char.IsAsciiDigit))
        {
            return ParseResult<FunctionCode>.Fail(InputMessages.FunctionCodeMalformed(text));
        }

        return ParseResult<FunctionCode>.Ok(new FunctionCode(s));
    }

    /// <summary>For literals in code and tests; throws on a malformed code.</summary>
    public static FunctionCode Of(string text) => Parse(text).Value;

    public bool IsUnder(FunctionCode ancestor) => Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    public int CompareTo(FunctionCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}

/// <summary>部门预算支出经济分类科目编码: 3 digits (类) or 5 digits (款).</summary>
public readonly record struct EconomicCode : IComparable<EconomicCode>
{
    private EconomicCode(string value) => Value = value;

    public string Value { get; }

    public CodeLevel Level => Value.Length == 3 ? CodeLevel.Lei : CodeLevel.Kuan;

    public EconomicCode Lei => new(Value[..3]);

    public static ParseResult<EconomicCode> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.Length is not (3 or 5) || !s.All(char.IsAsciiDigit))
        {
            return ParseResult<EconomicCode>.Fail(InputMessages.EconomicCodeMalformed(text));
        }

        return ParseResult<EconomicCode>.Ok(new EconomicCode(s));
    }

    public static EconomicCode Of(string text) => Parse(text).Value;

    public int CompareTo(EconomicCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}

/// <summary>决算年度.</summary>
public readonly record struct FiscalYear(int Value) : IComparable<FiscalYear>
{
    public static ParseResult<FiscalYear> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().TrimEnd('年', '度').Trim();
        if (s.Length == 4 && s.All(char.IsAsciiDigit))
        {
            var y = int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            if (y is >= 2000 and <= 2100)
            {
                return ParseResult<FiscalYear>.Ok(new FiscalYear(y));
            }
        }

        return ParseResult<FiscalYear>.Fail(InputMessages.YearMalformed(text));
    }

    public FiscalYear PreviousYear() => new(Value - 1);

    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
