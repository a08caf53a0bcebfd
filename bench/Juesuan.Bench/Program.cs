using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Juesuan.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Juesuan.Bench.TablesBenchmark).Assembly).Run(args);
