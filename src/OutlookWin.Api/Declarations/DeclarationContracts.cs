using System.ComponentModel;
using OutlookWin.Domain.Declarations;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>A recipient of the declaration.</summary>
public sealed record RecipientDto(string Name, string Email);

/// <summary>An evidence sentence and the signal it carries.</summary>
public sealed record EvidenceDto(string Text, ReplySignal Signal);

/// <summary>How a reply reads one criterion of the plan.</summary>
public sealed record CriterionReadingDto(int Index, string Title, CriterionReadingKind Reading, IReadOnlyList<string> Evidence);

/// <summary>A stored reply: what the prospect wrote, how it reads, and the evidence hash.</summary>
public sealed record ReplyDto(
    Guid Id,
    ReplyVerdict Verdict,
    double Confidence,
    string ReplyText,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Objections,
    DateOnly? ReturnDate,
    IReadOnlyList<CriterionReadingDto> Criteria,
    DateTimeOffset ReceivedAt,
    string From,
    string? FromName,
    string Subject,
    string Sha256,
    MatchSignal MatchedBy,
    [property: Description("Why the reader gave this verdict, in a sentence")]
    string? Explanation = null,
    [property: Description("Set when the message could not be read (malformed, too large, over the time budget): it is kept with its raw MIME, never counted as a confirmation, and a person must look at it")]
    string? ReadError = null,
    [property: Description("Who the sender is to the plan: lead_engineer, plan_contact (e.g. the economic buyer), colleague (the lead engineer's domain) or unknown")]
    SenderRole SenderRole = SenderRole.LeadEngineer,
    [property: Description("What the receiving server concluded about the sender: pass, fail (possibly spoofed: never counted as a confirmation) or none (nothing stamped)")]
    SenderAuthentication Authentication = SenderAuthentication.None,
    [property: Description("The checks in short, e.g. \"spf=pass dkim=pass dmarc=pass compauth=pass\"")]
    string? AuthenticationResults = null,
    [property: Description("For an automatic reply, which kind: out_of_office, delivery_report (a mail server says the declaration was not delivered), read_receipt or other")]
    AutomaticKind? Automatic = null);

/// <summary>A declaration and where it stands.</summary>
public sealed record DeclarationResponse(
    Guid Id,
    Guid PlanId,
    [property: Description("drafted, sent, stale (sent, no answer by replyDue), auto_reply, confirmed, conditional, declined, ambiguous, or superseded (replaced by a newer declaration of the plan; no longer tracked)")]
    TrackingStatus State,
    DeclarationVariant Variant,
    DeliveryChannel Delivery,
    string Subject,
    string Prospect,
    string DealName,
    IReadOnlyList<RecipientDto> To,
    IReadOnlyList<RecipientDto> Cc,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    [property: Description("Hours since it was sent while no person has answered; null otherwise")]
    double? AwaitingHours,
    string? DraftWebLink,
    string? InternetMessageId,
    string? ConversationId,
    [property: Description("The latest reply that decided the state (or the latest reply)")]
    ReplyDto? Reply,
    IReadOnlyList<ReplyDto> Replies,
    string? Html,
    string? Text,
    int Version,
    [property: Description("The SE's own verdict, when they overrode the reading; the replies keep theirs")]
    OverrideDto? Override = null,
    [property: Description("When a written answer is due (business days after sending; an out-of-office return date pauses it); past it the state is stale")]
    DateOnly? ReplyDue = null,
    [property: Description("The follow-up the pane should offer: stale, ambiguous, reconfirm, or null")]
    FollowUpKind? FollowUp = null,
    [property: Description("The sender of the deciding confirmation when not the lead engineer: the SE acknowledges them (or overrides) before it can be forwarded")]
    string? SenderToAcknowledge = null,
    [property: Description("True when no sent copy was found within Tracking:SentCopyWindow after it was drafted: OutlookWin stopped looking for it (send it to track it)")]
    bool StoppedLooking = false,
    [property: Description("The mailbox draft's id (Graph's immutable REST id), for opening it in Outlook (displayMessageForm after convertToEwsId); null for an Outlook delivery")]
    string? DraftMessageId = null,
    [property: Description("When a newer declaration of the plan replaced this one: which, when and why; null while it is live")]
    SupersededDto? Superseded = null);

/// <summary>A declaration replaced by a newer one of the same plan, and why.</summary>
public sealed record SupersededDto(Guid By, DateTimeOffset At, string Reason);

/// <summary>The Outlook message a declaration was inserted into, saved by the pane: its id as convertToRestId gives it.</summary>
public sealed record ComposeItemRequest(
    [property: Description("The saved compose item's id in REST form (Office's convertToRestId of getItemIdAsync / saveAsync's id)")]
    string? ItemId);

/// <summary>A verdict set by hand, with the reason.</summary>
public sealed record OverrideDto(ReplyVerdict Verdict, string Reason, string By, DateTimeOffset At);
