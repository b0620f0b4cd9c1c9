using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Declarations;

/// <summary>
/// Appends events to a declaration's evidence chain, in the caller's unit of work: the event is saved with the
/// change it records, or not at all.
/// </summary>
public sealed class EvidenceLedger(OutlookWinDb db)
{
    /// <summary>Payloads as canonical JSON: camelCase fields, enums by their snake_case names.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public async Task<EvidenceRecord> AppendAsync(Guid declarationId, DeclarationEvent e, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);

        // The end of the chain: links added in this unit of work first, then what is stored.
        var pending = db.Evidence.Local.Where(x => x.DeclarationId == declarationId).MaxBy(x => x.Sequence);
        var last = pending ?? await db.Evidence.AsNoTracking()
            .Where(x => x.DeclarationId == declarationId)
            .OrderByDescending(x => x.Sequence)
            .FirstOrDefaultAsync(ct);
        var link = EvidenceChain.Append(last is null ? null : ToLink(last), e.Kind, at, e.Actor, JsonSerializer.Serialize(e.Payload, Json));
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
