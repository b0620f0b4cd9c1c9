using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Auth;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Moq;
using OutlookWin.Api.Mailbox;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tests.Infrastructure;
using OutlookWin.Domain.Mail;

namespace OutlookWin.Api.Tests.Mailbox;

/// <summary>
/// Long-running on-behalf-of: in the owner's request a session is started and its key kept; a worker, with no user
/// request, continues it with that key. Moq pins only the call into Microsoft.Identity.Web (no Entra here).
/// </summary>
public sealed class EntraGraphAccessTokensTests : IAsyncLifetime
{
    private static readonly MailboxOwner Owner = new("tenant-1", "object-1", "se@fabrikam.example");
    private readonly SqliteTestDatabase _database = new();
    private readonly Mock<ITokenAcquisition> _tokens = new(MockBehavior.Strict);
    private readonly HttpContextAccessor _http = new();
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddDbContext<SqliteOutlookWinDb>(o => o.UseSqlite(_database.ConnectionString));
        services.AddScoped<OutlookWinDb>(sp => sp.GetRequiredService<SqliteOutlookWinDb>());
        // Scoped, as Microsoft.Identity.Web registers it for web APIs.
        services.AddScoped(_ => _tokens.Object);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().Database.MigrateAsync();
    }

    [Fact]
    public async Task In_the_owners_request_a_session_is_started_and_its_key_kept()
    {
        _http.HttpContext = OwnersRequest(Owner);
        Setup((user, options) =>
        {
            Assert.Same(_http.HttpContext.User, user);
            Assert.Equal(TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto, options.LongRunningWebApiSessionKey);
            options.LongRunningWebApiSessionKey = "session-42";
            return "token-in-request";
        });

        var token = await Tokens().GetAccessTokenAsync(Owner, CancellationToken.None);

        Assert.Equal("token-in-request", token);
        Assert.Equal("session-42", await StoredKeyAsync());
    }

    [Fact]
    public async Task A_worker_continues_the_stored_session_without_a_user()
    {
        await StoreKeyAsync("session-42");
        _http.HttpContext = null;
        Setup((user, options) =>
        {
            Assert.Null(user);
            Assert.Equal("session-42", options.LongRunningWebApiSessionKey);
            return "token-in-worker";
        });

        Assert.Equal("token-in-worker", await Tokens().GetAccessTokenAsync(Owner, CancellationToken.None));
    }

    [Fact]
    public async Task A_worker_without_a_session_asks_the_owner_to_sign_in_and_calls_nothing()
    {
        _http.HttpContext = null;

        var error = await Assert.ThrowsAsync<MailboxException>(() => Tokens().GetAccessTokenAsync(Owner, CancellationToken.None));

        Assert.Equal(MailboxFailure.ReauthorizationRequired, error.Failure);
        _tokens.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_session_that_needs_the_user_again_is_reauthorization_required()
    {
        await StoreKeyAsync("expired");
        _http.HttpContext = null;
        Setup((_, _) => throw new MsalUiRequiredException("invalid_grant", "AADSTS700082: The refresh token has expired."));

        var error = await Assert.ThrowsAsync<MailboxException>(() => Tokens().GetAccessTokenAsync(Owner, CancellationToken.None));

        Assert.Equal(MailboxFailure.ReauthorizationRequired, error.Failure);
    }

    [Fact]
    public async Task Another_users_request_does_not_start_a_session_for_the_owner()
    {
        await StoreKeyAsync("owners-session");
        _http.HttpContext = OwnersRequest(Owner with { ObjectId = "someone-else" });
        Setup((user, options) =>
        {
            Assert.Null(user);
            Assert.Equal("owners-session", options.LongRunningWebApiSessionKey);
            return "token";
        });

        await Tokens().GetAccessTokenAsync(Owner, CancellationToken.None);

        Assert.Equal("owners-session", await StoredKeyAsync());
    }

    [Fact]
    public async Task The_session_is_initiated_once_and_continued_by_the_owners_later_requests()
    {
        var initiated = 0;
        var continued = 0;
        Setup((user, options) =>
        {
            if (options.LongRunningWebApiSessionKey == TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto)
            {
                Assert.NotNull(user);
                initiated++;
                options.LongRunningWebApiSessionKey = "session-7";
                return "first";
            }

            Assert.Null(user);
            Assert.Equal("session-7", options.LongRunningWebApiSessionKey);
            continued++;
            return "continued";
        });

        for (var i = 0; i < 3; i++)
        {
            _http.HttpContext = OwnersRequest(Owner);
            await Tokens().GetAccessTokenAsync(Owner, CancellationToken.None);
        }

        Assert.Equal(1, initiated);
        Assert.Equal(2, continued);
    }

    [Fact]
    public async Task A_lapsed_session_is_started_afresh_in_the_owners_request()
    {
        await StoreKeyAsync("lapsed");
        _http.HttpContext = OwnersRequest(Owner);
        Setup((user, options) =>
        {
            if (options.LongRunningWebApiSessionKey == "lapsed")
            {
                throw new MsalUiRequiredException("invalid_grant", "AADSTS700082: The refresh token has expired.");
            }

            Assert.Equal(TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto, options.LongRunningWebApiSessionKey);
            Assert.NotNull(user);
            options.LongRunningWebApiSessionKey = "fresh";
            return "token";
        });

        Assert.Equal("token", await Tokens().GetAccessTokenAsync(Owner, CancellationToken.None));
        Assert.Equal("fresh", await StoredKeyAsync());
    }

    [Fact]
    public async Task Missing_consent_says_which_scopes_and_where_an_administrator_grants_them()
    {
        _http.HttpContext = OwnersRequest(Owner);
        Setup((_, _) => throw new MicrosoftIdentityWebChallengeUserException(
            new MsalUiRequiredException("invalid_grant", "AADSTS65001: The user or administrator has not consented."), EntraGraphAccessTokens.Scopes));

        var error = await Assert.ThrowsAsync<MailboxException>(() => Tokens().GetAccessTokenAsync(Owner, CancellationToken.None));

        Assert.Equal(MailboxFailure.ReauthorizationRequired, error.Failure);
        var consent = Assert.IsType<MailboxConsentRequiredException>(error.InnerException);
        Assert.True(consent.ConsentMissing);
        Assert.Equal(EntraGraphAccessTokens.Scopes, consent.Scopes);
        Assert.Equal("https://login.microsoftonline.com/tenant-1/adminconsent?client_id=client-1", consent.AdminConsentUrl);
        Assert.Null(await StoredKeyAsync());
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _database.Dispose();
    }

    private EntraGraphAccessTokens Tokens() => new(
        _http, _services!.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new EntraIdOptions { Instance = "https://login.microsoftonline.com/", TenantId = "tenant-1", ClientId = "client-1" }),
        TimeProvider.System, NullLogger<EntraGraphAccessTokens>.Instance);

    /// <summary>The owner's request, with the request's services (where Microsoft.Identity.Web's scoped acquirer lives).</summary>
    private DefaultHttpContext OwnersRequest(MailboxOwner owner) => new() { User = Principal(owner), RequestServices = _services!.CreateScope().ServiceProvider };

    private void Setup(Func<ClaimsPrincipal?, TokenAcquisitionOptions, string> answer)
    {
        _tokens.Setup(t => t.GetAccessTokenForUserAsync(
                It.Is<IEnumerable<string>>(s => s.SequenceEqual(EntraGraphAccessTokens.Scopes)),
                It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<ClaimsPrincipal?>(), It.IsAny<TokenAcquisitionOptions?>()))
            .Returns((IEnumerable<string> _, string? _, string? _, ClaimsPrincipal? user, TokenAcquisitionOptions? options) =>
                Task.FromResult(answer(user, options!)));
        _tokens.Setup(t => t.GetAccessTokenForUserAsync(
                It.Is<IEnumerable<string>>(s => s.SequenceEqual(EntraGraphAccessTokens.Scopes)),
                It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<string?>(), It.IsAny<ClaimsPrincipal?>(), It.IsAny<TokenAcquisitionOptions?>()))
            .Returns((IEnumerable<string> _, string? _, string? _, string? _, ClaimsPrincipal? user, TokenAcquisitionOptions? options) =>
                Task.FromResult(answer(user, options!)));
    }

    private static ClaimsPrincipal Principal(MailboxOwner owner) => new(new ClaimsIdentity(
        [new Claim("tid", owner.TenantId), new Claim("oid", owner.ObjectId), new Claim("preferred_username", owner.Email)], "Bearer"));

    private async Task StoreKeyAsync(string key)
    {
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        db.MailboxSessions.Add(new MailboxSessionRecord { OwnerTenantId = Owner.TenantId, OwnerObjectId = Owner.ObjectId, SessionKey = key });
        await db.SaveChangesAsync();
    }

    private async Task<string?> StoredKeyAsync()
    {
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        return await db.MailboxSessions.Where(s => s.OwnerObjectId == Owner.ObjectId).Select(s => s.SessionKey).FirstOrDefaultAsync();
    }
}
