using Microsoft.Extensions.Options;

namespace OutlookWin.Api.Tracking;

public static class TrackingSetup
{
    /// <summary>Reply tracking: the reply reader, intake, the webhook queue's worker and the mailbox watcher.</summary>
    public static IServiceCollection AddOutlookWinTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>()
            .BindConfiguration(TrackingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.PublicBaseUrl is null || o.PublicBaseUrl.IsAbsoluteUri, "Tracking:PublicBaseUrl must be an absolute URL.")
            .Validate(o => o.RenewBefore < o.SubscriptionLifetime, "Tracking:RenewBefore must be shorter than Tracking:SubscriptionLifetime.")
            .Validate(o => o.WatchLease > o.SweepInterval * 2, "Tracking:WatchLease must be longer than two Tracking:SweepInterval, or an instance loses its mailboxes between its own sweeps.")
            .ValidateOnStart();
        services.AddOptions<ZombieClockOptions>().BindConfiguration(ZombieClockOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReplyReaderSettings>().BindConfiguration(ReplyReaderSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReplyReaderSettings>>().Value.CreateReader());
        services.AddKeyedSingleton(ReplyIntake.PatientReader, (sp, _) => sp.GetRequiredService<IOptions<ReplyReaderSettings>>().Value.CreatePatientReader());
        services.AddSingleton<ServiceAddress>();
        services.AddSingleton<ServiceInstance>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<WebhookTraffic>();
        services.AddSingleton<WatchSignal>();
        services.AddMemoryCache();
        services.AddSingleton<NotificationInbox>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationInbox>());
        services.AddScoped<ReplyIntake>();
        services.AddScoped<SentCopyLookup>();
        services.AddScoped<WatchEnrollment>();
        services.AddSingleton<NotificationWorker>();
        services.AddSingleton<MailboxWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<MailboxWatcher>());
        services.AddHostedService<ReplyReaderWarmUp>();
        return services;
    }
}
