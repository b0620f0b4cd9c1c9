using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using OutlookWin.Api.Hosting;
using OutlookWin.Api.Tests.Infrastructure;

namespace OutlookWin.Api.Tests.Hosting;

/// <summary>The probes a host or load balancer uses: anonymous, saying only healthy or not, ready once warmed up.</summary>
public sealed class HealthTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Production_answers_the_probes_without_sign_in_and_says_ready_once_warmed_up()
    {
        await using var app = new OutlookWinApplication(database, "Production", new TestTokens());
        var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        HttpResponseMessage ready;
        while ((ready = await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            // Until then it says only that it is not ready, never why.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_process_is_ready_only_when_every_warm_up_has_run()
    {
        using var warmUp = new StartupWarmUp(NullLogger<StartupWarmUp>.Instance, StartupWarmUp.ReplyReader, StartupWarmUp.Webhook);
        await warmUp.StartAsync(CancellationToken.None);

        warmUp.Finished(StartupWarmUp.Webhook);
        await Task.Delay(200);
        Assert.False(warmUp.Ready);
        Assert.Equal([StartupWarmUp.ReplyReader], warmUp.Waiting);

        warmUp.Finished(StartupWarmUp.ReplyReader);
        await warmUp.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(warmUp.Ready);
        Assert.Empty(warmUp.Waiting);
        await warmUp.StopAsync(CancellationToken.None);
    }
}
