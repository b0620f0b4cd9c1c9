using OutlookWin.Api.Mailbox;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tests.Mailbox;

/// <summary>A dead mailbox session is not asked again every sweep: the wait doubles, and the owner's sign-in ends it.</summary>
public sealed class MailboxSessionBackoffTests
{
    private static readonly MailboxOwner Owner = new("tenant-1", "object-1", "se@fabrikam.example");
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_failure_doubles_the_wait_up_to_six_hours()
    {
        var backoff = new MailboxSessionBackoff();

        var waits = Enumerable.Range(0, 12).Select(_ => backoff.Failed(Owner, Now) - Now).ToList();

        Assert.Equal(TimeSpan.FromMinutes(1), waits[0]);
        Assert.Equal(TimeSpan.FromMinutes(2), waits[1]);
        Assert.Equal(TimeSpan.FromMinutes(4), waits[2]);
        Assert.Equal(MailboxSessionBackoff.Longest, waits[^1]);
        Assert.True(backoff.Waiting(Owner, Now + TimeSpan.FromHours(5)));
        Assert.False(backoff.Waiting(Owner, Now + TimeSpan.FromHours(6)));
        Assert.False(backoff.Waiting(Owner with { ObjectId = "someone-else" }, Now));
    }

    [Fact]
    public void The_owners_sign_in_ends_the_wait()
    {
        var backoff = new MailboxSessionBackoff();
        backoff.Failed(Owner, Now);

        backoff.Clear(Owner);

        Assert.False(backoff.Waiting(Owner, Now));
        Assert.Equal(Now + MailboxSessionBackoff.First, backoff.Failed(Owner, Now));
    }
}
