namespace OutlookWin.Domain.Replies;

/// <summary>The time budget of one read, checked cooperatively between and inside stages.</summary>
internal sealed class Deadline
{
    private readonly TimeProvider _clock;
    private readonly long _start;
    private readonly TimeSpan _budget;

    public Deadline(TimeProvider clock, TimeSpan budget)
    {
        _clock = clock;
        _budget = budget;
        _start = clock.GetTimestamp();
    }

    public static Deadline None { get; } = new(TimeProvider.System, TimeSpan.MaxValue);

    public void Check(string stage)
    {
        if (_budget != TimeSpan.MaxValue && _clock.GetElapsedTime(_start) > _budget)
        {
            throw new ReplyReadException(
                ReplyReadError.TimeBudgetExceeded,
                $"Reading the reply took longer than the {_budget.TotalSeconds:0.###} s budget ({stage}).");
        }
    }
}
