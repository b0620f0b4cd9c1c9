using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Storage;
using OutlookWin.Domain;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Plans;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Evidence;

/// <summary>Reads a declaration's evidence chain and checks it against what is stored.</summary>
public sealed class EvidenceVerifier(OutlookWinDb db, TimeProvider clock)
{
    public async Task<List<EvidenceRecord>> LinksAsync(Guid declarationId, CancellationToken ct) =>
        (await db.Evidence.AsNoTracking().Where(e => e.DeclarationId == declarationId).ToListAsync(ct)).OrderBy(e => e.Sequence).ToList();

    public static EvidenceLinkDto ToDto(EvidenceRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Sequence, r.Kind, r.At, r.Actor, JsonNode.Parse(r.Payload), r.PreviousHash, r.Hash);
    }

    /// <summary>Whether the chain is unbroken and every stored message and text still matches what the chain recorded.</summary>
    public async Task<EvidenceVerification> VerifyAsync(Declaration declaration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var links = await LinksAsync(declaration.Id, ct);
        var replies = await db.Replies.AsNoTracking().Where(r => r.DeclarationId == declaration.Id).ToListAsync(ct);
        return Verify(declaration, links, replies);
    }

    /// <summary>The same check over links and replies already loaded (the evidence pack reads them once for both).</summary>
    public EvidenceVerification Verify(Declaration declaration, IReadOnlyList<EvidenceRecord> links, IReadOnlyList<ReplyRecord> replies)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(replies);
        var problems = EvidenceChain.Verify(links.Select(EvidenceLedger.ToLink).ToList())
            .Select(p => new EvidenceProblemDto($"chain link {p.Sequence}", p.Problem))
            .ToList();

        var payloads = links.Select(l => (l.Kind, Payload: JsonNode.Parse(l.Payload))).ToList();
        foreach (var reply in replies)
        {
            problems.AddRange(Check(reply, payloads));
        }

        if (declaration.SentMime is { } sent)
        {
            var recorded = payloads.LastOrDefault(p => p.Kind == EvidenceEventKind.SentCopyFound).Payload?["mimeSha256"];
            if (recorded is not null && !string.Equals((string?)recorded, EvidenceChain.Sha256(sent), StringComparison.Ordinal))
            {
                problems.Add(new EvidenceProblemDto("sent declaration", "The stored copy of the sent declaration was changed."));
            }
        }

        var drafted = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.Drafted).Payload;
        if (drafted is not null && !string.Equals((string?)drafted["textSha256"], EvidenceChain.Sha256(Encoding.UTF8.GetBytes(declaration.Text)), StringComparison.Ordinal))
        {
            problems.Add(new EvidenceProblemDto("declaration", "The stored text of the declaration was changed after it was drafted."));
        }

        return new EvidenceVerification(problems.Count == 0, clock.GetUtcNow(), links.Count, replies.Count + (declaration.SentMime is null ? 0 : 1), problems);
    }

    private static IEnumerable<EvidenceProblemDto> Check(ReplyRecord reply, List<(string Kind, JsonNode? Payload)> payloads)
    {
        var actual = EvidenceChain.Sha256(reply.Mime);
        var recorded = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.ReplyReceived && (string?)p.Payload?["replyId"] == reply.Id.ToString());
        var verdict = payloads.FirstOrDefault(p => p.Kind == EvidenceEventKind.Verdict && (string?)p.Payload?["replyId"] == reply.Id.ToString());
        var where = $"reply from {reply.FromEmail} received {reply.ReceivedAt:u}";
        if (!string.Equals(actual, reply.Sha256, StringComparison.Ordinal))
        {
            yield return new EvidenceProblemDto(where, "The stored message no longer matches its SHA-256: it was changed after it arrived.");
        }

        if (recorded.Payload is null)
        {
            yield return new EvidenceProblemDto(where, "The chain has no record of this reply arriving.");
        }
        else if (!string.Equals((string?)recorded.Payload["sha256"], actual, StringComparison.Ordinal))
        {
            yield return new EvidenceProblemDto(where, "The message differs from the one the chain recorded on arrival.");
        }

        if (verdict.Payload is not null && !string.Equals((string?)verdict.Payload["verdict"], SnakeCaseEnum.Name(reply.Verdict), StringComparison.Ordinal))
        {
            yield return new EvidenceProblemDto(where, "The stored verdict differs from the one the chain recorded.");
        }
    }
}
