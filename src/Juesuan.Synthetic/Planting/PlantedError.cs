namespace Juesuan.Synthetic.Planting;

/// <summary>
/// One error planted into one file of the region (a row of planted.csv): the file, the kind, where (the line of
/// report.txt, or the table, row and column), the text before and after, and the rule expected to find it.
/// </summary>
/// <param name="File">The file, relative to the region's folder (0003-望澜区教育局/report.txt).</param>
/// <param name="Kind">The kind's id (<see cref="PlantKind.Id"/>).</param>
/// <param name="Where">Where, as a person finds it: 「第 N 行」 of report.txt, or 「table｜row｜column」.</param>
/// <param name="Line">The 1-based line of report.txt that holds it (the same document in every format); 0 for none.</param>
/// <param name="Row">For a table cell: the row's label (code and name) a finding names; otherwise empty.</param>
/// <param name="Original">The text before (the changed fragment with a little context, or the cell).</param>
/// <param name="Planted">The text after.</param>
/// <param name="Rule">The audit rule expected to find it.</param>
public sealed record PlantedError(string File, string Kind, string Where, int Line, string Row, string Original, string Planted, string Rule);
