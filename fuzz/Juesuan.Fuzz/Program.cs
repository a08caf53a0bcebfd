using System.Globalization;
using Juesuan.Fuzz;

// juesuan-fuzz: `afl TARGET` (under afl-fuzz, instrumented: fuzz/run-long.sh), `run TARGET` (the bounded in-process
// loop), `replay TARGET PATH` (each file once), `seed DIR` (writes the generated seeds), `list`.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: juesuan-fuzz list | seed DIR | afl TARGET | run TARGET [--corpus DIR] [--execs N] [--seconds S] [--per-input S] [--random N] [--findings DIR] | replay TARGET PATH");
    return 2;
}

switch (args[0])
{
    case "list":
        foreach (var t in Targets.All)
        {
            Console.WriteLine($"{t.Name}\t{t.Description}");
        }

        return 0;

    case "seed":
        Seeds.Write(args[1]);
        return 0;

    case "afl":
        {
            // SharpFuzz's AFL fork server; the input runs in a child process, so even a stack overflow is a finding.
            // Instrumented code must not run before the fuzzer has set up its shared memory: the target (whose static
            // fields read the package format) is looked up inside the callback.
            var name = args[1];
            SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
            {
                var target = Targets.Named(name);
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                try
                {
                    _ = target.Run(bytes.ToArray());
                }
                catch (Exception ex) when (target.IsRefusal(ex))
                {
                    // a documented refusal: not a finding
                }
            });
            return 0;
        }

    case "run":
    case "replay":
        {
            var target = Targets.Named(args[1]);
            string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            var replay = args[0] == "replay";
            var seeds = Runner.Load(replay ? args[2] : Option("--corpus", Path.Combine("fuzz", "corpus", target.Name)));
            var result = Runner.Run(target, seeds,
                replay ? seeds.Count : long.Parse(Option("--execs", "100000"), CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(double.Parse(Option("--seconds", replay ? "86400" : "60"), CultureInfo.InvariantCulture)),
                TimeSpan.FromSeconds(double.Parse(Option("--per-input", "10"), CultureInfo.InvariantCulture)),
                int.Parse(Option("--random", "1"), CultureInfo.InvariantCulture));
            var findings = Option("--findings", "");
            foreach (var (kind, list) in new[] { ("crash", result.Crashes), ("hang", result.Hangs) })
            {
                foreach (var f in list)
                {
                    Console.Error.WriteLine($"{kind} {f.Id}: {f.What.Split('\n')[0]}");
                    if (findings.Length > 0)
                    {
                        Directory.CreateDirectory(findings);
                        File.WriteAllBytes(Path.Combine(findings, $"{kind}-{f.Id}"), f.Input);
                        File.WriteAllText(Path.Combine(findings, $"{kind}-{f.Id}.txt"), f.What);
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: {result.Executions} executions ({result.Seeds} seeds), {result.Refused} refused, {result.Crashes.Count} crashes, {result.Hangs.Count} hangs, {result.Duration.TotalSeconds:0.0} s"));
            return result.Crashes.Count + result.Hangs.Count == 0 ? 0 : 1;
        }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
