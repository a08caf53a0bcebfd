using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Account;

/// <summary>修改密码: the signed-in user's own password; the other sessions end, this browser is signed in again.</summary>
[Authorize]
public sealed class PasswordModel(Accounts accounts, Store store) : PageModel
{
    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? next)
    {
        var me = CurrentUser.From(User)!;
        var error = accounts.ChangePassword(me.Id, current ?? "", next ?? "", Sessions.Address(HttpContext));
        if (error is not null)
        {
            Message = error;
            Failed = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await Sessions.SignInAsync(HttpContext, store.User(me.Id)!);
        Message = "密码已修改；其他浏览器和设备上的登录已结束";
        return Page();
    }
}
