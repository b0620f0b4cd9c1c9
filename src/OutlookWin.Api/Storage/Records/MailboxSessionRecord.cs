namespace OutlookWin.Api.Storage;

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
