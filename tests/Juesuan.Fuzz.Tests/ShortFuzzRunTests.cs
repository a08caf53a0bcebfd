using System.Diagnostics;
using System.Globalization;
using Juesuan.Tests;
using Xunit.Abstractions;

namespace Juesuan.Fuzz.Tests;

/// <summary>
/// A short fuzzing run inside the tests (issue 13 item 6): every harness on its committed corpus (fuzz/corpus) and
/// mutants of it, bounded by executions and by wall-clock time — the whole run under <see cref="Budget"/> even on
/// a loaded two-core machine — with a cap per input. Any exception other than a reader's documented refusal is a
/// crash; an input still running past the cap is a hang; both must be none. The long run is fuzz/run-long.sh.
/// </summary>
public sealed class ShortFuzzRunTests(ITestOutputHelper output)
{
    /// <summary>The whole run's wall-clock budget: under a minute with room for start-up.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(35);

    private const int ExecutionsPerTarget = 400;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    [Fact]
    public void Every_target_survives_its_corpus_and_mutants_without_crash_or_hang()
    {
        var clock = Stopwatch.StartNew();
        var results = new List<RunResult>();
        var targets = Targets.All;
        for (var i = 0; i < targets.Count; i++)
        {
            // What is left of the budget, shared among the targets still to run (the per-input cap aside).
            var share = (Budget - clock.Elapsed) / (targets.Count - i);
            var seeds = Runner.Load(Repo.Path("fuzz", "corpus", targets[i].Name));
            Assert.NotEmpty(seeds);
            results.Add(Runner.Run(targets[i], seeds, ExecutionsPerTarget, share > TimeSpan.Zero ? share : TimeSpan.FromMilliseconds(1), PerInput, randomSeed: 13));
        }

        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Target}: {r.Executions} executions ({r.Seeds} seeds), {r.Refused} refused, {r.Crashes.Count} crashes, {r.Hangs.Count} hangs, {r.Duration.TotalSeconds:0.0} s"));
        }

        output.WriteLine($"total: {results.Sum(r => r.Executions)} executions in {clock.Elapsed.TotalSeconds:0.0} s");
        var bad = results.SelectMany(r => r.Crashes.Select(c => $"{r.Target} crash {c.Id}: {c.What}").Concat(r.Hangs.Select(h => $"{r.Target} hang {h.Id}: {h.What}"))).ToList();
        Assert.True(bad.Count == 0, string.Join("\n\n", bad));
        Assert.All(results, r => Assert.True(r.Executions >= 1, r.Target));
        Assert.True(clock.Elapsed < Budget + PerInput, $"the run took {clock.Elapsed}");
    }

    [Fact]
    public void The_mutator_is_deterministic_and_changes_its_input()
    {
        byte[][] seeds = [[0, .. "单位编码,单位名称\n001,测试局\n"u8]];
        var a = Enumerable.Range(0, 50).Select(_ => 0).Aggregate((new Random(7), new List<byte[]>()), (s, _) => { s.Item2.Add(Runner.Mutate(seeds, s.Item1, 4096)); return s; }).Item2;
        var b = Enumerable.Range(0, 50).Select(_ => 0).Aggregate((new Random(7), new List<byte[]>()), (s, _) => { s.Item2.Add(Runner.Mutate(seeds, s.Item1, 4096)); return s; }).Item2;
        Assert.Equal(a.Select(Convert.ToHexString), b.Select(Convert.ToHexString));
        Assert.True(a.Count(m => !m.AsSpan().SequenceEqual(seeds[0])) >= 45);
    }

    [Fact]
    public void A_harness_that_throws_an_undocumented_exception_is_reported_as_a_crash_and_a_slow_one_as_a_hang()
    {
        var crashing = new Target("t", "", b => b.Length > 3 ? throw new IndexOutOfRangeException() : true, ex => ex is FormatException);
        var r = Runner.Run(crashing, [[1, 2, 3, 4], [1]], 2, TimeSpan.FromSeconds(10), PerInput);
        Assert.Single(r.Crashes);
        Assert.Contains(nameof(IndexOutOfRangeException), r.Crashes[0].What, StringComparison.Ordinal);

        var refusing = new Target("t", "", _ => throw new FormatException(), ex => ex is FormatException);
        Assert.Equal(3, Runner.Run(refusing, [[1]], 3, TimeSpan.FromSeconds(10), PerInput).Refused);
        var readOrNot = new Target("t", "", b => b[0] == 1, _ => false);
        Assert.Equal(1, Runner.Run(readOrNot, [[1], [2]], 2, TimeSpan.FromSeconds(10), PerInput).Refused);

        var hanging = new Target("t", "", _ => { Thread.Sleep(TimeSpan.FromSeconds(30)); return true; }, _ => false);
        var h = Runner.Run(hanging, [[1]], 1, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
        Assert.Single(h.Hangs);
    }
}
