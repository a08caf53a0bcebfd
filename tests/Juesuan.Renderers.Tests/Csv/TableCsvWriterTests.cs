using System.Text;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Csv;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Renderers.Tests.Csv;

/// <summary>tables/gk0N.csv opens in Excel on a Chinese Windows: UTF-8 with a BOM, and reads back the same.</summary>
public sealed class TableCsvWriterTests
{
    private static DisclosureTable Gk01()
    {
        var r = PackageReader.Read(Repo.Sample);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        return NineTables.Build(r.Accounts!, r.Catalogs!).First(t => t.Id == "gk01");
    }

    [Fact]
    public void A_table_written_as_a_file_begins_with_the_utf8_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), "juesuan-gk01-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, TableCsvWriter.Write(Gk01()));        // as the CLI writes tables/gk01.csv
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.DoesNotContain((byte)0xEF, bytes[3..].Take(64));    // one mark, not two
            var rows = CsvText.Parse(Encoding.UTF8.GetString(bytes));
            Assert.Contains(rows, row => row.Fields.SequenceEqual(["总计", "31", "7,973", "总计", "62", "7,973"]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_the_mark_on_request()
    {
        var text = TableCsvWriter.Write(Gk01(), byteOrderMark: false);
        Assert.NotEqual(TableCsvWriter.ByteOrderMark, text[0]);
        Assert.Equal(TableCsvWriter.ByteOrderMark + text, TableCsvWriter.Write(Gk01()));
    }
}
