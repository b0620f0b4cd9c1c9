using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OutlookWin.Api.Mailbox;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// A mailbox whose background session Entra ID no longer honours: the watch says why and when it tries again, the
/// watcher backs off instead of asking every sweep, and the owner's next sign-in ends both the wait and the problem.
/// </summary>
public sealed class DeadSessionTests : IDisposable
{
    private static readonly MailboxOwner Owner = new("tenant-1", "owner-1", "se@outlookwin-demo.com");
    private readonly SqliteTestDatabase _database = new();
    private bool _sessionDead = true;

    [Fact]
    public async Task A_dead_session_is_retried_with_a_back_off_and_its_problem_cleared_once_the_owner_signs_in()
    {
        var mailbox = Mailbox();
        await using var app = new OutlookWinApplication(
            _database,
            settings: new Dictionary<string, string?> { ["Tracking:PublicBaseUrl"] = "https://outlookwin.example/" },
            services: s => s.AddScoped(_ => mailbox.Object));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<WatchEnrollment>().EnrollAsync(Owner, CancellationToken.None);
        }

        var watcher = ActivatorUtilities.CreateInstance<MailboxWatcher>(app.Services, new ServiceInstance("instance-a"));
        await watcher.SweepAsync(CancellationToken.None);

        var problem = (await WatchAsync(app)).Problem;
        Assert.StartsWith(MailboxSessions.SignInProblemPrefix, problem, StringComparison.Ordinal);
        Assert.Contains("open OutlookWin", problem, StringComparison.Ordinal);
        Assert.Contains("tries again at 09:01 UTC", problem, StringComparison.Ordinal);
        Assert.Equal(1, Subscribes(mailbox));

        // The sweeps every 20 s leave the dead session alone until its back-off is over (a minute, then two, …).
        for (var i = 0; i < 2; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(20));
            await watcher.SweepAsync(CancellationToken.None);
        }

        Assert.Equal(1, Subscribes(mailbox));
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await watcher.SweepAsync(CancellationToken.None);
        Assert.Equal(2, Subscribes(mailbox));
        app.Clock.Advance(TimeSpan.FromSeconds(20));
        await watcher.SweepAsync(CancellationToken.None);
        Assert.Equal(2, Subscribes(mailbox));

        // The owner opens the pane: the session works again, the problem goes, and the mailbox is watched at once.
        _sessionDead = false;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailboxSessions>().StartAsync(Owner, CancellationToken.None);
        }

        Assert.Null((await WatchAsync(app)).Problem);
        await watcher.SweepAsync(CancellationToken.None);
        Assert.Equal(3, Subscribes(mailbox));
        var watch = await WatchAsync(app);
        Assert.Null(watch.Problem);
        Assert.Equal("sub-1", watch.SubscriptionId);
    }

    public void Dispose() => _database.Dispose();

    private static int Subscribes(Mock<IMailbox> mailbox) =>
        mailbox.Invocations.Count(i => i.Method.Name == nameof(IMailbox.SubscribeAsync));

    private Mock<IMailbox> Mailbox()
    {
        var dead = new MailboxException(MailboxFailure.ReauthorizationRequired, "AADSTS700082: The refresh token has expired due to inactivity.");
        var mailbox = new Mock<IMailbox>();
        mailbox.Setup(m => m.SubscribeAsync(It.IsAny<MailboxOwner>(), It.IsAny<SubscriptionRequest>(), It.IsAny<CancellationToken>()))
            .Returns((MailboxOwner _, SubscriptionRequest r, CancellationToken _) => _sessionDead
                ? Task.FromException<MailboxSubscription>(dead)
                : Task.FromResult(new MailboxSubscription("sub-1", "me/messages", r.ExpiresAt, r.NotificationUrl)));
        mailbox.Setup(m => m.GetOwnerAddressAsync(It.IsAny<MailboxOwner>(), It.IsAny<CancellationToken>()))
            .Returns(() => _sessionDead ? Task.FromException<string>(dead) : Task.FromResult(Owner.Email));
        mailbox.Setup(m => m.InboxDeltaSinceAsync(It.IsAny<MailboxOwner>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeltaPage([], [], null, "delta-1"));
        mailbox.Setup(m => m.InboxDeltaAsync(It.IsAny<MailboxOwner>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DeltaPage([], [], null, "delta-1"));
        mailbox.Setup(m => m.ConversationAsync(It.IsAny<MailboxOwner>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return mailbox;
    }

    private static async Task<MailboxWatchRecord> WatchAsync(OutlookWinApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailboxWatches.AsNoTracking().SingleAsync();
    }
}
