using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tracking;

/// <summary>
/// Keeps every watched mailbox covered: creates the Graph subscription (the whole mailbox), renews it before it expires,
/// checks it is still there and still notifies this service, recreates it after <c>subscriptionRemoved</c>, runs the
/// Inbox delta query at start, after <c>missed</c> and on a schedule (so a lost notification is never a lost reply),
/// looks up the conversations of declarations awaiting an answer in every folder, and finds the sent copies of
/// declarations. With several instances, each mailbox is watched by the one holding its lease.
/// </summary>
public sealed class MailboxWatcher(
    IServiceScopeFactory scopes,
    WatchSignal signal,
    Mailbox.MailboxSessionBackoff backoff,
    ServiceInstance instance,
    IOptions<TrackingOptions> options,
    TimeProvider clock,
    ILogger<MailboxWatcher> log) : BackgroundService
{
    /// <summary>How far back a first delta round reaches at most.</summary>
    private static readonly TimeSpan MaxFirstSync = TimeSpan.FromDays(90);

    /// <summary>When this instance last found each subscription still there (empty after a start, so all are checked).</summary>
    private readonly ConcurrentDictionary<(string Tenant, string Owner, string Subscription), DateTimeOffset> _checked = new();

    /// <summary>When this instance last looked for each declaration's sent copy.</summary>
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lookedFor = new();

    /// <summary>When this instance last looked up the conversations of each mailbox's awaiting declarations.</summary>
    private readonly ConcurrentDictionary<(string Tenant, string Owner), DateTimeOffset> _conversationsLookedUp = new();

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
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "The mailbox watcher failed a sweep; it will try again");
            }

            await signal.WaitAsync(options.Value.SweepInterval, clock, stoppingToken);
        }
    }

    /// <summary>
    /// One pass over every watched mailbox this instance holds (or can take): a few mailboxes at a time, each one's
    /// steps in order, so one slow mailbox does not hold up the rest and no mailbox gets more than one request at once.
    /// </summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        List<MailboxWatchRecord> watches;
        await using (var scope = scopes.CreateAsyncScope())
        {
            watches = await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailboxWatches.AsNoTracking().ToListAsync(ct);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MailboxesInParallel, CancellationToken = ct };
        await Parallel.ForEachAsync(watches, parallel, async (watch, token) =>
        {
            if (!await HoldAsync(watch, token))
            {
                return;
            }

            // A mailbox whose background session is dead waits out its back-off instead of asking Entra ID every sweep.
            var owner = NotificationWorker.Owner(watch);
            if (backoff.Waiting(owner, clock.GetUtcNow()))
            {
                return;
            }

            // Each step on its own: a subscription Graph refuses must not stop the delta query, the safety net.
            var worked = await StepAsync(watch, "finding sent copies", () => FindSentCopiesAsync(watch, token), token)
                && await StepAsync(watch, "subscribing", () => KeepSubscribedAsync(watch, token), token)
                && await StepAsync(watch, "reading Inbox changes", () => SyncIfDueAsync(watch, token), token)
                && await StepAsync(watch, "looking up conversations", () => LookUpConversationsIfDueAsync(watch, token), token);
            if (worked && watch.Problem?.StartsWith(Mailbox.MailboxSessions.SignInProblemPrefix, StringComparison.Ordinal) == true)
            {
                // The session works again: the sign-in problem is over.
                await TryUpdateAsync(watch, w => w.Problem = null, token);
            }
        });
    }

    /// <summary>
    /// Takes or keeps the lease on a mailbox: one instance watches it at a time, and when that instance dies its lease
    /// lapses and another takes over. False when another live instance holds it, or took it just now.
    /// </summary>
    private async Task<bool> HoldAsync(MailboxWatchRecord watch, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lease = options.Value.WatchLease;
        if (watch.LeaseHolder is { } holder && holder != instance.Id && watch.LeaseUntil > now)
        {
            return false;
        }

        if (watch.LeaseHolder == instance.Id && watch.LeaseUntil - now > lease / 2)
        {
            return true;
        }

        try
        {
            var taking = watch.LeaseHolder != instance.Id;
            await UpdateAsync(watch, w =>
            {
                w.LeaseHolder = instance.Id;
                w.LeaseUntil = now + lease;
            }, ct);
            if (taking)
            {
                log.LogInformation("This instance ({Instance}) now watches the mailbox of {Owner}", instance.Id, watch.OwnerObjectId);
            }

            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance took it (or the watch changed) since it was read: the next sweep decides again.
            return false;
        }
    }

    /// <summary>Gives up this instance's leases, so another instance takes over at once rather than when they lapse.</summary>
    public async Task ReleaseAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().MailboxWatches
            .Where(w => w.LeaseHolder == instance.Id)
            .ExecuteUpdateAsync(u => u
                .SetProperty(w => w.LeaseHolder, (string?)null)
                .SetProperty(w => w.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.Version, w => w.Version + 1), ct);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!options.Value.RunWorkers)
        {
            return;
        }

        try
        {
            await ReleaseAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The leases lapse on their own.
            log.LogWarning(e, "Could not release the mailbox leases of {Instance}", instance.Id);
        }
    }

    /// <summary>
    /// Runs one step for one mailbox; its failure is logged (and, where the user can act, kept on the watch). False when
    /// the mailbox's session is dead: the remaining steps would only fail the same way.
    /// </summary>
    private async Task<bool> StepAsync(MailboxWatchRecord watch, string step, Func<Task> run, CancellationToken ct)
    {
        try
        {
            await run();
        }
        catch (MailboxException e)
        {
            log.LogWarning("Watching the mailbox of {Owner} failed at {Step}: {Failure} {Message}", watch.OwnerObjectId, step, e.Failure, e.Message);
            DateTimeOffset? retryAt = e.Failure == MailboxFailure.ReauthorizationRequired
                ? backoff.Failed(NotificationWorker.Owner(watch), clock.GetUtcNow())
                : null;
            var problem = e.Failure switch
            {
                MailboxFailure.ReauthorizationRequired =>
                    $"{Mailbox.MailboxSessions.SignInProblemPrefix} open OutlookWin in Outlook so replies can be read. Microsoft Entra ID no longer lets OutlookWin read your mail while you are away ({Cut(e.Message, 120)}); it tries again at {retryAt:HH:mm} UTC, and at once when you open the pane.",
                MailboxFailure.Rejected when step == "subscribing" =>
                    $"Live notifications are off: Graph refused the subscription ({Cut(e.Message)}). Replies are still found by the delta query every {options.Value.DeltaInterval.TotalMinutes:0} minutes.",
                _ => null,
            };
            if (problem is not null)
            {
                await TryUpdateAsync(watch, w => w.Problem = problem, ct);
            }

            return retryAt is null;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance changed this watch meanwhile; the next sweep sees its state.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One mailbox's trouble must not stop the others from being watched.
            log.LogError(e, "Watching the mailbox of {Owner} failed at {Step}", watch.OwnerObjectId, step);
        }

        return true;
    }

    private async Task TryUpdateAsync(MailboxWatchRecord watch, Action<MailboxWatchRecord> change, CancellationToken ct)
    {
        try
        {
            await UpdateAsync(watch, change, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The next sweep tries again.
        }
    }

    private static string Cut(string text, int length = 200) => text.Length <= length ? text : text[..length] + "…";

    private async Task KeepSubscribedAsync(MailboxWatchRecord watch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mailbox = scope.ServiceProvider.GetRequiredService<IMailbox>();
        var address = scope.ServiceProvider.GetRequiredService<ServiceAddress>();
        var owner = NotificationWorker.Owner(watch);
        var now = clock.GetUtcNow();
        var lifetime = options.Value.SubscriptionLifetime;

        if (watch.SubscriptionId is { } id && watch.ExpiresAt is { } expires)
        {
            if (expires - now > options.Value.RenewBefore)
            {
                // Not due for renewal; but is it still there? Checked after every start and then on a schedule.
                var key = (watch.OwnerTenantId, watch.OwnerObjectId, id);
                if (_checked.TryGetValue(key, out var at) && now - at < options.Value.SubscriptionCheckInterval)
                {
                    return;
                }

                var held = await mailbox.GetSubscriptionAsync(owner, id, ct);
                if (held is not null && (held.NotificationUrl is null || held.NotificationUrl == address.NotificationUrl))
                {
                    _checked[key] = now;
                    return;
                }

                _checked.TryRemove(key, out _);
                if (held is null)
                {
                    log.LogWarning("Subscription {SubscriptionId} of {Owner} is gone without notice; subscribing again and resyncing", id, watch.OwnerObjectId);
                }
                else
                {
                    // Graph would go on posting to the old address, which nobody may answer any more.
                    log.LogWarning("Subscription {SubscriptionId} of {Owner} notifies {Old}, not this service's {New}; subscribing again and resyncing",
                        id, watch.OwnerObjectId, held.NotificationUrl, address.NotificationUrl);
                    await mailbox.DeleteSubscriptionAsync(owner, id, ct);
                }
            }
            else
            {

                try
                {
                    var renewed = await mailbox.RenewSubscriptionAsync(owner, id, now + lifetime, ct);
                    await UpdateAsync(watch, w => w.ExpiresAt = renewed.ExpiresAt, ct);
                    return;
                }
                catch (MailboxException e) when (e.Failure == MailboxFailure.NotFound)
                {
                    // It lapsed or was removed: subscribe again and resync below.
                    log.LogInformation("Subscription {SubscriptionId} is gone; subscribing again", id);
                }
            }
        }

        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscription = await mailbox.SubscribeAsync(
            owner, new SubscriptionRequest(address.NotificationUrl, address.LifecycleUrl, clientState, now + lifetime), ct);
        try
        {
            await UpdateAsync(watch, w =>
            {
                w.SubscriptionId = subscription.Id;
                w.ClientState = clientState;
                w.ExpiresAt = subscription.ExpiresAt;
                w.ResyncRequested = true;
                w.Problem = null;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance subscribed at the same time: keep theirs, drop ours.
            await mailbox.DeleteSubscriptionAsync(owner, subscription.Id, ct);
            throw;
        }
    }

    private async Task SyncIfDueAsync(MailboxWatchRecord stale, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var watch = await db.MailboxWatches.AsNoTracking()
            .SingleAsync(w => w.OwnerTenantId == stale.OwnerTenantId && w.OwnerObjectId == stale.OwnerObjectId, ct);
        var now = clock.GetUtcNow();
        if (!watch.ResyncRequested && watch.LastSyncAt is { } last && now - last < options.Value.DeltaInterval)
        {
            return;
        }

        await SyncAsync(watch, now, ct);
    }

    /// <summary>
    /// Runs the Inbox delta query to the end of its round, from the stored link: the last round's delta link, or the
    /// next link of a round a failure (a long throttle) interrupted, which is kept page by page so the round goes on
    /// where it stopped rather than from the top. A first round covers only mail received since the oldest declaration
    /// still open.
    /// </summary>
    private async Task SyncAsync(MailboxWatchRecord watch, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mailbox = scope.ServiceProvider.GetRequiredService<IMailbox>();
        var owner = NotificationWorker.Owner(watch);
        var link = watch.DeltaLink;
        var taken = 0;
        while (true)
        {
            DeltaPage page;
            try
            {
                page = link is null
                    ? await mailbox.InboxDeltaSinceAsync(owner, await SyncFromAsync(owner, now, ct), ct)
                    : await mailbox.InboxDeltaAsync(owner, link, ct);
            }
            catch (MailboxException e) when (e.Failure == MailboxFailure.SyncReset && link is not null)
            {
                log.LogInformation("The delta link of {Owner} expired; starting a full sync", watch.OwnerObjectId);
                link = null;
                continue;
            }

            foreach (var message in page.Messages)
            {
                await using var itemScope = scopes.CreateAsyncScope();
                var intake = itemScope.ServiceProvider.GetRequiredService<ReplyIntake>();
                if (await intake.TakeAsync(owner, message.Id, message, ct) == IntakeOutcome.Stored)
                {
                    taken++;
                }
            }

            if (page.NextLink is not null)
            {
                // Keep our place: if the next page fails, the next sweep resumes here.
                link = page.NextLink;
                await UpdateAsync(watch, w =>
                {
                    w.DeltaLink = link;
                    w.ResyncRequested = true;
                }, ct);
                continue;
            }

            if (taken > 0)
            {
                log.LogInformation("The delta query found {Count} replies for {Owner}", taken, watch.OwnerObjectId);
            }

            var deltaLink = page.DeltaLink ?? link;
            await UpdateAsync(watch, w =>
            {
                w.DeltaLink = deltaLink;
                w.LastSyncAt = now;
                w.ResyncRequested = false;
            }, ct);
            return;
        }
    }

    /// <summary>
    /// Where a first round starts: an hour before the oldest declaration still waiting for its sent copy or an answer,
    /// but no more than 90 days back (an older one's reply is still found by the conversation lookup).
    /// </summary>
    private async Task<DateTimeOffset> SyncFromAsync(MailboxOwner owner, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var oldest = await scope.ServiceProvider.GetRequiredService<DeclarationStore>().OldestOpenAsync(owner, ct);
        var from = (oldest is { } at && at < now ? at : now) - TimeSpan.FromHours(1);
        return from < now - MaxFirstSync ? now - MaxFirstSync : from;
    }

    /// <summary>
    /// Looks up, in the whole mailbox, the conversation of every declaration still awaiting a decision: the delta query
    /// reads the Inbox only, and a reply a rule filed into a deal folder, or the junk filter into Junk Email, whose
    /// notification was lost would otherwise never be read.
    /// </summary>
    private async Task LookUpConversationsIfDueAsync(MailboxWatchRecord watch, CancellationToken ct)
    {
        var key = (watch.OwnerTenantId, watch.OwnerObjectId);
        var now = clock.GetUtcNow();
        if (_conversationsLookedUp.TryGetValue(key, out var last) && now - last < options.Value.ConversationCheckInterval)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var mailbox = scope.ServiceProvider.GetRequiredService<IMailbox>();
        var owner = NotificationWorker.Owner(watch);
        var conversations = (await scope.ServiceProvider.GetRequiredService<DeclarationStore>().SentAsync(owner, ct))
            .Where(d => d.AwaitingDecision && d.ConversationId is not null)
            .Select(d => d.ConversationId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var taken = 0;
        foreach (var conversation in conversations)
        {
            foreach (var message in await mailbox.ConversationAsync(owner, conversation, ct))
            {
                await using var itemScope = scopes.CreateAsyncScope();
                var intake = itemScope.ServiceProvider.GetRequiredService<ReplyIntake>();
                if (await intake.TakeAsync(owner, message.Id, message, ct) == IntakeOutcome.Stored)
                {
                    taken++;
                }
            }
        }

        _conversationsLookedUp[key] = now;
        if (taken > 0)
        {
            log.LogInformation("Looking up {Conversations} conversations found {Count} replies for {Owner}", conversations.Count, taken, watch.OwnerObjectId);
        }
    }

    private async Task FindSentCopiesAsync(MailboxWatchRecord watch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var declarations = scope.ServiceProvider.GetRequiredService<DeclarationStore>();
        var sentCopies = scope.ServiceProvider.GetRequiredService<SentCopyLookup>();
        var now = clock.GetUtcNow();
        foreach (var declaration in await declarations.AwaitingSentCopyAsync(NotificationWorker.Owner(watch), now - options.Value.SentCopyWindow, ct))
        {
            // Every sweep for the first hour (it is usually sent at once), then every DeltaInterval: a draft nobody
            // sends is not polled every few seconds for two weeks.
            var since = now - (declaration.SentAt ?? declaration.CreatedAt);
            if (since > TimeSpan.FromHours(1) && _lookedFor.TryGetValue(declaration.Id, out var last) && now - last < options.Value.DeltaInterval)
            {
                continue;
            }

            _lookedFor[declaration.Id] = now;
            if (await sentCopies.TryRecordAsync(declaration, ct))
            {
                _lookedFor.TryRemove(declaration.Id, out _);
                await declarations.SaveAsync(declaration, ct);
            }
        }
    }

    private async Task UpdateAsync(MailboxWatchRecord watch, Action<MailboxWatchRecord> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var current = await db.MailboxWatches
            .SingleAsync(w => w.OwnerTenantId == watch.OwnerTenantId && w.OwnerObjectId == watch.OwnerObjectId, ct);
        if (current.Version != watch.Version)
        {
            // Changed since this sweep read it (another instance, or a lifecycle event): let the next sweep decide.
            throw new DbUpdateConcurrencyException($"Watch of {watch.OwnerObjectId} changed meanwhile.");
        }

        change(current);
        current.UpdatedAt = clock.GetUtcNow();
        current.Version++;
        await db.SaveChangesAsync(ct);
        change(watch);
        watch.Version = current.Version;
    }
}
