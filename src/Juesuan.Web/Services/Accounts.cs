using System.Security.Cryptography;
using Juesuan.Storage;
using Microsoft.AspNetCore.Identity;

namespace Juesuan.Web.Services;

/// <summary>
/// Passwords (ASP.NET Core Identity's PBKDF2 hasher, salted) and sign-in with lockout per address and account: after
/// <see cref="MaxFailures"/> wrong passwords in a row from one address, that address may not sign in to that account
/// for <see cref="LockMinutes"/> minutes. The account itself is not locked: whoever knows a user name could otherwise
/// keep a bureau's account locked forever, while its user, from another address, can still sign in.
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
        $"用户名或密码错误，或账户已锁定、已停用。在同一地址连续 {MaxFailures} 次密码错误，该地址将 {LockMinutes} 分钟内不能登录此账户；如需解锁或启用请联系系统管理员。";

    private readonly PasswordHasher<UserAccount> _hasher = new();

    /// <summary>Wrong passwords in a row per (address, account), and until when that pair is locked out (Clock ms).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Address, long User), (int Failures, long LockedUntil)> _failures = new();

    /// <summary>Pairs kept at most: past it, pairs whose lockout has ended are forgotten (an attacker's many addresses cannot fill memory).</summary>
    private const int MaxTrackedPairs = 100_000;
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

        // An administrator's lock (users.locked_until, from before lockout was per address) still holds.
        if (user.LockedUntil is { } until && until > Clock.Now())
        {
            store.Record(user.Id, user.UserName, "登录被拒绝", "user:" + user.UserName, $"账户已锁定至 {Clock.Display(until)}", address);
            return null;
        }

        var pair = (address ?? "unknown", user.Id);
        if (_failures.TryGetValue(pair, out var state) && state.LockedUntil > Clock.Now())
        {
            store.Record(user.Id, user.UserName, "登录被拒绝", "user:" + user.UserName, $"此地址连续 {MaxFailures} 次密码错误，已锁定至 {Clock.Display(state.LockedUntil)}（其他地址不受影响）", address);
            return null;
        }

        if (!passwordRight)
        {
            Forget();
            var now = Clock.Now();
            // A lockout that has ended starts the count again (a pair still locked was refused above).
            var after = _failures.AddOrUpdate(pair, (1, 0), (_, s) => s.LockedUntil != 0 ? (1, 0) : (s.Failures + 1, 0));
            if (after.Failures >= MaxFailures)
            {
                after = _failures[pair] = (after.Failures, now + (LockMinutes * 60_000L));
            }

            // The account's count (shown to the administrator) goes up; the account itself is never locked by it.
            store.RecordFailedLogin(user.Id, int.MaxValue, 0);
            store.Record(user.Id, user.UserName, "登录失败", "user:" + user.UserName,
                $"密码错误（此地址连续第 {after.Failures} 次）{(after.LockedUntil > now ? $"；此地址锁定 {LockMinutes} 分钟，其他地址不受影响" : "")}", address);
            return null;
        }

        _failures.TryRemove(pair, out _);
        store.ResetFailedLogins(user.Id);
        store.Record(user.Id, user.UserName, "登录", "user:" + user.UserName, "", address);
        return store.User(user.Id);
    }

    /// <summary>解锁: ends every address's lockout of the account (and the administrator's lock).</summary>
    public void Unlock(long userId)
    {
        foreach (var key in _failures.Keys.Where(k => k.User == userId))
        {
            _failures.TryRemove(key, out _);
        }

        store.ResetFailedLogins(userId);
    }

    private void Forget()
    {
        if (_failures.Count < MaxTrackedPairs)
        {
            return;
        }

        var now = Clock.Now();
        foreach (var (key, value) in _failures)
        {
            if (value.LockedUntil <= now)
            {
                _failures.TryRemove(key, out _);
            }
        }
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
