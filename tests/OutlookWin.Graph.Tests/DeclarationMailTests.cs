using MimeKit;
using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>The declaration's way out and the reply's way in, through the real Graph SDK over HTTP.</summary>
public sealed class DeclarationMailTests : IAsyncLifetime
{
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;
    private SandboxHost _host = null!;
    private GraphMailbox _mailbox = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _mailbox = GraphMailboxes.For(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_stamped_draft_is_sent_and_its_sent_copy_found_with_message_and_conversation_ids()
    {
        var declarationId = Guid.NewGuid();
        var draft = await _mailbox.CreateDraftAsync(Se, GraphMailboxes.Declaration(declarationId), CancellationToken.None);
        Assert.StartsWith("https://outlook.office365.com/owa/", draft.WebLink, StringComparison.Ordinal);
        Assert.Null(await _mailbox.FindSentAsync(Se, declarationId, null, CancellationToken.None));

        await _mailbox.SendDraftAsync(Se, draft.Id, CancellationToken.None);
        var sent = await _mailbox.FindSentAsync(Se, declarationId, null, CancellationToken.None);

        Assert.NotNull(sent);
        Assert.Equal(draft.Id, sent.Id); // immutable id survives the move from Drafts to Sent Items
        Assert.Equal(declarationId, sent.DeclarationId);
        Assert.Matches("^<.+@outlookwin-demo.com>$", sent.InternetMessageId);
        Assert.False(string.IsNullOrEmpty(sent.ConversationId));
        Assert.Equal(Se.Email, sent.From?.Email);
        Assert.Equal(SandboxHost.LeadEngineer.Email, Assert.Single(sent.To).Email);
        Assert.NotNull(sent.SentAt);

        var delivered = _host.Get<SandboxMailStore>().List(SandboxHost.LeadEngineer.Email, SandboxFolders.Inbox);
        Assert.Equal(sent.InternetMessageId, Assert.Single(delivered).InternetMessageId);
        Assert.Single(_host.Get<SandboxMailStore>().List(SandboxHost.AccountExecutive.Email, SandboxFolders.Inbox));
        Assert.All(_host.Get<SandboxRequestLog>().Records, r => Assert.Contains("IdType=\"ImmutableId\"", r.Prefer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_add_in_custom_property_is_read_under_the_configured_add_in_id()
    {
        var store = _host.Get<SandboxMailStore>();
        var declarationId = Guid.NewGuid();
        const string productionId = "0e3b6c51-9a7d-4c2e-8f10-6b2d4a9c7e55";
        var customProperties = $"{{\"{DeclarationMark.CustomPropertyName}\":\"{declarationId}\"}}";
        // Outlook names the property after the manifest's id: here a production manifest's.
        var draft = store.CreateDraft(Se.Email, new DraftInput(
            "Technical Win Declaration (from Outlook)", "html", "<p>Confirm please</p>",
            [new MailAddressRecord(SandboxHost.LeadEngineer.Name, SandboxHost.LeadEngineer.Email)], [],
            new Dictionary<string, string> { [DeclarationMark.AddinCustomPropertiesIdFor(productionId)] = customProperties }));
        store.Send(Se.Email, draft.Id);

        Assert.Null(await _mailbox.FindSentAsync(Se, declarationId, null, CancellationToken.None));
        var configured = GraphMailboxes.For(_host, o => o.AddinId = productionId);
        Assert.Equal(draft.Id, (await configured.FindSentAsync(Se, declarationId, null, CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task Outlooks_id_for_a_saved_item_is_translated_to_its_immutable_id()
    {
        var draft = await _mailbox.CreateDraftAsync(Se, GraphMailboxes.Declaration(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal(draft.Id, await _mailbox.ToImmutableIdAsync(Se, draft.Id, CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<MailboxException>(() =>
            _mailbox.ToImmutableIdAsync(Se, "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0Aunknown", CancellationToken.None));
        Assert.Equal(MailboxFailure.NotFound, unknown.Failure);
    }

    [Fact]
    public async Task A_sent_copy_without_the_custom_property_is_found_by_the_saved_compose_items_id_once_sent()
    {
        var store = _host.Get<SandboxMailStore>();
        var declarationId = Guid.NewGuid();
        var draft = store.CreateDraft(Se.Email, new DraftInput(
            "Technical Win Declaration (from Outlook)", "html", "<p>Confirm please</p>",
            [new MailAddressRecord(SandboxHost.LeadEngineer.Name, SandboxHost.LeadEngineer.Email)], [], new Dictionary<string, string>()));

        // Still a draft: not a sent copy. An id the mailbox does not know finds nothing, and fails nothing.
        Assert.Null(await _mailbox.FindSentAsync(Se, declarationId, draft.Id, CancellationToken.None));
        Assert.Null(await _mailbox.FindSentAsync(Se, declarationId, "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0Aunknown", CancellationToken.None));

        store.Send(Se.Email, draft.Id);
        var sent = await _mailbox.FindSentAsync(Se, declarationId, draft.Id, CancellationToken.None);
        Assert.Equal(draft.Id, sent?.Id);
        Assert.Equal(declarationId, sent?.DeclarationId);
        Assert.NotNull(sent?.InternetMessageId);
        Assert.Null(await _mailbox.FindSentAsync(Se, declarationId, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_declaration_sent_from_Outlooks_compose_window_is_found_by_the_add_in_custom_property()
    {
        var store = _host.Get<SandboxMailStore>();
        var declarationId = Guid.NewGuid();
        // What Outlook stores when the pane calls item.loadCustomPropertiesAsync/saveAsync before the SE presses Send.
        var customProperties = $"{{\"{DeclarationMark.CustomPropertyName}\":\"{declarationId}\",\"other\":\"x\"}}";
        var draft = store.CreateDraft(Se.Email, new DraftInput(
            "Technical Win Declaration (from Outlook)", "html", "<p>Confirm please</p>",
            [new MailAddressRecord(SandboxHost.LeadEngineer.Name, SandboxHost.LeadEngineer.Email)], [],
            new Dictionary<string, string> { [DeclarationMark.AddinCustomPropertiesId] = customProperties }));
        store.Send(Se.Email, draft.Id);
        await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid()); // a later, unrelated declaration

        var sent = await _mailbox.FindSentAsync(Se, declarationId, null, CancellationToken.None);

        Assert.NotNull(sent);
        Assert.Equal(draft.Id, sent.Id);
        Assert.Equal(declarationId, sent.DeclarationId);
        Assert.NotNull(sent.InternetMessageId);
        Assert.Null(await _mailbox.FindSentAsync(Se, Guid.NewGuid(), null, CancellationToken.None));
    }

    [Fact]
    public async Task Mime_larger_than_the_limit_is_refused_once_the_limit_has_arrived()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var padding = string.Join("\n", Enumerable.Repeat("The raw latency samples from our own collectors are below, one line each.", 4000));
        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Confirmed.\n\n" + padding));
        var size = _host.Get<SandboxMailStore>().Find(Se.Email, reply.Id)!.Mime!.Length;
        Assert.True(size > 200_000, $"{size} bytes");

        var refused = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.GetMimeAsync(Se, reply.Id, size - 1, CancellationToken.None));
        Assert.Equal(MailboxFailure.TooLarge, refused.Failure);
        Assert.False(refused.IsTransient);
        // Exactly the limit is not over it.
        Assert.Equal(size, (await _mailbox.GetMimeAsync(Se, reply.Id, size, CancellationToken.None)).Length);
    }

    [Fact]
    public async Task Mime_is_returned_byte_for_byte_as_the_sandbox_stores_it()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Canned: ProspectSimulator.Confirmed));

        var mime = await _mailbox.GetMimeAsync(Se, reply.Id, CancellationToken.None);

        Assert.Equal(_host.Get<SandboxMailStore>().Find(Se.Email, reply.Id)!.Mime, mime);
        using var parsed = MimeMessage.Load(new MemoryStream(mime));
        Assert.Equal(reply.InternetMessageId, $"<{parsed.MessageId}>");
        Assert.Equal(sent.InternetMessageId, $"<{parsed.InReplyTo}>");
        Assert.Contains("Confirmed", parsed.TextBody, StringComparison.Ordinal);

        var sentMime = await _mailbox.GetMimeAsync(Se, sent.Id, CancellationToken.None);
        using var parsedSent = MimeMessage.Load(new MemoryStream(sentMime));
        Assert.Equal(sent.InternetMessageId, $"<{parsedSent.MessageId}>");
        Assert.Equal(Se.Email, parsedSent.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task The_prospects_reply_arrives_threaded_and_a_new_thread_reply_does_not()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var prospect = _host.Get<ProspectSimulator>();

        var reply = prospect.Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Confirmed, the team considers the evaluation a success."));
        var message = await _mailbox.GetMessageAsync(Se, reply.Id, CancellationToken.None);

        Assert.Equal(sent.InternetMessageId, message.InReplyTo);
        Assert.Contains(sent.InternetMessageId!, message.References);
        Assert.Equal(sent.ConversationId, message.ConversationId);
        Assert.Equal("RE: " + sent.Subject, message.Subject);
        Assert.Equal(SandboxHost.LeadEngineer.Email, message.From?.Email);
        Assert.Equal(Se.Email, Assert.Single(message.To).Email);
        Assert.NotNull(message.ReceivedAt);
        Assert.Equal(sent.InternetMessageId, message.Headers["In-Reply-To"]);
        Assert.Null(message.DeclarationId);
        var body = _host.Get<SandboxMailStore>().Find(Se.Email, reply.Id)!.Body;
        Assert.Contains("divRplyFwdMsg", body, StringComparison.Ordinal); // Outlook's quoted original below the answer
        Assert.Contains("validated the three mandatory success criteria", body, StringComparison.Ordinal);

        var colleague = prospect.Reply(new ProspectReplyRequest(sent.DeclarationId.Value, Text: "Priya asked me to confirm: success.", From: "Tom Becker <tom.becker@northwind-energy.com>", NewThread: true));
        var separate = await _mailbox.GetMessageAsync(Se, colleague.Id, CancellationToken.None);

        Assert.Null(separate.InReplyTo);
        Assert.Empty(separate.References);
        Assert.NotEqual(sent.ConversationId, separate.ConversationId);
        Assert.Equal("tom.becker@northwind-energy.com", separate.From?.Email);
        Assert.DoesNotContain("RE:", separate.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_office_reply_is_marked_as_automatic()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());

        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Canned: ProspectSimulator.OutOfOffice));
        var message = await _mailbox.GetMessageAsync(Se, reply.Id, CancellationToken.None);

        Assert.Equal("auto-replied", message.Headers["Auto-Submitted"]);
        Assert.StartsWith("Automatic reply: ", message.Subject, StringComparison.Ordinal);
        Assert.Equal(sent.InternetMessageId, message.InReplyTo);
        Assert.Contains("out of the office until", _host.Get<SandboxMailStore>().Find(Se.Email, reply.Id)!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarding_the_reply_delivers_it_to_the_vp_with_the_cover_note_above_the_original()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Confirmed: we exceeded the MTTR target by 3 points."));

        await _mailbox.ForwardAsync(Se, reply.Id, new ForwardRequest(
            [SandboxHost.Vp], [SandboxHost.AccountExecutive], "<p>Dana, Priya confirmed the technical win yesterday. Are we ready to review the contract?</p>"), CancellationToken.None);

        var store = _host.Get<SandboxMailStore>();
        var atVp = Assert.Single(store.List(SandboxHost.Vp.Email, SandboxFolders.Inbox));
        Assert.Equal("FW: " + sent.Subject, atVp.Subject);
        Assert.Equal(Se.Email, atVp.From?.Email);
        Assert.Equal(SandboxHost.AccountExecutive.Email, Assert.Single(atVp.Cc).Email);
        var commentAt = atVp.Body.IndexOf("Are we ready to review the contract?", StringComparison.Ordinal);
        var originalAt = atVp.Body.IndexOf("we exceeded the MTTR target by 3 points", StringComparison.Ordinal);
        Assert.InRange(commentAt, 0, originalAt);
        Assert.Contains("<b>From:</b> Priya Shah", atVp.Body, StringComparison.Ordinal);
        Assert.Contains(store.List(SandboxHost.AccountExecutive.Email, SandboxFolders.Inbox), m => m.Subject == atVp.Subject);
        Assert.Contains(store.List(Se.Email, SandboxFolders.SentItems), m => m.Subject == atVp.Subject);
        // The original stays as it was received.
        Assert.Equal(store.Find(Se.Email, reply.Id)!.Mime, await _mailbox.GetMimeAsync(Se, reply.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_forward_whose_send_answer_is_lost_is_not_sent_again_and_says_its_outcome_is_unknown()
    {
        var sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(sent.DeclarationId!.Value, Text: "Confirmed: all three criteria met."));
        _host.Get<SandboxFaults>().LoseNextSendResponses(5);

        var lost = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.ForwardAsync(Se, reply.Id,
            new ForwardRequest([SandboxHost.Vp], [], "<p>Dana, the written confirmation.</p>"), CancellationToken.None));

        // The Sandbox sent the forward draft and then answered 504, as Exchange does when the front end gives up first:
        // retrying the POST would have put a second copy in the VP's inbox, and deleting the "draft" would have deleted
        // the sent copy (its id survives the move to Sent Items).
        Assert.Equal(MailboxFailure.Unavailable, lost.Failure);
        Assert.False(lost.NotSent);
        var store = _host.Get<SandboxMailStore>();
        var atVp = Assert.Single(store.List(SandboxHost.Vp.Email, SandboxFolders.Inbox));
        Assert.Contains(store.List(Se.Email, SandboxFolders.SentItems), m => m.Subject == atVp.Subject);
        Assert.Single(_host.Get<SandboxRequestLog>().Records, r => r.Method == "POST" && r.Path.EndsWith("/send", StringComparison.Ordinal) && r.Status == 504);
        Assert.DoesNotContain(_host.Get<SandboxRequestLog>().Records, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task A_send_whose_answer_is_lost_is_not_retried_but_a_throttled_send_is()
    {
        var owner = SandboxHost.SalesEngineer;
        var lostDraft = await _mailbox.CreateDraftAsync(owner, GraphMailboxes.Declaration(Guid.NewGuid()), CancellationToken.None);
        _host.Get<SandboxFaults>().LoseNextWriteResponses(1);
        var lost = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.SendDraftAsync(owner, lostDraft.Id, CancellationToken.None));
        Assert.Equal(MailboxFailure.Unavailable, lost.Failure);

        // 429 means the request was refused before any work: retrying it is safe, and the message goes out once.
        var throttledDraft = await _mailbox.CreateDraftAsync(owner, GraphMailboxes.Declaration(Guid.NewGuid()), CancellationToken.None);
        _host.Get<SandboxFaults>().ThrottleNext(1, TimeSpan.Zero);
        await _mailbox.SendDraftAsync(owner, throttledDraft.Id, CancellationToken.None);

        var sends = _host.Get<SandboxRequestLog>().Records.Where(r => r.Method == "POST" && r.Path.EndsWith("/send", StringComparison.Ordinal)).ToList();
        Assert.Equal([504, 429, 202], sends.Select(r => r.Status));
        Assert.Equal(2, _host.Get<SandboxMailStore>().List(SandboxHost.LeadEngineer.Email, SandboxFolders.Inbox).Count);
    }
}
