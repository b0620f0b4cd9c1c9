using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Sandbox;

/// <summary>How the local Graph stand-in behaves. Bound from the <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions : IValidatableObject
{
    public const string SectionName = "Sandbox";

    /// <summary>
    /// Folder where mailboxes, their subscriptions and delta tokens are saved so a local run survives a restart, as
    /// Exchange and Graph do; null keeps everything in memory.
    /// </summary>
    public string? DataPath { get; set; }

    /// <summary>The tenant the Sandbox claims to be (notification <c>tenantId</c>).</summary>
    [Required]
    public string TenantId { get; set; } = "5a1db0c5-0e27-4c3e-8f4d-7b2d3c0a9e11";

    /// <summary>
    /// Base64 key that signs Sandbox access tokens; null draws a random key per process (tokens then do not
    /// survive a restart, which the service handles like an expired Entra token).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Lifetime of a Sandbox access token.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest subscription on Outlook messages Graph allows (10,080 minutes, under 7 days).</summary>
    public TimeSpan MaxSubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(10080);

    /// <summary>
    /// Accept plain-http webhook URLs on loopback addresses, for a product running on one machine. Off by default, as
    /// in Graph, which takes https only: a deployment whose public address is not https is refused here too.
    /// </summary>
    public bool AllowHttpOnLoopback { get; set; }

    /// <summary>How long the notification and lifecycle URLs have to answer the validation request (Graph: 10 s).</summary>
    public TimeSpan ValidationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a notification endpoint has to answer with a 2xx (Graph: 3 s) before the delivery is retried.</summary>
    public TimeSpan NotificationTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Waits between delivery attempts of one notification (Graph retries for up to 4 hours; the Sandbox keeps it
    /// short). After the last one the notification is dropped.
    /// </summary>
    public IList<TimeSpan> NotificationRetryDelays { get; } = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    /// <summary>
    /// How long a sent message (send or forward) waits in the Outbox before its copy appears in Sent Items and it is
    /// delivered, as Exchange's transport takes a few seconds after <c>/send</c> answered 202. Zero sends at once.
    /// </summary>
    public TimeSpan SentCopyDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the notification sender gathers changes before posting, so that changes close together arrive in one
    /// POST with several items in <c>value</c>, as Graph batches them. Zero posts each alone.
    /// </summary>
    public TimeSpan NotificationBatchWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The most notifications one POST carries.</summary>
    [Range(1, 1000)]
    public int MaxNotificationsPerPost { get; set; } = 50;

    /// <summary>
    /// Requests one application may have in flight against one mailbox (Exchange: 4); one more is answered 429
    /// <c>ApplicationThrottled</c> "MailboxConcurrency" with a <c>Retry-After</c>.
    /// </summary>
    [Range(1, 1000)]
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>
    /// How long after it was made, renewed or reauthorized a subscription gets a <c>reauthorizationRequired</c> lifecycle
    /// event, as Graph sends them now and then to make the app prove it still has access.
    /// </summary>
    public TimeSpan ReauthorizationInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long after <c>reauthorizationRequired</c> the app has to renew or reauthorize before the subscription is removed.</summary>
    public TimeSpan ReauthorizationGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Page size of message lists and delta pages when the caller asks for none (Graph: 10).</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>How many delta/skip tokens are kept; older ones answer 410 <c>syncStateNotFound</c>.</summary>
    [Range(10, 1_000_000)]
    public int DeltaTokenCapacity { get; set; } = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKey is not null)
        {
            byte[]? key = null;
            try
            {
                key = Convert.FromBase64String(SigningKey);
            }
            catch (FormatException)
            {
            }

            if (key is null || key.Length < 32)
            {
                yield return new ValidationResult($"{SectionName}:{nameof(SigningKey)} must be base64 of at least 32 bytes.", [nameof(SigningKey)]);
            }
        }

        if (NotificationTimeout <= TimeSpan.Zero || ValidationTimeout <= TimeSpan.Zero || TokenLifetime <= TimeSpan.Zero || MaxSubscriptionLifetime <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}: timeouts and lifetimes must be positive.");
        }
    }
}
