using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Work;

public sealed class TrailModel(Store store) : PageModel
{
    public IReadOnlyList<TrailEntry> Entries { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (CurrentUser.From(User) is not { } me || !Access.CanSeeTrail(me))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Entries = store.Trail();
        return Page();
    }
}
