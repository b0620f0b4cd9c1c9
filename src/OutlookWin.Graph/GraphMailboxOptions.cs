using System.ComponentModel.DataAnnotations;

namespace OutlookWin.Graph;

/// <summary>
/// Where Microsoft Graph is and how patiently to call it. Bound from the <c>Graph</c> configuration section and
/// validated at start-up.
/// </summary>
public sealed class GraphMailboxOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Graph";

    /// <summary>
    /// Graph's base URL, version segment included. Point it at the Sandbox
    /// (<c>http://localhost:5080/sandbox/graph/v1.0</c>) to run without a Microsoft 365 tenant.
    /// </summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// How many times the SDK's retry handler repeats a request answered 429, 503 or 504 (0 to 10). After the last
    /// retry the call fails with <c>MailboxFailure.Throttled</c> or <c>Unavailable</c>.
    /// </summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// Base delay, in seconds, between retries when the answer has no <c>Retry-After</c> (doubled on each retry).
    /// A <c>Retry-After</c> header always wins.
    /// </summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>
    /// The most time the retry handler may spend waiting across the retries of one request. When the next
    /// <c>Retry-After</c> would go past it, the call gives up at once with <c>MailboxFailure.Throttled</c> and the
    /// server's <c>Retry-After</c>, so a background worker can reschedule instead of holding a thread for minutes.
    /// </summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The add-in's id, as in its manifest (<c>npm run manifest -- --id</c>): Outlook keeps the add-in's custom
    /// properties, and so the declaration mark the pane sets, in a property named after it (<c>cecp-{id}</c>). Each
    /// environment's manifest has its own id; give the service the same one. Defaults to the development manifest's.
    /// </summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", ErrorMessage = "Graph:AddinId must be the add-in's manifest id (a GUID).")]
    public string AddinId { get; set; } = OutlookWin.Domain.Mail.DeclarationMark.DefaultAddinId;

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How many of the latest Sent Items are searched for the add-in's custom property when the service's own mark
    /// is not on the sent copy (the SE sent from Outlook's compose window).
    /// </summary>
    [Range(1, 1000)]
    public int RecentSentItemsToSearch { get; set; } = 50;

    /// <summary>
    /// Page size asked of the Inbox delta query (<c>Prefer: odata.maxpagesize</c>). Small pages keep each request short
    /// under throttling, and the service keeps its place (the next link) page by page.
    /// </summary>
    [Range(1, 1000)]
    public int DeltaPageSize { get; set; } = 50;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(BaseUrl)} must be an absolute http(s) URL, e.g. https://graph.microsoft.com/v1.0.", [nameof(BaseUrl)]);
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(BaseUrl)} must use https unless it is a loopback address (the local Sandbox).", [nameof(BaseUrl)]);
        }

        if (MaxRetryWait < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(MaxRetryWait)} cannot be negative.", [nameof(MaxRetryWait)]);
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(RequestTimeout)} must be positive.", [nameof(RequestTimeout)]);
        }
    }
}
