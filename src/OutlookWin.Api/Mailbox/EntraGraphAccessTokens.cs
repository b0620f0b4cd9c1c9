using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;
using OutlookWin.Graph;

namespace OutlookWin.Api.Mailbox;

/// <summary>
/// Delegated Graph tokens in production, through Microsoft.Identity.Web's long-running on-behalf-of flow: while the
/// owner calls the API (their bearer token in hand), a session is started and its key kept; workers reacting to
/// webhooks, which carry no user token, then acquire tokens with that key from the persistent token cache.
/// </summary>
public sealed class EntraGraphAccessTokens(
    ITokenAcquisition tokens,
    IHttpContextAccessor http,
    IServiceScopeFactory scopes,
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
        var caller = http.HttpContext?.User;
        var callerIsOwner = caller is not null && SignedInUser.From(caller) is { } user
            && user.TenantId == owner.TenantId && user.ObjectId == owner.ObjectId;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutlookWinDb>();
        var session = await db.MailboxSessions.FirstOrDefaultAsync(
            s => s.OwnerTenantId == owner.TenantId && s.OwnerObjectId == owner.ObjectId, cancellationToken);

        if (!callerIsOwner && session is null)
        {
            throw new MailboxException(MailboxFailure.ReauthorizationRequired,
                "No mailbox session for this owner: they must open the add-in (sign in) once.");
        }

        // In the owner's own request, start a fresh session from their token (the old one may have lapsed);
        // in a worker, continue the stored one.
        var options = new TokenAcquisitionOptions
        {
            LongRunningWebApiSessionKey = callerIsOwner ? TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto : session!.SessionKey,
            CancellationToken = cancellationToken,
        };

        string token;
        try
        {
            token = await tokens.GetAccessTokenForUserAsync(Scopes, user: callerIsOwner ? caller : null, tokenAcquisitionOptions: options);
        }
        catch (Exception e) when (e is MicrosoftIdentityWebChallengeUserException or MsalUiRequiredException)
        {
            log.LogWarning("Graph token for {Owner} needs the owner to sign in again", owner.ObjectId);
            throw new MailboxException(MailboxFailure.ReauthorizationRequired, "The mailbox owner must sign in again.", e);
        }
        catch (MsalServiceException e) when (e.StatusCode is 429 or >= 500)
        {
            throw new MailboxException(MailboxFailure.Unavailable, "Entra ID is unavailable.", e);
        }

        if (callerIsOwner && options.LongRunningWebApiSessionKey is { } key && key != TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto)
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
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A parallel request of the same owner stored its session first; either key works.
            }
        }

        return token;
    }
}
