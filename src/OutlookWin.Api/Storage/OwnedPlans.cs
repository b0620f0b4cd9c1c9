using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Auth;

namespace OutlookWin.Api.Storage;

/// <summary>How plans are looked up for a user.</summary>
public static class OwnedPlans
{
    /// <summary>
    /// The only way a user's plan is looked up: by id AND owner, so another user's plan is indistinguishable from a
    /// missing one (404, never 403).
    /// </summary>
    public static Task<PlanRecord?> FindOwnedPlanAsync(this OutlookWinDb db, SignedInUser user, Guid id, CancellationToken ct, bool track = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var query = track ? db.Plans : db.Plans.AsNoTracking();
        return query.FirstOrDefaultAsync(p => p.Id == id && p.OwnerTenantId == user.TenantId && p.OwnerObjectId == user.ObjectId, ct);
    }
}
