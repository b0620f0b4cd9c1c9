using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// Two instances of the service on one database: each mailbox is watched by one of them (one subscription, one delta
/// round), and when that instance dies without a word its mailboxes are taken over once its lease lapses.
/// </summary>
public sealed class WatcherLeaseTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private int _subscriptions;

    [Fact]
    public async Task Each_mailbox_is_watched_by_one_instance_and_taken_over_when_it_dies()
    {
        var mailbox = Mailbox();
        await using var app = new OutlookWinApplication(
            _database,
            settings: new Dictionary<string, string?> { ["Tracking:PublicBaseUrl"] = "https://outlookwin.example/", ["Tracking:WatchLease"] = "00:02:00" },
            services: s => s.AddScoped(_ => mailbox.Object));
        var owners = Enumerable.Range(0, 6).Select(i => new MailboxOwner("tenant-1", $"owner-{i}", $"se{i}@outlookwin-demo.com")).ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var owner in owners)
            {
                await scope.ServiceProvider.GetRequiredService<WatchEnrollment>().EnrollAsync(owner, CancellationToken.None);
            }
        }

        var first = ActivatorUtilities.CreateInstance<MailboxWatcher>(app.Services, new ServiceInstance("instance-a"));
        var second = ActivatorUtilities.CreateInstance<MailboxWatcher>(app.Services, new ServiceInstance("instance-b"));

        // Both sweep at the same time, again and again: each new mailbox is taken by one of them, subscribed once.
        for (var i = 0; i < 3; i++)
        {
            await Task.WhenAll(first.SweepAsync(CancellationToken.None), second.SweepAsync(CancellationToken.None));
        }

        var watches = await WatchesAsync(app);
        Assert.All(watches, w => Assert.Contains(w.LeaseHolder, new[] { "instance-a", "instance-b" }));
        Assert.Equal(owners.Count, _subscriptions);
        mailbox.Verify(m => m.InboxDeltaSinceAsync(It.IsAny<MailboxOwner>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Exactly(owners.Count));

        // The first dies without a word. Until its leases lapse its mailboxes stay its own; then the second takes them.
        var heldByFirst = watches.Where(w => w.LeaseHolder == "instance-a").Select(w => w.OwnerObjectId).Order().ToList();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await second.SweepAsync(CancellationToken.None);
        Assert.Equal(heldByFirst, (await WatchesAsync(app)).Where(w => w.LeaseHolder == "instance-a").Select(w => w.OwnerObjectId).Order());
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await second.SweepAsync(CancellationToken.None);

        Assert.All(await WatchesAsync(app), w => Assert.Equal("instance-b", w.LeaseHolder));
        Assert.Equal(owners.Count, _subscriptions); // taken over: the subscriptions are checked, not made again

        // A graceful stop hands its mailboxes over at once.
        await second.ReleaseAsync(CancellationToken.None);
        Assert.All(await WatchesAsync(app), w => Assert.Null(w.LeaseHolder));
        await first.SweepAsync(CancellationToken.None);
        Assert.All(await WatchesAsync(app), w => Assert.Equal("instance-a", w.LeaseHolder));
    }

    public void Dispose() => _database.Dispose();

    private Mock<IMailbox> Mailbox()
    {
        var mailbox = new Mock<IMailbox>(MockBehavior.Strict);
        mailbox.Setup(m => m.SubscribeAsync(It.IsAny<MailboxOwner>(), It.IsAny<SubscriptionRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((MailboxOwner o, SubscriptionRequest r, CancellationToken _) =>
            {
                Interlocked.Increment(ref _subscriptions);
                return new MailboxSubscription("sub-" + o.ObjectId, "me/messages", r.ExpiresAt, r.NotificationUrl);
            });
        mailbox.Setup(m => m.GetSubscriptionAsync(It.IsAny<MailboxOwner>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((MailboxOwner _, string id, CancellationToken _) => new MailboxSubscription(id, "me/messages", DateTimeOffset.MaxValue));
        mailbox.Setup(m => m.ConversationAsync(It.IsAny<MailboxOwner>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        mailbox.Setup(m => m.InboxDeltaSinceAsync(It.IsAny<MailboxOwner>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeltaPage([], [], null, "delta-1"));
        mailbox.Setup(m => m.InboxDeltaAsync(It.IsAny<MailboxOwner>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeltaPage([], [], null, "delta-1"));
        return mailbox;
    }

    private static async Task<List<MailboxWatchRecord>> WatchesAsync(OutlookWinApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailboxWatches.AsNoTracking().ToListAsync();
    }
}
