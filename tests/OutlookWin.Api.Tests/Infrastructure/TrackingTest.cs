using System.Text.Json.Nodes;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>
/// A test that runs the whole product on a real loopback port (<see cref="TrackingServer"/>), on a database of its
/// own: watches left by one test must not be swept by the next. SQLite unless a subclass says otherwise.
/// </summary>
#pragma warning disable CA1001 // Disposed in IAsyncLifetime.DisposeAsync, which xunit calls.
public abstract class TrackingTest : IAsyncLifetime
#pragma warning restore CA1001
{
    /// <summary>
    /// Each of these tests runs a whole server with background workers: one class at a time per lane rather than starve
    /// each other's workers. Two lanes, one per database (their tests mostly wait on the product's own timers), so on a
    /// 2-core machine the SQLite and the PostgreSQL runs of a class overlap.
    /// </summary>
    public const string Collection = "Whole product over loopback";

    /// <summary>The second lane: the PostgreSQL runs of the whole-product tests.</summary>
    public const string PostgresCollection = "Whole product over loopback, PostgreSQL";

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private ITestDatabase? _database;
    private TrackingServer? _server;
    private bool _fakeClock;

    /// <summary>The signed-in Sales Engineer of this test.</summary>
    protected string Se { get; } = $"se-{Guid.NewGuid():N}@fabrikam.example";

    protected TrackingServer Server => _server ?? throw new InvalidOperationException("Call Start first.");

    public async Task InitializeAsync() => _database = await NewDatabaseAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        switch (_database)
        {
            case IAsyncLifetime lifetime:
                await lifetime.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    protected virtual Task<ITestDatabase> NewDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());

    /// <summary>Starts the server (skipping the test when its database cannot run here) and signs in as <see cref="Se"/>.</summary>
    protected HttpClient Start(IDictionary<string, string?>? settings = null, bool fakeClock = false)
    {
        _database!.EnsureAvailable();
        _server = new TrackingServer(_database, settings, fakeClock);
        _fakeClock = fakeClock;
        return _server.ClientFor(Se);
    }

    /// <summary>
    /// Stops the server and starts the product again on the same database, on the same port (a restart in place) or a
    /// new one (the public address changed), as <see cref="Se"/>.
    /// </summary>
    protected async Task<HttpClient> RestartAsync(IDictionary<string, string?>? settings = null, bool samePort = true)
    {
        var port = Server.Port;
        await Server.DisposeAsync();
        _server = null;
        _server = new TrackingServer(_database!, settings, _fakeClock, samePort ? port : null);
        return _server.ClientFor(Se);
    }

    protected static Task<JsonObject> WaitForSubscriptionAsync(HttpClient client) =>
        TrackingServer.EventuallyAsync(
            async () => (await client.SubscriptionsAsync()).FirstOrDefault()?.AsObject(),
            s => s is not null, Patience, "the mailbox subscription")!;

    /// <summary>
    /// Waits for the declaration's state. On a fake clock, time stands still, so a notification the worker put off for a
    /// retry (a busy database on a loaded machine) would never come due: after two seconds of waiting the clock moves
    /// on by ten seconds a poll, as time would.
    /// </summary>
    protected Task<JsonObject> WaitForStateAsync(HttpClient client, string id, string state)
    {
        var started = DateTime.UtcNow;
        return TrackingServer.EventuallyAsync(
            () =>
            {
                if (_fakeClock && DateTime.UtcNow - started > TimeSpan.FromSeconds(2))
                {
                    Server.Clock.Advance(TimeSpan.FromSeconds(10));
                }

                return client.GetDeclarationAsync(id);
            },
            d => (string?)d["state"] == state,
            Patience,
            $"state {state}");
    }

    /// <summary>A throwaway PostgreSQL database per test.</summary>
    protected static async Task<ITestDatabase> PostgresAsync()
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        return database;
    }
}
