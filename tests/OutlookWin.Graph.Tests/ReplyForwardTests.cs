using System.Security.Cryptography;
using Microsoft.Graph.Models;
using MimeKit;
using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>
/// Replies in a declaration's thread and forwards that carry the stored original, made of several Graph calls each,
/// through the real SDK: what goes out, and what a failure at each step leaves behind.
/// </summary>
public sealed class ReplyForwardTests : IAsyncLifetime
{
    private const string Note = "<p>Dana, Priya confirmed the technical win yesterday. Are we ready to review the contract?</p>";
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;
    private SandboxHost _host = null!;
    private GraphMailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _mailbox = GraphMailboxes.For(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private SandboxMailStore Store => _host.Get<SandboxMailStore>();

    private SandboxRequestLog Log => _host.Get<SandboxRequestLog>();

    [Fact]
    public async Task A_reply_draft_joins_the_declarations_thread_with_our_text_recipients_and_mark()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var mark = Guid.NewGuid();

        var draft = await _mailbox.CreateReplyDraftAsync(Se, sent.Id, new OutgoingMail(mark, "RE: edited subject is not used",
            "<p>Hi Priya, could you reply with a one-line written confirmation?</p>", [SandboxHost.LeadEngineer], [SandboxHost.AccountExecutive]), CancellationToken.None);

        var stored = Store.Find(Se.Email, draft.Id)!;
        Assert.True(stored.IsDraft);
        Assert.Equal("RE: " + sent.Subject, stored.Subject);
        Assert.Equal(SandboxHost.LeadEngineer.Email, Assert.Single(stored.To).Email);
        Assert.Equal(SandboxHost.AccountExecutive.Email, Assert.Single(stored.Cc).Email);
        Assert.Equal(mark.ToString(), stored.ExtendedProperties[DeclarationMark.ExtendedPropertyId]);
        Assert.InRange(stored.Body.IndexOf("one-line written confirmation", StringComparison.Ordinal), 0, stored.Body.IndexOf("divRplyFwdMsg", StringComparison.Ordinal));
        Assert.Contains("validated the three mandatory success criteria", stored.Body, StringComparison.Ordinal);
        Assert.StartsWith("https://outlook.office365.com/owa/", draft.WebLink, StringComparison.Ordinal);

        await _mailbox.SendDraftAsync(Se, draft.Id, CancellationToken.None);

        var followUp = await _mailbox.GetMessageAsync(Se, draft.Id, CancellationToken.None);
        Assert.Equal(sent.ConversationId, followUp.ConversationId);
        using var mime = MimeMessage.Load(new MemoryStream(await _mailbox.GetMimeAsync(Se, draft.Id, CancellationToken.None)));
        Assert.Equal(sent.InternetMessageId, $"<{mime.InReplyTo}>");
        Assert.Contains(sent.InternetMessageId!, mime.References.Select(r => $"<{r}>"));
        // Each keeps its own mark: the declaration's sent copy is still the one found for the declaration.
        Assert.Equal(sent.Id, (await _mailbox.FindSentAsync(Se, sent.DeclarationId!.Value, null, CancellationToken.None))!.Id);
        Assert.Equal(draft.Id, (await _mailbox.FindSentAsync(Se, mark, null, CancellationToken.None))!.Id);
        Assert.Equal(["createReply", "PATCH", "send"], Log.Records.SkipWhile(r => !r.Path.EndsWith("/createReply", StringComparison.Ordinal))
            .Where(r => r.Method != "GET").Select(r => r.Method == "PATCH" ? "PATCH" : r.Path[(r.Path.LastIndexOf('/') + 1)..]));
    }

