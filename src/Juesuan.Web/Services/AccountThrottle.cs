using System.Threading.RateLimiting;

namespace Juesuan.Web.Services;

/// <summary>
/// Sign-in attempts per address and account name: <see cref="RateLimits.LoginsPerAccount"/> a window for one address
/// at one name. Not per name from any address: then anyone hammering a name would keep its user out (a 429 for
/// everyone). Names are compared as the store compares them (trimmed).
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
    public TimeSpan? TryAcquire(string address, string userName)
    {
        var name = userName.Trim();
        using var lease = _limiter.AttemptAcquire(address + "|" + (name.Length > 100 ? name[..100] : name));
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : options.Limits.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
