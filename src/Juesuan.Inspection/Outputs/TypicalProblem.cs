namespace Juesuan.Inspection.Outputs;

/// <summary>A problem the batch shows often: a rule, how many findings and departments, and 1–3 real examples.</summary>
public sealed record TypicalProblem(string RuleId, string Title, int Findings, int Departments, IReadOnlyList<FindingRow> Examples);
