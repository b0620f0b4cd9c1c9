using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Graph;

public static class GraphMailboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailbox"/> over Microsoft Graph, with <see cref="GraphMailboxOptions"/> bound from
    /// <paramref name="configSectionPath"/> and validated at start-up. The host also registers an
    /// <see cref="IGraphAccessTokens"/>. Returns the IHttpClientFactory builder of the transport under the SDK's
    /// middleware (<see cref="GraphMailbox.HttpClientName"/>), e.g. to set a proxy or a test handler.
    /// </summary>
    public static IHttpClientBuilder AddGraphMailbox(this IServiceCollection services, string configSectionPath = GraphMailboxOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphMailboxOptions>().BindConfiguration(configSectionPath).ValidateDataAnnotations().ValidateOnStart();
        return AddGraphMailboxCore(services);
    }

    /// <summary>Same as <see cref="AddGraphMailbox(IServiceCollection, string)"/> with options set in code.</summary>
    public static IHttpClientBuilder AddGraphMailbox(this IServiceCollection services, Action<GraphMailboxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphMailboxOptions>().Configure(configure).ValidateDataAnnotations().ValidateOnStart();
        return AddGraphMailboxCore(services);
    }

    private static IHttpClientBuilder AddGraphMailboxCore(IServiceCollection services)
    {
        var transport = services.AddHttpClient(GraphMailbox.HttpClientName);
        // Transient: each mailbox gets the SDK middleware over a pooled transport handler that IHttpClientFactory
        // rotates (DNS changes, connection lifetime); the transport is not disposed with the client.
        services.TryAddTransient<IMailbox>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphMailboxOptions>>();
            var transportHandler = sp.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(GraphMailbox.HttpClientName);
            var httpClient = GraphMailbox.CreateHttpClient(options.Value, transportHandler);
            return new GraphMailbox(httpClient, sp.GetRequiredService<IGraphAccessTokens>(), options);
        });
        return transport;
    }
}
