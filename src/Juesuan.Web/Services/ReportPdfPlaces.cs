using System.Collections.Concurrent;
using Juesuan.Publishing;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>A report's findings as shown, placed on report.pdf when it is made; whether it is being made, or why it failed.</summary>
public sealed record FindingPlaces(IReadOnlyList<FindingView> Findings, bool PdfPending, string? PdfFailure);

/// <summary>
/// 审核发现在 report.pdf 中的页码: places the findings of a draft or a published version on the pages of the report.pdf
/// the web renders — a published version's under <c>&lt;data&gt;/published/&lt;hash&gt;/</c> (made in the background at
/// publication, <see cref="PublishedSite"/>), a draft's under <c>&lt;data&gt;/drafts/&lt;hash&gt;/</c>, queued on the same
/// background renderer when first asked for. The pages are found in the PDF itself (<see cref="ReportPdfPages"/>: the
/// lines of the report.txt rendered with it, looked up in the PDF's text), read once per PDF and kept. Until the PDF
/// exists the findings carry their line of report.txt and <see cref="FindingView.PdfPending"/>.
/// </summary>
public sealed class ReportPdfPlaces(PublishedSite site, ReportCache cache, Store store, WebOptions options)
{
    /// <summary>How many PDFs' pages are kept (each a few thousand lines' page numbers); beyond it the whole map is dropped.</summary>
    private const int MaxKept = 256;

    private readonly ConcurrentDictionary<string, Lazy<ReportPdfPages>> _pages = new(StringComparer.Ordinal);

    /// <summary>A published version's findings (as recorded at publication) on the pages of its report.pdf; asks for the PDF when it is missing.</summary>
    public FindingPlaces OfVersion(ReportVersionRow v)
    {
        var pdf = site.Pdf(v);
        return pdf.File is null
            ? new FindingPlaces(FindingView.Of(v.Findings, null, pending: pdf.Failure is null), pdf.Failure is null, pdf.Failure)
            : new FindingPlaces(FindingView.Of(v.Findings, Pages(site.PdfPathOf(v), site.TextPathOf(v)), pending: false), false, null);
    }

    /// <summary>A draft's findings on the pages of its report.pdf; queues the PDF when it is missing (unless <see cref="WebOptions.DraftPdfs"/> is off).</summary>
    public FindingPlaces OfDraft(DraftRow d)
    {
        if (!options.DraftPdfs)
        {
            return new FindingPlaces(FindingView.Of(d.Findings, null, pending: false), false, null);
        }

        var pdf = site.DraftPdf(d.PackageHash, () => cache.Get(d.PackageHash, () => store.DraftPackage(d.Id), d.PackageName).Built);
        return pdf is { Pdf: { } path, Text: { } text }
            ? new FindingPlaces(FindingView.Of(d.Findings, Pages(path, text), pending: false), false, null)
            : new FindingPlaces(FindingView.Of(d.Findings, null, pending: pdf.Failure is null), pdf.Failure is null, pdf.Failure);
    }

    /// <summary>The pages of one PDF, read once (PdfPig and the alignment take about a second).</summary>
    private ReportPdfPages Pages(string pdf, string text)
    {
        if (_pages.Count > MaxKept)
        {
            _pages.Clear();
        }

        var once = _pages.GetOrAdd(pdf, p => new Lazy<ReportPdfPages>(() => ReportPdfPages.Read(File.ReadAllText(text), p)));
        try
        {
            return once.Value;
        }
        catch
        {
            _pages.TryRemove(KeyValuePair.Create(pdf, once));
            throw;
        }
    }
}
