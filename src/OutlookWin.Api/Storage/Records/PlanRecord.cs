namespace OutlookWin.Api.Storage;

/// <summary>
/// A stored Mutual Success Plan. The plan itself is kept as one JSON document (it is edited and read as a whole);
/// the columns beside it are what queries and ownership checks need.
/// </summary>
public sealed class PlanRecord
{
    public Guid Id { get; set; }

    /// <summary>Owner's Entra tenant id.</summary>
    public required string OwnerTenantId { get; set; }

    /// <summary>Owner's Entra object id within that tenant.</summary>
    public required string OwnerObjectId { get; set; }

    public required string Prospect { get; set; }

    public required string DealName { get; set; }

    /// <summary>The plan as canonical JSON (see <c>PlanDocument</c>).</summary>
    public required string Document { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change; a stale writer gets 409.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
