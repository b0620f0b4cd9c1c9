using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Storage;
using OutlookWin.Domain;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Features.Evidence;

/// <summary>
/// Reads a declaration's evidence chain and checks it against what is stored. Every fact the pane shows or the pack
/// exports is either chained or derived from chained data, so editing any of them shows here: the messages, each
/// reply's sender, time, text and reading, the declaration's text, plan, state and override — and a chain cut short
/// at its end, through the sealed head.
/// </summary>
public sealed class EvidenceVerifier(OutlookWinDb db, EvidenceSeals seals, TimeProvider clock)
{
    public async Task<List<EvidenceRecord>> LinksAsync(Guid declarationId, CancellationToken ct) =>
        (await db.Evidence.AsNoTracking().Where(e => e.DeclarationId == declarationId).ToListAsync(ct)).OrderBy(e => e.Sequence).ToList();

    public static EvidenceLinkDto ToDto(EvidenceRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Sequence, r.Kind, r.At, r.Actor, JsonNode.Parse(r.Payload), r.PreviousHash, r.Hash);
    }

    /// <summary>Whether the chain is unbroken and every stored message and fact still matches what the chain recorded.</summary>
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
        var events = links.Select(l => new Event(l.Kind, l.Actor, JsonNode.Parse(l.Payload) as JsonObject ?? [])).ToList();

        problems.AddRange(CheckHead(declaration, links));
        foreach (var reply in replies)
        {
            problems.AddRange(CheckReply(reply, events));
        }

        var stored = replies.Select(r => r.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var arrived in events.Where(e => e.Kind == EvidenceEventKind.ReplyReceived))
        {
            if ((string?)arrived.Payload["replyId"] is { } id && !stored.Contains(id))
            {
                problems.Add(new EvidenceProblemDto($"reply from {(string?)arrived.Payload["from"]} received {(string?)arrived.Payload["receivedAt"]}",
                    "The chain recorded this reply arriving, but it is no longer stored: it was deleted."));
            }
        }

        problems.AddRange(CheckDeclaration(declaration, events));
        return new EvidenceVerification(problems.Count == 0, clock.GetUtcNow(), links.Count, replies.Count + (declaration.SentMime is null ? 0 : 1), problems,
            declaration.EvidenceHead);
    }

    /// <summary>The chain ends where the declaration (sealed) says it does: no links were cut from its end.</summary>
    private IEnumerable<EvidenceProblemDto> CheckHead(Declaration declaration, IReadOnlyList<EvidenceRecord> links)
    {
        if (links.Count == 0)
        {
            yield break;
        }

        if (declaration.EvidenceHead is null)
        {
            yield return new EvidenceProblemDto("chain end", "The declaration does not record where its chain ends, so links cut from the end could not be told.");
            yield break;
        }

        if (links.Count != declaration.EvidenceLength || !string.Equals(links[^1].Hash, declaration.EvidenceHead, StringComparison.Ordinal))
        {
            yield return new EvidenceProblemDto("chain end",
                $"The chain has {links.Count} links ending in {links[^1].Hash[..12]}…, but it ended at link {declaration.EvidenceLength} ({declaration.EvidenceHead[..Math.Min(12, declaration.EvidenceHead.Length)]}…): links were removed from its end.");
        }
        else if (!seals.Holds(declaration.Id, declaration.EvidenceLength, declaration.EvidenceHead, declaration.EvidenceSeal))
        {
            yield return new EvidenceProblemDto("chain end", "The seal on the end of the chain does not match: its length or head was rewritten.");
        }
    }

    private static IEnumerable<EvidenceProblemDto> CheckReply(ReplyRecord reply, IReadOnlyList<Event> events)
    {
        var id = reply.Id.ToString();
        var actual = EvidenceChain.Sha256(reply.Mime);
        var arrived = events.FirstOrDefault(e => e.Kind == EvidenceEventKind.ReplyReceived && (string?)e.Payload["replyId"] == id)?.Payload;
        var verdict = events.FirstOrDefault(e => e.Kind == EvidenceEventKind.Verdict && (string?)e.Payload["replyId"] == id)?.Payload;
        var where = $"reply from {reply.FromEmail} received {reply.ReceivedAt:u}";
        if (!string.Equals(actual, reply.Sha256, StringComparison.Ordinal))
        {
            yield return new EvidenceProblemDto(where, "The stored message no longer matches its SHA-256: it was changed after it arrived.");
        }

        if (arrived is null)
        {
            yield return new EvidenceProblemDto(where, "The chain has no record of this reply arriving.");
        }
        else
        {
            if (!string.Equals((string?)arrived["sha256"], actual, StringComparison.Ordinal))
            {
                yield return new EvidenceProblemDto(where, "The message differs from the one the chain recorded on arrival.");
            }

            if (Differs(arrived, "from", reply.FromEmail) || Differs(arrived, "fromName", reply.FromName) || Differs(arrived, "subject", reply.Subject)
                || Differs(arrived, "matchedBy", SnakeCaseEnum.Name(reply.MatchedBy)))
            {
                yield return new EvidenceProblemDto(where, "The stored sender, subject or match differs from what the chain recorded on arrival.");
            }

            if (Differs(arrived, "senderRole", SnakeCaseEnum.Name(reply.SenderRole)) || Differs(arrived, "authentication", SnakeCaseEnum.Name(reply.Authentication))
                || Differs(arrived, "authenticationResults", reply.AuthenticationResults))
            {
                yield return new EvidenceProblemDto(where, "The stored sender check (role or authentication) differs from what the chain recorded on arrival.");
            }

            if (!SameInstant(arrived["receivedAt"], reply.ReceivedAt))
            {
                yield return new EvidenceProblemDto(where, "The stored received time differs from the one the chain recorded.");
            }
        }

        if (verdict is null)
        {
            yield return new EvidenceProblemDto(where, "The chain has no record of how this reply was read.");
            yield break;
        }

        if (Differs(verdict, "verdict", SnakeCaseEnum.Name(reply.Verdict)) || Differs(verdict, "verdict", SnakeCaseEnum.Name(reply.Reading.Verdict)))
        {
            yield return new EvidenceProblemDto(where, "The stored verdict differs from the one the chain recorded.");
        }

        var reading = reply.Reading;
        var readingChanged =
            Differs(verdict, "replyTextSha256", Sha256(reply.ReplyText))
            || Differs(verdict, "replyTextSha256", Sha256(reading.ReplyText))
            || !SameList(verdict["evidence"], reading.Evidence.Select(e => e.Text))
            || !SameList(verdict["conditions"], reading.Conditions)
            || !SameList(verdict["objections"], reading.Objections)
            || (verdict["confidence"] is { } confidence && confidence.GetValue<double>() != reply.Confidence)
            || Differs(verdict, "returnDate", reply.ReturnDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            // Chains written before the whole reading was hashed name only the parts above.
            || (verdict["readingSha256"] is not null && Differs(verdict, "readingSha256", Sha256(reading.CanonicalJson())));
        if (readingChanged)
        {
            yield return new EvidenceProblemDto(where, "The stored reading (text, evidence, conditions, criteria or return date) differs from the one the chain recorded.");
        }
    }

    private static IEnumerable<EvidenceProblemDto> CheckDeclaration(Declaration declaration, IReadOnlyList<Event> events)
    {
        if (events.FirstOrDefault(e => e.Kind == EvidenceEventKind.Drafted)?.Payload is { } drafted)
        {
            if (Differs(drafted, "textSha256", Sha256(declaration.Text)))
            {
                yield return new EvidenceProblemDto("declaration", "The stored text of the declaration was changed after it was drafted.");
            }

            if (Differs(drafted, "htmlSha256", Sha256(declaration.Html)) || Differs(drafted, "subject", declaration.Subject))
            {
                yield return new EvidenceProblemDto("declaration", "The stored email of the declaration (its HTML or subject) was changed after it was drafted.");
            }

            if (Differs(drafted, "planSha256", Sha256(declaration.PlanSnapshot)))
            {
                yield return new EvidenceProblemDto("declaration", "The stored plan the declaration was drafted from was changed.");
            }
        }

        if (declaration.SentMime is { } sent
            && events.LastOrDefault(e => e.Kind == EvidenceEventKind.SentCopyFound)?.Payload["mimeSha256"] is { } recorded
            && !string.Equals((string?)recorded, EvidenceChain.Sha256(sent), StringComparison.Ordinal))
        {
            yield return new EvidenceProblemDto("sent declaration", "The stored copy of the sent declaration was changed.");
        }

        var overridden = events.LastOrDefault(e => e.Kind == EvidenceEventKind.Override);
        if (declaration.OverrideVerdict is { } verdict
            && (overridden is null
                || Differs(overridden.Payload, "to", SnakeCaseEnum.Name(verdict))
                || Differs(overridden.Payload, "reason", declaration.OverrideReason)
                || !string.Equals(overridden.Actor, declaration.OverrideBy, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new EvidenceProblemDto("override", "The stored override differs from the one the chain recorded (or was never recorded).");
        }
        else if (declaration.OverrideVerdict is null && overridden is not null)
        {
            yield return new EvidenceProblemDto("override", "The chain records an override that is no longer stored.");
        }

        if (events.Count > 0 && !string.Equals(ChainedSenderToAcknowledge(events), declaration.SenderToAcknowledge, StringComparison.OrdinalIgnoreCase))
        {
            yield return new EvidenceProblemDto("declaration", "Who confirmed (and whether the SE acknowledged them) differs from what the chain recorded.");
        }

        if (events.Count > 0 && ChainedState(events) is { } state && state != declaration.State)
        {
            yield return new EvidenceProblemDto("declaration",
                $"The stored state is {SnakeCaseEnum.Name(declaration.State)}, but the chain's events lead to {SnakeCaseEnum.Name(state)}.");
        }
    }

    /// <summary>The state the chain's events lead to: each verdict records the state it left, an override sets it.</summary>
    private static DeclarationState? ChainedState(IReadOnlyList<Event> events)
    {
        DeclarationState? state = null;
        foreach (var e in events)
        {
            state = e.Kind switch
            {
                EvidenceEventKind.Drafted => DeclarationState.Drafted,
                EvidenceEventKind.Sent or EvidenceEventKind.SentCopyFound when state is null or DeclarationState.Drafted => DeclarationState.Sent,
                EvidenceEventKind.Verdict when (string?)e.Payload["state"] is { } name && SnakeCaseEnum.TryParse<DeclarationState>(name, out var s) => s,
                EvidenceEventKind.Override when (string?)e.Payload["to"] is { } name && SnakeCaseEnum.TryParse<ReplyVerdict>(name, out var v) =>
                    DeclarationProgress.StateOf(v),
                _ => state,
            };
        }

        return state;
    }

    /// <summary>The sender still to acknowledge, as the chain leaves it: set by a deciding verdict, cleared by an acknowledgement or an override.</summary>
    private static string? ChainedSenderToAcknowledge(IReadOnlyList<Event> events)
    {
        string? sender = null;
        foreach (var e in events)
        {
            sender = e.Kind switch
            {
                EvidenceEventKind.Verdict when e.Payload.ContainsKey("senderToAcknowledge") => (string?)e.Payload["senderToAcknowledge"],
                EvidenceEventKind.SenderAcknowledged or EvidenceEventKind.Override => null,
                _ => sender,
            };
        }

        return sender;
    }

    private static bool Differs(JsonObject payload, string field, string? stored) =>
        payload.ContainsKey(field) && !string.Equals((string?)payload[field], stored, StringComparison.Ordinal);

    private static bool SameInstant(JsonNode? recorded, DateTimeOffset stored) =>
        recorded is null
        || (DateTimeOffset.TryParse((string?)recorded, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            && Math.Abs((at - stored).TotalMilliseconds) < 1);

    private static bool SameList(JsonNode? recorded, IEnumerable<string> stored) =>
        recorded is not JsonArray array || array.Select(n => (string?)n).SequenceEqual(stored);

    private static string Sha256(string text) => EvidenceChain.Sha256(Encoding.UTF8.GetBytes(text));

    private sealed record Event(string Kind, string Actor, JsonObject Payload);
}
