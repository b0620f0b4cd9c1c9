using System.Collections.Concurrent;
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

    [Fact]
    public async Task A_pass_waits_while_the_webhook_is_answering_and_takes_the_work_once_it_is_done()
    {
        await using var app = new OutlookWinApplication(_database, settings: new Dictionary<string, string?> { ["Tracking:WorkerYieldToWebhook"] = "00:00:05" });
        var now = app.Clock.GetUtcNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = "sub-yield", MessageId = "m-1", ChangeType = "created", ReceivedAt = now });
            await db.SaveChangesAsync();
        }

        var traffic = app.Services.GetRequiredService<WebhookTraffic>();
        var worker = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);
        var answering = traffic.Enter();
        var pass = worker.RunOnceAsync(CancellationToken.None);
        await Task.Delay(200);

        // Graph is still waiting for this instance's answer: nothing has been claimed yet.
        Assert.False(pass.IsCompleted);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.AsNoTracking().SingleAsync(n => n.SubscriptionId == "sub-yield");
            Assert.Null(row.LeaseUntil);
        }

        answering.Dispose();
        Assert.Equal(1, await pass.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_pass_waits_at_most_its_limit_behind_a_webhook_that_never_goes_quiet()
    {
        await using var app = new OutlookWinApplication(_database, settings: new Dictionary<string, string?> { ["Tracking:WorkerYieldToWebhook"] = "00:00:00.300" });
        var now = app.Clock.GetUtcNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = "sub-steady", MessageId = "m-1", ChangeType = "created", ReceivedAt = now });
            await db.SaveChangesAsync();
        }

        var traffic = app.Services.GetRequiredService<WebhookTraffic>();
        using var answering = traffic.Enter();
        var worker = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // A request stays in flight the whole time, and still the notification is read.
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(300), $"took {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(1, traffic.InFlight);
    }

    [Fact]
    public async Task Notifications_taken_by_an_instance_that_died_are_taken_by_another_once_the_work_lease_has_run_out()
    {
        // Instance A claims a batch and dies before reading it (kill -9): nothing releases the lease. Instance B must take
        // the batch within the work lease, not after a delta sync minutes later.
        await using var app = new OutlookWinApplication(_database, settings: new Dictionary<string, string?> { ["Tracking:WorkLease"] = "00:00:06" });
        await AddAsync(app, "sub-dead", 3);
        var dead = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);
        var survivor = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);

        Assert.Equal(3, (await dead.ClaimAsync(CancellationToken.None)).Count);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await survivor.RunOnceAsync(CancellationToken.None));

        app.Clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(3, await survivor.RunOnceAsync(CancellationToken.None));
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.AsNoTracking()
            .Where(n => n.SubscriptionId == "sub-dead").ToListAsync();
        Assert.All(rows, n => Assert.NotNull(n.ProcessedAt));
        Assert.All(rows, n => Assert.Equal(2, n.Attempts));
    }

    [Fact]
    public async Task An_instance_still_reading_renews_its_lease_so_no_other_instance_takes_the_same_notifications()
    {
        await using var app = new OutlookWinApplication(_database, settings: new Dictionary<string, string?> { ["Tracking:WorkLease"] = "00:00:06" });
        await AddAsync(app, "sub-slow", 2);
        var reading = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);
        var other = ActivatorUtilities.CreateInstance<NotificationWorker>(app.Services);
        var claimed = await reading.ClaimAsync(CancellationToken.None);
        Assert.Equal(2, claimed.Count);

        // One of the two is done; the other is still being read while 30 s pass, well beyond the 6 s lease.
        var held = new ConcurrentDictionary<long, bool>([KeyValuePair.Create(claimed[0].Id, true)]);
        using var stop = new CancellationTokenSource();
        var holding = reading.HoldAsync(held, stop.Token);
        var start = app.Clock.GetUtcNow();
        for (var i = 0; i < 15; i++)
        {
            var before = await LeaseUntilAsync(app, claimed[0].Id);
            app.Clock.Advance(TimeSpan.FromSeconds(2));
            // Wait for the renewal the advance released to be written.
            for (var wait = 0; wait < 200 && await LeaseUntilAsync(app, claimed[0].Id) == before; wait++)
            {
                await Task.Delay(25);
            }
        }

        Assert.True(await LeaseUntilAsync(app, claimed[0].Id) > app.Clock.GetUtcNow(), "the lease of the notification still being read was renewed");
        Assert.True(await LeaseUntilAsync(app, claimed[1].Id) < app.Clock.GetUtcNow(), "a notification no longer held is not renewed");
        Assert.Equal(TimeSpan.FromSeconds(30), app.Clock.GetUtcNow() - start);

        // The other instance takes only the one nobody holds.
        Assert.Equal(1, await other.RunOnceAsync(CancellationToken.None));
        await stop.CancelAsync();
        await holding;
    }

    private static async Task AddAsync(OutlookWinApplication app, string subscription, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        for (var i = 0; i < count; i++)
        {
            db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = subscription, MessageId = $"m-{i}", ChangeType = "created", ReceivedAt = app.Clock.GetUtcNow() });
        }

        await db.SaveChangesAsync();
    }

    private static async Task<DateTimeOffset?> LeaseUntilAsync(OutlookWinApplication app, long id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.AsNoTracking()
            .Where(n => n.Id == id).Select(n => n.LeaseUntil).SingleAsync();
    }

    public void Dispose() => _database.Dispose();
}
