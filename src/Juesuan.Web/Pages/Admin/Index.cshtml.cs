using System.Globalization;
using Juesuan.Storage;
using Juesuan.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Admin;

public sealed class AdminModel(Store store, Accounts accounts) : PageModel
{
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];

    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public IActionResult OnGet() => Guarded(() => null);

    public IActionResult OnPostRegion(string code, string name) => Guarded(() =>
    {
        store.EnsureRegion(code.Trim(), name.Trim());
        return $"已添加地区「{name}」";
    });

    public IActionResult OnPostDepartment(long regionId, string code, string name) => Guarded(() =>
    {
        store.EnsureDepartment(regionId, code.Trim(), name.Trim());
        return $"已添加部门「{name}」";
    });

    public IActionResult OnPostUnit(long departmentId, string code, string name) => Guarded(() =>
    {
        store.EnsureUnit(departmentId, code.Trim(), name.Trim());
        return $"已添加单位「{name}」";
    });

    public IActionResult OnPostUser(string userName, string displayName, Role role, string? scope, string password) => Guarded(() =>
    {
        long? region = null, department = null, unit = null;
        var parts = (scope ?? "").Split(':');
        var id = parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        switch (role)
        {
            case Role.UnitOfficer when parts[0] == "unit" && id is { } u && store.Unit(u) is { } unitRow:
                unit = u;
                department = unitRow.DepartmentId;
                region = store.Department(department.Value)!.RegionId;
                break;
            case Role.DepartmentReviewer when parts[0] == "department" && id is { } d && store.Department(d) is { } dept:
                department = d;
                region = dept.RegionId;
                break;
            case Role.FinanceBureau when parts[0] == "region" && id is { } r:
                region = r;
                break;
            case Role.Administrator:
                break;
            default:
                throw new StoreException($"「{Roles.Chinese(role)}」须选择{(role == Role.UnitOfficer ? "单位" : role == Role.DepartmentReviewer ? "部门" : "地区")}作为范围");
        }

        accounts.Create(userName, displayName, role, password, region, department, unit);
        return $"已添加用户「{userName}」（{Roles.Chinese(role)}）";
    });

    public IActionResult OnPostUnlock(long id) => Guarded(() =>
    {
        accounts.Unlock(id);
        return $"已解锁用户「{store.User(id)?.UserName}」";
    });

    /// <summary>停用: the account can no longer sign in, and every session it has open ends at its next request.</summary>
    public IActionResult OnPostDisable(long id) => Guarded(me =>
    {
        var user = store.User(id) ?? throw new StoreException($"用户 {id} 不存在");
        if (user.Id == me.Id)
        {
            throw new StoreException("不能停用自己的账户");
        }

        store.SetDisabled(id, true);
        return $"已停用用户「{user.UserName}」（{Roles.Chinese(user.Role)}），其已登录的会话全部结束";
    });

    public IActionResult OnPostEnable(long id) => Guarded(() =>
    {
        var user = store.User(id) ?? throw new StoreException($"用户 {id} 不存在");
        store.SetDisabled(id, false);
        return $"已启用用户「{user.UserName}」（{Roles.Chinese(user.Role)}）";
    });

    private IActionResult Guarded(Func<string?> action) => Guarded(_ => action());

    private IActionResult Guarded(Func<CurrentUser, string?> action)
    {
        if (CurrentUser.From(User) is not { } me || !Access.CanManageUsers(me))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            Message = action(me);
            if (Message is not null)
            {
                store.Record(me.Id, me.UserName, "系统管理", "admin", Message, Sessions.Address(HttpContext));
            }
        }
        catch (StoreException ex)
        {
            Message = ex.Message;
            Failed = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Regions = store.Regions();
        Departments = store.Departments();
        Units = Departments.SelectMany(d => store.Units(d.Id)).ToList();
        Users = store.Users();
        return Page();
    }
}
