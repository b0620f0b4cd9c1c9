using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>The Inbox delta query: full sync in pages, incremental rounds, removals, and expired state.</summary>
public sealed class DeltaTests : IAsyncLifetime
{
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;
    private SandboxHost _host = null!;
    private GraphMailbox _mailbox = null!;
    private Guid _declarationId;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _mailbox = GraphMailboxes.For(_host, o => o.DeltaPageSize = 2);
        _declarationId = (await GraphMailboxes.SendDeclarationAsync(_mailbox, Guid.NewGuid())).DeclarationId!.Value;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_full_sync_pages_through_the_inbox_then_rounds_return_only_changes()
    {
        var prospect = _host.Get<ProspectSimulator>();
        var first = Enumerable.Range(0, 3).Select(i => prospect.Reply(Text($"Reply {i}")).Id).ToList();

        var (initial, deltaLink, pages) = await SyncAsync(null);
        Assert.Equal(first.Order(), initial.Select(m => m.Id).Order());
        Assert.Equal(2, pages); // page size 2, three messages
        Assert.All(initial, m => Assert.NotNull(m.InternetMessageId));
        Assert.All(initial, m => Assert.NotNull(m.InReplyTo)); // headers come with the selected properties

        var (none, sameRoundLink, _) = await SyncAsync(deltaLink);
        Assert.Empty(none);

        var later = prospect.Reply(Text("Confirmed, success.")).Id;
        var (changes, nextLink, _) = await SyncAsync(sameRoundLink);
        Assert.Equal(later, Assert.Single(changes).Id);

        // Rounds ask for created messages only: a deletion is not the service's business and is not reported.
        Assert.True(_host.Get<SandboxMailStore>().Delete(Se.Email, first[0]));
        var page = await _mailbox.InboxDeltaAsync(Se, nextLink, CancellationToken.None);
        Assert.Empty(page.Messages);
        Assert.Empty(page.RemovedIds);
        Assert.Null(page.NextLink);
        Assert.NotNull(page.DeltaLink);
        var requests = _host.Get<SandboxRequestLog>().Records.Where(r => r.Path.Contains("delta", StringComparison.Ordinal)).ToList();
        Assert.All(requests, r => Assert.Contains("odata.maxpagesize=2", r.Prefer, StringComparison.Ordinal));
        Assert.Contains("changeType=created", requests[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_started_since_a_time_covers_only_mail_received_since_in_this_and_later_rounds()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await SandboxHost.StartAsync(time: clock);
        var mailbox = GraphMailboxes.For(host, o => o.DeltaPageSize = 2);
        var declaration = (await GraphMailboxes.SendDeclarationAsync(mailbox, Guid.NewGuid())).DeclarationId!.Value;
        var prospect = host.Get<ProspectSimulator>();
        var old = Enumerable.Range(0, 3).Select(i => prospect.Reply(new ProspectReplyRequest(declaration, Text: $"Old {i}")).Id).ToList();
        clock.Advance(TimeSpan.FromDays(20));
        var since = clock.GetUtcNow();
        var recent = Enumerable.Range(0, 3).Select(i => prospect.Reply(new ProspectReplyRequest(declaration, Text: $"Recent {i}")).Id).ToList();

        var page = await mailbox.InboxDeltaSinceAsync(Se, since, CancellationToken.None);
        var seen = page.Messages.Select(m => m.Id).ToList();
        while (page.NextLink is { } next)
        {
            page = await mailbox.InboxDeltaAsync(Se, next, CancellationToken.None);
            seen.AddRange(page.Messages.Select(m => m.Id));
        }

        Assert.Equal(recent.Order(), seen.Order());
        Assert.DoesNotContain(old, seen.Contains);
        var later = prospect.Reply(new ProspectReplyRequest(declaration, Text: "Later")).Id;
        var round = await mailbox.InboxDeltaAsync(Se, page.DeltaLink, CancellationToken.None);
        Assert.Equal(later, Assert.Single(round.Messages).Id);
        var start = host.Get<SandboxRequestLog>().Records.First(r => r.Path.Contains("delta", StringComparison.Ordinal));
        Assert.Contains("receivedDateTime%20ge%202026-11-22T09%3A00%3A00Z", start.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_or_unknown_delta_link_asks_for_a_full_resync()
    {
        _host.Get<ProspectSimulator>().Reply(Text("Hello"));
        var (_, deltaLink, _) = await SyncAsync(null);

        _host.Get<SandboxDelta>().ExpireAllTokens();
        var expired = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.InboxDeltaAsync(Se, deltaLink, CancellationToken.None));
        Assert.Equal(MailboxFailure.SyncReset, expired.Failure);

        var forged = deltaLink!.Split("$deltatoken=")[0] + "$deltatoken=not-a-token";
        var unknown = await Assert.ThrowsAsync<MailboxException>(() => _mailbox.InboxDeltaAsync(Se, forged, CancellationToken.None));
        Assert.Equal(MailboxFailure.SyncReset, unknown.Failure);

        var (again, _, _) = await SyncAsync(null);
        Assert.Single(again);
    }

    [Fact]
    public async Task A_link_to_another_host_never_receives_the_token()
    {
        var foreign = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _mailbox.InboxDeltaAsync(Se, "https://graph.example.net/v1.0/me/mailFolders('inbox')/messages/delta?$deltatoken=x", CancellationToken.None));
        Assert.Contains("Refusing to send a Graph token", foreign.Message, StringComparison.Ordinal);
    }

    private ProspectReplyRequest Text(string text) => new(_declarationId, Text: text);

    private async Task<(List<MailMessage> Messages, string? DeltaLink, int Pages)> SyncAsync(string? link)
    {
        var messages = new List<MailMessage>();
        var pages = 0;
        while (true)
        {
            var page = await _mailbox.InboxDeltaAsync(Se, link, CancellationToken.None);
            pages++;
            messages.AddRange(page.Messages);
            if (page.NextLink is null)
            {
                return (messages, page.DeltaLink, pages);
            }

            link = page.NextLink;
        }
    }
}
