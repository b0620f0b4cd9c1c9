using System.Diagnostics;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// The webhook's requests in flight in this instance, so background work can step aside while Graph waits for an
/// answer: Graph slows down, then drops notifications to an endpoint that answers late, whereas the queue loses nothing
/// by waiting a few milliseconds. Measured on the process's monotonic clock: this is scheduling, not business time.
/// </summary>
public sealed class WebhookTraffic
{
    private int _inFlight;
    private long _lastEnded;

    /// <summary>Requests being answered now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Marks a request as being answered until the result is disposed.</summary>
    public Answering Enter()
    {
        Interlocked.Increment(ref _inFlight);
        return new Answering(this);
    }

    /// <summary>
    /// Waits while the webhook is answering, or answered less than <paramref name="quiet"/> ago (a burst is still
    /// arriving), but never longer than <paramref name="atMost"/>: work that waits must not wait forever behind a steady
    /// stream. Returns how long it waited.
    /// </summary>
    public async Task<TimeSpan> WaitForLullAsync(TimeSpan quiet, TimeSpan atMost, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (Busy(quiet) && waited.Elapsed < atMost)
        {
            await Task.Delay(Step(quiet, atMost - waited.Elapsed), ct);
        }

        return waited.Elapsed;
    }

    /// <summary>Whether a request is in flight or ended less than <paramref name="quiet"/> ago.</summary>
    public bool Busy(TimeSpan quiet) =>
        InFlight > 0 || (Volatile.Read(ref _lastEnded) is var ended && ended != 0 && Stopwatch.GetElapsedTime(ended) < quiet);

    private static TimeSpan Step(TimeSpan quiet, TimeSpan left)
    {
        var step = quiet / 4 > TimeSpan.FromMilliseconds(1) ? quiet / 4 : TimeSpan.FromMilliseconds(1);
        return step < left ? step : left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>One request being answered.</summary>
    public readonly struct Answering(WebhookTraffic traffic) : IDisposable
    {
        public void Dispose()
        {
            Volatile.Write(ref traffic._lastEnded, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref traffic._inFlight);
        }
    }
}
