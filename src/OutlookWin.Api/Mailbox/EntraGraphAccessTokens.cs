using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;
using OutlookWin.Graph;

namespace OutlookWin.Api.Mailbox;

/// <summary>
/// Delegated Graph tokens in production, through Microsoft.Identity.Web's long-running on-behalf-of flow. The session is
/// started once — in a request of the owner's, from their bearer token (MSAL's <c>InitiateLongRunningProcessInWebApi</c>)
/// — and its key kept; every later call, in a request or in a worker reacting to a webhook, continues it with that key
/// (<c>AcquireTokenInLongRunningProcess</c>, from the persistent token cache). A session Entra ID no longer honours is
/// started afresh the next time the owner calls the API.
/// </summary>
/// <remarks>
/// A singleton (workers hold it), so the scoped <see cref="ITokenAcquisition"/> is resolved per call: from the request's
/// services in a request, from a fresh scope in a worker.
/// </remarks>
public sealed class EntraGraphAccessTokens(
    IHttpContextAccessor http,
    IServiceScopeFactory scopes,
    IOptions<EntraIdOptions> entra,
    TimeProvider clock,
    ILogger<EntraGraphAccessTokens> log) : IGraphAccessTokens
{
    /// <summary>Read and send mail as the owner; both need admin or user consent on the app registration.</summary>
    public static readonly string[] Scopes =
    [
        "https://graph.microsoft.com/Mail.ReadWrite",
        "https://graph.microsoft.com/Mail.Send",
    ];

    public async Task<string> GetAccessTokenAsync(MailboxOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var context = http.HttpContext;
        var caller = context?.User is { } user && SignedInUser.From(user) is { } signedIn
            && signedIn.TenantId == owner.TenantId && signedIn.ObjectId == owner.ObjectId
                ? user
                : null;

        await using var scope = scopes.CreateAsyncScope();
        var services = caller is not null ? context!.RequestServices : scope.ServiceProvider;
        var tokens = services.GetRequiredService<ITokenAcquisition>();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var session = await db.MailboxSessions.FirstOrDefaultAsync(
            s => s.OwnerTenantId == owner.TenantId && s.OwnerObjectId == owner.ObjectId, cancellationToken);

        if (session is not null)
        {
            try
            {
                return await AcquireAsync(tokens, user: null, session.SessionKey, cancellationToken);
            }
            catch (Exception e) when (caller is not null && NeedsUser(e) is not null)
            {
                // The session lapsed (refresh token expired or revoked), but the owner is here: start a new one below.
                log.LogInformation("The mailbox session of {Owner} lapsed; starting a new one from their request", owner.ObjectId);
            }
            catch (Exception e) when (NeedsUser(e) is { } ui)
            {
                log.LogWarning("Graph token for {Owner} needs the owner to sign in again", owner.ObjectId);
                throw Reauthorize("The mailbox owner must sign in again (open OutlookWin in Outlook): the background sign-in lapsed.", ui, e);
            }
        }
        else if (caller is null)
        {
            throw new MailboxException(MailboxFailure.ReauthorizationRequired,
                "No mailbox session for this owner: they must open the add-in (sign in) once.");
        }

        // The owner's own request, and no usable session: start one from their token, once.
        var options = new TokenAcquisitionOptions
        {
            LongRunningWebApiSessionKey = TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto,
            CancellationToken = cancellationToken,
        };
        string token;
        try
        {
            token = await tokens.GetAccessTokenForUserAsync(Scopes, user: caller, tokenAcquisitionOptions: options);
        }
        catch (Exception e) when (NeedsUser(e) is { } ui)
        {
            log.LogWarning("Graph token for {Owner} needs the owner's consent or sign-in", owner.ObjectId);
            throw Reauthorize("OutlookWin needs your consent (or a fresh sign-in) to use your mailbox.", ui, e);
        }
        catch (MsalServiceException e) when (e.StatusCode is 429 or >= 500)
        {
            throw new MailboxException(MailboxFailure.Unavailable, "Entra ID is unavailable.", e);
        }

        if (options.LongRunningWebApiSessionKey is { } key && key != TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto)
        {
            await KeepSessionAsync(db, owner, session, key, cancellationToken);
        }

        return token;
    }

    private static async Task<string> AcquireAsync(ITokenAcquisition tokens, ClaimsPrincipal? user, string key, CancellationToken ct)
    {
        try
        {
            return await tokens.GetAccessTokenForUserAsync(Scopes, user: user, tokenAcquisitionOptions: new TokenAcquisitionOptions
            {
                LongRunningWebApiSessionKey = key,
                CancellationToken = ct,
            });
        }
        catch (MsalServiceException e) when (e.StatusCode is 429 or >= 500)
        {
            throw new MailboxException(MailboxFailure.Unavailable, "Entra ID is unavailable.", e);
        }
    }

    private async Task KeepSessionAsync(OutlookWinDb db, MailboxOwner owner, MailboxSessionRecord? session, string key, CancellationToken ct)
    {
        if (session is null)
        {
            db.MailboxSessions.Add(new MailboxSessionRecord
            {
                OwnerTenantId = owner.TenantId,
                OwnerObjectId = owner.ObjectId,
                SessionKey = key,
                UpdatedAt = clock.GetUtcNow(),
            });
        }
        else
        {
            session.SessionKey = key;
            session.UpdatedAt = clock.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel request of the same owner stored its session first; either key works.
        }
    }

    /// <summary>The MSAL exception saying a user must act (consent, sign in), whether or not Microsoft.Identity.Web wrapped it.</summary>
    private static MsalUiRequiredException? NeedsUser(Exception e) => e switch
    {
        MsalUiRequiredException ui => ui,
        MicrosoftIdentityWebChallengeUserException { MsalUiRequiredException: { } ui } => ui,
        _ => null,
    };

    private MailboxException Reauthorize(string message, MsalUiRequiredException ui, Exception e)
    {
        var options = entra.Value;
        var consentMissing = ui.Classification == UiRequiredExceptionClassification.ConsentRequired
            || ui.Message.Contains("AADSTS65001", StringComparison.Ordinal)
            || ui.ErrorCode == "consent_required";
        var challenge = new MailboxConsentRequiredException(
            Scopes, string.IsNullOrWhiteSpace(ui.Claims) ? null : ui.Claims, consentMissing, options.Authority, options.AdminConsentUrl, e);
        return new MailboxException(MailboxFailure.ReauthorizationRequired, consentMissing ? challenge.Message : message, challenge);
    }
}
