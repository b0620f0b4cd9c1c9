using BenchmarkDotNet.Running;
using OutlookWin.Benchmarks;

// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(ReadAndClassifyBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());
