using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Juesuan.Web.Pages.Account;

[EnableRateLimiting(Throttling.LoginPolicy)]
public sealed class LoginModel(Accounts accounts, AccountThrottle throttle) : PageModel
{
    public string? Message { get; private set; }

    public string? ReturnUrl { get; private set; }

    public string? UserName { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        UserName = userName;
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Message = "请输入用户名和密码";
            return Page();
        }

        // Per address and account (the per-address limit is the endpoint's policy).
        if (throttle.TryAcquire(Sessions.Address(HttpContext), userName) is { } retryAfter)
        {
            return await Throttling.RefuseAsync(HttpContext, retryAfter);
        }

        var user = accounts.SignIn(userName, password, Sessions.Address(HttpContext));
        if (user is null)
        {
            Message = Accounts.Refused;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await Sessions.SignInAsync(HttpContext, user);
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/work");
    }
}
