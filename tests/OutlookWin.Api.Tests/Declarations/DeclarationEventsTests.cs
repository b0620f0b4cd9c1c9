using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookWin.Api.Auth;
using OutlookWin.Api.Declarations;
using OutlookWin.Api.Tests.Infrastructure;
using static OutlookWin.Api.Tests.Infrastructure.ApiContract;

namespace OutlookWin.Api.Tests.Declarations;

/// <summary>
/// <c>GET /api/declarations/events</c> over the real pipeline: sign-in, the owner's changes only, the keep-alive, the
/// rate limit, and the end of the stream when the client or the service goes. (The push of a verdict read from a
/// prospect's reply is in <c>LiveUpdatesEndToEndTests</c>.)
/// </summary>
public sealed class DeclarationEventsTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IDisposable
{
    private readonly TestTokens _tokens = new();

    [Fact]
    public async Task The_stream_opens_with_ready_and_sends_a_keep_alive_comment_each_interval()
    {
        await using var app = new OutlookWinApplication(database, settings: new Dictionary<string, string?> { ["LiveUpdates:KeepAliveInterval"] = "00:00:05" });
        await using var stream = await EventStream.OpenAsync(app.ClientFor("alex@fabrikam.example"));

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.True(stream.Response.Headers.CacheControl?.NoCache);
        Assert.Equal("ready", (await stream.NextAsync())?.Event);

        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("keep-alive", (await stream.NextAsync())?.Comment);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("keep-alive", (await stream.NextAsync())?.Comment);
    }

    [Fact]
    public async Task A_saved_declaration_is_pushed_to_its_owners_streams_and_to_nobody_else()
    {
        await using var app = new OutlookWinApplication(database);
        var alex = app.ClientFor("alex@fabrikam.example");
        var blake = app.ClientFor("blake@fabrikam.example");
        await using var alexPane = await EventStream.OpenAsync(alex);
        await using var alexOtherPane = await EventStream.OpenAsync(alex);
        await using var blakePane = await EventStream.OpenAsync(blake);
        foreach (var pane in new[] { alexPane, alexOtherPane, blakePane })
        {
            Assert.Equal("ready", (await pane.NextAsync())?.Event);
        }

        var mine = await DeclareInOutlookAsync(alex);

        var pushed = await alexPane.NextDeclarationAsync();
        Assert.Equal((string?)mine["id"], (string?)pushed["id"]);
        Assert.Equal((int?)mine["version"], (int?)pushed["version"]);
        // Only what the pane needs to know to read it: no subject, no people, no reply text.
        Assert.Equal(["id", "version"], pushed.Select(p => p.Key).Order());
        Assert.Equal((string?)mine["id"], (string?)(await alexOtherPane.NextDeclarationAsync())["id"]);

        // Alex's change was offered to every listener when it was saved, before Alex's pane read it: had Blake's stream
        // been given it, it would come before Blake's own.
        var blakes = await DeclareInOutlookAsync(blake);
        Assert.Equal((string?)blakes["id"], (string?)(await blakePane.NextDeclarationAsync())["id"]);
    }

    [Fact]
    public async Task Without_a_sign_in_there_is_no_stream_and_a_bearer_token_opens_one()
    {
        await using var app = new OutlookWinApplication(database, "Production", _tokens);

        await using var anonymous = await EventStream.OpenAsync(app.CreateClient());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Response.StatusCode);

        var token = _tokens.For(Guid.NewGuid().ToString(), "alex@fabrikam.example");
        await using var signedIn = await EventStream.OpenAsync(app.ClientWithToken(token));
        Assert.Equal(HttpStatusCode.OK, signedIn.Response.StatusCode);
        Assert.Equal("ready", (await signedIn.NextAsync())?.Event);
    }

    [Fact]
    public async Task An_open_stream_is_one_request_to_the_rate_limit_and_is_not_cut_by_it()
    {
        await using var app = new OutlookWinApplication(database, settings: new Dictionary<string, string?>
        {
            ["RateLimits:PerUserPerMinute"] = "2",
            ["LiveUpdates:KeepAliveInterval"] = "00:00:05",
        });
        var alex = app.ClientFor("alex@fabrikam.example");
        await using var stream = await EventStream.OpenAsync(alex);
        Assert.Equal("ready", (await stream.NextAsync())?.Event);

        Assert.Equal(HttpStatusCode.OK, (await alex.GetAsync("/api/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await alex.GetAsync("/api/plans")).StatusCode);

        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("keep-alive", (await stream.NextAsync())?.Comment);
    }

    [Fact]
    public async Task A_pane_that_goes_away_stops_listening()
    {
        await using var app = new OutlookWinApplication(database);
        var alex = app.ClientFor("alex@fabrikam.example");
        var user = new SignedInUser(DevUserAuthenticationHandler.DevTenantId, DevUserAuthenticationHandler.ObjectIdFor("alex@fabrikam.example"), null, null);
        var changes = app.Services.GetRequiredService<DeclarationChanges>();

        var stream = await EventStream.OpenAsync(alex);
        Assert.Equal("ready", (await stream.NextAsync())?.Event);
        Assert.Equal(1, changes.ListenerCount(user));

        await stream.DisposeAsync();

        await TrackingServer.EventuallyAsync(() => Task.FromResult(changes.ListenerCount(user)), n => n == 0, EventStream.Patience, "the listener to go");
    }

    [Fact]
    public async Task Stopping_the_service_ends_open_streams_cleanly()
    {
        // Kestrel on a real port: on shutdown it waits for open requests, and cuts them only after its timeout.
        var server = new TrackingServer(database, new Dictionary<string, string?> { ["Tracking:RunWorkers"] = "false" });
        await using var _ = server;
        await using var stream = await EventStream.OpenAsync(server.ClientFor("alex@fabrikam.example"));
        Assert.Equal("ready", (await stream.NextAsync())?.Event);

        await server.DisposeAsync();

        // A clean end of the response, not a connection cut after the shutdown timeout (which throws here).
        while (await stream.NextAsync() is { } frame)
        {
            Assert.Equal("keep-alive", frame.Comment);
        }
    }

    public void Dispose() => _tokens.Dispose();

    /// <summary>A declaration handed to Outlook's compose window: saved without any mailbox call.</summary>
    private static async Task<JsonObject> DeclareInOutlookAsync(HttpClient client)
    {
        var plan = await client.CreatePlanAsync(ContosoAllProven());
        var created = await client.PostAsync($"/api/plans/{plan["id"]}/declarations", Body(new JsonObject { ["delivery"] = "outlook" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.ReadObjectAsync();
    }
}
