using System.IO.Compression;
using System.Text;
using Juesuan.Readers.Package;

namespace Juesuan.Readers.Tests;

/// <summary>
/// What fuzzing found (issue 13 item 6; fuzz/Juesuan.Fuzz, package-xlsx-part target), each as the smallest input
/// that showed it: each crashed the workbook reader with an exception outside its refusals (an upload's 500).
/// </summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("")]
    [InlineData("S")] // the types are case-sensitive: s is a shared string, S is nothing
    public void A_cell_type_outside_Excels_is_refused_at_its_cell(string type)
    {
        var xlsx = Edit("xl/worksheets/sheet1.xml", x => ReplaceFirst(x, "t=\"inlineStr\"", $"t=\"{type}\""));
        var ex = Assert.Throws<PackageSourceException>(() => XlsxPackageSource.Open(new MemoryStream(xlsx), "package.xlsx"));
        Assert.Contains($"单元格类型「{type}」", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("工作表「", ex.Location, StringComparison.Ordinal);
        Assert.NotNull(ex.Row);
        Assert.NotNull(ex.Column);
    }

    [Fact]
    public void A_sheet_whose_relationship_is_not_a_worksheet_is_refused_by_name()
    {
        var xlsx = Edit("xl/_rels/workbook.xml.rels", x => ReplaceFirst(x, "relationships/worksheet\"", "relationships/worksh9999eet\""));
        var ex = Assert.Throws<PackageSourceException>(() => XlsxPackageSource.Open(new MemoryStream(xlsx), "package.xlsx"));
        Assert.Contains("指向的不是工作表部件", ex.Message, StringComparison.Ordinal);
        Assert.Contains("package.xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_whose_workbook_part_is_one_stray_byte_is_refused_not_a_null_reference()
    {
        // From the long run under afl-fuzz (package-xlsx-part): xl/workbook.xml replaced by the byte F8.
        var xlsx = Edit("xl/workbook.xml", _ => [0xF8], Juesuan.Tests.Repo.Path("fuzz", "Juesuan.Fuzz", "Bases", "base.xlsx"));
        var ex = Assert.Throws<PackageSourceException>(() => XlsxPackageSource.Open(new MemoryStream(xlsx), "package.xlsx"));
        Assert.Contains("package.xlsx", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Through_the_package_reader_either_finding_is_a_refusal_with_no_facts()
    {
        foreach (var xlsx in new[]
        {
            Edit("xl/worksheets/sheet1.xml", x => ReplaceFirst(x, "t=\"inlineStr\"", "t=\"x\"")),
            Edit("xl/_rels/workbook.xml.rels", x => ReplaceFirst(x, "relationships/worksheet\"", "relationships/other\"")),
        })
        {
            var file = Path.Combine(Path.GetTempPath(), $"juesuan-fuzz-finding-{Guid.NewGuid():N}.xlsx");
            File.WriteAllBytes(file, xlsx);
            try
            {
                var result = PackageReader.Read(file);
                Assert.Null(result.Accounts);
                Assert.Single(result.Errors);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The sample package's workbook with one part's XML edited (no SDK in between, as the fuzzer edits it).</summary>
    private static byte[] Edit(string part, Func<string, string> edit) =>
        Edit(part, (byte[] bytes) =>
        {
            var xml = Encoding.UTF8.GetString(bytes);
            var edited = edit(xml);
            Assert.NotEqual(xml, edited);
            return Encoding.UTF8.GetBytes(edited);
        });

    /// <param name="file">the workbook to edit: the fuzzer's base (the smallest package), or by default the sample's</param>
    private static byte[] Edit(string part, Func<byte[], byte[]> edit, string? file = null)
    {
        var workbook = file is null ? HostileWorkbook.Of(PackageReader.Read(Juesuan.Tests.Repo.Sample).Accounts!) : File.ReadAllBytes(file);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == part)
                {
                    using var bytes = new MemoryStream();
                    from.CopyTo(bytes);
                    to.Write(edit(bytes.ToArray()));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, old);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
