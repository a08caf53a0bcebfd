using System.Diagnostics;
using System.Security.Cryptography;

namespace Juesuan.Fuzz;

/// <summary>What a bounded run found.</summary>
/// <param name="Executions">inputs run (seeds and mutants)</param>
/// <param name="Crashes">inputs that threw something other than a documented refusal, with what they threw</param>
/// <param name="Hangs">inputs still running after the per-input cap</param>
public sealed record RunResult(string Target, long Executions, long Refused, IReadOnlyList<Finding> Crashes, IReadOnlyList<Finding> Hangs, TimeSpan Duration, int Seeds);

/// <summary>An input that crashed or hung, and what happened.</summary>
public sealed record Finding(byte[] Input, string What)
{
    public string Id => Convert.ToHexStringLower(SHA256.HashData(Input))[..16];
}

/// <summary>
/// The in-process fuzzing loop (no engine binary needed; docs/decisions/0011-fuzzing.md): every seed first, then
/// mutants of the seeds (byte flips, interesting values, inserted tokens, cut, repeated and spliced pieces). Bounded
/// by executions and by wall-clock time; each input runs on a worker thread with its own time cap, and a worker
/// still busy past it is abandoned and reported as a hang. Deterministic for a given random seed (the time bound aside).
/// </summary>
public static class Runner
{
    /// <summary>Tokens that break parsers: quotes, separators, control and invalid characters, huge numbers, XML.</summary>
    private static readonly byte[][] Tokens = [.. new[]
    {
        "\"", ",", "\n", "\r", "\r\n", "\0", "\u001F", "\t", "\uFFFE", "\uFEFF", "\"\"", ",,,,,,,,", "-", ".", "e308", "E-400",
        "50000000000000000000000000000", "79228162514264337593543950336", "-1", "0", "4294967295", "2147483648", "NaN",
        "<", ">", "&", "&#0;", "&#x1F;", "&amp;", "<![CDATA[", "]]>", "<!DOCTYPE a [<!ENTITY b \"bbbbbbbb\">]>", "&b;",
        " r=\"ZZZZZZ2\"", " r=\"XFD1048577\"", "<row r=\"4294967295\">", " t=\"s\"", " t=\"inlineStr\"", "<v>99999999</v>",
        " w:val=\"1000000000\"", "<w:gridSpan w:val=\"2147483647\"/>", "</", "/>", "xmlns=\"\"", "总计", "合计", "万元", "\t\t\t",
    }.Select(System.Text.Encoding.UTF8.GetBytes)];

    private static readonly byte[] Interesting = [0, 1, 0x7F, 0x80, 0xFF, 0xFE, 0xC0, 0xED, 0xEF, 0xBB, 0xBF, (byte)'"', (byte)',', (byte)'\n', (byte)'<'];

    public static RunResult Run(Target target, IReadOnlyList<byte[]> seeds, long maxExecutions, TimeSpan maxDuration, TimeSpan perInput, int randomSeed = 1, int maxInputBytes = 1 << 20)
    {
        var random = new Random(randomSeed);
        var clock = Stopwatch.StartNew();
        var crashes = new List<Finding>();
        var hangs = new List<Finding>();
        long executions = 0, refused = 0;
        var worker = new Worker(target);
        try
        {
            for (var i = 0; executions < maxExecutions && clock.Elapsed < maxDuration; i++)
            {
                var input = i < seeds.Count ? seeds[i] : Mutate(seeds, random, maxInputBytes);
                executions++;
                switch (worker.Run(input, perInput, out var what))
                {
                    case Outcome.Refused:
                        refused++;
                        break;
                    case Outcome.Crashed:
                        crashes.Add(new Finding(input, what!));
                        break;
                    case Outcome.Hung:
                        hangs.Add(new Finding(input, what!));
                        worker = new Worker(target); // the busy one is abandoned (a background thread)
                        break;
                }

                if (seeds.Count == 0)
                {
                    break;
                }
            }
        }
        finally
        {
            worker.Stop();
        }

        return new RunResult(target.Name, executions, refused, crashes, hangs, clock.Elapsed, seeds.Count);
    }

