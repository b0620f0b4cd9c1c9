using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutlookWin.Api.Storage;

namespace OutlookWin.Api.Hosting;

/// <summary>
/// Probes for whatever runs the API (App Service's health check, a Kubernetes probe, a load balancer): anonymous, and
/// they say only "Healthy" or "Unhealthy", never why (the reason goes to the log).
/// <list type="bullet">
/// <item><c>GET /health/live</c>: the process answers (restart it if not).</item>
/// <item><c>GET /health/ready</c>: it should be sent traffic: warmed up, and its database answers. A new instance
/// answers 503 for its first seconds, so that Graph's notifications and the pane's calls go to it once it is warm.</item>
/// </list>
/// </summary>
public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddOutlookWinHealth(this IServiceCollection services)
    {
        services.AddSingleton(sp => new StartupWarmUp(sp.GetRequiredService<ILogger<StartupWarmUp>>(), StartupWarmUp.ReplyReader, StartupWarmUp.Webhook));
        services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        services.AddHealthChecks()
            .AddCheck<WarmedUp>("warm-up", tags: [ReadyTag])
            .AddCheck<DatabaseAnswers>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapOutlookWinHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitSetup.Webhook);
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitSetup.Webhook);
        return routes;
    }

    private sealed class WarmedUp(StartupWarmUp warmUp) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(warmUp.Ready
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Warming up: " + string.Join(", ", warmUp.Waiting)));
    }

    private sealed class DatabaseAnswers(OutlookWinDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
