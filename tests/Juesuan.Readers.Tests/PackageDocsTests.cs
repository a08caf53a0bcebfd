using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

public sealed class PackageDocsTests
{
    /// <summary>docs/data-package.md carries the sheet reference generated from PackageFormat (JUESUAN_REGENERATE_DOCS=1 rewrites it).</summary>
    [Fact]
    public void The_data_package_doc_lists_the_sheets_and_columns_the_reader_uses()
    {
        var (current, generated) = GeneratedDocSection.Check(Repo.Path("docs", "data-package.md"), PackageDocs.BeginMarker, PackageDocs.EndMarker, PackageDocs.SheetsMarkdown());
        Assert.Equal(generated, current);
    }
}
