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

    public void Dispose() => _database.Dispose();
}
