using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Storage;

/// <summary>
/// One message the service sends for a user (the declaration, a forward, a follow-up), recorded as intended before
/// the mailbox is asked, so a retry or a second click finds it and never sends again.
/// </summary>
public sealed class OutboundMailRecord
{
    public Guid Id { get; set; }

    public Guid DeclarationId { get; set; }

    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public OutboundKind Kind { get; set; }

    /// <summary>The caller's <c>Idempotency-Key</c>, or one the service made up when none was sent.</summary>
    public required string IdempotencyKey { get; set; }

    public OutboundState State { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The mailbox's id of what was created (the follow-up draft), when there is one.</summary>
    public string? MailId { get; set; }

    public string? MailWebLink { get; set; }

    /// <summary>What the message was beyond its kind (the follow-up's kind; whether it was sent or left as a draft).</summary>
    public string? Detail { get; set; }

    /// <summary>Why it failed, or why its outcome is unknown.</summary>
    public string? Error { get; set; }
}
