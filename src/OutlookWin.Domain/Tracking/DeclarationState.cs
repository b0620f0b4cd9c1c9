using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tracking;

/// <summary>Where a declaration stands, as stored. Serialised in snake_case (<c>auto_reply</c>).</summary>
public enum DeclarationState
{
    /// <summary>Created (as a draft in the mailbox, or handed to Outlook's compose window), not sent yet.</summary>
    Drafted,

    /// <summary>Sent; awaiting a reply.</summary>
    Sent,

    /// <summary>Only an automatic reply so far (out of office), perhaps with a return date.</summary>
    AutoReply,

    /// <summary>Written confirmation that the evaluation succeeded.</summary>
    Confirmed,

    /// <summary>Agreement with a stated condition, or confirmation of only some criteria.</summary>
    Conditional,

    /// <summary>Refused, not yet, a disputed result or a blocking objection.</summary>
    Declined,

    /// <summary>A person answered, but not with a written confirmation (a thumbs-up, a question, "looks good").</summary>
    Ambiguous,
}

/// <summary>
/// Where a declaration stands as the tracking pane shows it: the stored state, or <see cref="Stale"/> when a sent
/// declaration has had no written answer by its due date. Never stored.
/// </summary>
public enum TrackingStatus
{
    Drafted,
    Sent,

    /// <summary>Sent, and no written answer by the reply's due date (the zombie phase).</summary>
    Stale,
    AutoReply,
    Confirmed,
    Conditional,
    Declined,
    Ambiguous,

    /// <summary>A newer declaration of the same plan replaced it, with a reason; it is no longer tracked.</summary>
    Superseded,
}

/// <summary>How the declaration goes out.</summary>
public enum DeliveryChannel
{
    /// <summary>Drafted in the SE's mailbox and sent by the service.</summary>
    Mailbox,

    /// <summary>Handed to Outlook's compose window; the SE sends it there and the service finds the sent copy.</summary>
    Outlook,
}

/// <summary>How replies move a declaration's state.</summary>
public static class DeclarationProgress
{
    /// <summary>
    /// The state after the replies so far, oldest first. The latest person-written reply decides, except that a
    /// later non-answer (a "thanks!" after "Confirmed") does not undo a decisive one; an automatic reply counts
    /// only while nobody has written.
    /// </summary>
    public static DeclarationState StateAfter(IEnumerable<ReplyVerdict> repliesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(repliesOldestFirst);
        DeclarationState? decisive = null;
        var anyPerson = false;
        var anyAuto = false;
        foreach (var verdict in repliesOldestFirst)
        {
            switch (verdict)
            {
                case ReplyVerdict.AutoReply:
                    anyAuto = true;
                    break;
                case ReplyVerdict.Ambiguous:
                    anyPerson = true;
                    break;
                default:
                    anyPerson = true;
                    decisive = StateOf(verdict);
                    break;
            }
        }

        return decisive ?? (anyPerson ? DeclarationState.Ambiguous : anyAuto ? DeclarationState.AutoReply : DeclarationState.Sent);
    }

    /// <summary>The state a verdict puts a declaration in.</summary>
    public static DeclarationState StateOf(ReplyVerdict verdict) => verdict switch
    {
        ReplyVerdict.Confirmed => DeclarationState.Confirmed,
        ReplyVerdict.Conditional => DeclarationState.Conditional,
        ReplyVerdict.Declined => DeclarationState.Declined,
        ReplyVerdict.AutoReply => DeclarationState.AutoReply,
        _ => DeclarationState.Ambiguous,
    };

    /// <summary>The status shown for a stored state that is not stale.</summary>
    public static TrackingStatus StatusOf(DeclarationState state) => state switch
    {
        DeclarationState.Drafted => TrackingStatus.Drafted,
        DeclarationState.Sent => TrackingStatus.Sent,
        DeclarationState.AutoReply => TrackingStatus.AutoReply,
        DeclarationState.Confirmed => TrackingStatus.Confirmed,
        DeclarationState.Conditional => TrackingStatus.Conditional,
        DeclarationState.Declined => TrackingStatus.Declined,
        _ => TrackingStatus.Ambiguous,
    };
}
