using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tracking;

/// <summary>Enrolls a mailbox for watching (idempotent); the <see cref="MailboxWatcher"/> does the subscribing.</summary>
public sealed class WatchEnrollment(OutlookWinDb db, WatchSignal signal, TimeProvider clock)
{
    public async Task EnrollAsync(MailboxOwner owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var exists = await db.MailboxWatches.AnyAsync(
            w => w.OwnerTenantId == owner.TenantId && w.OwnerObjectId == owner.ObjectId, ct);
        if (!exists)
        {
            db.MailboxWatches.Add(new MailboxWatchRecord
            {
                OwnerTenantId = owner.TenantId,
                OwnerObjectId = owner.ObjectId,
                OwnerEmail = owner.Email,
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
