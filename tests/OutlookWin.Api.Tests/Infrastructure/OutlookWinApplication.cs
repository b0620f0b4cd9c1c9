using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookWin.Api.Auth;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>
/// The real API, in process. Only the edges are swapped: the database (a test database), the clock (fake), and
/// in Production the source of the token signing key (a test key instead of Entra's metadata endpoint).
/// </summary>
public sealed class OutlookWinApplication : WebApplicationFactory<Program>
{
    private readonly ITestDatabase _database;
    private readonly string _environment;
    private readonly TestTokens? _tokens;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _realClock;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _validateServices;

    public OutlookWinApplication(
        ITestDatabase database,
        string environment = "Development",
        TestTokens? tokens = null,
        IDictionary<string, string?>? settings = null,
        bool realClock = false,
        Action<IServiceCollection>? services = null,
        bool validateServices = false)
    {
        _validateServices = validateServices;
        _services = services;
        _realClock = realClock;
        _database = database;
        _environment = environment;
        _tokens = tokens;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
    }

    /// <summary>27 November 2026, 09:00 UTC unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The display name test users sign in with unless a test says otherwise.</summary>
    public const string SignedInName = OutlookWin.Testing.DevSignIn.DefaultName;

    /// <summary>A client signed in through the Development header.</summary>
    /// <param name="email">The signed-in address.</param>
    /// <param name="name">The display name that signs the user's emails (<c>X-Dev-Name</c>); null signs in without one.</param>
    public HttpClient ClientFor(string email, string? name = SignedInName)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(DevUserAuthenticationHandler.Header, email);
        if (name is not null)
        {
            client.DefaultRequestHeaders.Add(DevUserAuthenticationHandler.NameHeader, Uri.EscapeDataString(name));
        }

        return client;
    }

    /// <summary>A client carrying a bearer token.</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        if (_validateServices)
        {
            // Every registration checked when the container is built: a singleton holding a scoped service fails here.
            builder.UseDefaultServiceProvider(o =>
            {
                o.ValidateScopes = true;
                o.ValidateOnBuild = true;
            });
        }

        builder.UseSetting("Storage:Provider", _database.Provider.ToString());
        builder.UseSetting("Storage:ConnectionString", _database.ConnectionString);
        // Workers run only where a test asks for them (the tracking tests, on a real server).
        builder.UseSetting("Tracking:RunWorkers", "false");
        // The Sandbox keeps its mailboxes in memory in tests (the local run saves them under data/).
        builder.UseSetting("Sandbox:DataPath", "");
        if (_tokens is not null)
        {
            builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            builder.UseSetting("AzureAd:TenantId", TestTokens.TenantId);
            builder.UseSetting("AzureAd:ClientId", TestTokens.ClientId);
            builder.UseSetting("AzureAd:Audience", TestTokens.Audience);
            builder.UseSetting("AzureAd:Scopes", TestTokens.Scope);
            builder.UseSetting("AzureAd:ClientSecret", "test-secret-never-sent");
            // Required with Graph: where Graph would post notifications (never called in these tests).
            builder.UseSetting("Tracking:PublicBaseUrl", "https://outlookwin.example/");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            _services?.Invoke(services);
            if (!_realClock)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
            if (_tokens is not null)
            {
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
                {
                    // Entra's signing keys normally come from its metadata document; here they come from the test key.
                    options.Configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
                    options.Configuration.SigningKeys.Add(_tokens.SigningKey);
                    options.TokenValidationParameters.IssuerSigningKey = _tokens.SigningKey;
                    options.TokenValidationParameters.IssuerValidator = null;
                    options.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                });
            }
        });
    }
}
