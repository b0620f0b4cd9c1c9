namespace OutlookWin.Api.Tracking;

/// <summary>Wakes a background worker at once instead of at its next poll.</summary>
public abstract class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake-pending: one wake is enough.
        }
    }

    public void Dispose()
    {
        _signal.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Waits for a wake or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await _signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: time for a regular look.
        }
    }
}

/// <summary>New notifications are waiting; also says how recently the last ones were stored.</summary>
public sealed class NotificationSignal : WorkSignal
{
    private long _lastStored;

    /// <summary>Wakes the worker and notes that notifications were stored just now.</summary>
    public void Stored()
    {
        Volatile.Write(ref _lastStored, System.Diagnostics.Stopwatch.GetTimestamp());
        Wake();
    }

    /// <summary>
    /// Waits while notifications are still arriving (stored within <paramref name="quiet"/>), at most
    /// <paramref name="max"/>: a burst is answered first and read right after it. Real time, as the burst is.
    /// </summary>
    public async Task SettleAsync(TimeSpan quiet, TimeSpan max, CancellationToken cancellationToken)
    {
        if (quiet <= TimeSpan.Zero || max <= TimeSpan.Zero)
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(Volatile.Read(ref _lastStored)) < quiet
            && System.Diagnostics.Stopwatch.GetElapsedTime(started) < max)
        {
            await Task.Delay(quiet, cancellationToken);
        }
    }
}

/// <summary>A mailbox needs a subscription, a renewal or a resync.</summary>
public sealed class WatchSignal : WorkSignal;
