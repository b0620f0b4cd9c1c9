namespace OutlookWin.Domain.Replies;

/// <summary>
/// The time budget of one read, checked cooperatively between and inside stages, and as a token for the MIME parser
/// (which checks it as it reads): it is cancelled when the budget runs out or the caller gives up.
/// </summary>
internal sealed class Deadline : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly long _start;
    private readonly TimeSpan _budget;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenSource? _timeout;
    private readonly CancellationTokenSource? _expiry;

    public Deadline(TimeProvider clock, TimeSpan budget, CancellationToken caller = default)
    {
        _clock = clock;
        _budget = budget;
        _caller = caller;
        _start = clock.GetTimestamp();
        if (budget != TimeSpan.MaxValue)
        {
            // On the reader's clock, so a test clock drives it too.
            _timeout = new CancellationTokenSource(budget, clock);
            _expiry = CancellationTokenSource.CreateLinkedTokenSource(caller, _timeout.Token);
        }
    }

    public static Deadline None { get; } = new(TimeProvider.System, TimeSpan.MaxValue);

    /// <summary>Cancelled when the budget runs out or the caller cancels.</summary>
    public CancellationToken Token => _expiry?.Token ?? _caller;

    public void Check(string stage)
    {
        _caller.ThrowIfCancellationRequested();
        if (_budget != TimeSpan.MaxValue && (_clock.GetElapsedTime(_start) > _budget || _expiry!.IsCancellationRequested))
        {
            throw Exceeded(stage);
        }
    }

    /// <summary>What a cancellation of <see cref="Token"/> means: the caller gave up (rethrown as is) or the budget ran out.</summary>
    public Exception Exceeded(string stage, OperationCanceledException? cancelled = null)
    {
        _caller.ThrowIfCancellationRequested();
        return new ReplyReadException(
            ReplyReadError.TimeBudgetExceeded,
            $"Reading the reply took longer than the {_budget.TotalSeconds:0.###} s budget ({stage}).",
            cancelled);
    }

    public void Dispose()
    {
        _expiry?.Dispose();
        _timeout?.Dispose();
    }
}
