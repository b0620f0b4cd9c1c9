namespace OutlookWin.Domain.Mail;

/// <summary>
/// The Sales Engineer's mailbox, as the domain needs it. Implemented over Microsoft Graph (OutlookWin.Graph) and
/// served locally by the Sandbox; no Graph type crosses this boundary. Every call acts for one mailbox owner; the
/// implementation obtains that owner's delegated token itself (a user request, or a long-running session for
/// background work). Failures surface as <see cref="MailboxException"/>.
/// </summary>
public interface IMailbox
{
    /// <summary>
    /// The owner's own SMTP address as the mailbox knows it (Graph <c>/me</c>: <c>mail</c>, else the user principal
    /// name): what the SE's own messages carry as sender. A token's <c>preferred_username</c> is often the UPN instead.
    /// </summary>
    Task<string> GetOwnerAddressAsync(MailboxOwner owner, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the declaration as a draft in the owner's Drafts folder, stamped with the declaration id (a
    /// single-value extended property), and returns its immutable id.
    /// </summary>
    Task<DraftMail> CreateDraftAsync(MailboxOwner owner, OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>Sends a draft. Graph answers 202 with no id: find the sent copy with <see cref="FindSentAsync"/>.</summary>
    Task SendDraftAsync(MailboxOwner owner, string draftId, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the sent copy of a declaration in Sent Items, by the extended property the service stamped on its
    /// draft or by the add-in's custom property (when the SE sent from Outlook's compose window) — or, failing both,
    /// by <paramref name="composeItemId"/>: the id of the Outlook message the declaration was inserted into, which
    /// the pane saved (an item keeps its immutable id when sent), for a copy whose custom property Outlook never
    /// saved. Null when not (yet) there.
    /// </summary>
    Task<MailMessage?> FindSentAsync(MailboxOwner owner, Guid declarationId, string? composeItemId, CancellationToken cancellationToken);

    /// <summary>
    /// The immutable id of the item Outlook gave a REST id (an item being written, saved by the pane): a REST id changes
    /// when the item moves (a sent draft moves to Sent Items), the immutable id does not (Graph's translateExchangeIds).
    /// </summary>
    Task<string> ToImmutableIdAsync(MailboxOwner owner, string restId, CancellationToken cancellationToken);

    /// <summary>
    /// The owner's display name as the directory holds it (Graph <c>/me</c> <c>displayName</c>): it signs the emails when
    /// the plan names no Sales Engineer. Null when the directory has none.
    /// </summary>
    Task<string?> GetDisplayNameAsync(MailboxOwner owner, CancellationToken cancellationToken);

    /// <summary>Reads one message's metadata and threading headers.</summary>
    Task<MailMessage> GetMessageAsync(MailboxOwner owner, string messageId, CancellationToken cancellationToken);

    /// <summary>
    /// The message exactly as the server holds it (RFC 822 / MIME, from <c>/messages/{id}/$value</c>), read as it streams
    /// in and never more than <paramref name="maxBytes"/>: a larger message fails with <see cref="MailboxFailure.TooLarge"/>
    /// once that many bytes have arrived, so a huge message costs no more memory than the limit.
    /// </summary>
    Task<byte[]> GetMimeAsync(MailboxOwner owner, string messageId, long maxBytes, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a reply to a message as a draft in the message's conversation (Graph's <c>createReply</c>: "RE:" subject,
    /// <c>In-Reply-To</c>/<c>References</c> to the original, the original quoted below), puts <paramref name="reply"/>'s
    /// HTML above the quote, sets its recipients and stamps its mark, and returns the draft's immutable id. The subject
    /// stays the one the mailbox gave the reply (Exchange moves a message whose subject is edited to a new conversation).
    /// Send it with <see cref="SendDraftAsync"/>. Nothing is sent here: on failure the draft is deleted when its id is
    /// known, and the exception says <see cref="MailboxException.NotSent"/>.
    /// </summary>
    Task<DraftMail> CreateReplyDraftAsync(MailboxOwner owner, string messageId, OutgoingMail reply, CancellationToken cancellationToken);

    /// <summary>
    /// Forwards a stored message: a draft forward with the original inline (Graph's <c>createForward</c>), the comment
    /// above it, the recipients and <see cref="ForwardRequest.Attachments"/> added, then sent. A failure before the send
    /// sent nothing (<see cref="MailboxException.NotSent"/>; the draft is deleted when its id is known); a send whose
    /// answer was lost may have gone out.
    /// </summary>
    Task ForwardAsync(MailboxOwner owner, string messageId, ForwardRequest forward, CancellationToken cancellationToken);

    /// <summary>
    /// Subscribes to <c>created</c> messages anywhere in the owner's mailbox (rules and the junk filter file replies
    /// outside the Inbox).
    /// </summary>
    Task<MailboxSubscription> SubscribeAsync(MailboxOwner owner, SubscriptionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The latest messages of one conversation, in any folder, newest first: how a declaration's replies are found
    /// when their notification was lost and they are not in the Inbox (the delta query's reach).
    /// </summary>
    Task<IReadOnlyList<MailMessage>> ConversationAsync(MailboxOwner owner, string conversationId, CancellationToken cancellationToken);

    /// <summary>Extends a subscription's expiry.</summary>
    Task<MailboxSubscription> RenewSubscriptionAsync(MailboxOwner owner, string subscriptionId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Deletes a subscription; a subscription that no longer exists is not an error.</summary>
    Task DeleteSubscriptionAsync(MailboxOwner owner, string subscriptionId, CancellationToken cancellationToken);

    /// <summary>
    /// The subscription as Graph holds it, or null when it no longer exists: Graph may drop one without telling, and
    /// its notification URL may no longer be this service's (the public address changed).
    /// </summary>
    Task<MailboxSubscription?> GetSubscriptionAsync(MailboxOwner owner, string subscriptionId, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the Inbox delta query. Pass null to start a full sync, or the previous page's
    /// <see cref="DeltaPage.NextLink"/> / the stored <see cref="DeltaPage.DeltaLink"/> to continue.
    /// </summary>
    Task<DeltaPage> InboxDeltaAsync(MailboxOwner owner, string? link, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a round of the Inbox delta query covering only mail received since <paramref name="receivedSince"/>, so a
    /// first sync does not walk years of Inbox. Continue it with <see cref="InboxDeltaAsync"/> and the page's links.
    /// </summary>
    Task<DeltaPage> InboxDeltaSinceAsync(MailboxOwner owner, DateTimeOffset receivedSince, CancellationToken cancellationToken);
}

/// <summary>Whose mailbox: the signed-in user's tenant, object id and address.</summary>
public sealed record MailboxOwner(string TenantId, string ObjectId, string Email);

/// <summary>A named address.</summary>
public sealed record Recipient(string Name, string Email);

/// <summary>The declaration email to create as a draft.</summary>
public sealed record OutgoingMail(
    Guid DeclarationId,
    string Subject,
    string Html,
    IReadOnlyList<Recipient> To,
    IReadOnlyList<Recipient> Cc);

/// <summary>A draft in the owner's mailbox (immutable id), and a link to open it in Outlook on the web.</summary>
public sealed record DraftMail(string Id, string? WebLink);

/// <summary>A message's metadata: what matching a reply to its declaration needs.</summary>
public sealed record MailMessage(
    string Id,
    string? InternetMessageId,
    string? ConversationId,
    string Subject,
    Recipient? From,
    IReadOnlyList<Recipient> To,
    DateTimeOffset? SentAt,
    DateTimeOffset? ReceivedAt,
    string? InReplyTo,
    IReadOnlyList<string> References,
    IReadOnlyDictionary<string, string> Headers,
    Guid? DeclarationId);

/// <summary>A forward of a stored message to the economic buyer, with files to attach (e.g. the original as received).</summary>
public sealed record ForwardRequest(IReadOnlyList<Recipient> To, IReadOnlyList<Recipient> Cc, string CommentHtml, IReadOnlyList<MailAttachment>? Attachments = null);

/// <summary>A file attached to an outgoing message, its bytes sent as they are.</summary>
public sealed record MailAttachment(string Name, string ContentType, byte[] Content);

/// <summary>Where Graph should send change notifications and lifecycle events, and the shared secret it echoes.</summary>
public sealed record SubscriptionRequest(Uri NotificationUrl, Uri LifecycleNotificationUrl, string ClientState, DateTimeOffset ExpiresAt);

/// <summary>A live subscription, and where its notifications go (when Graph said).</summary>
public sealed record MailboxSubscription(string Id, string Resource, DateTimeOffset ExpiresAt, Uri? NotificationUrl = null);

/// <summary>One page of an Inbox delta query: added or changed messages, removed ids, and where to continue.</summary>
public sealed record DeltaPage(
    IReadOnlyList<MailMessage> Messages,
    IReadOnlyList<string> RemovedIds,
    string? NextLink,
    string? DeltaLink);
