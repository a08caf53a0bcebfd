using System.Globalization;
using System.Security.Claims;
using Juesuan.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Juesuan.Web.Services;

/// <summary>
/// Sign-in sessions that can be ended: the cookie carries the account's security stamp, and every request
/// compares it with the stamp stored now. Logout, lockout, a password change and disabling the account each
/// store a new stamp, so every cookie issued before — in any browser — signs no one in any more.
/// </summary>
public static class Sessions
{
    /// <summary>Signs a user in this browser: a cookie with the account's claims and its current stamp.</summary>
    public static Task SignInAsync(HttpContext http, UserAccount user) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(CurrentUser.Claims(user), CookieAuthenticationDefaults.AuthenticationScheme)));

    /// <summary>The cookie handler's OnValidatePrincipal: a cookie whose account is gone, disabled, locked or re-stamped is refused and removed.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext ctx)
    {
        var principal = ctx.Principal;
        var store = ctx.HttpContext.RequestServices.GetRequiredService<Store>();
        var user = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? store.User(id)
            : null;
        if (user is not null && !user.Disabled && !(user.LockedUntil > Clock.Now())
            && string.Equals(user.SecurityStamp, principal?.FindFirstValue(CurrentUser.StampClaim), StringComparison.Ordinal))
        {
            return;
        }

        ctx.RejectPrincipal();
        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>The client's address as the server sees it, for the audit trail and the rate limits.</summary>
    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
