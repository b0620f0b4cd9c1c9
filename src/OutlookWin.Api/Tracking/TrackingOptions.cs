using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Api.Tracking;

/// <summary>How the service watches mailboxes for replies.</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>
    /// The API's public base address, which Graph calls back (<c>{base}/webhooks/graph</c>; a path in it is kept, for a
    /// service published under one behind a proxy that strips it). Required, and https, with
    /// <c>Mailbox:Provider=Graph</c>; with the local Sandbox null means the address the server listens on.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// How long a new or renewed subscription lives. Graph allows under 10,080 minutes (7 days) for messages; the cap
    /// leaves ten minutes for clock skew and the time the request takes, so a renewal is never refused for asking too much.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "6.23:50:00")]
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Renew a subscription when less than this is left.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "6.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Run the Inbox delta query at least this often, so a lost notification is never a lost reply.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DeltaInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often each stored subscription is checked with Graph (<c>GET /subscriptions/{id}</c>), besides once after
    /// every start: Graph may drop one without telling, and a restarted service forgets. A missing one is made again
    /// and the mailbox resynced.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SubscriptionCheckInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How often the conversation of each declaration still awaiting a decision is looked up in the whole mailbox: a
    /// reply filed outside the Inbox (by a rule, or into Junk Email) whose notification was lost is beyond the Inbox
    /// delta query, but not beyond this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ConversationCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long after a declaration is drafted the watcher looks for its sent copy (however it was sent); after that it
    /// stops and the declaration says so. For the first hour it looks on every sweep, then every DeltaInterval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan SentCopyWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How often the watcher looks at subscriptions, delta schedules and unconfirmed sent copies.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often the notification worker looks for work when nobody woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan WorkerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts per notification before it is set aside (the delta query still recovers the message).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// How long an instance's hold on a mailbox lasts (renewed by its sweeps, at half-time): with several instances,
    /// one watches each mailbox, and when it dies another takes over within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WatchLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many mailboxes one instance sweeps at a time.</summary>
    [Range(1, 64)]
    public int MailboxesInParallel { get; set; } = 4;

    /// <summary>
    /// How many notifications one instance reads at the same time (default 4: Exchange allows four concurrent requests
    /// per app and mailbox; a fifth is throttled and retried).
    /// </summary>
    [Range(1, 64)]
    public int WorkerParallelism { get; set; } = 4;

    /// <summary>
    /// How long a notification taken by an instance stays its own (default 6 s). The instance renews the hold every third
    /// of it while it reads, so only an instance that died (killed, frozen) lets its notifications go, and another
    /// instance takes them within this time instead of waiting for the next delta sync.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan WorkLease { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>
    /// How long the notification worker holds back, at most, before each batch while this instance's webhook is
    /// answering a burst (it waits for 20 ms without a request): Graph's answer comes first, the reading right after.
    /// Zero turns the wait off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan WorkerYieldToWebhook { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Run the background workers (off only for tests that drive them by hand).</summary>
    public bool RunWorkers { get; set; } = true;
}
