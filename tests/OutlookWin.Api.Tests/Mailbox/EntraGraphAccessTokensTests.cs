using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
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
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutlookWinDb>().Database.MigrateAsync();
    }

    [Fact]
    public async Task In_the_owners_request_a_session_is_started_and_its_key_kept()
    {
        _http.HttpContext = new DefaultHttpContext { User = Principal(Owner) };
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
        _http.HttpContext = new DefaultHttpContext { User = Principal(Owner with { ObjectId = "someone-else" }) };
        Setup((user, options) =>
        {
            Assert.Null(user);
            Assert.Equal("owners-session", options.LongRunningWebApiSessionKey);
            return "token";
        });

        await Tokens().GetAccessTokenAsync(Owner, CancellationToken.None);

        Assert.Equal("owners-session", await StoredKeyAsync());
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
        _tokens.Object, _http, _services!.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<EntraGraphAccessTokens>.Instance);

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
