using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// Processes persisted notifications: fetches each message, matches, reads and stores it (<see cref="ReplyIntake"/>),
/// and handles lifecycle events. Work is claimed with a short lease (<see cref="TrackingOptions.WorkLease"/>) that the
/// instance renews while it reads, so several API instances can share the queue and a worker that dies mid-batch only
/// delays its items by that lease; items are processed idempotently, so a retry never duplicates.
/// </summary>
public sealed class NotificationWorker(
    IServiceScopeFactory scopes,
    NotificationSignal signal,
    WatchSignal watchSignal,
    WebhookTraffic webhook,
    IOptions<TrackingOptions> options,
    TimeProvider clock,
    ILogger<NotificationWorker> log) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan WebhookQuiet = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorkers)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "The notification worker failed a pass; it will try again");
            }

            await signal.WaitAsync(options.Value.WorkerPollInterval, clock, stoppingToken);
        }
    }

    /// <summary>
    /// Claims and processes one batch; returns how many items it took. The batch takes the newest due notifications as
    /// well as the oldest, so a reply that has just arrived is read at once even behind a backlog (a burst, retries);
    /// the oldest still move every pass. Items are processed <see cref="TrackingOptions.WorkerParallelism"/> at a time,
    /// each in its own unit of work. While this instance's webhook is answering a burst, the pass first waits for a lull
    /// (at most <see cref="TrackingOptions.WorkerYieldToWebhook"/>), so Graph's answers do not queue behind the reading.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        if (options.Value.WorkerYieldToWebhook > TimeSpan.Zero)
        {
            await webhook.WaitForLullAsync(WebhookQuiet, options.Value.WorkerYieldToWebhook, ct);
        }

        var claimed = await ClaimAsync(ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var held = new ConcurrentDictionary<long, bool>(claimed.Select(n => KeyValuePair.Create(n.Id, true)));
        using var stopHolding = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var holding = HoldAsync(held, stopHolding.Token);
        try
        {
            await ProcessAllAsync(claimed, held, ct);
        }
        finally
        {
            await stopHolding.CancelAsync();
            await holding;
        }

        return claimed.Count;
    }

    private Task ProcessAllAsync(List<MailNotificationRecord> claimed, ConcurrentDictionary<long, bool> held, CancellationToken ct) =>
        Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.WorkerParallelism), CancellationToken = ct },
            async (item, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
                try
                {
                    await ProcessAsync(db, item, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One item's failure (its bookkeeping could not be saved) never holds up the rest of the batch:
                    // its lease runs out and it is taken again.
                    log.LogError(e, "Notification {Id} could not be recorded", item.Id);
                }
                finally
                {
                    held.TryRemove(item.Id, out _);
                }
            });

    /// <summary>
    /// Renews the lease of the notifications still being read, every third of <see cref="TrackingOptions.WorkLease"/>,
    /// until the batch is done. Only the lease moves (not the row's version), so the reader's own save never conflicts.
    /// </summary>
    internal async Task HoldAsync(ConcurrentDictionary<long, bool> held, CancellationToken ct)
    {
        var lease = options.Value.WorkLease;
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, clock, ct);
                var ids = held.Keys.ToList();
                if (ids.Count == 0)
                {
                    return;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
                    var until = clock.GetUtcNow() + lease;
                    await db.MailNotifications
                        .Where(n => ids.Contains(n.Id) && n.ProcessedAt == null)
                        .ExecuteUpdateAsync(u => u.SetProperty(n => n.LeaseUntil, until), ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A renewal that fails only risks another instance reading the same notification, which is harmless.
                    log.LogWarning(e, "Could not renew the lease of {Count} notifications", ids.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Takes the lease of a batch of due notifications (<see cref="TrackingOptions.WorkLease"/>) and returns them: the
    /// newest half and the oldest half, chosen and leased in one statement. Two instances claiming at the same moment
    /// get different notifications: on SQLite the statement holds the file's write lock from its first read, and on
    /// PostgreSQL rows another instance is claiming are skipped (<c>FOR UPDATE SKIP LOCKED</c>), never waited for or
    /// fought over. (Chosen first and leased after, both instances chose the same newest rows, and one lost every pass.)
    /// </summary>
    internal async Task<List<MailNotificationRecord>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var now = clock.GetUtcNow();
        var until = now + options.Value.WorkLease;
        var claimed = db is PostgresOutlookWinDb
            ? db.MailNotifications.FromSqlRaw(PostgresClaim, now, until, BatchSize / 2)
            : db.MailNotifications.FromSqlRaw(SqliteClaim, Ticks(now), Ticks(until), BatchSize / 2);
        return (await claimed.AsNoTracking().ToListAsync(ct)).OrderBy(n => n.Id).ToList();
    }

    /// <summary>The due rows: not processed, not waiting for a retry, not leased by anyone ({0} is now).</summary>
    private const string Due =
        """("ProcessedAt" IS NULL AND ("NotBefore" IS NULL OR "NotBefore" <= {0}) AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {0}))""";

    /// <summary>The claim ({0} now, {1} the lease's end, {2} half a batch; the locking clause for the provider).</summary>
    private const string Claim = $$"""
        WITH newest AS (SELECT "Id" FROM mail_notifications WHERE {{Due}} ORDER BY "Id" DESC LIMIT {2} [lock]),
             oldest AS (SELECT "Id" FROM mail_notifications WHERE {{Due}} ORDER BY "Id" LIMIT {2} [lock])
        UPDATE mail_notifications SET "LeaseUntil" = {1}, "Attempts" = "Attempts" + 1, "Version" = "Version" + 1
        WHERE "Id" IN (SELECT "Id" FROM newest UNION SELECT "Id" FROM oldest) AND {{Due}}
        RETURNING *
        """;

    private static readonly string SqliteClaim = Claim.Replace("[lock]", string.Empty, StringComparison.Ordinal);

    /// <summary>Rows locked by another instance's claim are skipped; rows it claimed meanwhile fail the re-check once locked.</summary>
    private static readonly string PostgresClaim = Claim.Replace("[lock]", "FOR UPDATE SKIP LOCKED", StringComparison.Ordinal);

    /// <summary>A time as the SQLite schema stores it: the binary form EF's converter writes, which orders by time.</summary>
    private static long Ticks(DateTimeOffset time) => (long)TimeConverter.ConvertToProvider(time)!;

    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter TimeConverter = new();

    private async Task ProcessAsync(OutlookWinDb db, MailNotificationRecord item, CancellationToken ct)
    {
        if (db.Entry(item).State == EntityState.Detached)
        {
            db.MailNotifications.Attach(item);
        }

        var watch = await db.MailboxWatches.FirstOrDefaultAsync(w => w.SubscriptionId == item.SubscriptionId, ct);
        string outcome;
        DateTimeOffset? retryAt = null;
        try
        {
            if (watch is null)
            {
                outcome = "unknown subscription";
            }
            else if (item.LifecycleEvent is { } lifecycleEvent)
            {
                outcome = Lifecycle(watch, lifecycleEvent);
            }
            else
            {
                // Its own scope: the intake's unit of work must not share this pass's change tracker.
                await using var itemScope = scopes.CreateAsyncScope();
                var intake = itemScope.ServiceProvider.GetRequiredService<ReplyIntake>();
                var taken = await intake.TakeAsync(Owner(watch), item.MessageId!, null, ct);
                if (taken == IntakeOutcome.Unmatched)
                {
                    // Not a reply — often the SE's own sent copy arriving in Sent Items (a declaration sent from Outlook's
                    // compose window): look for sent copies now rather than at the next sweep.
                    watchSignal.Wake();
                }

                outcome = taken.ToString();
            }
        }
        catch (MailboxException e) when (e.IsTransient && item.Attempts < options.Value.MaxAttempts)
        {
            retryAt = clock.GetUtcNow() + (e.RetryAfter ?? Backoff(item.Attempts));
            outcome = $"retry: {e.Failure}";
        }
        catch (MailboxException e)
        {
            outcome = $"failed: {e.Failure}";
            if (watch is not null && e.Failure == MailboxFailure.ReauthorizationRequired)
            {
                watch.Problem = "The mailbox owner must sign in again before replies can be read.";
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && item.Attempts < options.Value.MaxAttempts)
        {
            log.LogWarning(e, "Notification {Id} failed; retrying", item.Id);
            retryAt = clock.GetUtcNow() + Backoff(item.Attempts);
            outcome = "retry: error";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Out of attempts: set aside (the delta query still recovers the message), never retried forever.
            log.LogError(e, "Notification {Id} failed {Attempts} times; set aside", item.Id, item.Attempts);
            outcome = $"failed: {e.GetType().Name}";
        }

        var tracked = item;
        tracked.Outcome = outcome.Length > 400 ? outcome[..400] : outcome;
        tracked.LeaseUntil = null;
        if (retryAt is null)
        {
            tracked.ProcessedAt = clock.GetUtcNow();
        }
        else
        {
            tracked.NotBefore = retryAt;
        }

        tracked.Version++;
        await db.SaveChangesAsync(ct);
    }

    private string Lifecycle(MailboxWatchRecord watch, string lifecycleEvent)
    {
        switch (lifecycleEvent)
        {
            case "subscriptionRemoved":
                // Graph dropped the subscription: make a new one, and resync in case replies arrived meanwhile.
                watch.SubscriptionId = null;
                watch.ExpiresAt = null;
                watch.ResyncRequested = true;
                break;
            case "missed":
                watch.ResyncRequested = true;
                break;
            case "reauthorizationRequired":
                // Renewing reauthorises; pull the renewal forward.
                watch.ExpiresAt = clock.GetUtcNow();
                break;
            default:
                return $"ignored lifecycle event {lifecycleEvent}";
        }

        watch.UpdatedAt = clock.GetUtcNow();
        watch.Version++;
        watchSignal.Wake();
        return $"lifecycle {lifecycleEvent}";
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempts)));

    internal static MailboxOwner Owner(MailboxWatchRecord watch) => new(watch.OwnerTenantId, watch.OwnerObjectId, watch.OwnerEmail);
}
