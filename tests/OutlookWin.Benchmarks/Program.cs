using BenchmarkDotNet.Running;
using OutlookWin.Benchmarks;

// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- --filter '*' --job short
// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- tracking-load --url http://127.0.0.1:5080 [--bursts 3] [--concurrency 32]
// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- tracking-load --url http://127.0.0.1:5080 --soak 1000 --declarations 50 --faults 0.1
//   (the API started with RateLimits__PerUserPerMinute=100000, Tracking__DeltaInterval=00:00:30, Sandbox__DataPath= )
// dotnet run -c Release --project tests/OutlookWin.Benchmarks -- tracking-cluster [--postgres "Host=…;Username=…;Password=…;Database=postgres"] [--replies 1000]
//   (two API processes, one Sandbox, kill -9 halfway; build the solution in Release first)
if (args.Length > 0 && args[0] == "tracking-cluster")
{
    return await TrackingCluster.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "tracking-load")
{
    return await TrackingLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ReadAndClassifyBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
