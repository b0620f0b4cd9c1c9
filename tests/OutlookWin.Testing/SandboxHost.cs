using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;

namespace OutlookWin.Testing;

/// <summary>The Sandbox on real Kestrel, on a free loopback port, as the API would mount it.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    public static readonly MailboxOwner SalesEngineer = new("5a1db0c5-0e27-4c3e-8f4d-7b2d3c0a9e11", "9f3c2b1a-4d5e-4f60-8a7b-1c2d3e4f5a6b", "sam.rivera@outlookwin-demo.com");

    public static readonly OutlookWin.Domain.Mail.Recipient LeadEngineer = new("Priya Shah", "priya.shah@northwind-energy.com");

    public static readonly OutlookWin.Domain.Mail.Recipient Vp = new("Dana Whitfield", "dana.whitfield@northwind-energy.com");

    public static readonly OutlookWin.Domain.Mail.Recipient AccountExecutive = new("Alex Morgan", "alex.morgan@outlookwin-demo.com");

    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>http://127.0.0.1:{port}</summary>
    public Uri Address { get; }

    public string GraphBaseUrl => Address.ToString().TrimEnd('/') + GraphSandboxRoutes.DefaultPrefix;

    public IServiceProvider Services => _app.Services;

    public static async Task<SandboxHost> StartAsync(Action<SandboxOptions>? configure = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddGraphSandbox(options =>
        {
            options.AllowHttpOnLoopback = true;
            options.NotificationRetryDelays.Clear();
            options.NotificationRetryDelays.Add(TimeSpan.FromMilliseconds(100));
            options.NotificationRetryDelays.Add(TimeSpan.FromMilliseconds(200));
            options.NotificationTimeout = TimeSpan.FromSeconds(2);
            options.ValidationTimeout = TimeSpan.FromSeconds(5);
            // Sent at once unless a test asks for Exchange's transport delay (the product's default), so contract tests
            // can read the sent copy straight after /send.
            options.SentCopyDelay = TimeSpan.Zero;
            configure?.Invoke(options);
        });
        var app = builder.Build();
        app.MapGraphSandbox();
        app.MapSandboxControl();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxHost(app, new Uri(address));
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>An HttpClient authenticated as <paramref name="owner"/> on the Graph routes.</summary>
    public HttpClient CreateGraphClient(MailboxOwner? owner = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(GraphBaseUrl + "/") };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Get<SandboxTokens>().Issue(owner ?? SalesEngineer));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
