using Npgsql;
using OutlookWin.Api.Storage;

namespace OutlookWin.Api.Tests.Infrastructure;

/// <summary>A real database for one test class: a SQLite file, or a fresh PostgreSQL database.</summary>
public interface ITestDatabase
{
    StorageProvider Provider { get; }

    /// <summary>Connection string for the API, or null when this database cannot run here (the test skips).</summary>
    string ConnectionString { get; }

    /// <summary>Skips the calling test when the database is unavailable outside CI; fails it in CI.</summary>
    void EnsureAvailable();
}

/// <summary>A SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : ITestDatabase, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookwin-tests-").FullName;

    public StorageProvider Provider => StorageProvider.Sqlite;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "outlookwin.db")};Pooling=False";

    public void EnsureAvailable()
    {
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing host is left for the OS temp cleaner.
        }
    }
}

/// <summary>
/// A throwaway database on the PostgreSQL server named by <c>OUTLOOKWIN_TEST_POSTGRES</c> (a connection string to a
/// maintenance database, with a role allowed to create databases). <c>.ci/run</c> starts the server and sets it.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase, IAsyncLifetime
{
    public const string Variable = "OUTLOOKWIN_TEST_POSTGRES";
    private readonly string? _server = Environment.GetEnvironmentVariable(Variable);
    private readonly string _name = $"outlookwin_test_{Guid.NewGuid():N}";

    public StorageProvider Provider => StorageProvider.Postgres;

    /// <remarks>
    /// Pooled, as in production: without a pool every query pays a new connection (SCRAM's key derivation and, where
    /// the server offers it, a TLS handshake), which on two cores made the whole-product tests several times slower.
    /// The pools are cleared and the database dropped WITH (FORCE) afterwards.
    /// </remarks>
    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public void EnsureAvailable()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Variable} is not set: in CI the PostgreSQL storage tests must run.");
            }

            Skip.If(true, $"skipped: PostgreSQL not configured (set {Variable}, as .ci/run does)");
        }
    }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();

        // A backend the test role may not end (autovacuum on the new database, say) can make the forced drop fail
        // for a moment: try again, and leave a throwaway database behind rather than fail a test that passed.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"Could not drop test database {_name}: {e.MessageText}");
                return;
            }
        }
    }
}
