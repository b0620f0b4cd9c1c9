using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Moq;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Domain.Mail;
using OutlookWin.Graph;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Mailbox;

/// <summary>
/// The Graph provider's sign-in as a real tenant runs it, through the real authentication pipeline with test tokens;
/// Entra ID's side is pinned with Moq at <see cref="ITokenAcquisition"/>, the mailbox's at <see cref="IMailbox"/>.
/// </summary>
public sealed class GraphSignInTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly TestTokens _tokens = new();

    [Fact]
    public async Task The_graph_providers_services_build_with_scope_validation_on_in_development()
    {
        await using var app = new OutlookWinApplication(database, "Development", _tokens,
            new Dictionary<string, string?> { ["Mailbox:Provider"] = "Graph" }, validateServices: true);

        // Building the host validates every registration (a singleton holding the scoped ITokenAcquisition fails here).
        var response = await app.CreateClient().GetAsync("/api/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<OutlookWin.Api.Mailbox.EntraGraphAccessTokens>(app.Services.GetRequiredService<IGraphAccessTokens>());
        Assert.NotEmpty(app.Services.GetServices<IHostedService>());
        await using var scope = app.Services.CreateAsyncScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IMailbox>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ITokenAcquisition>());
    }

    [Fact]
    public async Task Missing_consent_is_a_401_challenge_naming_the_graph_scopes_and_the_admin_consent_url()
    {
        var entra = new Mock<ITokenAcquisition>();
        entra.Setup(t => t.GetAccessTokenForUserAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<string?>(),
                It.IsAny<ClaimsPrincipal?>(), It.IsAny<TokenAcquisitionOptions?>()))
            .ThrowsAsync(new MsalUiRequiredException("invalid_grant",
                "AADSTS65001: The user or administrator has not consented to use the application with ID '...'."));
        await using var app = new OutlookWinApplication(database, "Production", _tokens,
            services: s => s.AddScoped(_ => entra.Object));
        var se = app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example"));

        var response = await se.PostAsync("/api/session", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"insufficient_scope\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains("scope=\"https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/Mail.Send\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains($"authorization_uri=\"https://login.microsoftonline.com/{TestTokens.TenantId}/oauth2/v2.0/authorize\"", challenge.Parameter, StringComparison.Ordinal);
        var problem = await response.ReadObjectAsync();
        Assert.True((bool)problem["consentRequired"]!);
        Assert.Equal(["https://graph.microsoft.com/Mail.ReadWrite", "https://graph.microsoft.com/Mail.Send"],
            problem["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal($"https://login.microsoftonline.com/{TestTokens.TenantId}/adminconsent?client_id={TestTokens.ClientId}",
            (string?)problem["adminConsentUrl"]);
        Assert.Contains("consent", (string?)problem["title"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sign_in_policy_the_user_must_satisfy_is_a_sign_in_challenge_not_a_consent_one()
    {
        var entra = new Mock<ITokenAcquisition>();
        entra.Setup(t => t.GetAccessTokenForUserAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<string?>(), It.IsAny<string?>(),
                It.IsAny<ClaimsPrincipal?>(), It.IsAny<TokenAcquisitionOptions?>()))
            .ThrowsAsync(new MsalUiRequiredException("invalid_grant", "AADSTS50076: you must use multi-factor authentication."));
        await using var app = new OutlookWinApplication(database, "Production", _tokens,
            services: s => s.AddScoped(_ => entra.Object));

        var response = await app.ClientWithToken(_tokens.For(Guid.NewGuid().ToString(), "se@fabrikam.example")).PostAsync("/api/session", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        var problem = await response.ReadObjectAsync();
        Assert.False((bool)problem["consentRequired"]!);
        Assert.Contains("Sign in again", (string?)problem["title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_address_comes_from_the_mailbox_once_not_from_preferred_username()
    {
        var mailbox = new Mock<IMailbox>();
        mailbox.Setup(m => m.GetOwnerAddressAsync(It.IsAny<MailboxOwner>(), It.IsAny<CancellationToken>())).ReturnsAsync("dana.kim@contoso.example");
        var graphTokens = new Mock<IGraphAccessTokens>();
        graphTokens.Setup(t => t.GetAccessTokenAsync(It.IsAny<MailboxOwner>(), It.IsAny<CancellationToken>())).ReturnsAsync("graph-token");
        await using var app = new OutlookWinApplication(database, "Production", _tokens, services: s =>
        {
            s.AddTransient(_ => mailbox.Object);
            s.AddSingleton(graphTokens.Object);
        });
        var oid = Guid.NewGuid().ToString();
        // The UPN, as preferred_username often is: not the address the SE's mail carries.
        var se = app.ClientWithToken(_tokens.For(oid, "dkim@contoso.onmicrosoft.com"));

        var first = await (await se.PostAsync("/api/session", null)).ReadObjectAsync();
        var second = await se.PostAsync("/api/session", null);
        var plan = await se.CreatePlanAsync(ContosoAllProven());
        var declared = await se.PostAsync($"/api/plans/{plan["id"]}/declarations", Body("""{"delivery": "outlook"}"""));

        Assert.Equal("dana.kim@contoso.example", (string?)first["address"]);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(declared.IsSuccessStatusCode, await declared.Content.ReadAsStringAsync());
        mailbox.Verify(m => m.GetOwnerAddressAsync(It.Is<MailboxOwner>(o => o.ObjectId == oid), It.IsAny<CancellationToken>()), Times.Once());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var watch = await db.MailboxWatches.SingleAsync(w => w.OwnerObjectId == oid);
        Assert.Equal("dana.kim@contoso.example", watch.OwnerEmail);
    }

    [Fact]
    public async Task A_declaration_handed_to_outlooks_compose_window_starts_the_mailbox_session()
    {
        // That path makes no Graph call of its own: without this the watcher would have no session until the next click.
        var mailbox = new Mock<IMailbox>();
        mailbox.Setup(m => m.GetOwnerAddressAsync(It.IsAny<MailboxOwner>(), It.IsAny<CancellationToken>())).ReturnsAsync("dana.kim@contoso.example");
        await using var app = new OutlookWinApplication(database, "Production", _tokens, services: s => s.AddTransient(_ => mailbox.Object));
        var oid = Guid.NewGuid().ToString();
        var se = app.ClientWithToken(_tokens.For(oid, "dkim@contoso.onmicrosoft.com"));
        var plan = await se.CreatePlanAsync(ContosoAllProven());

        var declared = await se.PostAsync($"/api/plans/{plan["id"]}/declarations", Body("""{"delivery": "outlook"}"""));

        Assert.True(declared.IsSuccessStatusCode, await declared.Content.ReadAsStringAsync());
        mailbox.Verify(m => m.GetOwnerAddressAsync(It.Is<MailboxOwner>(o => o.ObjectId == oid), It.IsAny<CancellationToken>()), Times.Once());
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        Assert.Equal("dana.kim@contoso.example", (await db.MailboxWatches.SingleAsync(w => w.OwnerObjectId == oid)).OwnerEmail);
    }

    [Fact]
    public async Task Development_reads_the_owner_address_from_the_sandbox_mailbox()
    {
        // The Graph SDK reaches the Sandbox's /me over real HTTP.
        await using var server = new TrackingServer(database);

        var response = await server.ClientFor("se@fabrikam.example").PostAsync("/api/session", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("se@fabrikam.example", (string?)(await response.ReadObjectAsync())["address"]);
    }

    public void Dispose() => _tokens.Dispose();
}
