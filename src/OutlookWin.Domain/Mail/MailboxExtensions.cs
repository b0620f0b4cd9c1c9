namespace OutlookWin.Domain.Mail;

public static class MailboxExtensions
{
    /// <summary>The message's MIME whatever its size: for the service's own messages (its sent declarations), not for what strangers send.</summary>
    public static Task<byte[]> GetMimeAsync(this IMailbox mailbox, MailboxOwner owner, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return mailbox.GetMimeAsync(owner, messageId, long.MaxValue, cancellationToken);
    }
}
