namespace OutlookWin.Api.Storage;

/// <summary>
/// The SE's own SMTP address, read once from the mailbox (Graph <c>/me</c>: <c>mail</c>, else the UPN) when they first
/// open the pane, and kept: it recognises the SE's own messages. A token's <c>preferred_username</c> is often the UPN.
/// </summary>
public sealed class MailboxOwnerRecord
{
    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public required string Address { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
