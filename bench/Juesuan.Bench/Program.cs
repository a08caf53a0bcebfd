using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Juesuan.Bench -- --filter '*'
// dotnet run -c Release --project bench/Juesuan.Bench -- --breakdown [rounds]   (where a published report's read goes)
// dotnet run -c Release --project bench/Juesuan.Bench -- --inspection-scale REGION [--files 2000] [--probe]   (bench/results/inspection-scale.md)
if (args is ["--breakdown", ..])
{
    Juesuan.Bench.ReaderBreakdown.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["--inspection-scale", ..])
{
    Juesuan.Bench.InspectionScale.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Juesuan.Bench.TablesBenchmark).Assembly).Run(args);
