using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;

namespace OutlookWin.Api.Hosting;

/// <summary>How much one caller may ask of the API.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per minute for one signed-in user (the pane polls every few seconds; this leaves ample room).</summary>
    [Range(1, 100_000)]
    public int PerUserPerMinute { get; set; } = 600;

    /// <summary>Webhook posts per minute from one address (Graph batches; bursts of thousands are normal).</summary>
    [Range(1, 1_000_000)]
    public int WebhookPerMinute { get; set; } = 60_000;
}

public static class RateLimitSetup
{
    /// <summary>Partitioned by user for the API, by remote address for the anonymous webhook.</summary>
    public const string PerUser = "per-user";

    public const string Webhook = "webhook";

    public static IServiceCollection AddOutlookWinRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Title = "Too many requests.",
                        Detail = "Slow down and try again shortly.",
                        Status = StatusCodes.Status429TooManyRequests,
                    },
                });
            };
            o.AddPolicy(PerUser, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var user = SignedInUser.From(http.User);
                var key = user is null ? "anonymous:" + http.Connection.RemoteIpAddress : $"{user.TenantId}/{user.ObjectId}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerUserPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.AddPolicy(Webhook, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.WebhookPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
