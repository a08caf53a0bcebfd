using Juesuan.Readers.Package;
using Juesuan.Reporting.Document;
using Juesuan.Reporting.Profiles;
using Juesuan.Reporting.Tables;
using Juesuan.Tests;

namespace Juesuan.Reporting.Tests;

/// <summary>The generated 第二部分, line by line, against its reviewed golden file.</summary>
public sealed class NarrativeGoldenTests
{
    [Fact]
    public void Part_two_is_the_reviewed_text()
    {
        var r = PackageReader.Read(Repo.Sample);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        var doc = ReportComposer.Compose(new ReportInputs(r.Accounts!, r.Catalogs!, NineTables.Build(r.Accounts!, r.Catalogs!)), ReportProfile.Load("liaoning-2024"));
        var blocks = doc.Blocks.ToList();
        var start = blocks.FindIndex(b => b is Heading { Level: 1 } h && h.Text.StartsWith("第二部分", StringComparison.Ordinal));
        var lines = new List<string>();
        foreach (var b in blocks.Skip(start).TakeWhile((b, i) => i == 0 || b is not Heading { Level: 1 }))
        {
            switch (b)
            {
                case Heading h:
                    lines.Add(h.Text);
                    break;
                case Paragraph p:
                    lines.Add(p.Text);
                    break;
            }
        }

        var golden = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "lingyuan-hrss-2024", "part2-narrative.txt"))
            .Where(l => l.Length > 0).ToList();
        for (var i = 0; i < Math.Min(golden.Count, lines.Count); i++)
        {
            Assert.True(golden[i] == lines[i], $"line {i + 1} differs:\n  golden: {golden[i]}\n  now:    {lines[i]}");
        }

        Assert.Equal(golden.Count, lines.Count);
    }
}
