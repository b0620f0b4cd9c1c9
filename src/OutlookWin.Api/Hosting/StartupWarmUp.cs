using System.Runtime;

namespace OutlookWin.Api.Hosting;

/// <summary>
/// What a new process does before it should take traffic: each warm-up (the reply reader, the webhook's write path)
/// says when it has run; then the process collects its garbage once, so that everything built at start (phrase sets,
/// the EF model, compiled patterns) is moved out of the youngest generation before the first burst instead of during
/// it. The first collection of a fresh process had to copy all of that and paused a notification burst for about
/// 60 ms; later ones take a few. <c>/health/ready</c> answers 503 until this is done.
/// </summary>
public sealed class StartupWarmUp : BackgroundService
{
    public const string ReplyReader = "reply reader";
    public const string Webhook = "webhook";

    private readonly Dictionary<string, TaskCompletionSource> _steps;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger<StartupWarmUp> _log;

    public StartupWarmUp(ILogger<StartupWarmUp> log, params string[] steps)
    {
        _log = log;
        _steps = steps.ToDictionary(s => s, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the API is the process (its own <c>dotnet OutlookWin.Api.dll</c>), not hosted inside another one (the test
    /// host starts many): a forced collection is the whole process's, and would pause everything else hosted there.
    /// </summary>
    private static bool OwnsTheProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupWarmUp).Assembly;

    /// <summary>True once every warm-up has run and the start's garbage has been collected.</summary>
    public bool Ready => _ready.Task.IsCompleted;

    /// <summary>The warm-ups that have not run yet.</summary>
    public IReadOnlyList<string> Waiting => [.. _steps.Where(s => !s.Value.Task.IsCompleted).Select(s => s.Key).Order(StringComparer.Ordinal)];

    /// <summary>Completes when the process is ready.</summary>
    public Task WhenReady => _ready.Task;

    /// <summary>A warm-up has run (whether or not it succeeded: a failed warm-up only means the first request pays).</summary>
    public void Finished(string step)
    {
        if (_steps.TryGetValue(step, out var done))
        {
            done.TrySetResult();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll(_steps.Values.Select(s => s.Task)).WaitAsync(stoppingToken);
        if (OwnsTheProcess)
        {
            var before = GC.GetTotalPauseDuration();
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            _log.LogInformation("Warmed up; the start's garbage collected in {Milliseconds:F0} ms", (GC.GetTotalPauseDuration() - before).TotalMilliseconds);
        }

        _ready.TrySetResult();
    }
}
