using System.Threading.RateLimiting;

namespace Juesuan.Web.Services;

/// <summary>
/// Sign-in attempts per account name, from any address: an attacker spreading guesses over many addresses still
/// gets <see cref="RateLimits.LoginsPerAccount"/> a window. Names are compared as the store compares them (trimmed).
/// </summary>
public sealed class AccountThrottle(WebOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Limits.LoginsPerAccount,
            Window = options.Limits.Window,
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise how long until the next one may.</summary>
    public TimeSpan? TryAcquire(string userName)
    {
        var name = userName.Trim();
        using var lease = _limiter.AttemptAcquire(name.Length > 100 ? name[..100] : name);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : options.Limits.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
