using System.Security.Cryptography;
using System.Text;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;

namespace OutlookWin.Domain.Tracking;

/// <summary>The declaration's To and Cc, as drafted.</summary>
public sealed record DeclarationRecipients(IReadOnlyList<Recipient> To, IReadOnlyList<Recipient> Cc);

/// <summary>What must be recorded in the evidence chain because a declaration changed.</summary>
/// <param name="Kind">One of <see cref="EvidenceEventKind"/>.</param>
/// <param name="Actor">The signed-in user's address, or <see cref="Declaration.Service"/>.</param>
/// <param name="Payload">The event's facts; serialised to canonical JSON by the ledger.</param>
public sealed record DeclarationEvent(string Kind, string Actor, object Payload);

/// <summary>A transition the declaration's rules do not allow now (a 409 at the API).</summary>
public sealed class DeclarationRuleException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;
}

/// <summary>A reply as stored, reduced to what decides the declaration's state.</summary>
public sealed record ReplyVerdictAt(DateTimeOffset ReceivedAt, ReplyVerdict Verdict, DateOnly? ReturnDate);

/// <summary>A reply just matched to the declaration, read and about to be stored as evidence.</summary>
public sealed record ReceivedReply(
    Guid Id,
    string MessageId,
    string? InternetMessageId,
    string From,
    string Subject,
    DateTimeOffset ReceivedAt,
    MatchSignal MatchedBy,
    string Sha256,
    int Size,
    ReplyReading Reading,
    string? FromName = null,
    ReplySender? Sender = null);

/// <summary>A reply forwarded to the economic buyer, with the cover note as sent.</summary>
public sealed record ForwardedReply(
    Guid ReplyId, string ReplySha256, string MessageId, IReadOnlyList<Recipient> To, IReadOnlyList<Recipient> Cc, string NoteText, string NoteHtml);

/// <summary>
/// A Formal Technical Win Declaration: what was drafted, where it is in the mailbox, and where it stands. The
/// aggregate owns its transitions; each checks its rule, moves the state and raises the evidence event that records
/// it (<see cref="TakeEvents"/>). Handlers load it, call one method and save it.
/// </summary>
public sealed class Declaration
{
    /// <summary>The actor for what the service does by itself (reading a reply, finding a sent copy).</summary>
    public const string Service = "outlookwin";

    private readonly List<DeclarationEvent> events = [];

    // For the storage mapper.
    private Declaration()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public string OwnerTenantId { get; private set; } = string.Empty;

    public string OwnerObjectId { get; private set; } = string.Empty;

    /// <summary>The SE's address (whose mailbox the declaration is sent from).</summary>
    public string OwnerEmail { get; private set; } = string.Empty;

    public DeclarationState State { get; private set; }

    public DeliveryChannel Delivery { get; private set; }

    public DeclarationVariant Variant { get; private set; }

    public string Subject { get; private set; } = string.Empty;

