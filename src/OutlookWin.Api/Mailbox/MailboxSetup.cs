using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using OutlookWin.Api.Auth;
using OutlookWin.Graph;
using OutlookWin.Sandbox;

namespace OutlookWin.Api.Mailbox;

/// <summary>Which mailbox the API works on.</summary>
public enum MailboxProvider
{
    /// <summary>Microsoft Graph, with the users' delegated tokens (long-running on-behalf-of).</summary>
    Graph,

    /// <summary>The local Graph-compatible Sandbox, served in-process at <c>/sandbox/graph/v1.0</c>.</summary>
    Sandbox,
}

/// <summary>The mailbox behind the API.</summary>
public sealed class MailboxOptions
{
    public const string Section = "Mailbox";

    public MailboxProvider Provider { get; set; } = MailboxProvider.Graph;

    /// <summary>
    /// With <c>Provider=Sandbox</c>: a Sandbox served by another process (e.g. <c>http://127.0.0.1:5090</c>) instead of
    /// this one, so that several API instances share one mailbox stand-in as they would share Graph. Its tokens are
    /// signed with <c>Sandbox:SigningKey</c>, which both sides must be given.
    /// </summary>
    public Uri? SandboxUrl { get; set; }
}

public static class MailboxSetup
{
    /// <summary>
    /// IMailbox over the Graph SDK (<c>Graph</c> section). With <c>Mailbox:Provider=Sandbox</c> the SDK talks to the
    /// in-process Sandbox over real HTTP with Sandbox tokens; otherwise to Microsoft Graph with Entra tokens.
    /// </summary>
    public static WebApplicationBuilder AddOutlookWinMailbox(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddGraphMailbox();
        services.AddSingleton<MailboxSessionBackoff>();
        services.AddScoped<MailboxSessions>();

        // Registration differs by provider, so the choice is read here, once, from the bound section.
        var provider = builder.Configuration.GetSection(MailboxOptions.Section).Get<MailboxOptions>()?.Provider ?? MailboxProvider.Graph;
        if (provider == MailboxProvider.Sandbox)
        {
            if (!builder.Environment.IsDevelopment())
            {
                // Its control routes let any signed-in user inject faults, move the clock and write prospect replies.
                throw new InvalidOperationException(
                    $"Mailbox:Provider=Sandbox is for local development only (the environment is {builder.Environment.EnvironmentName}, not Development). Use Mailbox:Provider=Graph.");
            }

            var options = builder.Configuration.GetSection(MailboxOptions.Section).Get<MailboxOptions>();
            if (options?.SandboxUrl is { } sandboxUrl)
            {
                return builder.UseSandboxElsewhere(sandboxUrl);
            }

            // The local product's clock can be moved forward from the Sandbox's control routes (POST /sandbox/clock).
            services.AddSingleton<SandboxClock>();
            services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<SandboxClock>());
            services.AddGraphSandbox();
            services.AddSandboxGraphAccessTokens();
            // The Sandbox is this server: Graph's base URL and the webhook address follow the address it listens on
            // (Tracking:PublicBaseUrl, else the first of --urls / Urls), so any port just works.
            var self = builder.Configuration["Tracking:PublicBaseUrl"] ?? FirstUrl(builder.Configuration["urls"]) ?? "http://localhost:5080";
            services.PostConfigure<GraphMailboxOptions>(o => o.BaseUrl = self.TrimEnd('/') + "/sandbox/graph/v1.0");
            services.PostConfigure<Tracking.TrackingOptions>(o => o.PublicBaseUrl ??= new Uri(self));

            // A relative Sandbox:DataPath lives beside the database, under the content root.
            services.PostConfigure<SandboxOptions>(o =>
            {
                if (o.DataPath is { Length: > 0 } path && !Path.IsPathRooted(path))
                {
                    o.DataPath = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, path));
                }
            });
            return builder;
        }

        services.AddHttpContextAccessor();
        services.AddSingleton<IGraphAccessTokens, EntraGraphAccessTokens>();
        services.AddSingleton<IDistributedCache, DatabaseTokenCache>();
        services.Configure<MsalDistributedTokenCacheAdapterOptions>(o => o.Encrypt = true);
        services.AddOptions<EntraIdOptions>()
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.ClientSecret) || o.ClientCredentials is { Count: > 0 },
                "AzureAd:ClientSecret (or AzureAd:ClientCredentials) is required: the API calls Microsoft Graph on behalf of users (Mailbox:Provider is Graph).");
        services.AddSingleton<IValidateOptions<EntraIdOptions>, ClientCredentialCertificates>();
        // Graph posts change notifications to this address and accepts only public https: without it no reply would
        // ever be pushed, and the guess from the listening address (behind a proxy, http on a private port) is wrong.
        services.AddOptions<Tracking.TrackingOptions>()
            .Validate(
                o => o.PublicBaseUrl is not null,
                "Tracking:PublicBaseUrl is required when Mailbox:Provider is Graph: the public https address where Microsoft Graph reaches this API (e.g. https://outlookwin.contoso.com).")
            .Validate(
                o => o.PublicBaseUrl is null || o.PublicBaseUrl.Scheme == Uri.UriSchemeHttps,
                "Tracking:PublicBaseUrl must use https when Mailbox:Provider is Graph: Microsoft Graph refuses to notify a plain http address.");
        return builder;
    }

    /// <summary>
    /// Graph is a Sandbox in another process: the SDK calls it with Sandbox tokens signed with the shared key; this
    /// process serves no Sandbox routes and keeps the real clock.
    /// </summary>
    private static WebApplicationBuilder UseSandboxElsewhere(this WebApplicationBuilder builder, Uri sandboxUrl)
    {
        var services = builder.Services;
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName)
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.SigningKey),
                "Sandbox:SigningKey is required with Mailbox:SandboxUrl: the Sandbox in the other process must accept the tokens this one signs.")
            .ValidateOnStart();
        services.AddSingleton<SandboxTokens>();
        services.AddSingleton<SandboxAccessTokens>();
        services.AddSandboxGraphAccessTokens();
        services.PostConfigure<GraphMailboxOptions>(o => o.BaseUrl = sandboxUrl.ToString().TrimEnd('/') + GraphSandboxRoutes.DefaultPrefix);
        var self = builder.Configuration["Tracking:PublicBaseUrl"] ?? FirstUrl(builder.Configuration["urls"]) ?? "http://localhost:5080";
        services.PostConfigure<Tracking.TrackingOptions>(o => o.PublicBaseUrl ??= new Uri(self));
        return builder;
    }

    /// <summary>A certificate client credential that cannot be loaded stops the start, naming the entry.</summary>
    private sealed class ClientCredentialCertificates : IValidateOptions<EntraIdOptions>
    {
        public ValidateOptionsResult Validate(string? name, EntraIdOptions options) =>
            CertificateCredentialsSetup.ClientCredentialError(options.ClientCredentials) is { } error
                ? ValidateOptionsResult.Fail(error)
                : ValidateOptionsResult.Success;
    }

    private static string? FirstUrl(string? urls) =>
        urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => u.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal))
            .OrderBy(u => u.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            .FirstOrDefault();

    /// <summary>The Sandbox's Graph routes (its own tokens) and control routes (the API's sign-in), when it is in use.</summary>
    public static WebApplication MapOutlookWinMailbox(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailboxOptions>>().Value;
        if (options.Provider != MailboxProvider.Sandbox || options.SandboxUrl is not null)
        {
            return app;
        }

        app.MapGraphSandbox();
        app.MapSandboxControl("/sandbox", http => SignedInUser.From(http.User)?.Email, http => SignedInUser.From(http.User)?.SignerName)
            .RequireAuthorization(AuthenticationSetup.OwnerPolicy);
        return app;
    }
}
