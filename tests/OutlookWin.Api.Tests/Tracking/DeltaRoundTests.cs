using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// How the watcher walks a delta round: from a start date on a first sync, and page by page, keeping its place so a
/// round cut short (a long throttle on page two) goes on from that page rather than from the top.
/// </summary>
public sealed class DeltaRoundTests : IDisposable
{
    private static readonly MailboxOwner Owner = new("tenant-1", "owner-1", "sam@outlookwin-demo.com");
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task A_round_cut_short_goes_on_from_the_page_it_reached()
    {
        var mailbox = new Mock<IMailbox>(MockBehavior.Strict);
        mailbox.Setup(m => m.FindSentAsync(It.IsAny<MailboxOwner>(), It.IsAny<Guid>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync((MailMessage?)null);
        mailbox.Setup(m => m.SubscribeAsync(It.IsAny<MailboxOwner>(), It.IsAny<SubscriptionRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((MailboxOwner _, SubscriptionRequest r, CancellationToken _) => new MailboxSubscription("sub-1", "me/messages", r.ExpiresAt, r.NotificationUrl));
        mailbox.Setup(m => m.GetSubscriptionAsync(It.IsAny<MailboxOwner>(), "sub-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MailboxSubscription("sub-1", "me/messages", DateTimeOffset.UtcNow.AddDays(3)));
        mailbox.Setup(m => m.ConversationAsync(It.IsAny<MailboxOwner>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        DateTimeOffset? startedFrom = null;
        mailbox.Setup(m => m.InboxDeltaSinceAsync(It.IsAny<MailboxOwner>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback((MailboxOwner _, DateTimeOffset since, CancellationToken _) => startedFrom = since)
            .ReturnsAsync(new DeltaPage([], [], "page-2", null));
        mailbox.SetupSequence(m => m.InboxDeltaAsync(It.IsAny<MailboxOwner>(), "page-2", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MailboxException(MailboxFailure.Throttled, "Throttled for 10 minutes.", retryAfter: TimeSpan.FromMinutes(10)))
            .ReturnsAsync(new DeltaPage([], [], null, "delta-1"));

        await using var app = new OutlookWinApplication(
            _database,
            settings: new Dictionary<string, string?> { ["Tracking:PublicBaseUrl"] = "https://outlookwin.example/" },
            services: s => s.AddScoped(_ => mailbox.Object));
        var watcher = app.Services.GetRequiredService<MailboxWatcher>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WatchEnrollment>().EnrollAsync(Owner, CancellationToken.None);
        }

        await watcher.SweepAsync(CancellationToken.None);
        Assert.Equal("page-2", (await WatchAsync(app)).DeltaLink);

        await watcher.SweepAsync(CancellationToken.None);

        var watch = await WatchAsync(app);
        Assert.Equal("delta-1", watch.DeltaLink);
        Assert.False(watch.ResyncRequested);
        Assert.NotNull(watch.LastSyncAt);
        // One start (from an hour before now: no declaration is open), page two asked twice, never the top again.
        mailbox.Verify(m => m.InboxDeltaSinceAsync(It.IsAny<MailboxOwner>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        mailbox.Verify(m => m.InboxDeltaAsync(It.IsAny<MailboxOwner>(), "page-2", It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Equal(app.Clock.GetUtcNow() - TimeSpan.FromHours(1), startedFrom);
    }

    public void Dispose() => _database.Dispose();

    private static async Task<MailboxWatchRecord> WatchAsync(OutlookWinApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailboxWatches.AsNoTracking().SingleAsync();
    }
}
