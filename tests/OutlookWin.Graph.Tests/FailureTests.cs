using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using OutlookWin.Domain.Mail;
using OutlookWin.Sandbox;
using OutlookWin.Testing;

namespace OutlookWin.Graph.Tests;

/// <summary>Throttling, outages, missing items and bad tokens, as the caller sees them.</summary>
public sealed class FailureTests : IAsyncLifetime
{
    private static readonly MailboxOwner Se = SandboxHost.SalesEngineer;
    private SandboxHost _host = null!;
    private string _messageId = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        var draft = await GraphMailboxes.For(_host).CreateDraftAsync(Se, GraphMailboxes.Declaration(Guid.NewGuid()), CancellationToken.None);
        _messageId = draft.Id;
        _host.Get<SandboxRequestLog>().Clear();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_429_is_retried_after_the_retry_after_the_sandbox_asked_for()
    {
        _host.Get<SandboxFaults>().ThrottleNext(2, TimeSpan.FromSeconds(1));

        var message = await GraphMailboxes.For(_host).GetMessageAsync(Se, _messageId, CancellationToken.None);

        Assert.Equal(_messageId, message.Id);
        var requests = _host.Get<SandboxRequestLog>().Records;
        Assert.Equal([429, 429, 200], requests.Select(r => r.Status));
        Assert.Equal([null, "1", "2"], requests.Select(r => r.RetryAttempt));
        // The handler waited at least Retry-After between attempts (lower bounds only: a loaded machine is slower, never faster).
        Assert.True(requests[1].Since(requests[0]) >= TimeSpan.FromMilliseconds(900), $"waited {requests[1].Since(requests[0])}");
        Assert.True(requests[2].Since(requests[1]) >= TimeSpan.FromMilliseconds(900), $"waited {requests[2].Since(requests[1])}");
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_surfaces_as_throttled_with_retry_after()
    {
        _host.Get<SandboxFaults>().ThrottleNext(10, TimeSpan.FromSeconds(1));
        var mailbox = GraphMailboxes.For(_host, o => o.MaxRetries = 2);

        var throttled = await Assert.ThrowsAsync<MailboxException>(() => mailbox.GetMessageAsync(Se, _messageId, CancellationToken.None));

        Assert.Equal(MailboxFailure.Throttled, throttled.Failure);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.RetryAfter);
        Assert.True(throttled.IsTransient);
        Assert.IsType<AggregateException>(throttled.InnerException); // what the retry handler ends in
        Assert.Equal(3, _host.Get<SandboxRequestLog>().Records.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_allowed_wait_fails_at_once()
    {
        _host.Get<SandboxFaults>().ThrottleNext(1, TimeSpan.FromSeconds(120));
        var mailbox = GraphMailboxes.For(_host, o => o.MaxRetryWait = TimeSpan.FromSeconds(5));

        var throttled = await Assert.ThrowsAsync<MailboxException>(() => mailbox.GetMessageAsync(Se, _messageId, CancellationToken.None));

        Assert.Equal(MailboxFailure.Throttled, throttled.Failure);
        Assert.Equal(TimeSpan.FromSeconds(120), throttled.RetryAfter);
        Assert.IsAssignableFrom<ApiException>(throttled.InnerException);
        Assert.Single(_host.Get<SandboxRequestLog>().Records);
    }

    [Fact]
    public async Task A_service_that_stays_unavailable_surfaces_as_unavailable()
    {
        _host.Get<SandboxFaults>().UnavailableNext(10);

        var unavailable = await Assert.ThrowsAsync<MailboxException>(() => GraphMailboxes.For(_host).GetMimeAsync(Se, _messageId, CancellationToken.None));

        Assert.Equal(MailboxFailure.Unavailable, unavailable.Failure);
        Assert.Equal(4, _host.Get<SandboxRequestLog>().Records.Count); // first try + 3 retries
        Assert.All(_host.Get<SandboxRequestLog>().Records, r => Assert.Equal(503, r.Status));
    }

    [Fact]
    public async Task A_brief_outage_and_a_slow_answer_are_absorbed()
    {
        _host.Get<SandboxFaults>().UnavailableNext(1, TimeSpan.FromSeconds(0));
        _host.Get<SandboxFaults>().SlowNext(1, TimeSpan.FromMilliseconds(300));

        var mime = await GraphMailboxes.For(_host).GetMimeAsync(Se, _messageId, CancellationToken.None);

        Assert.NotEmpty(mime);
        Assert.Equal([503, 200], _host.Get<SandboxRequestLog>().Records.Select(r => r.Status));
    }

    [Fact]
    public async Task Missing_and_malformed_ids_are_not_found_and_rejected()
    {
        var mailbox = GraphMailboxes.For(_host);

        var missing = await Assert.ThrowsAsync<MailboxException>(() => mailbox.GetMessageAsync(Se, _messageId + "x", CancellationToken.None));
        Assert.Equal(MailboxFailure.NotFound, missing.Failure);
        var notMine = await Assert.ThrowsAsync<MailboxException>(() =>
            mailbox.GetMessageAsync(new MailboxOwner(Se.TenantId, Guid.NewGuid().ToString(), "someone.else@outlookwin-demo.com"), _messageId, CancellationToken.None));
        Assert.Equal(MailboxFailure.NotFound, notMine.Failure);
        var malformed = await Assert.ThrowsAsync<MailboxException>(() => mailbox.SendDraftAsync(Se, "not-an-id", CancellationToken.None));
        Assert.Equal(MailboxFailure.Rejected, malformed.Failure);
        Assert.False(malformed.IsTransient);
    }

    [Fact]
    public async Task A_token_the_server_rejects_means_the_user_must_sign_in_again()
    {
        var mailbox = GraphMailboxes.For(_host, tokens: new FixedTokens("sandbox.e30.forged"));

        var refused = await Assert.ThrowsAsync<MailboxException>(() => mailbox.GetMessageAsync(Se, _messageId, CancellationToken.None));

        Assert.Equal(MailboxFailure.ReauthorizationRequired, refused.Failure);
        Assert.Equal(401, Assert.Single(_host.Get<SandboxRequestLog>().Records).Status);
    }

    [Fact]
    public async Task A_token_provider_that_needs_a_new_sign_in_reaches_the_caller_unchanged()
    {
        var mailbox = GraphMailboxes.For(_host, tokens: new FailingTokens());

        var refused = await Assert.ThrowsAsync<MailboxException>(() => mailbox.FindSentAsync(Se, Guid.NewGuid(), null, CancellationToken.None));

        Assert.Equal(MailboxFailure.ReauthorizationRequired, refused.Failure);
        Assert.Empty(_host.Get<SandboxRequestLog>().Records);
    }

    [Fact]
    public async Task A_host_that_is_down_is_unavailable()
    {
        var mailbox = GraphMailboxes.For(_host, o => o.MaxRetries = 0, new FixedTokens(_host.Get<SandboxTokens>().Issue(Se)));
        var port = _host.Address.Port;
        await _host.DisposeAsync();

        var down = await Assert.ThrowsAsync<MailboxException>(() => mailbox.GetMessageAsync(Se, _messageId, CancellationToken.None));

        Assert.Equal(MailboxFailure.Unavailable, down.Failure);
        _host = await SandboxHost.StartAsync(); // for DisposeAsync; a new port
        Assert.NotEqual(0, port);
    }

    [Fact]
    public async Task The_di_registration_builds_a_working_mailbox_and_validates_options()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _host.GraphBaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
        }).Build());
        services.AddSingleton<IGraphAccessTokens>(_host.Get<SandboxAccessTokens>());
        services.AddGraphMailbox();
        await using var provider = services.BuildServiceProvider();

        var mailbox = provider.GetRequiredService<IMailbox>();
        Assert.Equal(_messageId, (await mailbox.GetMessageAsync(Se, _messageId, CancellationToken.None)).Id);

        var bad = new ServiceCollection();
        bad.AddGraphMailbox(o => o.BaseUrl = "http://graph.example.net/v1.0");
        await using var badProvider = bad.BuildServiceProvider();
        var invalid = Assert.Throws<OptionsValidationException>(() => badProvider.GetRequiredService<IOptions<GraphMailboxOptions>>().Value);
        Assert.Contains("Graph:BaseUrl must use https", invalid.Message, StringComparison.Ordinal);
    }

    private sealed class FixedTokens(string token) : IGraphAccessTokens
    {
        public Task<string> GetAccessTokenAsync(MailboxOwner owner, CancellationToken cancellationToken) => Task.FromResult(token);
    }

    private sealed class FailingTokens : IGraphAccessTokens
    {
        public Task<string> GetAccessTokenAsync(MailboxOwner owner, CancellationToken cancellationToken) =>
            throw new MailboxException(MailboxFailure.ReauthorizationRequired, "The session expired; sign in again.");
    }
}
