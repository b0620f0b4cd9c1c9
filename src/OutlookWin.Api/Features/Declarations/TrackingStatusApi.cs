using System.ComponentModel;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Storage;

namespace OutlookWin.Api.Features.Declarations;

/// <summary>Whether the signed-in user's mailbox is being watched for replies, and what stops it.</summary>
public sealed record TrackingStatusDto(
    [property: Description("True once a declaration was sent or handed to Outlook: the mailbox is watched for replies")]
    bool Watching,
    [property: Description("True while Graph sends change notifications for the Inbox (else replies are found by the periodic delta query only)")]
    bool LiveNotifications,
    DateTimeOffset? SubscriptionExpiresAt,
    [property: Description("When the Inbox was last read through the delta query")]
    DateTimeOffset? LastSyncAt,
    [property: Description("What the user can act on, e.g. sign in again, or why live notifications are off")]
    string? Problem);

public static class TrackingStatusApi
{
    public static RouteGroupBuilder MapTrackingStatus(this RouteGroupBuilder api)
    {
        api.MapGet("/tracking", Get).WithTags("Declarations").WithName("GetTrackingStatus")
            .WithSummary("Whether your mailbox is watched for replies, with live notifications or by the delta query only, and any problem you can act on.");
        return api;
    }

    public static async Task<TrackingStatusDto> Get(ClaimsPrincipal principal, OutlookWinDb db, TimeProvider clock, CancellationToken ct)
    {
        var user = SignedInUser.Of(principal);
        var watch = await db.MailboxWatches.AsNoTracking()
            .FirstOrDefaultAsync(w => w.OwnerTenantId == user.TenantId && w.OwnerObjectId == user.ObjectId, ct);
        return watch is null
            ? new TrackingStatusDto(false, false, null, null, null)
            : new TrackingStatusDto(true, watch.SubscriptionId is not null && watch.ExpiresAt > clock.GetUtcNow(), watch.ExpiresAt, watch.LastSyncAt, watch.Problem);
    }
}
