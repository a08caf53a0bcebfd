namespace Juesuan.Inspection.Registers;

/// <summary>A register that cannot be used: every problem found, each naming its file or sheet, row and column.</summary>
public sealed class RegisterException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : $"名录有 {problems.Count} 处错误")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
