using System.Security.Claims;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Account;

public sealed class LoginModel(Accounts accounts) : PageModel
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

        var (outcome, user, lockedUntil) = accounts.SignIn(userName, password);
        switch (outcome)
        {
            case SignInOutcome.Locked:
                Message = $"连续 {Accounts.MaxFailures} 次密码错误，账户已锁定至 {Clock.Display(lockedUntil ?? Clock.Now())}（北京时间），请稍后再试或联系系统管理员";
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            case SignInOutcome.Wrong:
                Message = "用户名或密码错误";
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }

        var identity = new ClaimsIdentity(CurrentUser.Claims(user!), CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/work");
    }
}
