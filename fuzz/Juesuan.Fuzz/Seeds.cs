namespace Juesuan.Fuzz;

/// <summary>The generated seeds: each CSV file of the smallest package, and every part of the zip-based base files.</summary>
public static class Seeds
{
    public static void Write(string corpus)
    {
        var csv = Directory.CreateDirectory(Path.Combine(corpus, "package-csv"));
        var manifest = typeof(Targets).Assembly;
        for (var i = 0; i < Targets.CsvFiles.Count; i++)
        {
            using var stream = manifest.GetManifestResourceStream("base." + Targets.CsvFiles[i]);
            if (stream is null)
            {
                continue;
            }

            using var bytes = new MemoryStream();
            bytes.WriteByte((byte)i);
            stream.CopyTo(bytes);
            File.WriteAllBytes(Path.Combine(csv.FullName, "base-" + Targets.CsvFiles[i]), bytes.ToArray());
        }

        foreach (var (target, file) in new[] { ("package-xlsx-part", "base.xlsx"), ("published-docx-part", "report.docx"), ("published-xlsx-part", "tables.xlsx") })
        {
            var dir = Directory.CreateDirectory(Path.Combine(corpus, target));
            foreach (var part in Targets.PartNames(file).Where(p => p.EndsWith(".xml", StringComparison.Ordinal) || p.EndsWith(".rels", StringComparison.Ordinal)))
            {
                File.WriteAllBytes(Path.Combine(dir.FullName, part.Replace('/', '_').Replace('[', '_').Replace(']', '_')), Targets.PartSeed(file, part));
            }
        }
    }
}
