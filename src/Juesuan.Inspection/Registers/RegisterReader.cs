using Juesuan.Core.Model;
using Juesuan.Readers.Package;

namespace Juesuan.Inspection.Registers;

/// <summary>
/// 应公开单位名录: reads the organisation register from CSV (UTF-8 or GB18030) or XLSX (its first sheet). The header is
/// 代码,名称,别名,级别,上级代码; 别名 are separated by "；"; 级别 is 部门 or 单位; a 单位's 上级代码 names a 部门 of the
/// register. All or nothing: every bad row is reported with its sheet (or file), row and column, and then no entry is
/// returned.
/// </summary>
public static class RegisterReader
{
    /// <summary>The header, in order.</summary>
    public static readonly IReadOnlyList<string> Header = ["代码", "名称", "别名", "级别", "上级代码"];

    /// <summary>A region has hundreds of organisations; far more rows than this is not a register.</summary>
    public const int MaxRows = 100_000;

    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>Reads the register, or throws <see cref="RegisterException"/> listing every problem.</summary>
    public static IReadOnlyList<RegisterEntry> Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new RegisterException([$"名录文件「{path}」不存在"]);
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new RegisterException([$"名录文件「{name}」过大（超过 {MaxBytes / 1024 / 1024} MB）"]);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" => ReadCsv(File.ReadAllBytes(path), name),
            ".xlsx" => ReadXlsx(path, name),
            _ => throw new RegisterException([$"名录文件「{name}」的格式「{extension}」不受支持（应为 .csv 或 .xlsx）"]),
        };
    }

    public static IReadOnlyList<RegisterEntry> ReadCsv(byte[] bytes, string name)
    {
        var decoded = CsvPackageSource.Decode(bytes);
        if (!decoded.Success)
        {
            throw new RegisterException([$"{name}：{decoded.Message}"]);
        }

        var records = CsvText.Parse(decoded.Value, out var unclosed);
        if (unclosed is { } line)
        {
            throw new RegisterException([$"{name} 第 {line} 行：引号未闭合"]);
        }

        return Parse(records.Select(r => new RawRow(r.Line, r.Fields)).ToList(), name);
    }

    private static IReadOnlyList<RegisterEntry> ReadXlsx(string path, string name)
    {
        XlsxPackageSource workbook;
        try
        {
            workbook = XlsxPackageSource.Open(path);
        }
        catch (PackageSourceException ex)
        {
            throw new RegisterException([$"{name}：{ex.Message}"]);
        }

        var sheet = workbook.SheetNames.FirstOrDefault() ?? throw new RegisterException([$"{name}：工作簿没有工作表"]);
        return Parse(workbook.Rows(sheet)!, $"{name} 工作表「{sheet}」");
    }

    /// <summary>The entries of rows read (header first); <paramref name="where"/> names the file or sheet in messages.</summary>
    public static IReadOnlyList<RegisterEntry> Parse(IReadOnlyList<RawRow> rows, string where)
    {
        var problems = new List<string>();
        var data = rows.Where(r => !r.IsBlank).ToList();
        if (data.Count == 0)
        {
            throw new RegisterException([$"{where}：名录为空（应有表头 {string.Join(",", Header)}）"]);
        }

        if (data.Count > MaxRows)
        {
            throw new RegisterException([$"{where}：行数 {data.Count} 超过上限 {MaxRows}"]);
        }

        var header = data[0];
        for (var i = 0; i < Header.Count; i++)
        {
            if (header.Cell(i).Trim().TrimStart('\uFEFF') != Header[i])
            {
                problems.Add($"{where} 第 {header.Number} 行 第 {i + 1} 列（{ColumnLetter(i)}）：表头应为「{Header[i]}」，实为「{header.Cell(i).Trim()}」");
            }
        }

        if (problems.Count > 0)
        {
            throw new RegisterException(problems);
        }

        var entries = new List<(RegisterEntry Entry, RawRow Row)>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in data.Skip(1))
        {
            string At(int column) => $"{where} 第 {row.Number} 行 第 {column + 1} 列（{Header[column]}）";
            var code = row.Cell(0).Trim();
            var name = row.Cell(1).Trim();
            var aliases = row.Cell(2).Split(['；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var levelText = row.Cell(3).Trim();
            var parent = row.Cell(4).Trim();
            var bad = problems.Count;
            if (code.Length == 0)
            {
                problems.Add($"{At(0)}：代码为空");
            }
            else if (code.Length > 64 || code.Any(char.IsWhiteSpace))
            {
                problems.Add($"{At(0)}：代码「{code}」无效（不得含空格，最长 64 个字符）");
            }
            else if (codes.TryGetValue(code, out var first))
            {
                problems.Add($"{At(0)}：代码「{code}」与第 {first} 行重复");
            }
            else
            {
                codes[code] = row.Number;
            }

            if (name.Length == 0)
            {
                problems.Add($"{At(1)}：名称为空");
            }
            else if (name.Length > 200)
            {
                problems.Add($"{At(1)}：名称过长（{name.Length} 个字符，最多 200）");
            }

            OrganizationLevel? level = levelText switch
            {
                "部门" => OrganizationLevel.Department,
                "单位" => OrganizationLevel.Unit,
                _ => null,
            };
            if (level is null)
            {
                problems.Add($"{At(3)}：级别「{levelText}」无效（应为 部门 或 单位）");
            }
            else if (level == OrganizationLevel.Unit && parent.Length == 0)
            {
                problems.Add($"{At(4)}：单位应填写上级代码（所属部门的代码）");
            }
            else if (level == OrganizationLevel.Department && parent.Length > 0)
            {
                problems.Add($"{At(4)}：部门不应有上级代码（「{parent}」）");
            }

            if (problems.Count == bad)
            {
                entries.Add((new RegisterEntry(code, name, aliases, level!.Value, parent.Length == 0 ? null : parent), row));
            }
        }

        // A unit's parent must be a department of the same register.
        var departments = entries.Where(e => e.Entry.Level == OrganizationLevel.Department).Select(e => e.Entry.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, row) in entries.Where(e => e.Entry.ParentCode is not null))
        {
            if (!departments.Contains(entry.ParentCode!))
            {
                problems.Add($"{where} 第 {row.Number} 行 第 5 列（上级代码）：上级代码「{entry.ParentCode}」不是名录中的部门");
            }
        }

        if (problems.Count > 0)
        {
            throw new RegisterException(problems);
        }

        return entries.Select(e => e.Entry).ToList();
    }

    private static string ColumnLetter(int index) => ((char)('A' + index)).ToString();
}
