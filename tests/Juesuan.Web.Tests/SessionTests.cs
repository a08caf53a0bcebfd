using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>
/// Sessions end when they should: logout, lockout, a password change and disabling each make every cookie issued
/// before useless (the sign-in page for pages, 401 from the API), in this browser and any other; every refused
/// sign-in gets one answer.
/// </summary>
public sealed partial class SessionTests(WebServer server) : IClassFixture<WebServer>
{
    private const string Password = "first-password-1";

    private Store Store => server.Services.GetRequiredService<Store>();

    /// <summary>A fresh administrator (sees /work and /admin), so no other test's account is touched.</summary>
    private string NewAdmin(string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        server.Services.GetRequiredService<Accounts>().Create(name, "测试 " + name, Role.Administrator, Password, null, null, null);
        return name;
    }

    private async Task<Client> SignedInAsync(string user, string password = Password)
    {
        var c = server.NewClient();
        await c.LoginAsync(user, password);
        return c;
    }

    /// <summary>A kept cookie no longer signs in: the page sends it to the sign-in page, the API answers 401.</summary>
    private async Task AssertEndedAsync(string cookie)
    {
        using var page = await Client.GetWithCookieAsync(server.BaseAddress, "/work", cookie);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var api = await Client.GetWithCookieAsync(server.BaseAddress, "/api/drafts", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private async Task AssertAliveAsync(string cookie)
    {
        using var page = await Client.GetWithCookieAsync(server.BaseAddress, "/work", cookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Logout_ends_every_session_of_the_user_and_a_kept_copy_of_the_cookie()
    {
        var name = NewAdmin("logout");
        using var a = await SignedInAsync(name);
        using var b = await SignedInAsync(name);
        var kept = a.CookieHeader;
        await AssertAliveAsync(kept);
        await AssertAliveAsync(b.CookieHeader);

        var r = await a.PostFormAsync("/account/logout", new Dictionary<string, string>(), "/work");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        await AssertEndedAsync(kept);
        await AssertEndedAsync(b.CookieHeader);
        Assert.Contains(Store.Trail(), t => t.Action == "退出" && t.UserName == name && t.Address == "127.0.0.1");
    }

    [Fact]
    public async Task A_guessers_lockout_leaves_the_users_open_sessions_alone()
    {
        var name = NewAdmin("lock");
        using var a = await SignedInAsync(name);
        var kept = a.CookieHeader;
        using var attacker = server.NewClient();
        for (var i = 0; i < Accounts.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.LoginResponseAsync(name, "wrong-" + i)).StatusCode);
        }

        // The guesser's address is locked out of the account; the account, and the user's sessions, are not touched.
        await AssertAliveAsync(kept);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var name = NewAdmin("pw");
        using var here = await SignedInAsync(name);
        using var elsewhere = await SignedInAsync(name);
        var other = elsewhere.CookieHeader;

        var wrong = await here.PostFormAsync("/account/password", new Dictionary<string, string> { ["current"] = "not-it", ["next"] = "second-password-2" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        await AssertAliveAsync(other);

        var ok = await here.PostFormAsync("/account/password", new Dictionary<string, string> { ["current"] = Password, ["next"] = "second-password-2" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await AssertEndedAsync(other);
        await AssertAliveAsync(here.CookieHeader);
        using var again = await SignedInAsync(name, "second-password-2");
        Assert.Contains(Store.Trail(), t => t.Action == "修改密码" && t.UserName == name);
    }

    [Fact]
    public async Task An_administrator_disables_and_enables_a_user()
    {
        var name = NewAdmin("off");
        var id = Store.UserByName(name)!.Id.ToString(CultureInfo.InvariantCulture);
        using var user = await SignedInAsync(name);
        var kept = user.CookieHeader;
        using var admin = await SignedInAsync("admin", DemoSeeder.Password);

        var r = await admin.PostFormAsync("/admin?handler=Disable", new Dictionary<string, string> { ["id"] = id });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("已停用", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Store.UserByName(name)!.Disabled);
        await AssertEndedAsync(kept);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.NewClient().LoginResponseAsync(name, Password)).StatusCode);
        Assert.Contains(Store.Trail(), t => t.Action == "系统管理" && t.UserName == "admin" && t.Detail.Contains($"已停用用户「{name}」", StringComparison.Ordinal));

        // The administrator cannot disable their own account.
        var self = await admin.PostFormAsync("/admin?handler=Disable", new Dictionary<string, string> { ["id"] = Store.UserByName("admin")!.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync("/admin?handler=Enable", new Dictionary<string, string> { ["id"] = id })).StatusCode);
        using var back = await SignedInAsync(name);
        Assert.Contains(Store.Trail(), t => t.Action == "系统管理" && t.Detail.Contains($"已启用用户「{name}」", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_wrong_locked_and_disabled_get_the_same_answer()
    {
        var locked = NewAdmin("same-locked");
        var disabled = NewAdmin("same-off");
        var wrong = NewAdmin("same-wrong");
        using var c = server.NewClient();
        for (var i = 0; i < Accounts.MaxFailures; i++)
        {
            await c.LoginResponseAsync(locked, "nope");
        }

        Store.SetDisabled(Store.UserByName(disabled)!.Id, true);
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var (user, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..6], Password), (wrong, "nope"), (locked, Password), (disabled, Password) })
        {
            using var r = await c.LoginResponseAsync(user, password);
            answers.Add((r.StatusCode, Alert().Match(await r.Content.ReadAsStringAsync()).Groups[1].Value));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.Unauthorized, Accounts.Refused), a));
    }

    [Fact]
    public async Task Refused_actions_on_others_drafts_are_in_the_audit_trail()
    {
        var draft = Store.Drafts(Store.UserByName("unit-lingyuan")!.UnitId, null, null).First();
        using var other = await SignedInAsync("unit-jianping", DemoSeeder.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/work/drafts/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/drafts/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/work/drafts/987654321")).StatusCode);

        var trail = Store.Trail(Juesuan.Web.Services.Workspace.Target(draft.Id));
        Assert.Contains(trail, t => t.Action == "拒绝访问" && t.UserName == "unit-jianping" && t.Address == "127.0.0.1"
            && t.Detail == $"GET /work/drafts/{draft.Id} → 403");
        Assert.Contains(trail, t => t.Action == "拒绝访问" && t.UserName == "unit-jianping" && t.Detail == $"GET /api/drafts/{draft.Id} → 403");
        Assert.Contains(Store.Trail("draft:987654321"), t => t.Action == "访问不存在的对象" && t.UserName == "unit-jianping");
    }

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex Alert();
}
