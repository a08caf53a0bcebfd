using Juesuan.Synthetic.Planting;
using Juesuan.Synthetic.Recall;

namespace Juesuan.Synthetic.Tests;

/// <summary>
/// A small region written once for the recall and precision tests: 12 departments, seed 7, up to 4 errors a report,
/// no PDF (LibreOffice is slow; the PDF recall is measured by the region benchmark), and its unplanted copy.
/// </summary>
public sealed class RegionFixture : IDisposable
{
    public static readonly RegionSettings Settings = new(Departments: 12, Seed: 7, PdfFraction: 0, ErrorsPerReport: 4);

    public RegionFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "juesuan-region-" + Guid.NewGuid().ToString("N"));
        Planted = Path.Combine(Root, "planted");
        Clean = Path.Combine(Root, "clean");
        Summary = RegionWriter.Write(Planted, Settings);
        RegionWriter.Write(Clean, Settings with { ErrorsPerReport = 0 });
        Errors = RegionWriter.ReadPlanted(Planted);
        Results = RecallMeasure.Measure(Planted, Clean, Errors);
    }

    public string Root { get; }

    public string Planted { get; }

    public string Clean { get; }

    public RegionSummary Summary { get; }

    public IReadOnlyList<PlantedError> Errors { get; }

    public IReadOnlyList<PlantedFinding> Results { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
