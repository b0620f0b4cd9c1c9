namespace OutlookWin.Api.Storage;

/// <summary>A message already looked at, matched or not (its content is not kept unless it matched).</summary>
public sealed class SeenMessageRecord
{
    public required string OwnerTenantId { get; set; }

    public required string OwnerObjectId { get; set; }

    public required string MessageId { get; set; }

    public Guid? DeclarationId { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
