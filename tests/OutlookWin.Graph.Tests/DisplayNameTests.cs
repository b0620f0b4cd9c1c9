using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>The display name that signs the SE's emails when the plan names no Sales Engineer: Graph's /me, over real HTTP.</summary>
public sealed class DisplayNameTests : IAsyncLifetime
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
    public async Task The_display_name_comes_from_me_and_none_is_made_up()
    {
        Assert.Null(await _mailbox.GetDisplayNameAsync(Se, CancellationToken.None));

        _host.Get<SandboxMailStore>().EnsureMailbox(Se.Email, "Samantha Rivera-Lee");

        Assert.Equal("Samantha Rivera-Lee", await _mailbox.GetDisplayNameAsync(Se, CancellationToken.None));
    }
}
