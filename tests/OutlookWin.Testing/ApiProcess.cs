using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OutlookWin.Testing;

/// <summary>
/// The API as its own operating-system process (the built <c>OutlookWin.Api.dll</c>, as it runs in production), so a
/// test can stop it the hard way: <see cref="Kill"/> is <c>kill -9</c>, no shutdown code runs.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly StringBuilder _log = new();
    private Process? _process;

    /// <param name="name">What the test calls it, in messages.</param>
    /// <param name="settings">Configuration as <c>Section:Key</c> names; passed as environment variables.</param>
    /// <param name="port">The loopback port to listen on (kept across restarts).</param>
    public ApiProcess(string name, IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        Name = name;
        _settings = settings;
        Port = port ?? FreePort();
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public bool Running => _process is { HasExited: false };

    /// <summary>What the process wrote (stdout and stderr), for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// The API's build output beside this test's (same configuration), or the assembly named by
    /// <c>OUTLOOKWIN_API_ASSEMBLY</c> (a published build, e.g. ReadyToRun, for the benchmarks).
    /// </summary>
    public static string ApiAssembly
    {
        get
        {
            if (Environment.GetEnvironmentVariable("OUTLOOKWIN_API_ASSEMBLY") is { Length: > 0 } published)
            {
                return File.Exists(published) ? published : throw new FileNotFoundException("OUTLOOKWIN_API_ASSEMBLY names no file: " + published, published);
            }

            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release"
                : "Debug";
            var path = Path.Combine(RepoPaths.Root, "src", "OutlookWin.Api", "bin", configuration, "net10.0", "OutlookWin.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the API is not at " + path, path);
        }
    }

    /// <summary>Starts the process and waits until it answers HTTP.</summary>
    public async Task StartAsync(TimeSpan within)
    {
        if (Running)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var assembly = ApiAssembly;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} while starting:\n{Tail()}");
            }

            try
            {
                // Any answer (401 without sign-in) means Kestrel and the pipeline are up.
                using var response = await http.GetAsync(new Uri(BaseUrl, "api/tracking"));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{Name} did not answer within {within.TotalSeconds:0} s:\n{Tail()}");
                }

                await Task.Delay(200);
            }
        }
    }

    /// <summary>Waits until <c>/health/ready</c> says the process is warmed up, as a load balancer would before sending it traffic.</summary>
    public async Task WaitReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            using var response = await http.GetAsync(new Uri(BaseUrl, "health/ready"));
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not ready within {within.TotalSeconds:0} s:\n{Tail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary><c>kill -9</c>: the process ends at once, mid-request, leases held, nothing flushed by shutdown code.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Append($"--- {Name} killed ---");
    }

    /// <summary>The last lines of the log.</summary>
    public string Tail(int lines = 40) => string.Join('\n', Log.Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
