using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Readers.Package;
using Juesuan.Renderers.Xlsx;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

/// <summary>The sample package as a workbook, with one sheet's XML edited as an attacker would edit it (no SDK in between).</summary>
internal static class HostileWorkbook
{
    private static readonly Lazy<byte[]> Sample = new(() => Of(PackageReader.Read(Repo.Sample).Accounts!));

    /// <summary>Writes the sample workbook to <paramref name="file"/> with <paramref name="edit"/> applied to the XML of sheet <paramref name="sheetName"/>.</summary>
    public static void Write(string file, string sheetName, Func<string, string> edit) => Write(file, Sample.Value, sheetName, edit);

    /// <summary>A package's facts as a workbook, as the template writer lays them out.</summary>
    public static byte[] Of(Juesuan.Core.Model.FinalAccounts accounts)
    {
        using var stream = new MemoryStream();
        PackageTemplateWriter.Write(stream, accounts);
        return stream.ToArray();
    }

    public static void Write(string file, byte[] workbook, string sheetName, Func<string, string> edit)
    {
        File.WriteAllBytes(file, workbook);
        using var doc = SpreadsheetDocument.Open(file, true);
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        string xml;
        using (var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read)))
        {
            xml = reader.ReadToEnd();
        }

        var edited = edit(xml);
        Assert.NotEqual(xml, edited);
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(edited));
        part.FeedData(data);
    }
}
