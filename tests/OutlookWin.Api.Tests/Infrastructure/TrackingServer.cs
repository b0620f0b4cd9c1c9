using OutlookWin.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using OutlookWin.Api.Auth;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>
/// The whole product on a real loopback port: the API, its workers, and the in-process Sandbox mailbox, which the
/// Graph SDK reaches over real HTTP and which calls the API's webhook over real HTTP.
/// </summary>
public sealed class TrackingServer : IAsyncDisposable
{
    private readonly OutlookWinApplication _app;

    public TrackingServer(ITestDatabase database, IDictionary<string, string?>? extra = null, bool fakeClock = false, int? port = null)
    {
        Port = port ?? FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{Port}");
        var settings = new Dictionary<string, string?>
        {
            ["Mailbox:Provider"] = "Sandbox",
            ["Graph:BaseUrl"] = $"{BaseUrl}sandbox/graph/v1.0",
            ["Graph:RetryDelaySeconds"] = "0",
            ["Tracking:PublicBaseUrl"] = BaseUrl.ToString(),
            ["Tracking:RunWorkers"] = "true",
            ["Tracking:SweepInterval"] = "00:00:00.200",
            ["Tracking:WorkerPollInterval"] = "00:00:00.200",
            // The safety net of production (15 min there): a notification lost on a loaded machine is recovered within the
            // test's patience, as a real one would be within the interval.
            ["Tracking:DeltaInterval"] = "00:00:05",
            ["Sandbox:NotificationRetryDelays:0"] = "00:00:00.100",
            ["Sandbox:AllowHttpOnLoopback"] = "true",
            // A loaded CI machine can pause the webhook for seconds (GC, both cores busy): do not drop a notification for it.
            ["Sandbox:NotificationTimeout"] = "00:00:10",
        };
        // Exchange's transport takes seconds to put the sent copy in Sent Items (2 s by default here): shorter in tests, but
        // never at once, so the service always meets a send whose copy is not there yet. On a fake clock time only moves
        // when the test moves it, so there it is at once.
        settings["Sandbox:SentCopyDelay"] = fakeClock ? "00:00:00" : "00:00:00.300";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _app = new OutlookWinApplication(database, settings: settings, realClock: !fakeClock);
        _app.UseKestrel(Port);
        _app.StartServer();
    }

    public int Port { get; }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The clock, when the server was started with a fake one (Friday 27 November 2026, 09:00 UTC).</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _app.Clock;

    /// <summary>The display name test users sign in with unless a test says otherwise.</summary>
    public const string SignedInName = DevSignIn.DefaultName;

    /// <summary>A real HTTP client signed in through the Development header.</summary>
    /// <param name="email">The signed-in address.</param>
    /// <param name="name">The display name that signs the user's emails (<c>X-Dev-Name</c>); null signs in without one.</param>
    public HttpClient ClientFor(string email, string? name = SignedInName) => DevSignIn.Client(BaseUrl, email, name);

    /// <summary>Polls until <paramref name="done"/> holds, or fails after <paramref name="within"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        T last;
        do
        {
            last = await read();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}; last seen: {last}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>What the tracking tests do through the API and the Sandbox's control routes.</summary>
public static class TrackingCalls
{
    /// <param name="client">The signed-in SE.</param>
    /// <param name="plan">The plan to declare.</param>
    /// <param name="waitForSentCopy">
    /// Whether to wait for the service to record the sent copy; a caller sending many at once waits for them all together.
    /// </param>
    public static async Task<JsonObject> DeclareAndSendAsync(this HttpClient client, JsonObject plan, bool waitForSentCopy = true)
    {
        var created = await client.CreatePlanAsync(plan);
        var declaration = await client.PostAsync($"/api/plans/{created["id"]}/declarations", ApiContract.Body(new JsonObject()));
        if (declaration.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException(await declaration.Content.ReadAsStringAsync());
        }

        var id = (string)(await declaration.ReadObjectAsync())["id"]!;
        var sent = await client.PostAsync($"/api/declarations/{id}/send", null);
        if (!sent.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(await sent.Content.ReadAsStringAsync());
        }

        var answer = await sent.ReadObjectAsync();
        if (!waitForSentCopy)
        {
            return answer;
        }

        // The Sandbox's transport, like Exchange's, puts the sent copy in Sent Items a moment after /send: wait for the
        // service to have recorded it, so the notifications a test arms faults for are the prospect's, not the copy's.
        await TrackingServer.EventuallyAsync(
            () => client.GetDeclarationAsync(id), d => !string.IsNullOrEmpty((string?)d["internetMessageId"]), TimeSpan.FromSeconds(45), "the sent copy");
        return answer;
    }

    public static async Task<JsonObject> GetDeclarationAsync(this HttpClient client, string id) =>
        await (await client.GetAsync($"/api/declarations/{id}")).ReadObjectAsync();

    public static async Task<string> ProspectRepliesAsync(this HttpClient client, string declarationId, JsonObject reply)
    {
        reply["declarationId"] = declarationId;
        var response = await client.PostAsJsonAsync("/sandbox/prospect/replies", reply);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
        }

        return (string)JsonNode.Parse(body)!["id"]!;
    }

    public static async Task<JsonArray> SubscriptionsAsync(this HttpClient client) =>
        await (await client.GetAsync("/sandbox/subscriptions")).ReadArrayAsync();

    public static async Task FaultAsync(this HttpClient client, JsonObject fault)
    {
        var response = await client.PostAsJsonAsync("/sandbox/faults", fault);
        response.EnsureSuccessStatusCode();
    }
}
