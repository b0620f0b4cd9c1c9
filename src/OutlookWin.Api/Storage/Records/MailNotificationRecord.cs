namespace OutlookWin.Api.Storage;

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
