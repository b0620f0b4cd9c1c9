using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookWin.Graph;

namespace OutlookWin.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Sandbox (all state in singletons): mail store, delta tokens, subscriptions, the notification
    /// sender (a hosted service), faults, request log, prospect simulator and <see cref="SandboxTokens"/>, with
    /// <see cref="SandboxOptions"/> bound from <paramref name="configSectionPath"/>. Uses the registered
    /// <see cref="TimeProvider"/> (the system clock unless one is registered first).
    /// </summary>
    public static IServiceCollection AddGraphSandbox(this IServiceCollection services, string configSectionPath = SandboxOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SandboxOptions>().BindConfiguration(configSectionPath).ValidateDataAnnotations().ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>Same as <see cref="AddGraphSandbox(IServiceCollection, string)"/> with options set in code.</summary>
    public static IServiceCollection AddGraphSandbox(this IServiceCollection services, Action<SandboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SandboxOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>
    /// Makes GraphMailbox use Sandbox tokens (<see cref="SandboxAccessTokens"/>): for Development, with
    /// <c>Graph:BaseUrl</c> set to the host's address plus <see cref="GraphSandboxRoutes.DefaultPrefix"/>.
    /// </summary>
    public static IServiceCollection AddSandboxGraphAccessTokens(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<IGraphAccessTokens, SandboxAccessTokens>());
        return services;
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SandboxTokens>();
        services.TryAddSingleton<SandboxAccessTokens>();
        services.TryAddSingleton<SandboxMailStore>();
        services.TryAddSingleton<SandboxDelta>();
        services.TryAddSingleton<SandboxSubscriptions>();
        services.TryAddSingleton<NotificationOutbox>();
        services.TryAddSingleton<SandboxFaults>();
        services.TryAddSingleton<SandboxRequestLog>();
        services.TryAddSingleton<MailboxConcurrency>();
        services.TryAddSingleton<ProspectSimulator>();
        services.TryAddSingleton<SandboxPersistence>();
        services.AddHttpClient(NotificationDeliveryService.HttpClientName);
        services.AddHostedService<NotificationDeliveryService>();
        services.AddHostedService<SandboxStartup>();
        services.AddHostedService<ReauthorizationSchedule>();
        return services;
    }
}