    [Fact]
    public async Task A_reply_to_a_message_that_is_gone_is_not_found_and_nothing_is_drafted()
    {
        var missing = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.CreateReplyDraftAsync(Se, "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AgoneXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            new OutgoingMail(Guid.NewGuid(), "RE: x", "<p>x</p>", [SandboxHost.LeadEngineer], []), CancellationToken.None));

        Assert.Equal(MailboxFailure.NotFound, missing.Failure);
        Assert.True(missing.NotSent);
        Assert.Empty(Store.List(Se.Email, SandboxFolders.Drafts));
    }

    [Fact]
    public async Task A_forward_carries_the_original_inline_under_the_note_and_attached_byte_for_byte()
    {
        var (reply, eml) = await ConfirmedReplyAsync();

        await _mailbox.ForwardAsync(Se, reply, Forward(eml), CancellationToken.None);

        var atVp = Assert.Single(Store.List(SandboxHost.Vp.Email, SandboxFolders.Inbox));
        Assert.StartsWith("FW: ", atVp.Subject, StringComparison.Ordinal);
        Assert.Equal(Se.Email, atVp.From?.Email);
        Assert.Equal(SandboxHost.AccountExecutive.Email, Assert.Single(atVp.Cc).Email);
        var noteAt = atVp.Body.IndexOf("Are we ready to review the contract?", StringComparison.Ordinal);
        Assert.InRange(noteAt, 0, atVp.Body.IndexOf("<b>From:</b> Priya Shah", StringComparison.Ordinal));
        Assert.Contains("Confirmed", atVp.Body, StringComparison.Ordinal);
        var attached = Assert.Single(MimeAttachments.Read(atVp.Mime!));
        Assert.Equal(("original-reply.eml", "message/rfc822"), (attached.Name, attached.ContentType));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(eml)), Convert.ToHexStringLower(SHA256.HashData(attached.Content)));
        Assert.Empty(Store.List(Se.Email, SandboxFolders.Drafts));
        Assert.DoesNotContain(Log.Records, r => r.Path.EndsWith("/forward", StringComparison.Ordinal));
        Assert.Equal(["createForward", "PATCH", "attachments", "send"], Writes());
    }

    [Fact]
    public async Task A_forward_whose_attachment_answer_is_lost_sends_nothing_and_deletes_its_draft()
    {
        var (reply, eml) = await ConfirmedReplyAsync();
        _host.Get<SandboxFaults>().LoseNextWriteResponses(1, "POST", "/attachments");

        var failed = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.ForwardAsync(Se, reply, Forward(eml), CancellationToken.None));

        Assert.Equal(MailboxFailure.Unavailable, failed.Failure);
        Assert.True(failed.NotSent);
        Assert.Empty(Store.List(SandboxHost.Vp.Email, SandboxFolders.Inbox));
        Assert.Empty(Store.List(Se.Email, SandboxFolders.Drafts));
        Assert.Equal(["createForward", "PATCH", "attachments", "DELETE"], Writes());
    }

    [Fact]
    public async Task A_forward_whose_draft_answer_is_lost_sends_nothing()
    {
        var (reply, eml) = await ConfirmedReplyAsync();
        _host.Get<SandboxFaults>().LoseNextWriteResponses(1);

        var failed = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.ForwardAsync(Se, reply, Forward(eml), CancellationToken.None));

        // createForward was carried out but its answer (the draft's id) lost: the draft stays in Drafts, unsent.
        Assert.Equal(MailboxFailure.Unavailable, failed.Failure);
        Assert.True(failed.NotSent);
        Assert.Empty(Store.List(SandboxHost.Vp.Email, SandboxFolders.Inbox));
        Assert.Equal(["createForward"], Writes());
    }

    [Fact]
    public async Task A_lost_update_answer_is_repeated_and_the_forward_goes_out_once()
    {
        var (reply, eml) = await ConfirmedReplyAsync();
        _host.Get<SandboxFaults>().LoseNextWriteResponses(1, "PATCH");

        await _mailbox.ForwardAsync(Se, reply, Forward(eml), CancellationToken.None);

        // PATCH sets the same values again: repeating it is safe, unlike a POST.
        Assert.Single(Store.List(SandboxHost.Vp.Email, SandboxFolders.Inbox));
        Assert.Equal(["createForward", "PATCH", "PATCH", "attachments", "send"], Writes());
    }

    [Fact]
    public async Task An_original_too_large_to_attach_is_refused_before_anything_is_drafted()
    {
        var (reply, _) = await ConfirmedReplyAsync();
        var large = new byte[GraphMailbox.MaxAttachmentBytes];

        var refused = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.ForwardAsync(Se, reply, Forward(large), CancellationToken.None));

        Assert.Equal(MailboxFailure.Rejected, refused.Failure);
        Assert.True(refused.NotSent);
        Assert.Contains("original-reply.eml is 3.0 MB", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Writes());
    }

    [Theory]
    [InlineData("<html><head><title>x</title></head><body dir=\"ltr\"><hr><p>quoted</p></body></html>", "<html><head><title>x</title></head><body dir=\"ltr\"><div><p>new</p></div><hr><p>quoted</p></body></html>")]
    [InlineData("<hr><p>quoted</p>", "<div><p>new</p></div><hr><p>quoted</p>")]
    public void Our_text_goes_in_at_the_top_of_the_drafts_body(string draft, string expected)
    {
        var body = DraftBody.Above(new ItemBody { ContentType = BodyType.Html, Content = draft }, "<html><body><p>new</p></body></html>");

        Assert.Equal(BodyType.Html, body.ContentType);
        Assert.Equal(expected, body.Content);
    }

    [Fact]
    public void A_text_draft_becomes_html_with_the_quote_escaped()
    {
        var body = DraftBody.Above(new ItemBody { ContentType = BodyType.Text, Content = "> a < b\nline" }, "<p>new</p>");

        Assert.Equal(BodyType.Html, body.ContentType);
        Assert.Equal("<div><p>new</p></div><div>&gt; a &lt; b<br>line</div>", body.Content);
    }

    private static ForwardRequest Forward(byte[] original) =>
        new([SandboxHost.Vp], [SandboxHost.AccountExecutive], Note, [new MailAttachment("original-reply.eml", "message/rfc822", original)]);

    /// <summary>The prospect's confirmation in the SE's Inbox, and its MIME as stored (what the evidence keeps).</summary>
    private async Task<(string Id, byte[] Mime)> ConfirmedReplyAsync()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Canned: ProspectSimulator.Confirmed));
        var mime = await _mailbox.GetMimeAsync(Se, reply.Id, CancellationToken.None);
        Log.Clear();
        return (reply.Id, mime);
    }

    /// <summary>The writes the Sandbox answered since the reply arrived: the action's name, or the method for PATCH and DELETE.</summary>
    private List<string> Writes() =>
        [.. Log.Records.Where(r => r.Method != "GET").Select(r => r.Method is "PATCH" or "DELETE" ? r.Method : r.Path[(r.Path.LastIndexOf('/') + 1)..])];
}
