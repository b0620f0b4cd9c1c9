using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tracking;

/// <summary>
/// The stored facts that decide how a declaration stands; <c>Overridden</c>: the SE set the verdict by hand;
/// <c>Superseded</c>: a newer declaration of the same plan replaced it.
/// </summary>
public sealed record DeclarationPosition(DeclarationState State, DateTimeOffset? SentAt, DateOnly? ReturnDate, bool Overridden, bool Superseded = false);

/// <summary>
/// How a declaration stands today, derived (never stored): its status (stale when a sent declaration got no
/// written answer by its due date), when the answer is due, how long it has waited, the follow-up it needs, and
/// which reply decided it.
/// </summary>
/// <remarks>
/// <c>AwaitingHours</c>: hours since it was sent while no person has answered, else null. <c>DecidingReply</c>: index
/// (oldest first) of the reply shown as deciding and forwarded, null without replies.
/// </remarks>
public sealed record DeclarationStanding(
    TrackingStatus Status, DateOnly? ReplyDue, double? AwaitingHours, FollowUpKind? FollowUp, int? DecidingReply)
{
    /// <param name="position">The declaration's stored facts.</param>
    /// <param name="repliesOldestFirst">The verdicts of its replies, oldest first.</param>
    /// <param name="now">Now.</param>
    /// <param name="replyDueBusinessDays">Business days the prospect has to answer (the zombie clock).</param>
    /// <param name="reconfirmable">Criteria blocked at declaration time and proven since (<see cref="Reconfirmable"/>).</param>
    public static DeclarationStanding Of(
        DeclarationPosition position, IReadOnlyList<ReplyVerdict> repliesOldestFirst, DateTimeOffset now, int replyDueBusinessDays,
        int reconfirmable = 0)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(repliesOldestFirst);
        var state = position.State;
        if (position.Superseded)
        {
            // Replaced by a newer declaration: nothing is awaited from it, and nothing follows it up.
            return new DeclarationStanding(TrackingStatus.Superseded, null, null, null, Deciding(repliesOldestFirst, state, position.Overridden));
        }

        var awaiting = position.SentAt is { } sentAt && state is DeclarationState.Sent or DeclarationState.AutoReply ? sentAt : (DateTimeOffset?)null;

        // The zombie clock: no written answer within the business days agreed turns "sent" into "stale".
        DateOnly? replyDue = awaiting is { } sent
            ? ZombieClock.ReplyDue(DateOnly.FromDateTime(sent.UtcDateTime), replyDueBusinessDays,
                state == DeclarationState.AutoReply ? position.ReturnDate : null)
            : null;
        var stale = replyDue is { } due && DateOnly.FromDateTime(now.UtcDateTime) > due;
        var status = stale ? TrackingStatus.Stale : DeclarationProgress.StatusOf(state);
        FollowUpKind? followUp = status switch
        {
            TrackingStatus.Stale => FollowUpKind.Stale,
            TrackingStatus.Ambiguous => FollowUpKind.Ambiguous,
            TrackingStatus.Conditional when reconfirmable > 0 => FollowUpKind.Reconfirm,
            _ => null,
        };
        return new DeclarationStanding(
            status, replyDue, awaiting is { } a ? Math.Round((now - a).TotalHours, 1) : null, followUp,
            Deciding(repliesOldestFirst, state, position.Overridden));
    }

    /// <summary>
    /// The reply that decided the state: the latest whose verdict is the state; under an override, the latest a person
    /// wrote (the one the SE overrode); else the latest.
    /// </summary>
    public static int? Deciding(IReadOnlyList<ReplyVerdict> repliesOldestFirst, DeclarationState state, bool overridden)
    {
        ArgumentNullException.ThrowIfNull(repliesOldestFirst);
        for (var i = repliesOldestFirst.Count - 1; i >= 0; i--)
        {
            var verdict = repliesOldestFirst[i];
            if (overridden ? verdict != ReplyVerdict.AutoReply : DeclarationProgress.StateOf(verdict) == state)
            {
                return i;
            }
        }

        return repliesOldestFirst.Count > 0 ? repliesOldestFirst.Count - 1 : null;
    }

    /// <summary>
    /// Criteria that were blocked when the declaration went out (<paramref name="then"/>) and are proven in the plan
    /// now: indexes into <paramref name="now"/>'s criteria, matched by title.
    /// </summary>
    public static IReadOnlyList<int> Reconfirmable(SuccessPlan then, SuccessPlan now)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(now);
        var fixedOnes = new List<int>();
        foreach (var blocked in then.Criteria.Where(c => c.Status == CriterionStatus.Blocked))
        {
            var index = now.Criteria.ToList().FindIndex(c => string.Equals(c.Title, blocked.Title, StringComparison.OrdinalIgnoreCase));
            if (index >= 0 && now.Criteria[index].Status == CriterionStatus.Proven)
            {
                fixedOnes.Add(index);
            }
        }

        return fixedOnes;
    }
}
