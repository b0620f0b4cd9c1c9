namespace OutlookWin.Api.Storage;

/// <summary>A Formal Technical Win Declaration: what was drafted, where it is in the mailbox, and where it stands.</summary>
public sealed class DeclarationRecord
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    /// <summary>The SE's address (whose mailbox the declaration is sent from).</summary>
    public required string OwnerEmail { get; set; }

    /// <summary><c>drafted</c>, <c>sent</c>, <c>auto_reply</c>, <c>confirmed</c>, <c>conditional</c>, <c>declined</c>, <c>ambiguous</c>.</summary>
    public required string State { get; set; }

    /// <summary><c>mailbox</c>: the service drafts and sends it; <c>outlook</c>: the SE sends it from Outlook's compose window.</summary>
    public required string Delivery { get; set; }

    public required string Variant { get; set; }

    public required string Subject { get; set; }

    public required string Html { get; set; }

    public required string Text { get; set; }

    /// <summary>To and Cc as JSON.</summary>
    public required string Recipients { get; set; }

    /// <summary>The plan as it was when the declaration was drafted (the criteria a reply is read against).</summary>
    public required string PlanSnapshot { get; set; }

    /// <summary>The lead engineer's address, for matching replies.</summary>
    public required string LeadEngineerEmail { get; set; }

    public string? DraftMessageId { get; set; }

    public string? DraftWebLink { get; set; }

    public string? SentMessageId { get; set; }

    public string? InternetMessageId { get; set; }

    public string? ConversationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the SE asked for it to be sent (mailbox delivery) or the sent copy's time once found.</summary>
    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>From an automatic reply: when the lead engineer is back.</summary>
    public DateOnly? ReturnDate { get; set; }

    /// <summary>The sent copy exactly as the mailbox holds it, kept for the evidence pack.</summary>
    public byte[]? SentMime { get; set; }

    /// <summary>A verdict the SE set by hand, overriding the replies' reading (the readings stay as they were).</summary>
    public string? OverrideVerdict { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverrideBy { get; set; }

    public DateTimeOffset? OverrideAt { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A reply matched to a declaration, kept as evidence: the raw MIME exactly as received and its SHA-256, with the
/// reading. Written once and never updated.
/// </summary>
public sealed class ReplyRecord
{
    public Guid Id { get; set; }

    public Guid DeclarationId { get; set; }

    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    /// <summary>The message's immutable Graph id.</summary>
    public required string MessageId { get; set; }

    public string? InternetMessageId { get; set; }

    public required string FromEmail { get; set; }

    public string? FromName { get; set; }

    public required string Subject { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset StoredAt { get; set; }

    /// <summary>How the message was recognised as a reply (conversation, in-reply-to, ...).</summary>
    public required string MatchedBy { get; set; }

    public required byte[] Mime { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Mime"/>.</summary>
    public required string Sha256 { get; set; }

    public required string Verdict { get; set; }

    public double Confidence { get; set; }

    public required string ReplyText { get; set; }

    /// <summary>Evidence sentences, conditions, objections and per-criterion readings as JSON.</summary>
    public required string Reading { get; set; }

    public DateOnly? ReturnDate { get; set; }
}

/// <summary>
/// A change notification or lifecycle event from Graph, persisted by the webhook before it answers 202 and then
/// processed by a worker. Delivery is at-least-once, so duplicates are expected and harmless.
/// </summary>
public sealed class MailNotificationRecord
{
    public long Id { get; set; }

    public required string SubscriptionId { get; set; }

    /// <summary><c>created</c> for a change notification; null for a lifecycle event.</summary>
    public string? ChangeType { get; set; }

    /// <summary><c>missed</c>, <c>subscriptionRemoved</c> or <c>reauthorizationRequired</c>.</summary>
    public string? LifecycleEvent { get; set; }

    /// <summary>The message id from <c>resourceData.id</c>.</summary>
    public string? MessageId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Not before this time (retry back-off, Retry-After).</summary>
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>A worker holds the item until then; another instance may take it after.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? Outcome { get; set; }

    public int Version { get; set; }
}

/// <summary>Watching one SE's Inbox: the Graph subscription, its secret, and the delta sync position.</summary>
public sealed class MailboxWatchRecord
{
    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public required string OwnerEmail { get; set; }

    public string? SubscriptionId { get; set; }

    /// <summary>The secret Graph echoes in every notification (random per subscription).</summary>
    public string? ClientState { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public string? DeltaLink { get; set; }

    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>Set by <c>missed</c>/<c>subscriptionRemoved</c>: run the delta query at once.</summary>
    public bool ResyncRequested { get; set; }

    /// <summary>The long-running on-behalf-of session key (production), so workers can act without a user request.</summary>
    public string? SessionKey { get; set; }

    /// <summary>Why watching stopped, when it did (e.g. the user must sign in again).</summary>
    public string? Problem { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>A message already looked at, matched or not (its content is not kept unless it matched).</summary>
public sealed class SeenMessageRecord
{
    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public required string MessageId { get; set; }

    public Guid? DeclarationId { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}

/// <summary>
/// The long-running on-behalf-of session of one mailbox owner (production), so background workers can call Graph
/// for them after the request that started it has ended.
/// </summary>
public sealed class MailboxSessionRecord
{
    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public required string SessionKey { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An entry of the persistent token cache (MSAL's serialized, encrypted cache), shared by all instances.</summary>
public sealed class TokenCacheRecord
{
    public required string Key { get; set; }

    public required byte[] Value { get; set; }

    public DateTimeOffset? AbsoluteExpiration { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// One link of a declaration's evidence chain (see <c>OutlookWin.Domain.Evidence.EvidenceChain</c>): every event —
/// drafted, sent, reply received, override, forward, follow-up — chained to the one before by SHA-256. Append-only.
/// </summary>
public sealed class EvidenceRecord
{
    public long Id { get; set; }

    public Guid DeclarationId { get; set; }

    public int Sequence { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who did it: the signed-in user's address, or <c>outlookwin</c> for the service itself.</summary>
    public required string Actor { get; set; }

    /// <summary>The event's facts as canonical JSON.</summary>
    public required string Payload { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
