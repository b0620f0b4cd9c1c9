using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookWin.Api.Evidence;
using OutlookWin.Api.Features.Plans;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Evidence;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Replies;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Tracking;

/// <summary>What became of one message.</summary>
public enum IntakeOutcome
{
    /// <summary>Already looked at (a duplicate notification, or the delta query seeing it again).</summary>
    AlreadySeen,

    /// <summary>Not a reply to any declaration: nothing of it is kept.</summary>
    Unmatched,

    /// <summary>Matched, read and stored as evidence; the declaration's state was updated.</summary>
    Stored,

    /// <summary>The message no longer exists.</summary>
    Gone,
}

/// <summary>
/// Takes one Inbox message: matches it to a declaration, and if it is a reply, reads it, keeps the raw MIME as
/// evidence and moves the declaration's state. Idempotent: the same message is stored once however often it
/// arrives, and concurrent workers cannot both store it (unique index on owner + message id).
/// </summary>
public sealed class ReplyIntake(OutlookWinDb db, IMailbox mailbox, ReplyReader reader, EvidenceLedger ledger, TimeProvider clock, ILogger<ReplyIntake> log)
{
    internal static readonly JsonSerializerOptions ReadingJson = new(JsonSerializerDefaults.Web);

    public async Task<IntakeOutcome> TakeAsync(MailboxOwner owner, string messageId, MailMessage? known, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (await db.SeenMessages.AnyAsync(
                s => s.OwnerTenantId == owner.TenantId && s.OwnerObjectId == owner.ObjectId && s.MessageId == messageId, ct))
        {
            return IntakeOutcome.AlreadySeen;
        }

        var candidates = await db.Declarations.AsNoTracking()
            .Where(d => d.OwnerTenantId == owner.TenantId && d.OwnerObjectId == owner.ObjectId && d.SentAt != null)
            .Select(d => new SentDeclaration(d.Id, d.InternetMessageId, d.ConversationId, d.Subject, d.LeadEngineerEmail, d.SentAt,
                d.State == "sent" || d.State == "auto_reply" || d.State == "ambiguous"))
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return IntakeOutcome.Unmatched;
        }

        if (known is not null)
        {
            // From a delta page: no threading headers, but Exchange files a reply (In-Reply-To/References) in
            // the declaration's conversation, so a message that matches nothing here is not a reply.
            if (known.ReceivedAt is { } received && candidates.All(c => c.SentAt > received))
            {
                return IntakeOutcome.Unmatched;
            }

            if (ReplyMatcher.Match(known, owner.Email, candidates) is null)
            {
                await RememberAsync(owner, messageId, null, ct);
                return IntakeOutcome.Unmatched;
            }
        }

        MailMessage message;
        try
        {
            message = await mailbox.GetMessageAsync(owner, messageId, ct);
        }
        catch (MailboxException e) when (e.Failure == MailboxFailure.NotFound)
        {
            await RememberAsync(owner, messageId, null, ct);
            return IntakeOutcome.Gone;
        }

        var match = ReplyMatcher.Match(message, owner.Email, candidates);
        if (match is null)
        {
            await RememberAsync(owner, messageId, null, ct);
            return IntakeOutcome.Unmatched;
        }

