namespace OutlookWin.Sandbox;

/// <summary>
/// The local product's clock: the system clock plus an offset that the Sandbox's control route can move forward, so
/// a person (or a browser test) can see what happens days later — a declaration going stale, a subscription expiring —
/// without waiting. Registered as the host's <see cref="TimeProvider"/> only when the Sandbox is the mailbox.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private long _offsetTicks;

    /// <summary>How far ahead of the system clock this clock runs.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward; it never goes back, except by <see cref="Reset"/>.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    /// <summary>Back to the system clock.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
