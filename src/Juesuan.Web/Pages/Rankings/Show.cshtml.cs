using Juesuan.Inspection;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Rankings;

/// <summary>
/// A region's published 公开检查 ranking for a year: each department's and each report's score with the reasons, who
/// published it and when. The findings themselves stay with the bureau (as a report's audit findings do).
/// </summary>
public sealed class RankingShowModel(InspectionStore store, InspectionRuns runs) : PageModel
{
    public InspectionRow Row { get; private set; } = null!;

    public IReadOnlyList<ComplianceScore> Departments { get; private set; } = [];

    public IReadOnlyList<ComplianceScore> Reports { get; private set; } = [];

    public IActionResult OnGet(long regionId, int year)
    {
        if (store.Published(regionId, year) is not { } row || runs.Summary(row.Id) is not { } summary)
        {
            return NotFound();
        }

        Row = row;
        Departments = RankingView.Scores(summary, ScoreLevel.Department);
        Reports = RankingView.Scores(summary, ScoreLevel.Report);
        return Page();
    }
}
