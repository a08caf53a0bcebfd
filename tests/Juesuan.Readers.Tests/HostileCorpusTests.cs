using System.Diagnostics;
using Juesuan.Readers.Package;
using Juesuan.Readers.Published;
using Xunit.Abstractions;

namespace Juesuan.Readers.Tests;

/// <summary>
/// The hostile-input corpus (issue 13 item 7): each malformed package is refused cleanly — no facts at all, every
/// error with its place — or, when the variation is harmless, read; never a crash, and within bounded time and memory.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(15);

    private const long MemoryLimit = 300L * 1024 * 1024;

    public enum Outcome
    {
        Refused,
        Read,
        Crashed,
        Hung,
    }

    public static TheoryData<string> Names() => new(HostileCorpus.All.Select(c => c.Name));

    [Fact]
    public void The_corpus_has_at_least_200_cases_with_distinct_names()
    {
        Assert.True(HostileCorpus.All.Count >= 200, $"{HostileCorpus.All.Count} cases");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_case_is_refused_with_located_errors_or_read_when_harmless(string name)
    {
        var c = HostileCorpus.All.Single(x => x.Name == name);
        var (outcome, result, detail) = Run(c);
        Assert.True(outcome is Outcome.Refused or Outcome.Read, $"{outcome}: {detail}");
        Assert.True(c.MustRead == (outcome == Outcome.Read), $"{name}: expected {(c.MustRead ? "read" : "refused")}, got {outcome}: {detail}");
        if (outcome == Outcome.Refused)
        {
            Assert.Null(result!.Accounts);
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e =>
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Location), e.ToString());
                Assert.False(string.IsNullOrWhiteSpace(e.Message), e.ToString());
            });
        }
    }

    [Fact]
    public void Counts_refused_read_crashed_hung()
    {
        var counts = HostileCorpus.All.Select(c => Run(c).Outcome).GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        var line = string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{o.ToString().ToLowerInvariant()} {counts.GetValueOrDefault(o)}"));
        output.WriteLine($"hostile corpus: {HostileCorpus.All.Count} cases: {line}");
        Assert.Equal(0, counts.GetValueOrDefault(Outcome.Crashed));
        Assert.Equal(0, counts.GetValueOrDefault(Outcome.Hung));
    }

    public static TheoryData<string> PublishedNames() => new(HostilePublishedCorpus.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(PublishedNames))]
    public void Each_published_case_is_read_or_refused_in_words_never_crashed(string name)
    {
        var c = HostilePublishedCorpus.All.Single(x => x.Name == name);
        var (outcome, detail) = RunPublished(c);
        Assert.True(outcome is Outcome.Refused or Outcome.Read, $"{outcome}: {detail}");
    }

    [Fact]
    public void Counts_for_published_reports()
    {
        var counts = HostilePublishedCorpus.All.Select(c => RunPublished(c).Outcome).GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        var line = string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{o.ToString().ToLowerInvariant()} {counts.GetValueOrDefault(o)}"));
        output.WriteLine($"hostile published corpus: {HostilePublishedCorpus.All.Count} cases: {line}");
        Assert.Equal(0, counts.GetValueOrDefault(Outcome.Crashed));
        Assert.Equal(0, counts.GetValueOrDefault(Outcome.Hung));
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a thread of its own and counts the bytes that thread alone allocates: the process-wide
    /// count takes in the tests running beside it.
    /// </summary>
    private static (Task<T> Task, Func<long> Allocated) OnThreadOfItsOwn<T>(Func<T> read)
    {
        long allocated = 0;
        var task = Task.Run(() =>
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                return read();
            }
            finally
            {
                Interlocked.Exchange(ref allocated, GC.GetAllocatedBytesForCurrentThread() - start);
            }
        });
        return (task, () => Interlocked.Read(ref allocated));
    }

    private static (Outcome Outcome, string Detail) RunPublished(HostilePublishedCorpus.Case c)
    {
        var dir = Path.Combine(Path.GetTempPath(), "juesuan-hostile-pub-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = c.Make(dir);
            var (task, allocated) = OnThreadOfItsOwn(() => PublishedReportReader.Read(path));
            try
            {
                if (!task.Wait(TimeLimit))
                {
                    return (Outcome.Hung, $"still reading after {TimeLimit}");
                }
            }
            catch (AggregateException ex) when (ex.InnerException is PublishedReadException refused)
            {
                return (Outcome.Refused, refused.Message);
            }

            return allocated() > 4 * MemoryLimit ? (Outcome.Hung, $"allocated {allocated() / 1024 / 1024} MB") : (Outcome.Read, $"{task.Result.Tables.Count} tables");
        }
        catch (AggregateException ex)
        {
            return (Outcome.Crashed, ex.InnerException?.ToString() ?? ex.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static (Outcome Outcome, PackageReadResult? Result, string Detail) Run(HostileCorpus.Case c)
    {
        var root = Path.Combine(Path.GetTempPath(), "juesuan-hostile-" + Guid.NewGuid().ToString("N"));
        var dir = Path.Combine(root, "package");
        try
        {
            HostileCorpus.CopyBase(dir);
            var path = c.Make(dir);
            var clock = Stopwatch.StartNew();
            var (task, allocated) = OnThreadOfItsOwn(() => PackageReader.Read(path));
            if (!task.Wait(TimeLimit))
            {
                return (Outcome.Hung, null, $"still reading after {TimeLimit}");
            }

            if (allocated() > MemoryLimit)
            {
                return (Outcome.Hung, null, $"allocated {allocated() / 1024 / 1024} MB in {clock.Elapsed}");
            }

            var r = task.Result;
            return r.Success ? (Outcome.Read, r, "read") : (Outcome.Refused, r, string.Join(" | ", r.Errors));
        }
        catch (AggregateException ex)
        {
            return (Outcome.Crashed, null, ex.InnerException?.ToString() ?? ex.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
