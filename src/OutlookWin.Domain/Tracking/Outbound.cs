namespace OutlookWin.Domain.Tracking;

/// <summary>A message the service sends for the user about a declaration; each is sent once.</summary>
public enum OutboundKind
{
    /// <summary>The declaration itself, sent from the mailbox draft.</summary>
    Send,

    /// <summary>The prospect's confirmation forwarded to the economic buyer.</summary>
    Forward,

    /// <summary>A follow-up: no answer, a non-answer, or a fix to reconfirm.</summary>
    FollowUp,
}

/// <summary>Where one outgoing message stands. It is recorded as intended before the mailbox is asked to send it.</summary>
public enum OutboundState
{
    /// <summary>Recorded, being sent now.</summary>
    Intended,

    /// <summary>The mailbox accepted it.</summary>
    Sent,

    /// <summary>The mailbox refused it: nothing went out, it may be tried again.</summary>
    Failed,

    /// <summary>The mailbox did not answer (timeout, outage) or the service stopped mid-send: it may have gone out.</summary>
    Unknown,
}
