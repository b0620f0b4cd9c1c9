using System.Diagnostics;
using OutlookWin.Api.Tracking;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>The worker lets a burst of notifications be answered first, and never waits on it for long.</summary>
public sealed class NotificationSignalTests
{
    [Fact]
    public void With_nothing_stored_lately_the_worker_does_not_wait()
    {
        using var signal = new NotificationSignal();

        var settling = signal.SettleAsync(TimeSpan.FromMilliseconds(25), TimeSpan.FromMilliseconds(250), CancellationToken.None);

        Assert.True(settling.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Right_after_notifications_are_stored_the_worker_waits_for_a_quiet_moment()
    {
        using var signal = new NotificationSignal();
        signal.Stored();
        var watch = Stopwatch.StartNew();

        await signal.SettleAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), CancellationToken.None);

        // A lower bound only: a loaded machine is slower, never faster.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(90), $"waited {watch.Elapsed}");
    }

    [Fact]
    public async Task Notifications_that_keep_arriving_do_not_hold_the_worker_back_for_good()
    {
        using var signal = new NotificationSignal();
        using var stop = new CancellationTokenSource();
        var burst = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                signal.Stored();
                await Task.Delay(5);
            }
        });

        // Bounded by the longest deferral, not by the burst, which only ends after the worker went on.
        await signal.SettleAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(300), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(burst.IsCompleted);
        await stop.CancelAsync();
        await burst;
    }

    [Fact]
    public void A_zero_quiet_period_turns_the_deferral_off()
    {
        using var signal = new NotificationSignal();
        signal.Stored();

        Assert.True(signal.SettleAsync(TimeSpan.Zero, TimeSpan.FromSeconds(1), CancellationToken.None).IsCompletedSuccessfully);
    }
}