    public string Html { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DeclarationRecipients Recipients { get; private set; } = new([], []);

    /// <summary>The plan as it was when the declaration was drafted (the criteria a reply is read against).</summary>
    public string PlanSnapshot { get; private set; } = string.Empty;

    /// <summary>The lead engineer's address, for matching replies.</summary>
    public string LeadEngineerEmail { get; private set; } = string.Empty;

    public string? DraftMessageId { get; private set; }

    public string? DraftWebLink { get; private set; }

    public string? SentMessageId { get; private set; }

    /// <summary>
    /// The id (Graph's REST form) of the message being written in Outlook that the declaration was inserted into, once
    /// the pane saved it: its sent copy is found by it as well as by the add-in's custom property.
    /// </summary>
    public string? ComposeItemId { get; private set; }

    public string? InternetMessageId { get; private set; }

    public string? ConversationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the SE asked for it to be sent (mailbox delivery) or the sent copy's time once found.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>From an automatic reply: when the lead engineer is back.</summary>
    public DateOnly? ReturnDate { get; private set; }

    /// <summary>The sent copy exactly as the mailbox holds it, kept for the evidence pack.</summary>
    public byte[]? SentMime { get; private set; }

    /// <summary>A verdict the SE set by hand, overriding the replies' reading (the readings stay as they were).</summary>
    public ReplyVerdict? OverrideVerdict { get; private set; }

    public string? OverrideReason { get; private set; }

    public string? OverrideBy { get; private set; }

    public DateTimeOffset? OverrideAt { get; private set; }

    /// <summary>Optimistic concurrency: every transition bumps it.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The sender of the deciding confirmation when it is not the plan's lead engineer (a colleague, someone else):
    /// until the SE acknowledges that this person may confirm for the prospect, or overrides, it cannot be forwarded.
    /// </summary>
    public string? SenderToAcknowledge { get; private set; }

    public string? SenderAcknowledgedBy { get; private set; }

    public DateTimeOffset? SenderAcknowledgedAt { get; private set; }

    /// <summary>The newer declaration of the same plan that replaced this one; null while this one is live.</summary>
    public Guid? SupersededBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>Why the SE replaced it, in their words.</summary>
    public string? SupersedeReason { get; private set; }

    /// <summary>Live: not replaced by a newer declaration. A plan has at most one live declaration.</summary>
    public bool IsLive => SupersededBy is null;

    /// <summary>How many links the evidence chain has: a chain cut short (its last links deleted) no longer matches.</summary>
    public int EvidenceLength { get; private set; }

    /// <summary>The hash of the chain's last link: the head a pack, the pane and the seal name.</summary>
    public string? EvidenceHead { get; private set; }

    /// <summary>The head and length sealed with the service's key, so neither can be rewritten to hide a cut.</summary>
    public string? EvidenceSeal { get; private set; }

    public MailboxOwner Owner => new(OwnerTenantId, OwnerObjectId, OwnerEmail);

    /// <summary>The facts that decide how the declaration stands (see <see cref="DeclarationStanding"/>).</summary>
    public DeclarationPosition Position => new(State, SentAt, ReturnDate, OverrideVerdict is not null, SupersededBy is not null);

    /// <summary>The events raised since the declaration was loaded, oldest first; taking them clears the list.</summary>
    public IReadOnlyList<DeclarationEvent> TakeEvents()
    {
        var taken = events.ToList();
        events.Clear();
        return taken;
    }

    /// <summary>
    /// A new declaration from the drafter's output. <paramref name="mailboxDraft"/> is the draft already created in
    /// the mailbox for <see cref="DeliveryChannel.Mailbox"/>, and must be null for <see cref="DeliveryChannel.Outlook"/>.
    /// </summary>
    public static Declaration Draft(
        Guid id, Guid planId, string planDocument, MailboxOwner owner, DeliveryChannel delivery, DeclarationDraft draft,
        string leadEngineerEmail, DraftMail? mailboxDraft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(planDocument);
        if ((delivery == DeliveryChannel.Mailbox) != (mailboxDraft is not null))
        {
            throw new ArgumentException("A mailbox declaration needs its mailbox draft; an Outlook one has none.", nameof(mailboxDraft));
        }

        var declaration = new Declaration
        {
            Id = id,
            PlanId = planId,
            OwnerTenantId = owner.TenantId,
            OwnerObjectId = owner.ObjectId,
            OwnerEmail = owner.Email,
            State = DeclarationState.Drafted,
            Delivery = delivery,
            Variant = draft.Variant,
            Subject = draft.Subject,
            Html = draft.Html,
            Text = draft.Text,
            Recipients = new DeclarationRecipients(
                [.. draft.To.Select(p => new Recipient(p.Name, p.Email))], [.. draft.Cc.Select(p => new Recipient(p.Name, p.Email))]),
            PlanSnapshot = planDocument,
            LeadEngineerEmail = leadEngineerEmail,
            DraftMessageId = mailboxDraft?.Id,
            DraftWebLink = mailboxDraft?.WebLink,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        declaration.events.Add(new DeclarationEvent(EvidenceEventKind.Drafted, owner.Email, new
        {
            planId,
            planSha256 = Sha256(planDocument),
            variant = declaration.Variant,
            delivery,
            subject = declaration.Subject,
            to = declaration.Recipients.To,
            cc = declaration.Recipients.Cc,
            textSha256 = Sha256(declaration.Text),
            htmlSha256 = Sha256(declaration.Html),
            draftMessageId = declaration.DraftMessageId,
        }));
        return declaration;
    }

    /// <summary>The mailbox draft the service should send; throws when this declaration is not sent that way (or was sent).</summary>
    public string DraftToSend()
    {
        if (Delivery != DeliveryChannel.Mailbox || DraftMessageId is null)
        {
            throw NotNow("This declaration goes out from Outlook's compose window; send it there.");
        }

        return SentAt is null ? DraftMessageId : throw NotNow("This declaration was already sent.");
    }

    /// <summary>The service sent the mailbox draft.</summary>
    public void MarkSent(string actor, DateTimeOffset now)
    {
        DraftToSend();
        Sent(actor, DeliveryChannel.Mailbox, now);
    }

    /// <summary>The SE says they sent it from Outlook's compose window; saying it twice changes nothing.</summary>
    public void MarkSentFromOutlook(string actor, DateTimeOffset now)
    {
        if (Delivery != DeliveryChannel.Outlook)
        {
            throw NotNow("This declaration is sent by the service; use /send.");
        }

        if (SentAt is null)
        {
            Sent(actor, DeliveryChannel.Outlook, now);
        }
    }

    /// <summary>
    /// The pane saved the Outlook message the declaration was inserted into and gives its id. Only an Outlook delivery
    /// still waiting for its sent copy takes one; giving it again replaces it (the SE inserted it into another message).
    /// </summary>
    public void RecordComposeItem(string itemId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        if (Delivery != DeliveryChannel.Outlook)
        {
            throw NotNow("This declaration is drafted in the mailbox by the service; only a declaration inserted into Outlook's compose window has a compose item.");
        }

        if (!AwaitsSentCopy)
        {
            throw NotNow("The sent copy of this declaration was found already.");
        }

        if (ComposeItemId != itemId)
        {
            ComposeItemId = itemId;
            Touch(now);
        }
    }

    /// <summary>Whether the service should still look for the sent copy in the mailbox.</summary>
    /// <remarks>
    /// Every way of sending counts: the service's send, Outlook's compose window, and the mailbox draft opened and sent
    /// from Outlook by the SE (never reported to the service, found by its mark all the same).
    /// </remarks>
    public bool AwaitsSentCopy => InternetMessageId is null && IsLive;

    /// <summary>The sent copy was found in Sent Items: its ids match replies, its MIME goes into the evidence pack.</summary>
    public void RecordSentCopy(MailMessage sent, byte[]? mime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sent);
        SentMime = mime ?? SentMime;
        SentMessageId = sent.Id;
        InternetMessageId = sent.InternetMessageId;
        ConversationId = sent.ConversationId;
        SentAt = sent.SentAt ?? SentAt ?? now;
        if (State == DeclarationState.Drafted)
        {
            State = DeclarationState.Sent;
        }

        Touch(now);
        events.Add(new DeclarationEvent(EvidenceEventKind.SentCopyFound, Service, new
        {
            sent.InternetMessageId,
            sent.ConversationId,
            sentAt = SentAt,
            mimeSha256 = SentMime is null ? null : EvidenceChain.Sha256(SentMime),
        }));
    }

    /// <summary>Whether a reply may still change the state (weaker matching signals are used only then).</summary>
    public bool AwaitsDecision => IsLive && State is DeclarationState.Sent or DeclarationState.AutoReply or DeclarationState.Ambiguous;

    /// <summary>
    /// A reply arrived and was read: the state follows all replies so far (<see cref="DeclarationProgress"/>),
    /// except that the SE's override stands until they lift it. Records the arrival and the verdict.
    /// </summary>
    public void ApplyReply(ReceivedReply reply, IEnumerable<ReplyVerdictAt> earlier, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(earlier);
        var reading = reply.Reading;
        var all = earlier.Append(new ReplyVerdictAt(reply.ReceivedAt, reading.Verdict, reading.ReturnDate)).OrderBy(r => r.ReceivedAt).ToList();
        State = OverrideVerdict is { } overridden
            ? DeclarationProgress.StateOf(overridden)
            : DeclarationProgress.StateAfter(all.Select(r => r.Verdict));
        ReturnDate = all.LastOrDefault(r => r.Verdict == ReplyVerdict.AutoReply)?.ReturnDate ?? ReturnDate;
        if (OverrideVerdict is null && reading.Verdict is ReplyVerdict.Confirmed or ReplyVerdict.Conditional && State == DeclarationProgress.StateOf(reading.Verdict))
        {
            // This reply decides: who wrote it matters as much as what it says.
            SenderToAcknowledge = reply.Sender is { IsLeadEngineer: false } sender ? sender.Email : null;
        }

        Touch(now);
        events.Add(new DeclarationEvent(EvidenceEventKind.ReplyReceived, Service, new
        {
            replyId = reply.Id,
            reply.MessageId,
            reply.InternetMessageId,
            from = reply.From,
            reply.FromName,
            reply.Subject,
            reply.ReceivedAt,
            reply.MatchedBy,
            reply.Sha256,
            size = reply.Size,
            senderRole = reply.Sender?.Role,
            authentication = reply.Sender?.Authentication,
            authenticationResults = reply.Sender?.AuthenticationResults,
        }));
        events.Add(new DeclarationEvent(EvidenceEventKind.Verdict, Service, new
        {
            replyId = reply.Id,
            reading.Verdict,
            reading.Confidence,
            replyTextSha256 = Sha256(reading.ReplyText),
            evidence = reading.Evidence.Select(e => e.Text),
            reading.Conditions,
            reading.Objections,
            reading.ReturnDate,
            readingSha256 = Sha256(reading.CanonicalJson()),
            state = State,
            senderToAcknowledge = SenderToAcknowledge,
        }));
    }

    /// <summary>The SE sets the verdict by hand, with a reason; <paramref name="replies"/> give what the reading alone says.</summary>
    public void Override(ReplyVerdict verdict, string reason, string by, IEnumerable<ReplyVerdictAt> replies, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(replies);
        if (SentAt is null)
        {
            throw new DeclarationRuleException("Not sent yet.", "Only the verdict on replies to a sent declaration can be overridden.");
        }

        var readAs = DeclarationProgress.StateAfter(replies.OrderBy(r => r.ReceivedAt).Select(r => r.Verdict));
        events.Add(new DeclarationEvent(EvidenceEventKind.Override, by, new { from = State, readAs, to = verdict, reason }));
        OverrideVerdict = verdict;
        OverrideReason = reason;
        OverrideBy = by;
        OverrideAt = now;
        // The SE's judgement stands for who confirmed, too.
        SenderToAcknowledge = null;
        State = DeclarationProgress.StateOf(verdict);
        Touch(now);
    }

    /// <summary>
    /// A newer declaration of the same plan (<paramref name="by"/>) replaces this one, for <paramref name="reason"/>: it is
    /// no longer awaited, followed up or forwarded, and its evidence chain records why and by what.
    /// </summary>
    public void Supersede(Guid by, string reason, string actor, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (SupersededBy is { } earlier)
        {
            throw new DeclarationRuleException("Already superseded.", $"This declaration was superseded by declaration {earlier} on {SupersededAt:d MMMM yyyy}.");
        }

        if (by == Id)
        {
            throw new ArgumentException("A declaration cannot supersede itself.", nameof(by));
        }

        SupersededBy = by;
        SupersededAt = now;
        SupersedeReason = reason.Trim();
        Touch(now);
        events.Add(new DeclarationEvent(EvidenceEventKind.Superseded, actor, new { supersededBy = by, reason = SupersedeReason, state = State }));
    }

    /// <summary>Why the declaration cannot be forwarded to the economic buyer as a win, or null when it can.</summary>
    public string? WhyNotForwardable() => SupersededBy is not null
        ? "A newer declaration of this plan superseded this one: forward the newer one's confirmation."
        : State switch
    {
        DeclarationState.Confirmed or DeclarationState.Conditional when SenderToAcknowledge is { } sender =>
            $"The confirmation came from {sender}, not the plan's lead engineer. Acknowledge that {sender} may confirm for the prospect, or override the verdict with a reason, before forwarding it as the Technical Win.",
        DeclarationState.Confirmed or DeclarationState.Conditional => null,
        DeclarationState.Ambiguous => "The reply is not a written confirmation (a thumbs-up or a non-answer). Ask for one, or override the verdict with a reason first.",
        DeclarationState.Declined => "The prospect declined or disputed a result. Override the verdict with a reason if that reading is wrong.",
        DeclarationState.AutoReply => "Only an automatic reply so far.",
        DeclarationState.Drafted => "The declaration has not been sent yet.",
        _ => "No reply yet.",
    };

    /// <summary>The SE acknowledges that the person who confirmed (not the lead engineer) may confirm for the prospect.</summary>
    public void AcknowledgeSender(string by, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (SenderToAcknowledge is not { } sender)
        {
            throw new DeclarationRuleException("Nothing to acknowledge.", "The deciding reply came from the lead engineer (or there is none yet).");
        }

        events.Add(new DeclarationEvent(EvidenceEventKind.SenderAcknowledged, by, new { sender, note = note?.Trim() }));
        SenderToAcknowledge = null;
        SenderAcknowledgedBy = by;
        SenderAcknowledgedAt = now;
        Touch(now);
    }

    /// <summary>The deciding reply was forwarded to the economic buyer.</summary>
    public void RecordForward(string by, ForwardedReply forward, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(forward);
        if (WhyNotForwardable() is { } reason)
        {
            throw new DeclarationRuleException("This reply is not a written confirmation yet.", reason);
        }

        events.Add(new DeclarationEvent(EvidenceEventKind.Forwarded, by, new
        {
            replyId = forward.ReplyId,
            replySha256 = forward.ReplySha256,
            forward.MessageId,
            to = forward.To,
            cc = forward.Cc,
            note = forward.NoteText,
            noteSha256 = Sha256(forward.NoteHtml),
        }));
        Touch(now);
    }

    /// <summary>A follow-up was created in the mailbox (and perhaps sent).</summary>
    public void RecordFollowUp(string by, FollowUpDraft draft, string draftId, bool sent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        events.Add(new DeclarationEvent(EvidenceEventKind.FollowUpDrafted, by, new
        {
            kind = draft.Kind,
            draftId,
            sent,
            draft.Subject,
            to = draft.To.Email,
            textSha256 = Sha256(draft.Text),
        }));
        Touch(now);
    }

    private void Sent(string actor, DeliveryChannel via, DateTimeOffset now)
    {
        State = DeclarationState.Sent;
        SentAt = now;
        Touch(now);
        events.Add(new DeclarationEvent(EvidenceEventKind.Sent, actor, new { sentAt = now, via }));
    }

    /// <summary>Records the new end of the evidence chain (after the events of a save were appended).</summary>
    public void AnchorEvidence(int length, string head, string? seal)
    {
        ArgumentException.ThrowIfNullOrEmpty(head);
        EvidenceLength = length;
        EvidenceHead = head;
        EvidenceSeal = seal;
    }

    /// <summary>
    /// Claims the declaration for one outgoing message (see <see cref="OutboundKind"/>): its version moves, so of two
    /// claims made from the same reading of the declaration only the first can be saved.
    /// </summary>
    public void ClaimForSending(DateTimeOffset now) => Touch(now);

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static DeclarationRuleException NotNow(string detail) => new("Not possible in the declaration's current state.", detail);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
