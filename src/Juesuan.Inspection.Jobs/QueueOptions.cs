namespace Juesuan.Inspection.Jobs;

/// <summary>
/// How the queue behaves. <paramref name="InvisibilityTimeout"/>: how long a job fetched by a worker that stopped
/// answering stays invisible before another worker takes it (PostgreSQL keeps a live worker's jobs fetched by a
/// sliding timeout, so a long job is not taken twice); <paramref name="PollInterval"/>: how often an idle worker looks
/// for work.
/// </summary>
public sealed record QueueOptions(TimeSpan InvisibilityTimeout, TimeSpan PollInterval)
{
    public static QueueOptions Default { get; } = new(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1));
}
