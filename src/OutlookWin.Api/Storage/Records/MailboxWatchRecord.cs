namespace OutlookWin.Api.Storage;

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

    /// <summary>
    /// Which service instance watches this mailbox (subscribes, renews, runs the delta query): one at a time, as Exchange
    /// allows an application four concurrent requests per mailbox. Null when nobody holds it.
    /// </summary>
    public string? LeaseHolder { get; set; }

    /// <summary>Until when <see cref="LeaseHolder"/> holds it; an instance that died lets it lapse and another takes over.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }
}
