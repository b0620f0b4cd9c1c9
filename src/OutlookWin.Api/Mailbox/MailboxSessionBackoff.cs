using System.Collections.Concurrent;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Mailbox;

/// <summary>
/// When the watcher may next try a mailbox whose background session is dead (Entra ID wants the owner: consent revoked,
/// refresh token expired). Each failure doubles the wait, from a minute up to six hours: a dead session is not asked for a
/// token every sweep. The owner's next sign-in (the pane's <c>POST /api/session</c>) clears it at once.
/// </summary>
public sealed class MailboxSessionBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    private readonly ConcurrentDictionary<(string Tenant, string Owner), (int Failures, DateTimeOffset RetryAt)> _dead = new();

    /// <summary>True while the mailbox waits out its back-off.</summary>
    public bool Waiting(MailboxOwner owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return _dead.TryGetValue((owner.TenantId, owner.ObjectId), out var dead) && dead.RetryAt > now;
    }

    /// <summary>Records one more failure and returns when to try again.</summary>
    public DateTimeOffset Failed(MailboxOwner owner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var entry = _dead.AddOrUpdate(
            (owner.TenantId, owner.ObjectId),
            _ => (1, now + First),
            (_, dead) => (dead.Failures + 1, now + Wait(dead.Failures + 1)));
        return entry.RetryAt;
    }

    /// <summary>The session works again (the owner signed in): try the mailbox at once.</summary>
    public void Clear(MailboxOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        _dead.TryRemove((owner.TenantId, owner.ObjectId), out _);
    }

    private static TimeSpan Wait(int failures)
    {
        var minutes = First.TotalMinutes * Math.Pow(2, Math.Min(failures - 1, 20));
        return minutes >= Longest.TotalMinutes ? Longest : TimeSpan.FromMinutes(minutes);
    }
}
