using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Mailbox;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// Enrolls a mailbox for watching (idempotent); the <see cref="MailboxWatcher"/> does the subscribing. With Graph it also
/// starts or refreshes the owner's mailbox session, so the watcher can work for them once this request has ended — a
/// declaration handed to Outlook's compose window makes no Graph call that would start it otherwise.
/// </summary>
public sealed class WatchEnrollment(
    OutlookWinDb db,
    WatchSignal signal,
    TimeProvider clock,
    MailboxSessions sessions,
    IOptions<MailboxOptions> mailboxOptions,
    ILogger<WatchEnrollment> log)
{
    public async Task EnrollAsync(MailboxOwner owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (mailboxOptions.Value.Provider == MailboxProvider.Graph)
        {
            try
            {
                await sessions.StartAsync(owner, ct);
            }
            catch (MailboxException e)
            {
                // The watch says so (and the pane asks the owner) when the watcher meets the same failure.
                log.LogWarning("Could not start the mailbox session of {Owner}: {Failure}", owner.ObjectId, e.Failure);
            }
        }

        // The address the mailbox gave (Graph /me), else the token's.
        var address = await sessions.KnownAddressAsync(owner, ct) ?? owner.Email;
        var exists = await db.MailboxWatches.AnyAsync(
            w => w.OwnerTenantId == owner.TenantId && w.OwnerObjectId == owner.ObjectId, ct);
        if (!exists)
        {
            db.MailboxWatches.Add(new MailboxWatchRecord
            {
                OwnerTenantId = owner.TenantId,
                OwnerObjectId = owner.ObjectId,
                OwnerEmail = address,
                ResyncRequested = true,
                UpdatedAt = clock.GetUtcNow(),
                Version = 1,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two sends at once: the other request created it.
                db.ChangeTracker.Clear();
            }
        }

        signal.Wake();
    }
}
