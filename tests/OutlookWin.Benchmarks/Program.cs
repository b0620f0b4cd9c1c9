using BenchmarkDotNet.Running;
using OutlookWin.Benchmarks;

// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- tracking-load --url http://127.0.0.1:5080
if (args.Length > 0 && args[0] == "tracking-load")
{
    return await TrackingLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ReadAndClassifyBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
