using System.Text;
using Juesuan.Core.Model;
using Juesuan.Readers.Package;
using Juesuan.Tests;

namespace Juesuan.Readers.Tests;

/// <summary>
/// A catalogue of minimal reproducers for input errors, shaped as the audit's (hledger's test/errors): Errors/MESSAGE-ID/
/// holds the files that replace those of the smallest valid package (Errors/_base), README.md saying what is wrong, and
/// expected.txt with the exact messages, one per line. absent.txt names base files left out; workbook-edit.txt
/// (sheet, text, replacement — tab-separated) turns the package into a workbook and edits one sheet's XML.
/// docs/data-package.md lists them (generated).
/// </summary>
public sealed class ErrorReproducerTests
{
    private static readonly string Root = Repo.Path("tests", "Juesuan.Readers.Tests", "Errors");

    private static readonly string[] Control = ["README.md", "expected.txt", "absent.txt", "workbook-edit.txt"];

    public static TheoryData<string> Ids() => new(Folders());

    private static IEnumerable<string> Folders() =>
        Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)!).Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_message_kind_has_a_reproducer_and_every_reproducer_a_kind()
    {
        Assert.Equal(Enum.GetNames<MessageId>().Order(StringComparer.Ordinal), Folders());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_reproducer_gives_exactly_the_expected_messages(string id)
    {
        var dir = Path.Combine(Root, id);
        var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt")).Where(l => l.Length > 0).ToList();
        var r = Read(dir, out var work);
        Assert.Null(r.Accounts);
        Assert.Equal(expected, r.Errors.Select(e => e.ToString().Replace(work + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)));
        Assert.All(r.Errors, e => Assert.Equal(id, e.Id.ToString()));
    }

    [Fact]
    public void The_base_package_is_valid()
    {
        using var p = new TempPackage(Path.Combine(Root, "_base"));
        var r = PackageReader.Read(p.Folder);
        Assert.True(r.Success, string.Join("\n", r.Errors));
    }

    [Fact]
    public void The_package_doc_lists_every_reproducer()
    {
        var (current, generated) = GeneratedDocSection.Check(Repo.Path("docs", "data-package.md"), BeginMarker, EndMarker, Markdown());
        Assert.Equal(generated, current);
    }

    private static PackageReadResult Read(string dir, out string work)
    {
        using var p = new TempPackage(Path.Combine(Root, "_base"));
        work = p.Root;
        foreach (var file in Directory.GetFiles(dir).Where(f => !Control.Contains(Path.GetFileName(f))))
        {
            File.Copy(file, Path.Combine(p.Folder, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var name in Lines(dir, "absent.txt"))
        {
            File.Delete(Path.Combine(p.Folder, name));
        }

        var edits = Lines(dir, "workbook-edit.txt").Select(l => l.Split('\t')).ToList();
        if (edits.Count == 0)
        {
            return PackageReader.Read(p.Folder);
        }

        var valid = PackageReader.Read(p.Folder);
        Assert.True(valid.Success, string.Join("\n", valid.Errors));
        var workbook = Path.Combine(p.Root, "package.xlsx");
        var bytes = HostileWorkbook.Of(valid.Accounts!);
        foreach (var edit in edits)
        {
            HostileWorkbook.Write(workbook, bytes, edit[0], xml => xml.Replace(edit[1], edit[2], StringComparison.Ordinal));
            bytes = File.ReadAllBytes(workbook);
        }

        return PackageReader.Read(workbook);
    }

    private static IEnumerable<string> Lines(string dir, string name)
    {
        var file = Path.Combine(dir, name);
        return File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0) : [];
    }

    private const string BeginMarker = "<!-- BEGIN GENERATED: errors -->";
    private const string EndMarker = "<!-- END GENERATED: errors -->";

    private static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append(BeginMarker).Append('\n');
        sb.Append("<!-- generated from tests/Juesuan.Readers.Tests/Errors by the Readers tests; do not edit by hand -->\n");
        foreach (var id in Folders())
        {
            var dir = Path.Combine(Root, id);
            var files = Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).Where(f => f is not ("README.md" or "expected.txt")).Order(StringComparer.Ordinal);
            sb.Append("\n### `").Append(id).Append("`\n\n").Append(File.ReadAllText(Path.Combine(dir, "README.md")).Trim()).Append(" — ")
                .AppendJoin(", ", files.Select(f => $"[{f}](../tests/Juesuan.Readers.Tests/Errors/{id}/{f})")).Append("\n\n```text\n")
                .Append(File.ReadAllText(Path.Combine(dir, "expected.txt")).TrimEnd()).Append("\n```\n");
        }

        sb.Append('\n').Append(EndMarker);
        return sb.ToString();
    }

    /// <summary>A copy of a package folder in a temporary folder (Root), as Root/package.</summary>
    private sealed class TempPackage : IDisposable
    {
        public TempPackage(string from)
        {
            Root = Path.Combine(Path.GetTempPath(), "juesuan-err-" + Guid.NewGuid().ToString("N"));
            Folder = Path.Combine(Root, "package");
            Directory.CreateDirectory(Folder);
            foreach (var file in Directory.GetFiles(from, "*.csv"))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }
        }

        public string Root { get; }

        public string Folder { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
