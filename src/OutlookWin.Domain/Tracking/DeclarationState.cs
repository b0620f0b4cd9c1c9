namespace OutlookWin.Domain.Tracking;

/// <summary>Where a declaration stands, as the tracking pane shows it.</summary>
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

/// <summary>The reading of one reply, reduced to what decides the declaration's state.</summary>
public enum ReplyOutcome
{
    Confirmed,
    Conditional,
    Declined,
    Ambiguous,
    AutoReply,
}

/// <summary>How replies move a declaration's state.</summary>
public static class DeclarationProgress
{
    /// <summary>
    /// The state after the replies so far, oldest first. The latest person-written reply decides, except that a
    /// later non-answer (a "thanks!" after "Confirmed") does not undo a decisive one; an automatic reply counts
    /// only while nobody has written.
    /// </summary>
    public static DeclarationState StateAfter(IEnumerable<ReplyOutcome> repliesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(repliesOldestFirst);
        DeclarationState? decisive = null;
        var anyPerson = false;
        var anyAuto = false;
        foreach (var outcome in repliesOldestFirst)
        {
            switch (outcome)
            {
                case ReplyOutcome.AutoReply:
                    anyAuto = true;
                    break;
                case ReplyOutcome.Ambiguous:
                    anyPerson = true;
                    break;
                default:
                    anyPerson = true;
                    decisive = outcome switch
                    {
                        ReplyOutcome.Confirmed => DeclarationState.Confirmed,
                        ReplyOutcome.Conditional => DeclarationState.Conditional,
                        _ => DeclarationState.Declined,
                    };
                    break;
            }
        }

        return decisive ?? (anyPerson ? DeclarationState.Ambiguous : anyAuto ? DeclarationState.AutoReply : DeclarationState.Sent);
    }
}
