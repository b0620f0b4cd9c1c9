using OutlookWin.Domain.Mail;
using OutlookWin.Domain.Tracking;

namespace OutlookWin.Api.Tracking;

/// <summary>Finds a declaration's sent copy in the owner's mailbox and records it on the declaration.</summary>
public sealed class SentCopyLookup(IMailbox mailbox, TimeProvider clock, ILogger<SentCopyLookup> log)
{
    /// <summary>True when the sent copy was found and recorded (the caller saves the declaration).</summary>
    public async Task<bool> TryRecordAsync(Declaration declaration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var owner = declaration.Owner;
        if (await mailbox.FindSentAsync(owner, declaration.Id, declaration.ComposeItemId, ct) is not { } sent)
        {
            return false;
        }

        byte[]? mime = null;
        try
        {
            mime = await mailbox.GetMimeAsync(owner, sent.Id, ct);
        }
        catch (MailboxException e)
        {
            // The ids are what matter for matching; the copy for the evidence pack can be fetched later.
            log.LogWarning("The sent copy of declaration {DeclarationId} could not be read: {Failure}", declaration.Id, e.Failure);
        }

        declaration.RecordSentCopy(sent, mime, clock.GetUtcNow());
        return true;
    }
}
