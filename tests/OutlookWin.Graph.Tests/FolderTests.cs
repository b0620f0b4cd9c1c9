using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>
/// Replies outside the Inbox, as Exchange files them: a rule moves a prospect's mail into a deal folder, the junk filter
/// moves a sender failing DMARC into Junk Email. The Inbox delta query never sees them; the whole-mailbox
/// subscription and the conversation lookup do.
/// </summary>
public sealed class FolderTests : IAsyncLifetime
{
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;
    private SandboxHost _host = null!;
    private GraphMailbox _mailbox = null!;
    private MailMessage _sent = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _mailbox = GraphMailboxes.For(_host);
        _sent = await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_rule_files_a_reply_into_a_deal_folder_and_its_conversation_still_finds_it()
    {
        var store = _host.Get<SandboxMailStore>();
        store.AddRule(Se.Email, new SandboxRule("@northwind-energy.com", "deals/northwind"));

        var reply = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(_sent.DeclarationId!.Value, Text: "Confirmed: all criteria met."));

        Assert.Equal("deals/northwind", store.Find(Se.Email, reply.Id)!.Folder);
        var inbox = await _mailbox.InboxDeltaAsync(Se, null, CancellationToken.None);
        Assert.DoesNotContain(inbox.Messages, m => m.Id == reply.Id);
        var conversation = await _mailbox.ConversationAsync(Se, _sent.ConversationId!, CancellationToken.None);
        Assert.Equal([reply.Id, _sent.Id], conversation.Select(m => m.Id));
        Assert.Equal("priya.shah@northwind-energy.com", conversation[0].From?.Email, StringComparer.OrdinalIgnoreCase);
        Assert.NotNull(conversation[0].InReplyTo); // headers come along, as from a delta page
    }

    [Fact]
    public async Task A_reply_failing_dmarc_lands_in_junk_and_a_rule_for_another_sender_does_not_move_it()
    {
        var store = _host.Get<SandboxMailStore>();
        store.AddRule(Se.Email, new SandboxRule("someone.else@northwind-energy.com", "deals/northwind"));

        var spoofed = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(_sent.DeclarationId!.Value, Text: "Confirmed.", Spoofed: true));
        var genuine = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(_sent.DeclarationId!.Value, Text: "Confirmed."));

        Assert.Equal(SandboxFolders.JunkEmail, store.Find(Se.Email, spoofed.Id)!.Folder);
        Assert.Equal(SandboxFolders.Inbox, store.Find(Se.Email, genuine.Id)!.Folder);
        var conversation = await _mailbox.ConversationAsync(Se, _sent.ConversationId!, CancellationToken.None);
        Assert.Contains(conversation, m => m.Id == spoofed.Id);
    }

    [Fact]
    public async Task A_whole_mailbox_subscription_hears_of_mail_a_rule_filed_outside_the_inbox()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscriptions = _host.Get<SandboxSubscriptions>();
        var store = _host.Get<SandboxMailStore>();
        store.AddRule(Se.Email, new SandboxRule("priya.shah@northwind-energy.com", "deals/northwind"));
        await _mailbox.SubscribeAsync(Se, new SubscriptionRequest(receiver.NotificationUrl, receiver.LifecycleUrl, "state", DateTimeOffset.UtcNow.AddHours(1)), CancellationToken.None);

        var filed = _host.Get<ProspectSimulator>().Reply(new ProspectReplyRequest(_sent.DeclarationId!.Value, Text: "Confirmed."));

        var notified = await WebhookReceiver.WaitForAsync(
            () => receiver.Notifications,
            all => all.Any(n => n.ToJsonString().Contains(filed.Id, StringComparison.Ordinal)));
        var change = notified.Single(n => (string?)n["resourceData"]?["id"] == filed.Id);
        Assert.Equal("created", (string?)change["changeType"]);
        Assert.Equal(GraphMailbox.MailboxMessagesResource, Assert.Single(subscriptions.Active).Resource);
    }
}
