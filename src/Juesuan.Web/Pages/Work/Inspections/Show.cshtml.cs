using Juesuan.Inspection;
using Juesuan.Inspection.Outputs;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Work.Inspections;

/// <summary>One 公开检查: its progress while it runs; then the ranking with reasons, each report's findings, the downloads, and publishing.</summary>
public sealed class InspectionShowModel(InspectionStore store, InspectionRuns runs) : PageModel
{
    public InspectionRow Row { get; private set; } = null!;

    /// <summary>Null until the batch is concluded.</summary>
    public InspectionSummary? Summary { get; private set; }

    public string? Message { get; private set; }

    public IActionResult OnGet(long id)
    {
        Message = TempData["Message"] as string;
        return Load(id) ?? Page();
    }

    public IActionResult OnPostPublish(long id) => Act(id, (me, address) => store.Publish(id, me.Id, me.UserName, address)
        ? $"已在公开平台发布 {Row.RegionName} {Row.Year} 年度的检查排名。"
        : "只有已完成、读出了年度的检查可以发布。");

    public IActionResult OnPostUnpublish(long id) => Act(id, (me, address) => store.Unpublish(id, me.Id, me.UserName, address)
        ? "已撤回公开的检查排名。"
        : "这次检查的排名没有公开。");

    private IActionResult Act(long id, Func<CurrentUser, string, string> act)
    {
        if (Load(id) is { } refused)
        {
            return refused;
        }

        TempData["Message"] = act(CurrentUser.From(User)!, Sessions.Address(HttpContext));
        return Redirect($"/work/inspections/{id}");
    }

    private IActionResult? Load(long id)
    {
        if (CurrentUser.From(User) is not { } me || !Access.CanInspect(me))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (store.Find(id) is not { } row || !Access.CanSeeInspection(me, row))
        {
            return NotFound();
        }

        Row = row;
        Summary = row.State == InspectionStates.Done ? runs.Summary(id) : null;
        return null;
    }

    /// <summary>The scores of one level, best first.</summary>
    public IReadOnlyList<ComplianceScore> Scores(ScoreLevel level) => Summary is null ? [] : RankingView.Scores(Summary, level);
}
