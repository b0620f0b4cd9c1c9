using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Storage;
using OutlookWin.Api.Tracking;
using OutlookWin.Domain.Mail;
using OutlookWin.Graph;

namespace OutlookWin.Api.Mailbox;

/// <summary>The signed-in SE's mailbox session, as the pane starts it on load.</summary>
public sealed record MailboxSessionDto(
    [property: Description("The SE's own SMTP address, read from the mailbox (mail, else the user principal name) and kept")]
    string Address);

/// <summary>
/// Starts (or refreshes) the owner's mailbox session: the long-running on-behalf-of session background work continues
/// with, and — once — the owner's own address from the mailbox. Called on pane load and before work that leaves the
/// mailbox to the watcher (a declaration handed to Outlook's compose window makes no Graph call of its own).
/// </summary>
public sealed class MailboxSessions(
    OutlookWinDb db,
    IMailbox mailbox,
    IGraphAccessTokens tokens,
    MailboxSessionBackoff backoff,
    WatchSignal signal,
    TimeProvider clock)
{
    /// <summary>The prefix of every watch problem that asks the owner to sign in (cleared once the session works).</summary>
    public const string SignInProblemPrefix = "Sign in again:";

    public async Task<string> StartAsync(MailboxOwner owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var known = await db.MailboxOwners.FirstOrDefaultAsync(o => o.OwnerTenantId == owner.TenantId && o.OwnerObjectId == owner.ObjectId, ct);
        string address;
        if (known is null)
        {
            // The first Graph call of the session starts it (see EntraGraphAccessTokens).
            address = await mailbox.GetOwnerAddressAsync(owner, ct);
            db.MailboxOwners.Add(new MailboxOwnerRecord
            {
                OwnerTenantId = owner.TenantId,
                OwnerObjectId = owner.ObjectId,
                Address = address,
                ReadAt = clock.GetUtcNow(),
            });
        }
        else
        {
            await tokens.GetAccessTokenAsync(owner, ct);
            address = known.Address;
        }

        var watch = await db.MailboxWatches.FirstOrDefaultAsync(w => w.OwnerTenantId == owner.TenantId && w.OwnerObjectId == owner.ObjectId, ct);
        if (watch is not null)
        {
            watch.OwnerEmail = address;
            if (watch.Problem?.StartsWith(SignInProblemPrefix, StringComparison.Ordinal) == true)
            {
                watch.Problem = null;
            }

            watch.Version++;
            watch.UpdatedAt = clock.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel start stored the same, or the watcher changed the watch: the next start tries again.
            db.ChangeTracker.Clear();
        }

        backoff.Clear(owner);
        signal.Wake();
        return address;
    }

    /// <summary>The owner's kept address, when their session was ever started.</summary>
    public Task<string?> KnownAddressAsync(MailboxOwner owner, CancellationToken ct) =>
        db.MailboxOwners.Where(o => o.OwnerTenantId == owner.TenantId && o.OwnerObjectId == owner.ObjectId)
            .Select(o => o.Address).FirstOrDefaultAsync(ct);
}

public static class MailboxSessionApi
{
    public static RouteGroupBuilder MapMailboxSession(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/session", Start).WithTags("Sign-in").WithName("StartMailboxSession")
            .WithSummary("Starts or refreshes your mailbox session (the pane calls it on load); 401 with a consent challenge when Graph needs your consent.");
        return api;
    }

    public static async Task<Results<Ok<MailboxSessionDto>, ProblemHttpResult>> Start(ClaimsPrincipal principal, MailboxSessions sessions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var user = SignedInUser.Of(principal);
        try
        {
            return TypedResults.Ok(new MailboxSessionDto(await sessions.StartAsync(user.Mailbox, ct)));
        }
        catch (MailboxException e)
        {
            return Problems.Mailbox(e);
        }
    }
}
