namespace OutlookWin.Api.Storage;

/// <summary>
/// One link of a declaration's evidence chain (see <c>OutlookWin.Domain.Evidence.EvidenceChain</c>): every event —
/// drafted, sent, reply received, override, forward, follow-up — chained to the one before by SHA-256. Append-only.
/// </summary>
public sealed class EvidenceRecord
{
    public long Id { get; set; }

    public Guid DeclarationId { get; set; }

    public int Sequence { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who did it: the signed-in user's address, or <c>outlookwin</c> for the service itself.</summary>
    public required string Actor { get; set; }

    /// <summary>The event's facts as canonical JSON.</summary>
    public required string Payload { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