        var mime = await mailbox.GetMimeAsync(owner, messageId, ct);
        var declaration = await db.Declarations.SingleAsync(d => d.Id == match.DeclarationId, ct);
        var reading = Read(mime, declaration);
        var now = clock.GetUtcNow();
        var reply = new ReplyRecord
        {
            Id = Guid.CreateVersion7(now),
            DeclarationId = declaration.Id,
            OwnerTenantId = owner.TenantId,
            OwnerObjectId = owner.ObjectId,
            MessageId = messageId,
            InternetMessageId = message.InternetMessageId,
            FromEmail = message.From?.Email ?? string.Empty,
            FromName = message.From?.Name,
            Subject = message.Subject,
            ReceivedAt = message.ReceivedAt ?? now,
            StoredAt = now,
            MatchedBy = SignalName(match.Signal),
            Mime = mime,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(mime)),
            Verdict = VerdictName(reading.Verdict),
            Confidence = reading.Confidence,
            ReplyText = reading.ReplyText,
            Reading = JsonSerializer.Serialize(reading, ReadingJson),
            ReturnDate = reading.ReturnDate,
        };
        db.Replies.Add(reply);
        db.SeenMessages.Add(new SeenMessageRecord
        {
            OwnerTenantId = owner.TenantId,
            OwnerObjectId = owner.ObjectId,
            MessageId = messageId,
            DeclarationId = declaration.Id,
            SeenAt = now,
        });

        var earlier = await db.Replies.AsNoTracking()
            .Where(r => r.DeclarationId == declaration.Id)
            .Select(r => new { r.ReceivedAt, r.Verdict, r.ReturnDate })
            .ToListAsync(ct);
        var all = earlier.Append(new { reply.ReceivedAt, reply.Verdict, reply.ReturnDate }).OrderBy(r => r.ReceivedAt).ToList();
        declaration.State = StateName(DeclarationProgress.StateAfter(all.Select(r => OutcomeOf(r.Verdict))));
        declaration.ReturnDate = all.LastOrDefault(r => r.Verdict == "auto_reply")?.ReturnDate ?? declaration.ReturnDate;
        if (declaration.OverrideVerdict is not null)
        {
            // The SE's override stands until they lift it; the new reading is kept and shown beside it.
            declaration.State = declaration.OverrideVerdict;
        }

        declaration.UpdatedAt = now;
        declaration.Version++;
        await ledger.AppendAsync(declaration.Id, EvidenceEventKind.ReplyReceived, EvidenceLedger.Service, new
        {
            replyId = reply.Id,
            reply.MessageId,
            reply.InternetMessageId,
            from = reply.FromEmail,
            reply.Subject,
            reply.ReceivedAt,
            reply.MatchedBy,
            reply.Sha256,
            size = mime.Length,
        }, ct);
        await ledger.AppendAsync(declaration.Id, EvidenceEventKind.Verdict, EvidenceLedger.Service, new
        {
            replyId = reply.Id,
            reply.Verdict,
            reply.Confidence,
            replyTextSha256 = EvidenceChain.Sha256(System.Text.Encoding.UTF8.GetBytes(reply.ReplyText)),
            evidence = reading.Evidence.Select(e => e.Text),
            reading.Conditions,
            reading.Objections,
            reply.ReturnDate,
            state = declaration.State,
        }, ct);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await AlreadyStoredAsync(owner, messageId, ct))
            {
                // Another worker stored it first (at-least-once delivery): theirs stands.
                return IntakeOutcome.AlreadySeen;
            }

            throw;
        }

        log.LogInformation("Reply {ReplyId} to declaration {DeclarationId} read as {Verdict}", reply.Id, declaration.Id, reply.Verdict);
        return IntakeOutcome.Stored;
    }

    private ReplyReading Read(byte[] mime, DeclarationRecord declaration)
    {
        var plan = PlanMapping.FromDocument(declaration.PlanSnapshot);
        try
        {
            using var stream = new MemoryStream(mime, writable: false);
            return reader.Read(stream, plan);
        }
        catch (ReplyReadException e)
        {
            // Kept as evidence all the same, and never counted as a confirmation.
            log.LogWarning("A reply to declaration {DeclarationId} could not be read: {Reason}", declaration.Id, e.Message);
            return new ReplyReading(ReplyVerdict.Ambiguous, 0, string.Empty, [], [], [], null, [],
                $"The reply could not be read ({e.Message}); a person must look at it.");
        }
    }

    private async Task<bool> AlreadyStoredAsync(MailboxOwner owner, string messageId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.SeenMessages.AnyAsync(
            s => s.OwnerTenantId == owner.TenantId && s.OwnerObjectId == owner.ObjectId && s.MessageId == messageId, ct);
    }

    private async Task RememberAsync(MailboxOwner owner, string messageId, Guid? declarationId, CancellationToken ct)
    {
        db.SeenMessages.Add(new SeenMessageRecord
        {
            OwnerTenantId = owner.TenantId,
            OwnerObjectId = owner.ObjectId,
            MessageId = messageId,
            DeclarationId = declarationId,
            SeenAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    internal static string VerdictName(ReplyVerdict verdict) => verdict switch
    {
        ReplyVerdict.Confirmed => "confirmed",
        ReplyVerdict.Conditional => "conditional",
        ReplyVerdict.Declined => "declined",
        ReplyVerdict.AutoReply => "auto_reply",
        _ => "ambiguous",
    };

    internal static ReplyOutcome OutcomeOf(string verdict) => verdict switch
    {
        "confirmed" => ReplyOutcome.Confirmed,
        "conditional" => ReplyOutcome.Conditional,
        "declined" => ReplyOutcome.Declined,
        "auto_reply" => ReplyOutcome.AutoReply,
        _ => ReplyOutcome.Ambiguous,
    };

    internal static string StateName(DeclarationState state) => state switch
    {
        DeclarationState.Drafted => "drafted",
        DeclarationState.Sent => "sent",
        DeclarationState.AutoReply => "auto_reply",
        DeclarationState.Confirmed => "confirmed",
        DeclarationState.Conditional => "conditional",
        DeclarationState.Declined => "declined",
        _ => "ambiguous",
    };

    private static string SignalName(MatchSignal signal) => signal switch
    {
        MatchSignal.ConversationId => "conversation",
        MatchSignal.InReplyTo => "in_reply_to",
        MatchSignal.References => "references",
        MatchSignal.LeadEngineerAndSubject => "lead_engineer_subject",
        MatchSignal.LeadEngineer => "lead_engineer",
        _ => "colleague_subject",
    };
}
