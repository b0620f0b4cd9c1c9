using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Api.Tracking;

namespace OutlookWin.Api.Tests.Tracking;

/// <summary>
/// Several instances share one notification queue: a claim chooses and leases its batch in one step, so instances
/// claiming at the same moment each get work of their own instead of fighting over the same newest rows.
/// </summary>
public abstract class NotificationClaimTests<TDatabase>(TDatabase database) : IDisposable
    where TDatabase : ITestDatabase
{
    private OutlookWinApplication? _app;

    private OutlookWinApplication App
    {
        get
        {
            database.EnsureAvailable();
            return _app ??= new OutlookWinApplication(database);
        }
    }

    [SkippableFact]
    public async Task Instances_claiming_at_the_same_moment_each_get_a_full_batch_and_none_is_taken_twice()
    {
        var subscription = await FreshQueueAsync();
        await AddAsync(subscription, 200);
        var workers = Enumerable.Range(0, 6).Select(_ => ActivatorUtilities.CreateInstance<NotificationWorker>(App.Services)).ToList();

        using var start = new ManualResetEventSlim();
        var claims = workers.Select(w => Task.Run(async () =>
        {
            start.Wait();
            return (await w.ClaimAsync(CancellationToken.None)).ToList();
        })).ToList();
        start.Set();
        var batches = await Task.WhenAll(claims);

        // 200 due: every claim finds 20 of its own, whoever commits first.
        Assert.All(batches, b => Assert.Equal(20, b.Count));
        var ids = batches.SelectMany(b => b.Select(n => n.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        // What the claims returned is what the rows say: leased until later, one attempt, the version moved on.
        await using var scope = App.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications.AsNoTracking()
            .Where(n => n.SubscriptionId == subscription).ToListAsync();
        var leased = rows.Where(n => n.LeaseUntil > App.Clock.GetUtcNow()).ToList();
        Assert.Equal(ids.Order(), leased.Select(n => n.Id).Order());
        Assert.All(leased, n => Assert.Equal((1, 1), (n.Attempts, n.Version)));
        var returned = batches.SelectMany(b => b).ToDictionary(n => n.Id);
        Assert.All(leased, n => Assert.Equal(n.LeaseUntil, returned[n.Id].LeaseUntil));
        Assert.All(rows.Except(leased), n => Assert.Equal((0, 0, null), (n.Attempts, n.Version, n.LeaseUntil)));
    }

    [SkippableFact]
    public async Task A_claim_takes_the_newest_and_the_oldest_and_skips_what_is_leased_waiting_or_done()
    {
        var subscription = await FreshQueueAsync();
        await AddAsync(subscription, 30);
        var now = App.Clock.GetUtcNow();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            var rows = await db.MailNotifications.Where(n => n.SubscriptionId == subscription).OrderBy(n => n.Id).ToListAsync();
            rows[0].ProcessedAt = now;
            rows[1].NotBefore = now + TimeSpan.FromMinutes(1);
            rows[2].LeaseUntil = now + TimeSpan.FromSeconds(3);
            rows[3].LeaseUntil = now - TimeSpan.FromSeconds(1);
            rows[3].Attempts = 1;
            rows[29].LeaseUntil = now + TimeSpan.FromSeconds(3);
            await db.SaveChangesAsync();
        }

        var claimed = await ActivatorUtilities.CreateInstance<NotificationWorker>(App.Services).ClaimAsync(CancellationToken.None);

        var names = claimed.Where(n => n.SubscriptionId == subscription).Select(n => n.MessageId).ToList();
        // The oldest ten still due (an expired lease counts as due) and the newest ten not leased.
        Assert.Equal(Enumerable.Range(3, 10).Concat(Enumerable.Range(19, 10)).Select(i => $"m-{i}"), names);
        Assert.Equal(2, claimed.Single(n => n.MessageId == "m-3" && n.SubscriptionId == subscription).Attempts);
    }

    /// <summary>A subscription of the test's own, with nothing else due in the class's shared database.</summary>
    private async Task<string> FreshQueueAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var now = App.Clock.GetUtcNow();
        await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailNotifications
            .Where(n => n.ProcessedAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ProcessedAt, now));
        return $"sub-claim-{Guid.NewGuid():N}";
    }

    private async Task AddAsync(string subscription, int count)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        for (var i = 0; i < count; i++)
        {
            db.MailNotifications.Add(new MailNotificationRecord { SubscriptionId = subscription, MessageId = $"m-{i}", ChangeType = "created", ReceivedAt = App.Clock.GetUtcNow() });
        }

        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        _app?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteNotificationClaimTests(SqliteTestDatabase database)
    : NotificationClaimTests<SqliteTestDatabase>(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresNotificationClaimTests(PostgresTestDatabase database)
    : NotificationClaimTests<PostgresTestDatabase>(database), IClassFixture<PostgresTestDatabase>;