    /// <summary>Runs inputs from a file or folder once each (a corpus, or the crashes a long run found).</summary>
    public static IReadOnlyList<byte[]> Load(string path) =>
        File.Exists(path) ? [File.ReadAllBytes(path)]
        : Directory.Exists(path) ? [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllBytes)]
        : [];

    public static byte[] Mutate(IReadOnlyList<byte[]> seeds, Random random, int maxInputBytes)
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var keep = data.Count > 0 && seeds.Count > 0 ? 1 : 0; // a part target's first byte chooses the part: mostly kept
        var rounds = 1 + random.Next(random.Next(2) == 0 ? 2 : 8);
        for (var r = 0; r < rounds; r++)
        {
            var at = data.Count <= keep ? keep : random.Next(keep, data.Count);
            switch (random.Next(9))
            {
                case 0 when data.Count > keep:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > keep:
                    data[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                case 3:
                    data.InsertRange(Math.Min(at, data.Count), Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4 when data.Count > keep:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(random.Next(2) == 0 ? 8 : 512)));
                    break;
                case 5 when data.Count > keep:
                    var length = Math.Min(data.Count - at, 1 + random.Next(256));
                    var piece = data.GetRange(at, length);
                    for (var n = random.Next(1, random.Next(2) == 0 ? 4 : 200); n > 0 && data.Count < maxInputBytes; n--)
                    {
                        data.InsertRange(at, piece);
                    }

                    break;
                case 6:
                    var other = seeds[random.Next(seeds.Count)];
                    if (other.Length > 1)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(Math.Min(at, data.Count), other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(1024))).ToArray());
                    }

                    break;
                case 7 when data.Count > keep:
                    data.RemoveRange(at, data.Count - at); // cut short
                    break;
                case 8:
                    var digits = random.Next(20, 40);
                    data.InsertRange(Math.Min(at, data.Count), System.Text.Encoding.ASCII.GetBytes(new string('9', digits)));
                    break;
                default:
                    if (data.Count == 0)
                    {
                        data.Add((byte)random.Next(256));
                    }

                    break;
            }

            if (keep == 1 && random.Next(50) == 0)
            {
                data[0] = (byte)random.Next(256);
            }
        }

        return [.. data.Take(maxInputBytes)];
    }

    private enum Outcome
    {
        Read,
        Refused,
        Crashed,
        Hung,
    }

    /// <summary>A thread that runs one input at a time, so a hung input can be left behind.</summary>
    private sealed class Worker
    {
        private readonly Target _target;
        private readonly SemaphoreSlim _start = new(0);
        private readonly SemaphoreSlim _done = new(0);
        private byte[]? _input;
        private Exception? _thrown;
        private bool _read;
        private volatile bool _stop;

        public Worker(Target target)
        {
            _target = target;
            new Thread(Loop, 64 * 1024 * 1024) { IsBackground = true, Name = "fuzz " + target.Name }.Start();
        }

        public Outcome Run(byte[] input, TimeSpan limit, out string? what)
        {
            _input = input;
            _thrown = null;
            _start.Release();
            if (!_done.Wait(limit))
            {
                what = $"still running after {limit.TotalSeconds:0.#} s";
                return Outcome.Hung;
            }

            what = _thrown?.ToString();
            return _thrown is null ? (_read ? Outcome.Read : Outcome.Refused) : _target.IsRefusal(_thrown) ? Outcome.Refused : Outcome.Crashed;
        }

        public void Stop()
        {
            _stop = true;
            _start.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _start.Wait();
                if (_stop)
                {
                    return;
                }

                try
                {
                    _read = _target.Run(_input!);
                }
                catch (Exception ex)
                {
                    _thrown = ex;
                }

                _done.Release();
            }
        }
    }
}
