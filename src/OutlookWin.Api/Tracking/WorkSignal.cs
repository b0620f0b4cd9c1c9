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

/// <summary>New notifications are waiting.</summary>
public sealed class NotificationSignal : WorkSignal;

/// <summary>A mailbox needs a subscription, a renewal or a resync.</summary>
public sealed class WatchSignal : WorkSignal;
