using System.Security.Cryptography;
using Juesuan.Storage;
using Microsoft.AspNetCore.Identity;

namespace Juesuan.Web.Services;

/// <summary>
/// Passwords (ASP.NET Core Identity's PBKDF2 hasher, salted) and sign-in with lockout: after
/// <see cref="MaxFailures"/> wrong passwords in a row the account is locked for <see cref="LockMinutes"/> minutes.
/// An unknown user name, a wrong password, a locked account and a disabled one get the same answer
/// (<see cref="Refused"/>) after the same work (one password hash verified, one trail entry written), so the
/// answer does not tell which user names exist or which accounts are locked.
/// </summary>
public sealed class Accounts(Store store)
{
    public const int MaxFailures = 5;
    public const int LockMinutes = 15;
    public const int MinPasswordLength = 8;

    /// <summary>The one answer to every refused sign-in.</summary>
    public static readonly string Refused =
        $"用户名或密码错误，或账户已锁定、已停用。连续 {MaxFailures} 次密码错误将锁定账户 {LockMinutes} 分钟；如需解锁或启用请联系系统管理员。";

    private readonly PasswordHasher<UserAccount> _hasher = new();
    private readonly string _dummyHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString());

    public string Hash(string password) => _hasher.HashPassword(new UserAccount(), password);

    /// <summary>The account when the password is right and the account is neither locked nor disabled; otherwise null.</summary>
    /// <param name="address">the client address, for the audit trail</param>
    public UserAccount? SignIn(string userName, string password, string? address)
    {
        var name = userName.Trim();
        var user = store.UserByName(name);
        // The hash is verified in every case, so a refusal takes as long whatever its reason.
        var passwordRight = _hasher.VerifyHashedPassword(user ?? new UserAccount(), user?.PasswordHash ?? _dummyHash, password) != PasswordVerificationResult.Failed
            && user is not null;
        if (user is null)
        {
            store.Record(null, Clip(name), "登录失败", "user:" + Clip(name), "用户名不存在", address);
            return null;
        }

        if (user.Disabled)
        {
            store.Record(user.Id, user.UserName, "登录被拒绝", "user:" + user.UserName, "账户已停用", address);
            return null;
        }

        if (user.LockedUntil is { } until && until > Clock.Now())
        {
            store.Record(user.Id, user.UserName, "登录被拒绝", "user:" + user.UserName, $"账户已锁定至 {Clock.Display(until)}", address);
            return null;
        }

        if (!passwordRight)
        {
            store.RecordFailedLogin(user.Id, MaxFailures, Clock.Now() + (LockMinutes * 60_000L));
            var after = store.User(user.Id)!;
            var locked = after.LockedUntil is { } u && u > Clock.Now();
            store.Record(user.Id, user.UserName, "登录失败", "user:" + user.UserName,
                $"密码错误（连续第 {after.FailedLogins} 次）{(locked ? $"；账户锁定 {LockMinutes} 分钟，已登录的会话全部结束" : "")}", address);
            return null;
        }

        store.ResetFailedLogins(user.Id);
        store.Record(user.Id, user.UserName, "登录", "user:" + user.UserName, "", address);
        return store.User(user.Id);
    }

    /// <summary>Changes a user's own password; every session opened before ends. Null on success, otherwise why not.</summary>
    public string? ChangePassword(long userId, string current, string next, string? address)
    {
        if (store.User(userId) is not { } user)
        {
            return "账户不存在";
        }

        if (_hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            store.Record(user.Id, user.UserName, "修改密码被拒绝", "user:" + user.UserName, "当前密码错误", address);
            return "当前密码错误，密码未修改";
        }

        if (next.Length < MinPasswordLength)
        {
            return $"新密码至少 {MinPasswordLength} 位，密码未修改";
        }

        store.SetPassword(user.Id, Hash(next));
        store.Record(user.Id, user.UserName, "修改密码", "user:" + user.UserName, "其他已登录的会话全部结束", address);
        return null;
    }

    public long Create(string userName, string displayName, Role role, string password, long? regionId, long? departmentId, long? unitId)
    {
        if (password.Length < MinPasswordLength)
        {
            throw new StoreException($"密码至少 {MinPasswordLength} 位");
        }

        return store.CreateUser(userName.Trim(), displayName.Trim(), role, Hash(password), regionId, departmentId, unitId);
    }

    public static string RandomPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');

    private static string Clip(string s) => s.Length > 100 ? s[..100] : s;
}
