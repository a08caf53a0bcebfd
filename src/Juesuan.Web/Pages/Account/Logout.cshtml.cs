using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Account;

public sealed class LogoutModel(Store store) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (CurrentUser.From(User) is { } u)
        {
            // A new stamp: this cookie, a copy of it, and the user's sessions in other browsers all end.
            store.RenewStamp(u.Id);
            store.Record(u.Id, u.UserName, "退出", "user:" + u.UserName, "所有会话已结束", Sessions.Address(HttpContext));
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
