using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;

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
    private readonly List<LostWrite> _targetedLostWrites = [];

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

    /// <summary>
    /// The next <paramref name="count"/> sends (<c>POST …/send</c> or <c>…/forward</c>) are carried out — the mail goes
    /// out — and answered 504: the answer that matters most, as the other steps of a send only change a draft.
    /// </summary>
    public void LoseNextSendResponses(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Target(count, new LostWrite(HttpMethods.Post, ["/send", "/forward"], 0));
    }

    /// <summary>
    /// The next <paramref name="count"/> writes of one kind — <paramref name="method"/> on a route ending with
    /// <paramref name="pathEnding"/> (any route when null), e.g. <c>POST</c> <c>/attachments</c> — are carried out and
    /// answered 504.
    /// </summary>
    public void LoseNextWriteResponses(int count, string method, string? pathEnding = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        Target(count, new LostWrite(method, pathEnding is null ? [] : [pathEnding], 0));
    }

    private void Target(int count, LostWrite kind)
    {
        lock (_gate)
        {
            _targetedLostWrites.RemoveAll(w => w.Method == kind.Method && w.PathEndings.SequenceEqual(kind.PathEndings));
            if (count > 0)
            {
                _targetedLostWrites.Add(kind with { Count = count });
            }
        }
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

    /// <summary>Whether the answer to this write is lost: a fault armed for this kind of write first, then for any write.</summary>
    internal bool TakeLostWrite(string? mailbox, string method, string path) =>
        Own(mailbox)?.TakeLostWrite(method, path) == true || TakeLostWrite(method, path);

    internal bool TakeDrop(string? mailbox) => Own(mailbox)?.TakeDrop() == true || TakeDrop();

    internal bool TakeDuplicate(string? mailbox) => Own(mailbox)?.TakeDuplicate() == true || TakeDuplicate();

    private SandboxFaults? Own(string? mailbox) => mailbox is not null && _byMailbox.TryGetValue(mailbox, out var own) ? own : null;

    /// <summary>Removes every pending fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _throttled = _unavailable = _slow = 0;
            _targetedLostWrites.Clear();
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

    internal bool TakeLostWrite(string method, string path)
    {
        lock (_gate)
        {
            var index = _targetedLostWrites.FindIndex(w => w.Matches(method, path));
            if (index >= 0)
            {
                var write = _targetedLostWrites[index];
                if (write.Count <= 1)
                {
                    _targetedLostWrites.RemoveAt(index);
                }
                else
                {
                    _targetedLostWrites[index] = write with { Count = write.Count - 1 };
                }

                return true;
            }
        }

        return TakeOne(ref _lostWrites);
    }

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

/// <summary>A kind of write whose next answers are lost.</summary>
internal sealed record LostWrite(string Method, IReadOnlyList<string> PathEndings, int Count)
{
    public bool Matches(string method, string path) =>
        string.Equals(method, Method, StringComparison.OrdinalIgnoreCase)
        && (PathEndings.Count == 0 || PathEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
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
