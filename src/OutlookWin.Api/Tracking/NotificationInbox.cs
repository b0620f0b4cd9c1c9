using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// Where the webhook puts notifications before it answers 202. Writes are group-committed: whatever arrives while one
/// transaction is being written goes into the next, so a burst of notifications costs a handful of transactions, not
/// one each, and every caller still gets its answer only once its notifications are durably stored.
/// Also remembers each subscription's clientState briefly, so a burst does not read it a thousand times.
/// </summary>
public sealed class NotificationInbox(
    IServiceScopeFactory scopes, NotificationSignal signal, IMemoryCache cache, TimeProvider clock, StartupWarmUp warmUp, ILogger<NotificationInbox> log)
    : BackgroundService
{
    /// <summary>The subscription id of the row written (and removed) once at start to warm the write path.</summary>
    public const string WarmUpSubscription = "outlookwin-warm-up";

    private const int MaxBatch = 500;
    private const int KnownAtStart = 10_000;
    private static readonly TimeSpan KnownFor = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan UnknownFor = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Task<(string Id, string? Secret)>> _reading = new(StringComparer.Ordinal);
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Stores the notifications; completes when they are committed.</summary>
    public Task StoreAsync(IReadOnlyList<MailNotificationRecord> items, CancellationToken ct)
    {
        var pending = new Pending(items, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_pending.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The notification inbox is closed.");
        }

        return pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// The clientState of each known subscription among <paramref name="subscriptionIds"/>. A burst's concurrent
    /// requests for a subscription not in memory share one database read instead of making one each.
    /// </summary>
    public async Task<Dictionary<string, string?>> SecretsAsync(IReadOnlyCollection<string> subscriptionIds, CancellationToken ct)
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        List<Task<(string Id, string? Secret)>>? reads = null;
        foreach (var id in subscriptionIds)
        {
            if (cache.TryGetValue(Key(id), out Known? known))
            {
                if (known!.ClientState is not null)
                {
                    found[id] = known.ClientState;
                }
            }
            else
            {
                (reads ??= []).Add(_reading.GetOrAdd(id, ReadSecretAsync).WaitAsync(ct));
            }
        }

        foreach (var (id, secret) in reads is null ? [] : await Task.WhenAll(reads))
        {
            if (secret is not null)
            {
                found[id] = secret;
            }
        }

        return found;
    }

    private async Task<(string Id, string? Secret)> ReadSecretAsync(string subscriptionId)
    {
        // Not the caller's token: other callers wait on the same read.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
            var secret = await db.MailboxWatches.AsNoTracking()
                .Where(w => w.SubscriptionId == subscriptionId)
                .Select(w => w.ClientState)
                .FirstOrDefaultAsync();
            Remember(subscriptionId, secret);
            return (subscriptionId, secret);
        }
        finally
        {
            _reading.TryRemove(subscriptionId, out _);
        }
    }

    private void Remember(string subscriptionId, string? secret) =>
        cache.Set(Key(subscriptionId), new Known(secret), secret is null ? UnknownFor : KnownFor);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WarmUpAsync(stoppingToken);
        var batch = new List<Pending>();
        while (await _pending.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            var count = 0;
            while (count < MaxBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
                count += next.Items.Count;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
                db.MailNotifications.AddRange(batch.SelectMany(p => p.Items));
                // Graph is waiting on these: on SQLite they go in before the workers' writes waiting in this process.
                using (SqliteWriteGate.First())
                {
                    await db.SaveChangesAsync(stoppingToken);
                }

                batch.ForEach(p => p.Done.TrySetResult());
                signal.Wake();
            }
            catch (Exception e)
            {
                // The callers answer 5xx; Graph redelivers, and the delta query is the safety net.
                log.LogError(e, "Could not store {Count} notifications", count);
                batch.ForEach(p => p.Done.TrySetException(e));
            }
        }
    }

    /// <summary>
    /// Runs the webhook's paths once before Graph's first notification needs them (parsing, the clientState lookup, the
    /// insert), so the first burst after a start is not answered at the speed of a cold process: Graph slows down and
    /// then drops notifications to an endpoint that answers late.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken ct)
    {
        try
        {
            GraphWebhooks.WarmUp();
            await SecretsAsync([WarmUpSubscription], ct);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();

            // The subscriptions Graph already notifies: the first burst after a start finds their clientState in memory.
            var known = await db.MailboxWatches.AsNoTracking()
                .Where(w => w.SubscriptionId != null && w.ClientState != null)
                .OrderByDescending(w => w.UpdatedAt)
                .Select(w => new { w.SubscriptionId, w.ClientState })
                .Take(KnownAtStart)
                .ToListAsync(ct);
            known.ForEach(w => Remember(w.SubscriptionId!, w.ClientState));
            var now = clock.GetUtcNow();
            var probe = new MailNotificationRecord { SubscriptionId = WarmUpSubscription, ReceivedAt = now, ProcessedAt = now, Outcome = "warm-up" };
            db.MailNotifications.Add(probe);
            await db.SaveChangesAsync(ct);
            await db.MailNotifications.Where(n => n.Id == probe.Id).ExecuteDeleteAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a warm-up: the first real notification pays the cost instead.
            log.LogDebug(e, "Warming the webhook up failed");
        }
        finally
        {
            warmUp.Finished(StartupWarmUp.Webhook);
        }
    }

    private static string Key(string subscriptionId) => "graph-subscription:" + subscriptionId;

    private sealed record Pending(IReadOnlyList<MailNotificationRecord> Items, TaskCompletionSource Done);

    private sealed record Known(string? ClientState);
}
