namespace Juesuan.Web.Services;

/// <summary>
/// How often one client may try (<see cref="Throttling"/>): sign-ins per address and per account, and uploads
/// (packages, reports to check) per signed-in account or, for the public, per address — each within <see cref="Window"/>.
/// </summary>
public sealed record RateLimits(int LoginsPerAddress = 30, int LoginsPerAccount = 10, int UploadsPerClient = 20)
{
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Limits no test or demo reaches (the tests that check throttling set their own).</summary>
    public static RateLimits Relaxed { get; } = new(100_000, 100_000, 100_000);
}
