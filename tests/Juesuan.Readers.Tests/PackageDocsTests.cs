using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

public sealed class PackageDocsTests
{
    /// <summary>
    /// docs/data-package.md carries the sheet reference generated from PackageFormat. Run the tests with
    /// JUESUAN_REGENERATE_DOCS=1 to rewrite it after changing the format.
    /// </summary>
    [Fact]
    public void The_data_package_doc_lists_the_sheets_and_columns_the_reader_uses()
    {
        var path = Repo.Path("docs", "data-package.md");
        var doc = File.ReadAllText(path);
        var begin = doc.IndexOf(PackageDocs.BeginMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(PackageDocs.EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "markers missing in docs/data-package.md");
        var current = doc[begin..(end + PackageDocs.EndMarker.Length)];
        var generated = PackageDocs.SheetsMarkdown();
        if (current != generated && Environment.GetEnvironmentVariable("JUESUAN_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..begin] + generated + doc[(end + PackageDocs.EndMarker.Length)..]);
            current = generated;
        }

        Assert.Equal(generated, current);
    }
}
