using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Api.Tracking;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>The notification queue's order: a notification that has just arrived does not wait behind a backlog.</summary>
public sealed class NotificationWorkerTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task The_newest_notification_is_taken_in_the_first_pass_even_behind_a_backlog()
    {
        await using var app = new OutlookWinApplication(_database);
        var now = app.Clock.GetUtcNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            for (var i = 0; i < 100; i++)
            {
                db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = "sub-backlog", MessageId = $"old-{i}", ChangeType = "created", ReceivedAt = now });
            }

            await db.SaveChangesAsync();
            db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = "sub-backlog", MessageId = "new", ChangeType = "created", ReceivedAt = now });
            await db.SaveChangesAsync();
        }

        var worker = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);
        var taken = await worker.RunOnceAsync(CancellationToken.None);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var processed = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.AsNoTracking()
                .Where(n => n.SubscriptionId == "sub-backlog" && n.ProcessedAt != null).Select(n => n.MessageId).ToListAsync();
            Assert.Contains("new", processed);
            Assert.Equal(taken, processed.Count);
            Assert.InRange(taken, 2, 20);
            // The oldest move too: nothing starves under a steady stream of new ones.
            Assert.Contains("old-0", processed);
        }
    }

    [Fact]
    public async Task Two_workers_claiming_at_once_take_each_notification_once()
    {
        // Each claims its batch in one transaction; when the other got there first, the loser claims what is left one by
        // one. A notification taken by both would show two attempts.
        await using var app = new OutlookWinApplication(_database);
        var now = app.Clock.GetUtcNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            for (var i = 0; i < 200; i++)
            {
                db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = "sub-race", MessageId = $"m-{i}", ChangeType = "created", ReceivedAt = now });
            }

            await db.SaveChangesAsync();
        }

        var workers = new[] { ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services), ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services) };
        var taken = await Task.WhenAll(workers.Select(w => Task.Run(async () =>
        {
            var total = 0;
            for (int n; (n = await w.RunOnceAsync(CancellationToken.None)) > 0;)
            {
                total += n;
            }

            return total;
        })));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.AsNoTracking()
                .Where(n => n.SubscriptionId == "sub-race").ToListAsync();
            Assert.Equal(200, rows.Count(n => n.ProcessedAt != null));
            Assert.All(rows, n => Assert.Equal(1, n.Attempts));
            Assert.Equal(200, taken.Sum());
        }
    }

    public void Dispose() => _database.Dispose();
}
