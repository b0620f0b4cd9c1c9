using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Evidence;

namespace OutlookWin.Api.Evidence;

/// <summary>
/// Appends events to a declaration's evidence chain, in the caller's unit of work: the event is saved with the
/// change it records, or not at all.
/// </summary>
public sealed class EvidenceLedger(OutlookWinDb db, TimeProvider clock)
{
    /// <summary>The actor for what the service does by itself (reading a reply, finding a sent copy).</summary>
    public const string Service = "outlookwin";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<EvidenceRecord> AppendAsync(Guid declarationId, string kind, string actor, object payload, CancellationToken ct)
    {
        // The end of the chain: links added in this unit of work first, then what is stored.
        var pending = db.Evidence.Local.Where(e => e.DeclarationId == declarationId).MaxBy(e => e.Sequence);
        var last = pending ?? await db.Evidence.AsNoTracking()
            .Where(e => e.DeclarationId == declarationId)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(ct);
        var link = EvidenceChain.Append(last is null ? null : ToLink(last), kind, clock.GetUtcNow(), actor, JsonSerializer.Serialize(payload, Json));
        var record = new EvidenceRecord
        {
            DeclarationId = declarationId,
            Sequence = link.Sequence,
            Kind = link.Kind,
            At = link.At,
            Actor = link.Actor,
            Payload = link.Payload,
            PreviousHash = link.PreviousHash,
            Hash = link.Hash,
        };
        db.Evidence.Add(record);
        return record;
    }

    public static EvidenceLink ToLink(EvidenceRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new EvidenceLink(r.Sequence, r.Kind, r.At, r.Actor, r.Payload, r.PreviousHash, r.Hash);
    }
}
