using System.Collections.Concurrent;
using System.Diagnostics;

namespace OutlookWin.Sandbox;

/// <summary>A fault to apply to one Graph request.</summary>
internal sealed record RequestFault(int? Status, TimeSpan? RetryAfter, TimeSpan? Delay);

/// <summary>
/// Faults to inject, for tests and for trying the service's resilience by hand (also <c>POST /sandbox/faults</c>).
/// Counters are consumed one per Graph request (or notification); thread-safe. Faults armed here apply to every
/// mailbox; <see cref="For"/> arms them for one mailbox's requests and notifications only (what a signed-in user of
/// the control routes gets, so one user cannot break another's mailbox).
/// </summary>
public sealed class SandboxFaults
{
    private readonly ConcurrentDictionary<string, SandboxFaults> _byMailbox = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private int _throttled;
    private TimeSpan _throttleRetryAfter;
    private int _unavailable;
    private TimeSpan? _unavailableRetryAfter;
    private int _slow;
    private TimeSpan _slowDelay;
    private int _duplicates;
    private int _drops;
    private int _lostWrites;

    /// <summary>The next <paramref name="count"/> Graph requests answer 429 with <c>Retry-After</c>.</summary>
    public void ThrottleNext(int count, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _throttled = count;
            _throttleRetryAfter = retryAfter;
        }
    }

    /// <summary>The next <paramref name="count"/> Graph requests answer 503 (with <c>Retry-After</c> when given).</summary>
    public void UnavailableNext(int count, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _unavailable = count;
            _unavailableRetryAfter = retryAfter;
        }
    }

    /// <summary>The next <paramref name="count"/> Graph requests are answered only after <paramref name="delay"/>.</summary>
    public void SlowNext(int count, TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            _slow = count;
            _slowDelay = delay;
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> Graph writes (POST, PATCH, DELETE) are carried out — the mail is sent, the
    /// forward delivered — but the answer is lost: the caller gets 504 Gateway Timeout, as when Exchange finishes the
    /// work after the front end has given up. A client that retries such a write does it twice.
    /// </summary>
    public void LoseNextWriteResponses(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Interlocked.Exchange(ref _lostWrites, count);
    }

    /// <summary>Each of the next <paramref name="count"/> change notifications is delivered twice.</summary>
    public void DuplicateNextNotifications(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Interlocked.Exchange(ref _duplicates, count);
    }

    /// <summary>The next <paramref name="count"/> change notifications are never delivered.</summary>
    public void DropNextNotifications(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Interlocked.Exchange(ref _drops, count);
    }

    /// <summary>The faults of one mailbox only: its Graph requests and its subscriptions' notifications.</summary>
    public SandboxFaults For(string mailbox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        return _byMailbox.GetOrAdd(mailbox.Trim(), _ => new SandboxFaults());
    }

    /// <summary>A fault for a request of <paramref name="mailbox"/>: its own first, then those armed for everyone.</summary>
    internal RequestFault? TakeRequestFault(string? mailbox) =>
        (Own(mailbox)?.TakeRequestFault() ?? null) ?? TakeRequestFault();

    internal bool TakeLostWrite(string? mailbox) => Own(mailbox)?.TakeLostWrite() == true || TakeLostWrite();

    internal bool TakeDrop(string? mailbox) => Own(mailbox)?.TakeDrop() == true || TakeDrop();

    internal bool TakeDuplicate(string? mailbox) => Own(mailbox)?.TakeDuplicate() == true || TakeDuplicate();

    private SandboxFaults? Own(string? mailbox) => mailbox is not null && _byMailbox.TryGetValue(mailbox, out var own) ? own : null;

    /// <summary>Removes every pending fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _throttled = _unavailable = _slow = 0;
        }

        Interlocked.Exchange(ref _duplicates, 0);
        Interlocked.Exchange(ref _drops, 0);
        Interlocked.Exchange(ref _lostWrites, 0);
    }

    internal RequestFault? TakeRequestFault()
    {
        lock (_gate)
        {
            TimeSpan? delay = null;
            if (_slow > 0)
            {
                _slow--;
                delay = _slowDelay;
            }

            if (_throttled > 0)
            {
                _throttled--;
                return new RequestFault(429, _throttleRetryAfter, delay);
            }

            if (_unavailable > 0)
            {
                _unavailable--;
                return new RequestFault(503, _unavailableRetryAfter, delay);
            }

            return delay is null ? null : new RequestFault(null, null, delay);
        }
    }

    internal bool TakeDrop() => TakeOne(ref _drops);

    internal bool TakeLostWrite() => TakeOne(ref _lostWrites);

    internal bool TakeDuplicate() => TakeOne(ref _duplicates);

    private static bool TakeOne(ref int counter)
    {
        while (true)
        {
            var current = Volatile.Read(ref counter);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref counter, current - 1, current) == current)
            {
                return true;
            }
        }
    }
}

/// <summary>One Graph request the Sandbox answered.</summary>
public sealed record GraphRequestRecord(
    string Method,
    string Path,
    string Query,
    int Status,
    string? Prefer,
    string? RetryAttempt,
    string? Mailbox,
    long Timestamp)
{
    /// <summary>Real time elapsed between an earlier request and this one.</summary>
    public TimeSpan Since(GraphRequestRecord earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return Stopwatch.GetElapsedTime(earlier.Timestamp, Timestamp);
    }
}

/// <summary>The Graph requests the Sandbox saw, in order (the last 10,000).</summary>
public sealed class SandboxRequestLog
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<GraphRequestRecord> _records = new();

    public IReadOnlyList<GraphRequestRecord> Records => [.. _records];

    public void Clear() => _records.Clear();

    internal void Add(GraphRequestRecord record)
    {
        _records.Enqueue(record);
        while (_records.Count > Capacity && _records.TryDequeue(out _))
        {
        }
    }
}
