using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Storage;
using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Plans;
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
/// Takes one Inbox message: matches it to a declaration, and if it is a reply, reads it in the declaration's
/// context, keeps the raw MIME as evidence and applies it to the declaration. Idempotent: the same message is stored
/// once however often it arrives, and concurrent workers cannot both store it (unique index on owner + message id).
/// </summary>
public sealed class ReplyIntake(
    OutlookWinDb db, DeclarationStore declarations, IMailbox mailbox, ReplyReader reader, [FromKeyedServices(ReplyIntake.PatientReader)] ReplyReader patient,
    IOptions<ReplyReaderSettings> settings, SentCopyLookup sentCopies, IOptions<TrackingOptions> tracking, TimeProvider clock, ILogger<ReplyIntake> log)
{
    /// <summary>The service key of the reader with the longer budget, for the second try.</summary>
    public const string PatientReader = "patient";

    public async Task<IntakeOutcome> TakeAsync(MailboxOwner owner, string messageId, MailMessage? known, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (await SeenAsync(owner, messageId, ct))
        {
            return IntakeOutcome.AlreadySeen;
        }

        var (outcome, message, match) = await MatchAsync(owner, messageId, known, ct);
        if (match is null)
        {
            return outcome;
        }

        byte[] mime;
        string? notDownloaded = null;
        try
        {
            mime = await mailbox.GetMimeAsync(owner, messageId, settings.Value.MaxDownloadBytes, ct);
        }
        catch (MailboxException e) when (e.Failure == MailboxFailure.TooLarge)
        {
            // Kept as a reply all the same (it answers the declaration), without its MIME, and never counted.
            log.LogWarning("A reply to declaration {DeclarationId} was not downloaded: {Reason}", match.DeclarationId, e.Message);
            (mime, notDownloaded) = ([], $"larger than {Size(settings.Value.MaxDownloadBytes)}, the most OutlookWin downloads, so it was not downloaded or kept: open it in Outlook and set the verdict");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreAsync(owner, messageId, message!, match, mime, notDownloaded, ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Someone moved the declaration meanwhile (its sent copy recorded, another reply stored): a lost race,
                // not a failure. Read it again and apply the reply to what it is now, at once rather than after a backoff.
                db.ChangeTracker.Clear();
                if (await SeenAsync(owner, messageId, ct))
                {
                    // Another worker stored it first (at-least-once delivery): theirs stands.
                    return IntakeOutcome.AlreadySeen;
                }
            }
        }
    }

    /// <summary>Reads the matched reply against its declaration, stores it as evidence and applies it, in one save.</summary>
    private async Task<IntakeOutcome> StoreAsync(MailboxOwner owner, string messageId, MailMessage message, ReplyMatch match, byte[] mime, string? notDownloaded, CancellationToken ct)
    {
        var declaration = await declarations.GetAsync(match.DeclarationId, ct);
        var earlier = await declarations.VerdictsAsync(declaration.Id, ct);
        var context = await ContextAsync(declaration, ct);
        var sender = SenderOf(message, mime, declaration, context);
        var reading = SenderTrust.Weigh(notDownloaded is null ? Read(mime, context, declaration.Id, ct) : ReplyReading.Unreadable(notDownloaded), sender);
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
            MatchedBy = match.Signal,
            Mime = mime,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(mime)),
            Verdict = reading.Verdict,
            Confidence = reading.Confidence,
            ReplyText = reading.ReplyText,
            Reading = reading,
            ReturnDate = reading.ReturnDate,
            SenderRole = sender.Role,
            Authentication = sender.Authentication,
            AuthenticationResults = sender.AuthenticationResults,
        };
        declarations.AddReply(reply);
        Remember(owner, messageId, declaration.Id);
        declaration.ApplyReply(
            new ReceivedReply(reply.Id, messageId, reply.InternetMessageId, reply.FromEmail, reply.Subject, reply.ReceivedAt, match.Signal, reply.Sha256, mime.Length, reading,
                reply.FromName, sender),
            earlier, now);
        await declarations.SaveAsync(declaration, ct);
        log.LogInformation("Reply {ReplyId} to declaration {DeclarationId} read as {Verdict}", reply.Id, declaration.Id, reply.Verdict);
        return IntakeOutcome.Stored;
    }

    /// <summary>The declaration a message answers, if any; a message that is not a reply is remembered as seen.</summary>
    private async Task<(IntakeOutcome Outcome, MailMessage? Message, ReplyMatch? Match)> MatchAsync(
        MailboxOwner owner, string messageId, MailMessage? known, CancellationToken ct)
    {
        var candidates = await declarations.SentAsync(owner, ct);
        if (candidates.Count == 0)
        {
            return (IntakeOutcome.Unmatched, null, null);
        }

        if (known is { From: null } or { ReceivedAt: null })
        {
            // A partial object (Graph may send only what changed): not enough to judge, so read the whole message.
            known = null;
        }

        if (known is not null)
        {
            // From a delta page: no threading headers, but Exchange files a reply (In-Reply-To/References) in
            // the declaration's conversation, so a message that matches nothing here is not a reply.
            if (known.ReceivedAt is { } received && candidates.All(c => c.SentAt - ReplyMatcher.ClockTolerance > received))
            {
                return (IntakeOutcome.Unmatched, null, null);
            }

            if (ReplyMatcher.Match(known, owner.Email, candidates) is null && !candidates.Any(AwaitsSentCopy))
            {
                await RememberNotAReplyAsync(owner, messageId, ct);
                return (IntakeOutcome.Unmatched, null, null);
            }
        }

        MailMessage message;
        try
        {
            message = await mailbox.GetMessageAsync(owner, messageId, ct);
        }
        catch (MailboxException e) when (e.Failure == MailboxFailure.NotFound)
        {
            await RememberNotAReplyAsync(owner, messageId, ct);
            return (IntakeOutcome.Gone, null, null);
        }

        var match = ReplyMatcher.Match(message, owner.Email, candidates);
        if (match is null && candidates.Any(AwaitsSentCopy))
        {
            // Exchange's "Undeliverable: …" can arrive before this service has seen its declaration's sent copy, whose
            // Message-ID and conversation are what it matches on: look for the copies now, then match again. Again even
            // when this look found nothing new: the watcher may have recorded the copy since the candidates were read.
            await RecordSentCopiesAsync(owner, ct);
            candidates = await declarations.SentAsync(owner, ct);
            match = ReplyMatcher.Match(message, owner.Email, candidates);
        }

        if (match is null)
        {
            // While a declaration still waits for its sent copy, this message may yet turn out to answer it: it is not
            // remembered as "not a reply", so the conversation look-up or the delta can take it once the copy is known.
            if (!candidates.Any(AwaitsSentCopy))
            {
                await RememberNotAReplyAsync(owner, messageId, ct);
            }

            return (IntakeOutcome.Unmatched, null, null);
        }

        return (IntakeOutcome.Stored, message, match);
    }

    private static bool AwaitsSentCopy(SentDeclaration d) => d.InternetMessageId is null && d.ConversationId is null;

    /// <summary>Records the sent copies the owner's mailbox has now.</summary>
    private async Task RecordSentCopiesAsync(MailboxOwner owner, CancellationToken ct)
    {
        foreach (var declaration in await declarations.AwaitingSentCopyAsync(owner, clock.GetUtcNow() - tracking.Value.SentCopyWindow, ct))
        {
            try
            {
                if (await sentCopies.TryRecordAsync(declaration, ct))
                {
                    await declarations.SaveAsync(declaration, ct);
                }
            }
            catch (DbUpdateException)
            {
                // The watcher recorded it meanwhile: what matters is that it is recorded.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Who wrote the reply, to the plan, and what the receiving server made of them.</summary>
    private static ReplySender SenderOf(MailMessage message, byte[] mime, Declaration declaration, SuccessPlan plan)
    {
        var from = message.From?.Email ?? string.Empty;
        var results = SenderTrust.AuthenticationResultsOf(mime);
        var summary = SenderTrust.Summary(results);
        return new ReplySender(
            from,
            SenderTrust.RoleOf(from, declaration.LeadEngineerEmail, [plan.EconomicBuyer.Email]),
            SenderTrust.Evaluate(results),
            summary.Length <= 200 ? summary : summary[..200]);
    }

    /// <summary>
    /// The plan a reply is read against: the one the declaration was drafted from, or the plan as it is now once a
    /// criterion that blocked a conditional win has been proven since (the reply answers the reconfirmation).
    /// </summary>
    private async Task<SuccessPlan> ContextAsync(Declaration declaration, CancellationToken ct)
    {
        var drafted = PlanDocument.Read(declaration.PlanSnapshot);
        var current = await db.Plans.AsNoTracking().Where(p => p.Id == declaration.PlanId).Select(p => p.Document).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return drafted;
        }

        var now = PlanDocument.Read(current);
        return DeclarationStanding.Reconfirmable(drafted, now).Count > 0 ? now : drafted;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    /// <summary>Reads the reply against the criteria of its declaration.</summary>
    private ReplyReading Read(byte[] mime, SuccessPlan plan, Guid declarationId, CancellationToken ct)
    {
        try
        {
            try
            {
                using var stream = new MemoryStream(mime, writable: false);
                return reader.Read(stream, plan, ct);
            }
            catch (ReplyReadException e) when (e.Error == ReplyReadError.TimeBudgetExceeded)
            {
                // Out of time: a hostile message, or an ordinary one on a machine starved of CPU. One more try with the
                // patient budget tells them apart; only then is it stored unread.
                log.LogInformation("A reply to declaration {DeclarationId} took longer than the reader's budget; reading it again with more time", declarationId);
                using var stream = new MemoryStream(mime, writable: false);
                return patient.Read(stream, plan, ct);
            }
        }
        catch (ReplyReadException e)
        {
            // Kept as evidence all the same, and never counted as a confirmation.
            log.LogWarning("A reply to declaration {DeclarationId} could not be read: {Reason}", declarationId, e.Message);
            return ReplyReading.Unreadable(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the reader on this one message (a poison message): stored as unreadable, so it never
            // blocks the queue or anyone else's replies, and retried by nobody.
            log.LogError(e, "Reading a reply to declaration {DeclarationId} failed", declarationId);
            return ReplyReading.Unreadable($"the reader failed: {e.GetType().Name}");
        }
    }

    private Task<bool> SeenAsync(MailboxOwner owner, string messageId, CancellationToken ct) =>
        db.SeenMessages.AnyAsync(s => s.OwnerTenantId == owner.TenantId && s.OwnerObjectId == owner.ObjectId && s.MessageId == messageId, ct);

    private void Remember(MailboxOwner owner, string messageId, Guid? declarationId) =>
        db.SeenMessages.Add(new SeenMessageRecord
        {
            OwnerTenantId = owner.TenantId,
            OwnerObjectId = owner.ObjectId,
            MessageId = messageId,
            DeclarationId = declarationId,
            SeenAt = clock.GetUtcNow(),
        });

    private async Task RememberNotAReplyAsync(MailboxOwner owner, string messageId, CancellationToken ct)
    {
        Remember(owner, messageId, null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
