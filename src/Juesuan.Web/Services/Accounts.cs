using System.Security.Cryptography;
using Juesuan.Storage;
using Microsoft.AspNetCore.Identity;

namespace Juesuan.Web.Services;

public enum SignInOutcome
{
    Ok,
    Wrong,
    Locked,
}

/// <summary>
/// Passwords (ASP.NET Core Identity's PBKDF2 hasher, salted) and sign-in with lockout: after
/// <see cref="MaxFailures"/> wrong passwords in a row the account is locked for <see cref="LockMinutes"/> minutes.
/// An unknown user name takes the same time and gives the same answer as a wrong password.
/// </summary>
public sealed class Accounts(Store store)
{
    public const int MaxFailures = 5;
    public const int LockMinutes = 15;
    public const int MinPasswordLength = 8;

    private readonly PasswordHasher<UserAccount> _hasher = new();
    private readonly string _dummyHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString());

    public string Hash(string password) => _hasher.HashPassword(new UserAccount(), password);

    public (SignInOutcome Outcome, UserAccount? User, long? LockedUntil) SignIn(string userName, string password)
    {
        var user = store.UserByName(userName.Trim());
        if (user is null)
        {
            _hasher.VerifyHashedPassword(new UserAccount(), _dummyHash, password);
            return (SignInOutcome.Wrong, null, null);
        }

        if (user.LockedUntil is { } until && until > Clock.Now())
        {
            store.Record(user.Id, user.UserName, "登录被拒绝", "user:" + user.UserName, "账户已锁定");
            return (SignInOutcome.Locked, null, until);
        }

        if (_hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            store.RecordFailedLogin(user.Id, MaxFailures, Clock.Now() + (LockMinutes * 60_000L));
            var after = store.User(user.Id)!;
            var locked = after.LockedUntil is { } u && u > Clock.Now();
            store.Record(user.Id, user.UserName, "登录失败", "user:" + user.UserName,
                $"密码错误（连续第 {after.FailedLogins} 次）{(locked ? $"；账户锁定 {LockMinutes} 分钟" : "")}");
            return locked ? (SignInOutcome.Locked, null, after.LockedUntil) : (SignInOutcome.Wrong, null, null);
        }

        store.ResetFailedLogins(user.Id);
        store.Record(user.Id, user.UserName, "登录", "user:" + user.UserName, "");
        return (SignInOutcome.Ok, user, null);
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
}
