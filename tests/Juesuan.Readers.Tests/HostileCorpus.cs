using System.Text;
using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

/// <summary>
/// Generated malformed packages (issue 13 item 7): the smallest valid package (Errors/_base) with one thing broken, as a
/// careless user or an attacker would break it — control characters, cut files, wrong encodings, stray quotes, absurd
/// amounts, workbooks with references and row numbers outside Excel's grid. Each case says whether it must be refused
/// or is a harmless variation that must be read.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>One malformed input: its name, whether it must be read (a harmless variation) rather than refused, and how to make it in a folder.</summary>
    public sealed record Case(string Name, bool MustRead, Func<string, string> Make)
    {
        public override string ToString() => Name;
    }

    private static readonly string Base = Repo.Path("tests", "Juesuan.Readers.Tests", "Errors", "_base");

    private static readonly string[] Files = ["manifest.csv", "units.csv", "income.csv", "expenditure.csv"];

    public static IReadOnlyList<Case> All { get; } = Build();

    private static List<Case> Build()
    {
        var cases = new List<Case>();

        // Control and XML-invalid characters in a cell of each file.
        foreach (var file in Files)
        {
            foreach (var c in Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c).Concat(['\u007F', '\u0085', '\uFFFE', '\uFFFF']))
            {
                if (file != "units.csv" && c % 4 != 0)
                {
                    continue; // every character in one file, a sample in the others
                }

                cases.Add(Csv($"{file} U+{(int)c:X4} in a cell", file, t => InsertInSecondRow(t, c.ToString())));
            }
        }

        // Cut, emptied and garbled files.
        foreach (var file in Files)
        {
            cases.Add(Csv($"{file} empty", file, _ => string.Empty));
            cases.Add(Csv($"{file} header only", file, t => t.Split('\n')[0], mustRead: file is "income.csv" or "expenditure.csv"));
            cases.Add(Csv($"{file} cut mid-row", file, t => t[..(t.Length * 2 / 3)]));
            cases.Add(Csv($"{file} header removed", file, t => string.Join('\n', t.Split('\n').Skip(1))));
            cases.Add(Csv($"{file} unclosed quote", file, t => InsertInSecondRow(t, "\"")));
            cases.Add(Csv($"{file} stray quotes inside a field", file, t => InsertInSecondRow(t, "\"x\"y"), mustRead: file is "manifest.csv" or "units.csv")); // read as RFC 4180 parsers do: 测"x"y试局 → 测xy试局
            cases.Add(Csv($"{file} semicolons for commas", file, t => t.Replace(',', ';')));
            cases.Add(Csv($"{file} tabs for commas", file, t => t.Replace(',', '\t')));
            cases.Add(Bytes($"{file} UTF-16 LE with BOM", file, t => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t)]));
            cases.Add(Bytes($"{file} UTF-16 BE with BOM", file, t => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(t)]));
            cases.Add(Bytes($"{file} UTF-16 LE without BOM", file, t => Encoding.Unicode.GetBytes(t)));
            cases.Add(Bytes($"{file} one invalid byte", file, t => [.. Encoding.UTF8.GetBytes(t)[..^2], 0xFF, (byte)'\n']));
            cases.Add(Bytes($"{file} random bytes", file, _ => Random(file.Length, 4096)));
            cases.Add(Bytes($"{file} a zip's bytes", file, _ => [0x50, 0x4B, 0x03, 0x04, .. Random(7, 200)]));
            cases.Add(Bytes($"{file} UTF-8 BOM", file, t => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)], mustRead: true));
            cases.Add(Bytes($"{file} GB18030", file, t => Encoding.GetEncoding("GB18030").GetBytes(t), mustRead: true));
            cases.Add(Csv($"{file} CRLF line ends", file, t => t.Replace("\n", "\r\n", StringComparison.Ordinal), mustRead: true));
            cases.Add(Csv($"{file} trailing blank lines", file, t => t + "\n\n,,,\n", mustRead: true));
            cases.Add(Csv($"{file} 40,000-character cell", file, t => InsertInSecondRow(t, new string('长', 40_000))));
            cases.Add(Csv($"{file} 2,000 extra columns", file, t => string.Join('\n', t.Split('\n').Select(l => l.Length == 0 ? l : l + new string(',', 2000) + "x")), mustRead: true));
            cases.Add(Csv($"{file} a data row wider than its header", file, t => InsertInSecondRow(t, ",多出的一格")));
            cases.Add(Bytes($"{file} lone surrogate (CESU bytes)", file, t => [.. Encoding.UTF8.GetBytes(InsertInSecondRow(t, "@")).SelectMany(b => b == (byte)'@' ? new byte[] { 0xED, 0xA0, 0x80 } : [b])]));
        }

        // Amounts: absurd, malformed, beyond the ceiling, summing past it.
        string[] amounts =
        [
            "50000000000000000000000000000", "79228162514264337593543950335", "-79228162514264337593543950335", "1e30", "1E5",
            "NaN", "Infinity", "∞", "1.000", "0x10", "1 000", "１５００", "(1500)", "1500-", "--1500", "1.2.3", "1,0,0,0.005",
            "1000000000000000.01", "-1000000000000001", "99999999999999999999.99", "0.001", "一千五百", "¥1500", "1500元", "+-1",
        ];
        foreach (var a in amounts)
        {
            cases.Add(Csv($"income amount {a}", "income.csv", t => ReplaceLast(t, "1500.00", a), mustRead: a == "1.000"));
            cases.Add(Csv($"expenditure amount {a}", "expenditure.csv", t => ReplaceLast(t, "1500.00", a), mustRead: a == "1.000"));
        }

        cases.Add(Csv("income two amounts of 5e28", "income.csv", t => t.TrimEnd('\n').Replace("1500.00", "50000000000000000000000000000", StringComparison.Ordinal)
            + "\n001,上级补助收入,2013201,50000000000000000000000000000\n"));
        cases.Add(Csv("income sum past the ceiling", "income.csv", t => t.TrimEnd('\n').Replace("1500.00", "999999999999999", StringComparison.Ordinal)
            + "\n001,上级补助收入,2013201,999999999999999\n"));
        cases.Add(Csv("income amount at the ceiling", "income.csv", t => ReplaceLast(t, "1500.00", "1000000000000000"), mustRead: true));
        cases.Add(Csv("income amount with separators", "income.csv", t => ReplaceLast(t, "1500.00", "\"1,500.00\""), mustRead: true));

        // Codes and choices.
        foreach (var code in new[] { "", "2", "20132010", "201320", "abcdefg", "２０１３２０１", "2013201.0", "-2013201", "9999999" })
        {
            cases.Add(Csv($"income function code '{code}'", "income.csv", t => ReplaceLast(t, "2013201", code)));
        }

        foreach (var year in new[] { "", "24", "20245", "1999", "2101", "二〇二四", "-2024", "2024.5", "99999999999" })
        {
            cases.Add(Csv($"manifest year '{year}'", "manifest.csv", t => t.Replace("年度,2024", "年度," + year, StringComparison.Ordinal)));
        }

        // Workbooks: references and row numbers outside Excel's grid, broken parts.
        foreach (var reference in new[] { "ZZZZZZ2", "ZZZZZZZZZZ2", "XFE2", "A0", "A1048577", "2B", "B", "B-2", "AAAA2", "B99999999999", "XFD2" })
        {
            cases.Add(Workbook($"workbook cell reference {reference}", "单位", x => x.Replace("r=\"B2\"", $"r=\"{reference}\"", StringComparison.Ordinal)));
        }

        foreach (var row in new[] { "4294967295", "4294967296", "99999999999999999999", "1048577", "0", "-1", "x", "1" })
        {
            cases.Add(Workbook($"workbook row number {row}", "单位", x => ReplaceFirstRow(x, "2", row)));
        }

        cases.Add(Workbook("workbook shared-string index out of range", "单位",
            x => new System.Text.RegularExpressions.Regex("t=\"inlineStr\"><x:is><x:t[^>]*>测试局（本级）</x:t></x:is>").Replace(x, "t=\"s\"><x:v>99999</x:v>", 1)));
        cases.Add(Workbook("workbook XML not well-formed", "收入", x => x.Replace("<x:sheetData>", "<x:sheetData><", StringComparison.Ordinal)));
        cases.Add(Workbook("workbook NUL as an XML character reference", "单位", x => x.Replace("测试局", "测试&#0;局", StringComparison.Ordinal)));
        cases.Add(Workbook("workbook unit name with U+001F", "单位", x => x.Replace("测试局", "测试&#x1F;局", StringComparison.Ordinal)));
        cases.Add(Workbook("workbook rows out of order", "单位", x => ReplaceFirstRow(x, "2", "1")));
        cases.Add(Workbook("workbook untouched but re-saved", "单位", x => x + " ", mustRead: true));
        cases.Add(Workbook("workbook unit name with _x0000_ (how Excel writes a NUL)", "单位", x => x.Replace("测试局", "测试_x0000_局", StringComparison.Ordinal)));
        cases.Add(Workbook("workbook unit name with _x001F_", "单位", x => x.Replace("测试局", "测试_x001F_局", StringComparison.Ordinal)));
        cases.Add(Workbook("workbook unit name with _x005F_ (an escaped underscore)", "单位", x => x.Replace("测试局", "测试_x005F_局", StringComparison.Ordinal), mustRead: true));
        foreach (var type in new[] { "bogus", "", "S", "inlinestr" })
        {
            cases.Add(Workbook($"workbook cell type t=\"{type}\"", "单位", x => ReplaceFirst(x, "t=\"inlineStr\"", $"t=\"{type}\"")));
        }

        // Prose: a narrative (说明) cell of a million characters, and a narrative sheet past its total.
        cases.Add(new("narrative.csv 1,000,000-character cell", false, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "narrative.csv"), "项目,类型,内容\n职责,段落," + new string('职', 1_000_000) + "\n", new UTF8Encoding(false));
            return dir;
        }));
        cases.Add(new("narrative.csv 200 cells of 20,000 characters", false, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "narrative.csv"), "项目,类型,内容\n" + string.Concat(Enumerable.Repeat("职责,段落," + new string('职', 20_000) + "\n", 200)), new UTF8Encoding(false));
            return dir;
        }));
        return cases;
    }

    private static Case Csv(string name, string file, Func<string, string> edit, bool mustRead = false) =>
        new(name, mustRead, dir =>
        {
            var text = File.ReadAllText(Path.Combine(dir, file));
            File.WriteAllText(Path.Combine(dir, file), edit(text), new UTF8Encoding(false));
            return dir;
        });

    private static Case Bytes(string name, string file, Func<string, byte[]> edit, bool mustRead = false) =>
        new(name, mustRead, dir =>
        {
            var text = File.ReadAllText(Path.Combine(dir, file));
            File.WriteAllBytes(Path.Combine(dir, file), edit(text));
            return dir;
        });

    private static Case Workbook(string name, string sheet, Func<string, string> edit, bool mustRead = false) =>
        new(name, mustRead, dir =>
        {
            var valid = PackageReader.Read(dir);
            var file = Path.Combine(Path.GetDirectoryName(dir)!, "package.xlsx");
            HostileWorkbook.Write(file, HostileWorkbook.Of(valid.Accounts!), sheet, edit);
            return file;
        });

    /// <summary>Copies the base package into <paramref name="dir"/>.</summary>
    public static void CopyBase(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Base, "*.csv"))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }
    }

    private static string InsertInSecondRow(string text, string what)
    {
        var lines = text.Split('\n');
        var comma = lines[1].IndexOf(',', StringComparison.Ordinal);
        lines[1] = lines[1].Insert(comma < 0 ? lines[1].Length : comma + 2, what);
        return string.Join('\n', lines);
    }

    private static string ReplaceLast(string text, string old, string replacement)
    {
        var at = text.LastIndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + old.Length)..];
    }

    private static string ReplaceFirstRow(string xml, string number, string replacement)
    {
        var at = xml.IndexOf($"row r=\"{number}\"", StringComparison.Ordinal);
        return xml[..at] + $"row r=\"{replacement}\"" + xml[(at + 7 + number.Length)..];
    }

    private static byte[] Random(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

/// <summary>
/// Malformed published reports: the reference report's text (../shared's lingyuan-hrss-2024.txt, or the T01 reproducer
/// when absent) with control characters, cut, garbled or re-encoded, and Word and Excel files with spans and
/// references outside their grids. Each must be read or refused with <see cref="Juesuan.Readers.Published.PublishedReadException"/>.
/// </summary>
internal static class HostilePublishedCorpus
{
    public sealed record Case(string Name, Func<string, string> Make)
    {
        public override string ToString() => Name;
    }

    private static string Reference()
    {
        var shared = Repo.Path("..", "shared", "reports", "lingyuan-hrss-2024.txt");
        return File.Exists(shared) ? File.ReadAllText(shared) : File.ReadAllText(Repo.Path("tests", "Juesuan.Audit.Tests", "Reproducers", "T01-BALANCE", "report.txt"));
    }

    public static IReadOnlyList<Case> All { get; } = Build();

    private static List<Case> Build()
    {
        var cases = new List<Case>();
        foreach (var c in Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r' or '\f')).Select(c => (char)c).Concat(['\u007F', '\uFFFE']))
        {
            cases.Add(Text($"report.txt U+{(int)c:X4} in every table line", t => string.Join('\n', t.Split('\n').Select(l => l.Contains('\t', StringComparison.Ordinal) ? c + l.Replace("\t", "\t" + c, StringComparison.Ordinal) : l))));
        }

        cases.Add(Text("report.txt PDF cell marks without numbers", t => string.Join('\n', t.Split('\n').Select(l => l.Contains('\t', StringComparison.Ordinal) ? "\u001F" + l.Replace("\t", "\t\u001F", StringComparison.Ordinal) : l))));
        cases.Add(Text("report.txt PDF cell marks with huge numbers", t => string.Join('\n', t.Split('\n').Select(l => l.Contains('\t', StringComparison.Ordinal) ? "\u001F1e308\u001F" + l.Replace("\t", "\t\u001F-1e308\u001F", StringComparison.Ordinal) : l))));
        cases.Add(Text("report.txt cut in half", t => t[..(t.Length / 2)]));
        cases.Add(Text("report.txt tabs removed", t => t.Replace('\t', ' ')));
        cases.Add(Text("report.txt every figure 10^30", t => System.Text.RegularExpressions.Regex.Replace(t, @"\d[\d,]*", "1000000000000000000000000000000")));
        cases.Add(Text("report.txt one 1,000,000-character line", t => t + "\n" + new string('职', 1_000_000) + "\n"));
        cases.Add(Text("report.txt 5,000 columns in a row", t => t + "\n总计\t" + string.Join('\t', Enumerable.Repeat("1", 5000)) + "\n"));
        cases.Add(Bytes("report.txt UTF-16", t => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t)]));
        cases.Add(Bytes("report.txt random bytes", _ => Random(3, 20_000)));
        cases.Add(Bytes("report.txt empty", _ => []));
        foreach (var reference in new[] { "ZZZZZZ2", "ZZZZZZZZZZ2", "A0", "B99999999999", "XFD2", "2B" })
        {
            cases.Add(new($"report.xlsx cell reference {reference}", dir =>
            {
                var file = Path.Combine(dir, "report.xlsx");
                HostileWorkbook.Write(file, "单位", x => x.Replace("r=\"B2\"", $"r=\"{reference}\"", StringComparison.Ordinal));
                return file;
            }));
        }

        foreach (var span in new[] { "1000000000", "2147483647", "99999999999", "-1", "0", "x" })
        {
            cases.Add(new($"report.docx gridSpan {span}", dir =>
            {
                var file = Path.Combine(dir, "report.docx");
                using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(file, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
                var cell = new DocumentFormat.OpenXml.Wordprocessing.TableCell(
                    new DocumentFormat.OpenXml.Wordprocessing.TableCellProperties(new DocumentFormat.OpenXml.Wordprocessing.GridSpan()),
                    new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("总计"))));
                cell.TableCellProperties!.GridSpan!.SetAttribute(new DocumentFormat.OpenXml.OpenXmlAttribute("w", "val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", span));
                var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
                    new DocumentFormat.OpenXml.Wordprocessing.TableGrid(new DocumentFormat.OpenXml.Wordprocessing.GridColumn(), new DocumentFormat.OpenXml.Wordprocessing.GridColumn()),
                    new DocumentFormat.OpenXml.Wordprocessing.TableRow(cell));
                doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                    new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("某局2024年度部门决算"))), table));
                return file;
            }));
        }

        return cases;
    }

    private static Case Text(string name, Func<string, string> edit) => new(name, dir =>
    {
        var file = Path.Combine(dir, "report.txt");
        File.WriteAllText(file, edit(Reference()), new UTF8Encoding(false));
        return file;
    });

    private static Case Bytes(string name, Func<string, byte[]> edit) => new(name, dir =>
    {
        var file = Path.Combine(dir, "report.txt");
        File.WriteAllBytes(file, edit(Reference()));
        return file;
    });

    private static byte[] Random(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
