using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace OutlookWin.Api.Tracking;

/// <summary>Where Graph reaches this API: the configured public base URL, else the address the server listens on.</summary>
public sealed class ServiceAddress(IOptions<TrackingOptions> options, IServer server)
{
    public Uri BaseUrl
    {
        get
        {
            if (options.Value.PublicBaseUrl is { } configured)
            {
                return configured;
            }

            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
                .OrderBy(a => a.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
                .FirstOrDefault()
                ?? throw new InvalidOperationException("Tracking:PublicBaseUrl is not set and the server has no address yet.");
            var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal));
            return uri;
        }
    }

    /// <summary>The webhook, under the base URL's path (a service published at <c>https://host/outlookwin</c> keeps it).</summary>
    public Uri NotificationUrl => Under(BaseUrl, "webhooks/graph");

    public Uri LifecycleUrl => Under(BaseUrl, "webhooks/graph/lifecycle");

    internal static Uri Under(Uri baseUrl, string relative)
    {
        var builder = new UriBuilder(baseUrl) { Query = string.Empty, Fragment = string.Empty };
        builder.Path = builder.Path.TrimEnd('/') + "/" + relative;
        return builder.Uri;
    }
}
