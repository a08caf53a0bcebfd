using Juesuan.Inspection.Outputs;
using Juesuan.Storage;

namespace Juesuan.Web.Services;

/// <summary>
/// 公开检查's small endpoints beside its pages: the progress a running page polls (JSON) and the outputs to download
/// (检查结果.xlsx/.csv/.json, 检查通报.docx, written by the batch engine's outputs from the stored result). Only the
/// region's finance bureau: other roles get 403, another region's bureau 404 (it is not told the inspection exists);
/// both are written to the trail by the refusal recorder.
/// </summary>
public static class InspectionEndpoints
{
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/work/inspections/{id:long}").RequireAuthorization().ExcludeFromDescription();
        group.MapGet("/progress", (long id, HttpContext http, InspectionStore store) =>
            Visible(http, store, id) is { } refused ? refused
            : Results.Json(Progress.Of(store.Find(id)!)));
        group.MapGet("/download/{format}", (long id, string format, HttpContext http, InspectionStore store, InspectionRuns runs) =>
        {
            if (Visible(http, store, id) is { } refused)
            {
                return refused;
            }

            if (runs.Summary(id) is not { } summary)
            {
                return Results.Conflict("检查尚未完成");
            }

            using var buffer = new MemoryStream();
            switch (format)
            {
                case "xlsx":
                    InspectionWorkbook.Write(summary, buffer);
                    return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", InspectionWorkbook.FileName);
                case "docx":
                    InspectionNotice.Write(summary, buffer);
                    return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", InspectionNotice.FileName);
                case "csv":
                    return Results.File(System.Text.Encoding.UTF8.GetBytes(InspectionCsv.Write(summary)), "text/csv; charset=utf-8", InspectionCsv.FileName);
                case "json":
                    return Results.File(System.Text.Encoding.UTF8.GetBytes(InspectionJson.Write(summary)), "application/json; charset=utf-8", InspectionJson.FileName);
                default:
                    return Results.NotFound();
            }
        });
    }

    /// <summary>Null when the signed-in user may see the inspection; else the refusal (403 for the role, 404 for another region or none).</summary>
    public static IResult? Visible(HttpContext http, InspectionStore store, long id)
    {
        if (CurrentUser.From(http.User) is not { } me || !Access.CanInspect(me))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return store.Find(id) is { } row && Access.CanSeeInspection(me, row) ? null : Results.NotFound();
    }

    /// <summary>What the running page polls: the state, and how many files are done of how many.</summary>
    public sealed record Progress(string State, string StateName, int Done, int Total, bool Finished)
    {
        public static Progress Of(InspectionRow r) => new(r.State, InspectionStates.Chinese(r.State), r.DoneCount, r.FileCount, r.IsFinished);
    }
}
